/** Where the e2e suite serves the production build: a GitHub-Pages-like server under a project base path. */
export const BASE_PATH = '/aws-ec2-notes';
export const PORT = Number(process.env.E2E_PORT ?? 4327);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const SITE_ROOT = `${ORIGIN}${BASE_PATH}/`;
