// Observable Plot charts rendered to SVG at build time with a server-side DOM (linkedom),
// so profile pages need no JavaScript to show them. Each chart carries an accessible name.

import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface BarDatum { label: string; value: number; highlight?: boolean; text: string }

export function renderPlot(options: Plot.PlotOptions, ariaLabel: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, document, ariaLabel, ariaDescription: undefined } as Plot.PlotOptions) as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('expected a bare SVG chart (no legend or caption wrapper)');
  svg.setAttribute('role', 'img');
  svg.removeAttribute('style');
  // Plot labels its mark groups for assistive technology, but inside an image those labels
  // are not allowed (the chart's name and its data table carry the content).
  for (const g of svg.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
  // Inherit the page's self-hosted fonts; keep chart geometry left-to-right on Arabic pages.
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('font-size', '12');
  svg.setAttribute('direction', 'ltr');
  return svg.outerHTML;
}

/** Horizontal bars, one per category, values labelled at the bar end. */
export function barChart(data: BarDatum[], options: { ariaLabel: string; unit?: string; width?: number; rtl?: boolean; domain?: [number, number] }): string {
  const longest = Math.max(...data.map((d) => d.label.length));
  const width = options.width ?? 640;
  const marginLeft = Math.min(260, 12 + longest * 6.6);
  const min = Math.min(0, ...data.map((d) => d.value));
  // On Arabic pages the chart is mirrored: labels on the right, bars growing leftwards.
  const rtl = options.rtl ?? false;
  return renderPlot({
    width,
    height: 26 + data.length * 24,
    marginLeft: rtl ? 64 : marginLeft,
    marginRight: rtl ? marginLeft : 64,
    marginTop: 6,
    marginBottom: 20,
    x: { domain: options.domain ?? [min, Math.max(0, ...data.map((d) => d.value))], nice: true, label: options.unit ?? null, grid: true, reverse: rtl },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0, axis: rtl ? 'right' : 'left' },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: (d: BarDatum) => (d.highlight ? '#0b5f7a' : '#7fa9bb') }),
      Plot.ruleX([0], { stroke: '#1d2433' }),
      Plot.text(data, { x: 'value', y: 'label', text: 'text', dx: rtl ? -4 : 4, textAnchor: rtl ? 'end' : 'start', fill: '#1d2433' }),
    ],
  }, options.ariaLabel);
}
