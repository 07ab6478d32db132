// Charts of the net migration estimate, rendered to SVG at build time: the age profile
// (net balance of each cohort) and the cohort chart (observed against expected by age in
// 2024, the difference shaded). Departures warm, arrivals cool, as on the maps.

import * as Plot from '@observablehq/plot';
import { divergingColours } from '../palette.ts';
import { renderPlot } from './render.ts';

const [DEPARTURES, ARRIVALS] = divergingColours(1, 1) as [string, string];
export const MIGRATION_COLOURS = { departures: DEPARTURES, arrivals: ARRIVALS } as const;

export interface CohortDatum { age: string; observed: number; expected: number; net: number; netLow: number; netHigh: number }

interface Options { ariaLabel: string; rtl?: boolean; width?: number; yLabel: string; format: (v: number) => string }

/** Net balance per cohort, with its bound as a thin line. */
export function ageProfileChart(data: CohortDatum[], o: Options): string {
  return renderPlot({
    width: o.width ?? 520, height: 240, marginLeft: 56, marginRight: 12, marginTop: 14, marginBottom: 36,
    x: { domain: data.map((d) => d.age), label: null, reverse: o.rtl ?? false, tickRotate: -35 },
    y: { label: o.yLabel, grid: true, tickFormat: o.format },
    marks: [
      Plot.barY(data, { x: 'age', y: 'net', fill: (d: CohortDatum) => (d.net < 0 ? DEPARTURES : ARRIVALS) }),
      Plot.ruleX(data, { x: 'age', y1: 'netLow', y2: 'netHigh', stroke: '#1d2433', strokeWidth: 1 }),
      Plot.ruleY([0], { stroke: '#1d2433' }),
    ],
  }, o.ariaLabel);
}

/** Observed and expected counts by age in 2024; the gap between them shaded by its sign. */
export function cohortChart(data: CohortDatum[], o: Options & { observedLabel: string; expectedLabel: string }): string {
  const gap = data.map((d) => ({ ...d, y1: Math.min(d.observed, d.expected), y2: Math.max(d.observed, d.expected) }));
  return renderPlot({
    width: o.width ?? 640, height: 260, marginLeft: 64, marginRight: 12, marginTop: 14, marginBottom: 36,
    x: { domain: data.map((d) => d.age), label: null, reverse: o.rtl ?? false, tickRotate: -35, padding: 0.25 },
    y: { label: o.yLabel, grid: true, tickFormat: o.format },
    marks: [
      Plot.barY(data, { x: 'age', y: 'expected', fill: '#e3e7ee', stroke: '#566074', strokeWidth: 0.5 }),
      Plot.barY(gap, { x: 'age', y1: 'y1', y2: 'y2', fill: (d: CohortDatum) => (d.net < 0 ? DEPARTURES : ARRIVALS), fillOpacity: 0.85 }),
      Plot.tickY(data, { x: 'age', y: 'observed', stroke: '#1d2433', strokeWidth: 2.5 }),
      Plot.ruleY([0], { stroke: '#1d2433' }),
    ],
  }, o.ariaLabel);
}
