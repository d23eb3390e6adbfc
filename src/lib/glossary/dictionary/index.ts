/**
 * Stand-in until the AWS dictionary (branch issue-15dict) is merged: the same export, no terms yet.
 * That branch replaces this file.
 */
import type { DictionaryEntry } from './types.ts';

export type { DictionaryEntry } from './types.ts';

export const dictionary: readonly DictionaryEntry[] = [];
