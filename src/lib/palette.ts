// Colour-blind-safe ramps (ColorBrewer via d3-scale-chromatic): a single-hue-ish sequential
// ramp and a diverging purple–orange ramp whose middle falls on zero.

import { schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';

export const MISSING_COLOUR = '#d9d9d9';

export function sequentialColours(k: number): string[] {
  const n = Math.max(3, Math.min(9, k));
  return [...schemeYlGnBu[n]!].slice(0, k);
}

/**
 * Diverging colours for classes split at zero: `below` classes under zero take the orange
 * side (falls), the others the purple side (rises), each darker away from zero.
 * d3's PuOr runs purple → orange; it is reversed so falls read warm and rises cool.
 */
export function divergingColours(below: number, above: number): string[] {
  const side = Math.max(below, above);
  const n = Math.max(3, Math.min(11, side * 2));
  const scheme = [...schemePuOr[n]!].reverse();
  const half = Math.floor(n / 2);
  const oranges = scheme.slice(0, half).slice(half - below);
  const purples = scheme.slice(n - half).slice(0, above);
  return [...oranges, ...purples];
}
