// Which cited figures to show first: the producing institution's own publication, then
// press reports of official producers, then of programmes and registers, opinion last.
// Figures the observatory warns about (opinion, contradicted, ambiguous) never lead a
// panel: they go to a separate list, read with their caveat.

import { FACT_RELIABILITY } from './tables.ts';

export interface RankableFact { fact_id: string; reliability: string; headline: boolean }

const order = (r: string) => {
  const i = (FACT_RELIABILITY as readonly string[]).indexOf(r);
  return i < 0 ? FACT_RELIABILITY.length : i;
};

export function rankFacts<F extends RankableFact>(facts: readonly F[]): F[] {
  return [...facts].sort((a, b) => order(a.reliability) - order(b.reliability) || (a.fact_id < b.fact_id ? -1 : a.fact_id > b.fact_id ? 1 : 0));
}

/** Headline figures in rank order, and the others (with caveats) apart. */
export function splitFacts<F extends RankableFact>(facts: readonly F[]): { headline: F[]; caution: F[] } {
  const ranked = rankFacts(facts);
  return { headline: ranked.filter((f) => f.headline), caution: ranked.filter((f) => !f.headline) };
}
