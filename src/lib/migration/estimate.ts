// Apparent net migration over the decade between two censuses, by the national census
// survival ratio method (United Nations, Manual VI, 1970): a cohort's expected count at the
// second census is its count at the first times the survival ratio of the same cohort in
// the whole country; what the territory has above or below that is its net migration.
// Children born after the first census are outside the method.

import { COHORTS, type AgeBand, type Cohort } from './age-bands.ts';
import { divide, direction, exact, multiply, scale, subtract, sum, type Bounded, type Direction } from './bounded.ts';

/** HCP rounds shares to 0.1 point: each is known to ± 0.05 point. */
export const SHARE_HALF_STEP = 0.05;

export interface AgeStructure {
  /** Municipal population, the base of HCP's age shares. */
  population: number;
  /** Share of each band in %, as published. */
  shares: Readonly<Record<AgeBand, number>>;
}

/** A group of bands as a count, bounded by the rounding of each share. */
export function bandCount(s: AgeStructure, bands: readonly AgeBand[], halfStep = SHARE_HALF_STEP): Bounded {
  return sum(bands.map((b) => {
    const share = s.shares[b];
    return { value: (share / 100) * s.population, lo: (Math.max(0, share - halfStep) / 100) * s.population, hi: ((share + halfStep) / 100) * s.population };
  }));
}

/** S(x) = N(x+10, second census) / N(x, first census), for each cohort, in the reference population. */
export function survivalRatios(first: AgeStructure, second: AgeStructure, halfStep = SHARE_HALF_STEP): Bounded[] {
  return COHORTS.map((c) => divide(bandCount(second, [c.age2024], halfStep), bandCount(first, c.from, halfStep)));
}

export interface CohortEstimate {
  cohort: Cohort;
  observed: Bounded;
  expected: Bounded;
  net: Bounded;
}

export interface MigrationEstimate {
  cohorts: CohortEstimate[];
  /** Persons, over the fourteen cohorts (aged 10 and over at the second census). */
  net: Bounded;
  /** Per 1,000 of the first census's municipal population, over the decade. */
  rate: Bounded;
  direction: Direction;
}

export function estimateMigration(first: AgeStructure, second: AgeStructure, ratios: readonly Bounded[], halfStep = SHARE_HALF_STEP): MigrationEstimate {
  if (ratios.length !== COHORTS.length) throw new RangeError(`expected ${COHORTS.length} survival ratios, got ${ratios.length}`);
  const cohorts = COHORTS.map((cohort, i) => {
    const observed = bandCount(second, [cohort.age2024], halfStep);
    const expected = multiply(ratios[i]!, bandCount(first, cohort.from, halfStep));
    return { cohort, observed, expected, net: subtract(observed, expected) };
  });
  const net = sum(cohorts.map((c) => c.net));
  return { cohorts, net, rate: scale(net, 1000 / first.population), direction: direction(net) };
}

/** Survival ratios known exactly: for estimates whose only uncertainty is the territory's own rounding. */
export const pointRatios = (ratios: readonly Bounded[]): Bounded[] => ratios.map((r) => exact(r.value));
