import { useEffect, useState } from 'preact/hooks';
import {
	MAX_PARTITIONS_PER_ZONE,
	SIMULATOR_MAX_INSTANCES,
	SIMULATOR_MAX_ZONES,
	STRATEGIES,
	STRATEGY_LABELS,
	type PlacementField,
} from '../../lib/placement/rules.ts';
import { simulate, type SimulatorForm } from '../../lib/placement/simulator.ts';
import SceneSvg from '../diagrams/SceneSvg.tsx';
import './simulator.css';

type CountField = Exclude<PlacementField, 'strategy'>;

const COUNT_FIELDS: readonly { field: CountField; label: string; max?: number; hint: string }[] = [
	{
		field: 'instances',
		label: '인스턴스 수',
		max: SIMULATOR_MAX_INSTANCES,
		hint: `그림은 최대 ${SIMULATOR_MAX_INSTANCES}개`,
	},
	{ field: 'zones', label: '가용 영역 수', max: SIMULATOR_MAX_ZONES, hint: `그림은 최대 ${SIMULATOR_MAX_ZONES}개` },
	// No max attribute: readers should be able to try 8 and see the AWS limit explained.
	{ field: 'partitionsPerZone', label: '가용 영역당 파티션 수', hint: `AWS 한도 ${MAX_PARTITIONS_PER_ZONE}개` },
];

/**
 * The placement simulator island: native radios and number fields, the rules from `lib/placement.ts`,
 * the picture from the same layout as the static diagrams, and the outcome announced politely.
 * Server-rendered disabled with a note, so without JavaScript nobody is offered controls that do nothing.
 */
export default function PlacementSimulator() {
	const [hydrated, setHydrated] = useState(false);
	const [form, setForm] = useState<SimulatorForm>({
		strategy: 'spread',
		instances: '5',
		zones: '1',
		partitionsPerZone: '3',
	});
	useEffect(() => setHydrated(true), []);
	const view = simulate(form);
	const update = (field: keyof SimulatorForm) => (event: Event) =>
		setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement).value });
	const fields = COUNT_FIELDS.filter(({ field }) => field !== 'partitionsPerZone' || form.strategy === 'partition');

	return (
		<div class="simulator not-content">
			<div class="simulator__form">
				<fieldset class="simulator__strategies" disabled={!hydrated}>
					<legend>배치 전략</legend>
					{STRATEGIES.map((strategy) => (
						<label key={strategy}>
							<input
								type="radio"
								name="placement-strategy"
								value={strategy}
								checked={form.strategy === strategy}
								onChange={update('strategy')}
							/>
							{STRATEGY_LABELS[strategy]}
						</label>
					))}
				</fieldset>
				<fieldset class="simulator__counts" disabled={!hydrated}>
					<legend>개수</legend>
					{fields.map(({ field, label, max, hint }) => (
						<div class="simulator__count" key={field}>
							<label for={`simulator-${field}`}>{label}</label>
							<input
								id={`simulator-${field}`}
								type="number"
								inputMode="numeric"
								min={1}
								max={max}
								step={1}
								value={form[field]}
								aria-invalid={view.invalid.includes(field)}
								aria-describedby={`simulator-${field}-hint`}
								onInput={update(field)}
							/>
							<span class="simulator__hint" id={`simulator-${field}-hint`}>
								{hint}
							</span>
						</div>
					))}
				</fieldset>
			</div>
			{!hydrated && (
				<p class="simulator__needs-js">
					이 시뮬레이터는 자바스크립트가 있어야 동작합니다. 위의 배치그룹 그림과 비교표는 자바스크립트 없이도 볼 수
					있습니다.
				</p>
			)}
			<p class={view.ok ? 'simulator__result' : 'simulator__result is-error'} role="status" aria-live="polite">
				{view.summary}
			</p>
			{view.diagram && (
				<div class="simulator__picture">
					<SceneSvg spec={view.diagram} />
				</div>
			)}
		</div>
	);
}
