// Compared territories on one shared axis: one bar per territory, from zero to its value, in
// the order and colours of the comparator's legend (shapes at the bar ends tell them apart
// without colour). Plain SVG, drawn at build time and by the comparator's script alike. The
// figures are in the text beside it, so the drawing is hidden from assistive technology.

import { shapePath, STRIP_STYLE, stripDomain } from './strip.ts';

/** One style per position in the comparison: the profile strip's colour-blind-safe set. */
export const SLOT_STYLE = [STRIP_STYLE.self, STRIP_STYLE.province, STRIP_STYLE.region, STRIP_STYLE.country] as const;

const WIDTH = 320;
const LANE = 11;
const GAP = 4;
const PAD = 8;

export interface Bar { slot: number; value: number | undefined }

/**
 * `ticks` formats the two ends of the axis in the page's language; on right-to-left pages
 * the axis runs from right to left. Missing values leave their lane empty.
 */
export function barsChart(bars: Bar[], options: { unit: string; tick: (v: number) => string; rtl: boolean }): string {
  const present = bars.flatMap((b) => (b.value !== undefined ? [b.value] : []));
  if (present.length === 0) return '';
  const [lo, hi] = stripDomain(present, options.unit);
  const x = (v: number) => {
    const t = (v - lo) / (hi - lo);
    return +(PAD + (options.rtl ? 1 - t : t) * (WIDTH - 2 * PAD)).toFixed(1);
  };
  const height = PAD / 2 + bars.length * (LANE + GAP) + 14;
  const zero = x(0);
  const lanes = bars.map((b, i) => {
    if (b.value === undefined) return '';
    const s = SLOT_STYLE[b.slot % SLOT_STYLE.length]!;
    const y = PAD / 2 + i * (LANE + GAP);
    const end = x(b.value);
    const [from, to] = end < zero ? [end, zero] : [zero, end];
    return `<rect x="${from}" y="${y + 2}" width="${+(to - from).toFixed(1)}" height="${LANE - 4}" fill="${s.colour}" fill-opacity=".35"/>`
      + `<path transform="translate(${end},${y + LANE / 2})" d="${shapePath(s.shape, 4.5)}" fill="${s.colour}" stroke="#fff" stroke-width=".8"/>`;
  });
  const axisY = PAD / 2 + bars.length * (LANE + GAP);
  const [start, finish] = options.rtl ? [WIDTH - PAD, PAD] : [PAD, WIDTH - PAD];
  return `<svg class="bars" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-hidden="true" focusable="false" font-size="10" direction="ltr">`
    + `<line x1="${zero}" x2="${zero}" y1="${PAD / 2}" y2="${axisY}" stroke="#1d2433"/>`
    + `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${axisY}" y2="${axisY}" stroke="#8a93a3"/>`
    + `<text x="${start}" y="${height - 2}" text-anchor="${options.rtl ? 'end' : 'start'}" fill="#4b5567">${escapeXml(options.tick(lo))}</text>`
    + `<text x="${finish}" y="${height - 2}" text-anchor="${options.rtl ? 'start' : 'end'}" fill="#4b5567">${escapeXml(options.tick(hi))}</text>`
    + lanes.join('') + '</svg>';
}

/** The positions' marks, defined once per page (a comparison repeats them hundreds of times). */
export function slotSymbols(slots: number): string {
  return `<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">${Array.from({ length: slots }, (_, i) => {
    const s = SLOT_STYLE[i % SLOT_STYLE.length]!;
    return `<symbol id="cmp-slot-${i}" viewBox="-7 -7 14 14"><path d="${shapePath(s.shape, 5)}" fill="${s.colour}" stroke="${s.colour}"/></symbol>`;
  }).join('')}</svg>`;
}

/** A swatch in a position's colour and shape (needs slotSymbols on the page). */
export const slotSwatch = (slot: number) => `<svg width="14" height="14" aria-hidden="true" focusable="false"><use href="#cmp-slot-${slot}"/></svg>`;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
