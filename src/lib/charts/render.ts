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

type BarOptions = { ariaLabel: string; unit?: string; width?: number; rtl?: boolean; domain?: [number, number] };

/** Horizontal bars, one per category, values labelled at the bar end: drawn for a wide
 *  column and for a phone (see responsiveChart). */
export function barChart(data: BarDatum[], options: BarOptions): string {
  return responsiveChart((width) => drawBars(data, options, width), options.width ?? 640);
}

/** Below 420 px the labels go above their bars, so a phone-width chart keeps full-size text. */
function drawBars(data: BarDatum[], options: BarOptions, width: number): string {
  const longest = Math.max(...data.map((d) => d.label.length));
  const narrow = width < 420;
  const marginLeft = narrow ? 8 : Math.min(260, 12 + longest * 6.6);
  const valueRoom = narrow ? 48 : 64;
  const min = Math.min(0, ...data.map((d) => d.value));
  // On Arabic pages the chart is mirrored: labels on the right, bars growing leftwards.
  const rtl = options.rtl ?? false;
  const rowHeight = narrow ? 38 : 24;
  const domain = options.domain ?? [min, Math.max(0, ...data.map((d) => d.value))];
  return renderPlot({
    width,
    height: 26 + data.length * rowHeight,
    marginLeft: rtl ? valueRoom : marginLeft,
    marginRight: rtl ? marginLeft : valueRoom,
    marginTop: 6,
    marginBottom: 20,
    x: { domain, nice: true, label: options.unit ?? null, grid: true, reverse: rtl, ticks: narrow ? 4 : undefined },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0, axis: narrow ? null : rtl ? 'right' : 'left' },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: (d: BarDatum) => (d.highlight ? '#0b5f7a' : '#7fa9bb'), insetTop: narrow ? 17 : 0 }),
      Plot.ruleX([0], { stroke: '#1d2433' }),
      Plot.text(data, { x: 'value', y: 'label', text: 'text', dx: rtl ? -4 : 4, dy: narrow ? 8 : 0, textAnchor: rtl ? 'end' : 'start', fill: '#1d2433' }),
      ...(narrow ? [Plot.text(data, { x: () => domain[0], y: 'label', text: 'label', dy: -8, textAnchor: rtl ? 'end' : 'start', fill: '#1d2433' })] : []),
    ],
  }, options.ariaLabel);
}

/** The same chart drawn for a wide column and for a phone; the stylesheet shows the one that fits. */
export function responsiveChart(draw: (width: number) => string, wide = 640, narrow = 328): string {
  return `<div class="chart-wide">${draw(wide)}</div><div class="chart-narrow">${draw(narrow)}</div>`;
}
