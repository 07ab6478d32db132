// The inputs of the estimate read from census values: a territory's municipal population
// and its sixteen age shares for one census, or the list of what is missing.

import { AGE_BANDS, bandIndicator, type AgeBand } from './age-bands.ts';
import type { AgeStructure } from './estimate.ts';

export const POPULATION_INDICATOR = 'population_municipal';

export type Lookup = (indicatorId: string, year: number) => number | undefined;

export function ageStructureOf(get: Lookup, year: number): AgeStructure | { missing: string[] } {
  const population = get(POPULATION_INDICATOR, year);
  const shares = Object.fromEntries(AGE_BANDS.map((b) => [b, get(bandIndicator(b), year)])) as Record<AgeBand, number | undefined>;
  const missing = [
    ...(population === undefined || population <= 0 ? [POPULATION_INDICATOR] : []),
    ...AGE_BANDS.filter((b) => shares[b] === undefined).map(bandIndicator),
  ].map((id) => `${id} ${year}`);
  return missing.length ? { missing } : { population: population!, shares: shares as Record<AgeBand, number> };
}
