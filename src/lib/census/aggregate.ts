// Parent figures from commune figures, only where the result is exact: a sum of counts, or
// a rate recomputed from sums of its numerator and denominator. Anything else (a weighted
// mean of HCP's rounded shares) would be a figure HCP never published, so it is not made.

export type Lookup = (communeCode: string, indicatorId: string) => number | undefined;

/** Sum of an indicator over communes; undefined if any commune lacks it. */
export function sumOver(communes: string[], indicatorId: string, get: Lookup): number | undefined {
  let total = 0;
  for (const code of communes) {
    const v = get(code, indicatorId);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

export interface RatioRule {
  /** Summed numerator terms; with `subtract`, the first minus the others. */
  numerator: string[];
  denominator: string;
  scale: number;
  subtract?: boolean;
}

export function ratioOfSums(communes: string[], rule: RatioRule, get: Lookup, decimals = 2): number | undefined {
  const terms = rule.numerator.map((id) => sumOver(communes, id, get));
  const denominator = sumOver(communes, rule.denominator, get);
  if (terms.some((t) => t === undefined) || denominator === undefined || denominator === 0) return undefined;
  const [first, ...rest] = terms as number[];
  const numerator = rule.subtract ? rest.reduce((a, b) => a - b, first!) : (terms as number[]).reduce((a, b) => a + b, 0);
  return round((rule.scale * numerator) / denominator, decimals);
}

/** Half-away-from-zero rounding on the decimal representation, so 0.125 → 0.13 as people expect. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const r = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return value < 0 ? -r : r;
}

export function percentChange(from: number, to: number, decimals = 2): number {
  return round(((to - from) / from) * 100, decimals);
}
