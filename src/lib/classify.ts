// Class breaks for choropleths. Natural breaks use Ckmeans (simple-statistics), the
// optimal 1-D k-means that supersedes hand-written Jenks; quantiles and equal intervals are
// the usual alternatives. Breaks are the inner thresholds: k classes → k − 1 breaks.

import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

export const METHODS = ['quantile', 'equal', 'jenks'] as const;
export type Method = (typeof METHODS)[number];

export interface Classes {
  breaks: number[];
  /** Class index of each value (−1 for a missing value). */
  classOf: (value: number | null | undefined) => number;
  /** Number of values in each class. */
  counts: number[];
  /** [min, max] of the values actually in each class. */
  ranges: [number, number][];
}

export function breaksFor(values: number[], method: Method, k: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const classes = Math.max(1, Math.min(k, new Set(sorted).size));
  if (classes === 1) return [];
  let breaks: number[];
  switch (method) {
    case 'quantile':
      breaks = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
      break;
    case 'equal':
      breaks = equalIntervalBreaks(sorted, classes).slice(1, -1);
      break;
    case 'jenks':
      breaks = ckmeans(sorted, classes).slice(1).map((cluster) => cluster[0]!);
      break;
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/**
 * For a diverging indicator (a change), make zero a break so the two colour sides mean
 * fall and rise: the break nearest zero moves to zero, keeping the number of classes.
 */
export function withZero(breaks: number[], values: number[]): number[] {
  const min = Math.min(...values), max = Math.max(...values);
  if (!(min < 0 && max > 0) || breaks.includes(0)) return breaks;
  const nearest = breaks.reduce((best, b) => (Math.abs(b) < Math.abs(best) ? b : best), breaks[0] ?? 0);
  return dropEmpty([...breaks.filter((b) => b !== nearest), 0].sort((a, b) => a - b), values);
}

/** Removes breaks that would leave a class with no value in it. */
export function dropEmpty(breaks: number[], values: number[]): number[] {
  const kept: number[] = [];
  let lower = -Infinity;
  breaks.forEach((b, i) => {
    const upper = breaks[i + 1] ?? Infinity;
    const below = values.some((v) => v >= lower && v < b);
    const above = values.some((v) => v >= b && v < upper) || (upper === Infinity && values.some((v) => v >= b));
    if (below && above) { kept.push(b); lower = b; }
  });
  return kept;
}

export function classify(values: (number | null | undefined)[], breaks: number[]): Classes {
  const classOf = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return -1;
    let i = 0;
    while (i < breaks.length && v >= breaks[i]!) i++;
    return i;
  };
  const counts = new Array(breaks.length + 1).fill(0) as number[];
  const ranges = counts.map(() => [Infinity, -Infinity] as [number, number]);
  for (const v of values) {
    const c = classOf(v);
    if (c < 0) continue;
    counts[c]!++;
    ranges[c]![0] = Math.min(ranges[c]![0], v!);
    ranges[c]![1] = Math.max(ranges[c]![1], v!);
  }
  return { breaks, classOf, counts, ranges };
}
