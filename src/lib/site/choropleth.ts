// Everything a choropleth needs, computed once at build time: classes, colours and a
// legend whose entries give each class's range and count, plus missing values apart.

import { breaksFor, classify, withZero, type Method } from '../classify.ts';
import { divergingColours, MISSING_COLOUR, sequentialColours } from '../palette.ts';

export interface LegendEntry { colour: string; from: number; to: number; count: number }
export interface Choropleth { colourOf: (v: number | undefined) => string; legend: LegendEntry[]; missing: number }

export function choropleth(values: (number | undefined)[], options: { palette: 'sequential' | 'diverging'; method?: Method; k?: number }): Choropleth {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  let breaks = breaksFor(present, options.method ?? 'jenks', options.k ?? 6);
  if (options.palette === 'diverging') breaks = withZero(breaks, present);
  const classes = classify(present, breaks);
  const below = breaks.filter((b) => b <= 0).length;
  const colours = options.palette === 'diverging' && present.some((v) => v < 0) && present.some((v) => v >= 0)
    ? divergingColours(below, breaks.length + 1 - below)
    : sequentialColours(breaks.length + 1);
  return {
    colourOf: (v) => (v === undefined ? MISSING_COLOUR : colours[classes.classOf(v)] ?? MISSING_COLOUR),
    legend: classes.counts.map((count, i) => ({ colour: colours[i]!, from: classes.ranges[i]![0], to: classes.ranges[i]![1], count })),
    missing: values.length - present.length,
  };
}
