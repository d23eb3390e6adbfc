import type { DiagramSpec } from '../../lib/diagrams/scene.ts';
import './diagram.css';

/**
 * Draws a diagram scene as SVG, named by its <title> and described by its <desc> (both wired with
 * aria-labelledby) and coloured by `diagram.css` classes. One renderer for both uses: `Diagram.astro`
 * renders it at build time with no client JS, and the simulator island renders it in the browser.
 */
export default function SceneSvg({ spec }: { spec: DiagramSpec }) {
	const { id, title, desc, scene } = spec;
	return (
		<svg
			class="diagram"
			viewBox={`0 0 ${scene.width} ${scene.height}`}
			role="img"
			aria-labelledby={`${id}-title ${id}-desc`}
		>
			<title id={`${id}-title`}>{title}</title>
			<desc id={`${id}-desc`}>{desc}</desc>
			{scene.shapes.map((shape) =>
				shape.kind === 'rect' ? (
					<rect
						x={shape.x}
						y={shape.y}
						width={shape.width}
						height={shape.height}
						rx={shape.rx}
						class={shape.className}
					/>
				) : shape.kind === 'text' ? (
					<text x={shape.x} y={shape.y} text-anchor={shape.anchor} font-size={shape.size} class={shape.className}>
						{shape.text}
					</text>
				) : (
					<path d={shape.d} class={shape.className} />
				),
			)}
		</svg>
	);
}
