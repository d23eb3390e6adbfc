import type { DiagramSpec } from '../../lib/diagrams/scene.ts';
import '../diagrams/diagram.css';

/**
 * The simulator's twin of `diagrams/Diagram.astro`: draws a scene as SVG in the browser, with the same
 * classes, so a simulated placement looks exactly like the static pictures above it.
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
