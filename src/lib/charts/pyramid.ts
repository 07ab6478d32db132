// A population pyramid rendered to SVG at build time: five-year bands from the youngest at
// the bottom, one side growing towards the reading start and the other towards its end.
// Either 2014 against 2024 (both sexes), or men against women with 2024 filled and 2014
// outlined. On right-to-left pages the whole figure is mirrored: the start side is on the right.

import * as Plot from '@observablehq/plot';
import { renderPlot } from './render.ts';

export interface PyramidDatum { band: string; side: 'start' | 'end'; year: 2014 | 2024; value: number }

export const PYRAMID_COLOURS = { start: '#7fa9bb', end: '#0b5f7a', outline: '#1d2433' } as const;

export function pyramidChart(data: PyramidDatum[], options: {
  bands: string[]; mode: 'years' | 'sex'; rtl: boolean; ariaLabel: string; tick: (v: number) => string;
}): string {
  const signed = data.map((d) => ({ ...d, x: d.side === 'start' ? -d.value : d.value }));
  const max = Math.max(1, ...data.map((d) => d.value));
  const fillOf = (d: PyramidDatum) => (options.mode === 'years' ? PYRAMID_COLOURS[d.side] : d.side === 'start' ? PYRAMID_COLOURS.start : PYRAMID_COLOURS.end);
  const filled = options.mode === 'years' ? signed : signed.filter((d) => d.year === 2024);
  const outlined = options.mode === 'sex' ? signed.filter((d) => d.year === 2014) : [];
  return renderPlot({
    width: 400,
    height: 30 + options.bands.length * 17,
    marginLeft: options.rtl ? 14 : 44,
    marginRight: options.rtl ? 44 : 14,
    marginTop: 6,
    marginBottom: 24,
    x: { domain: [-max, max], nice: true, reverse: options.rtl, tickFormat: (v: number) => options.tick(Math.abs(v)), ticks: 5, label: null, grid: true },
    y: { domain: [...options.bands].reverse(), label: null, tickSize: 0, axis: options.rtl ? 'right' : 'left', padding: 0.12 },
    marks: [
      Plot.barX(filled, { x: 'x', y: 'band', fill: fillOf }),
      Plot.barX(outlined, { x: 'x', y: 'band', fill: 'none', stroke: PYRAMID_COLOURS.outline, strokeWidth: 1.3 }),
      Plot.ruleX([0], { stroke: PYRAMID_COLOURS.outline }),
    ],
  }, options.ariaLabel);
}
