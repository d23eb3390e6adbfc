import { placeInstances, type Placement, type PlacementRequest } from '../src/lib/placement/rules.ts';

/** A valid placement request (4 instances, spread, one zone) with the fields a test cares about changed. */
export const placementRequest = (overrides: Partial<PlacementRequest>): PlacementRequest => ({
	strategy: 'spread',
	instances: 4,
	zones: 1,
	partitionsPerZone: 3,
	...overrides,
});

/** The placement for such a request; throws with the refusal reasons when the rules refuse it. */
export function placed(overrides: Partial<PlacementRequest>): Placement {
	const result = placeInstances(placementRequest(overrides));
	if (!result.ok) throw new Error(`expected a placement, got ${result.problems.map((p) => p.message).join(' ')}`);
	return result.placement;
}
