// A dot strip: one indicator, the territory and the levels above it as marks on one axis,
// 2024 filled on the upper lane and 2014 hollow on the lower one. Plain SVG written here
// rather than through Plot: a commune profile draws some seventy of them, and a strip is
// a line and a few shapes. The figures are in the text beside it, so the SVG is decoration
// for assistive technology (aria-hidden) and never the only carrier of a number.

export type StripKey = 'self' | 'province' | 'region' | 'country';

export interface StripMark { key: StripKey; value: number; year: 2014 | 2024 }

/** Shapes tell the marks apart without colour; colours are Okabe–Ito (colour-blind safe). */
export const STRIP_STYLE: Record<StripKey, { colour: string; shape: 'circle' | 'diamond' | 'triangle' | 'square' }> = {
  self: { colour: '#0b5f7a', shape: 'circle' },
  province: { colour: '#d55e00', shape: 'diamond' },
  region: { colour: '#009e73', shape: 'triangle' },
  country: { colour: '#6a3d9a', shape: 'square' },
};

const WIDTH = 320;
const LANE = 16;
const PAD = 10;

/** The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) not below x. */
export function niceCeil(x: number): number {
  if (x <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= x * (1 - 1e-12))!;
  return step * power;
}

/** The axis: from zero (or the lowest negative value) to a nice bound above the largest value. */
export function stripDomain(values: number[], unit: string): [number, number] {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const hi = unit === 'percent' && max > 50 ? 100 : niceCeil(max);
  return [min < 0 ? -niceCeil(-min) : 0, hi === 0 && min === 0 ? 1 : hi];
}

/** The mark's path centred on (0, 0), so that one definition serves every position. */
export function shapePath(shape: (typeof STRIP_STYLE)[StripKey]['shape'], r: number): string {
  const f = (n: number) => +n.toFixed(2);
  switch (shape) {
    case 'circle': return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'diamond': return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
    case 'triangle': return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.8)}L${f(-r * 1.1)},${f(r * 0.8)}Z`;
    case 'square': return `M${-r * 0.9},${-r * 0.9}h${r * 1.8}v${r * 1.8}h${-r * 1.8}Z`;
  }
}

/**
 * The SVG of one strip. `ticks` are the texts of the two ends of the axis, in the page's
 * language; on right-to-left pages the axis runs from right to left.
 */
export function stripChart(marks: StripMark[], options: { domain: [number, number]; ticks: [string, string]; rtl: boolean }): string {
  const [lo, hi] = options.domain;
  const lanes = marks.some((m) => m.year === 2014) ? 2 : 1;
  const height = PAD + lanes * LANE + 14;
  const x = (v: number) => {
    const t = (v - lo) / (hi - lo);
    return +(PAD + (options.rtl ? 1 - t : t) * (WIDTH - 2 * PAD)).toFixed(1);
  };
  const y = (year: number) => PAD / 2 + LANE / 2 + (year === 2014 && lanes === 2 ? LANE : 0);
  // The territory's own mark on top of the others.
  const order: StripKey[] = ['country', 'region', 'province', 'self'];
  const sorted = [...marks].sort((a, b) => b.year - a.year || order.indexOf(a.key) - order.indexOf(b.key));
  const shapes = sorted.map((m) => {
    const s = STRIP_STYLE[m.key];
    const hollow = m.year === 2014;
    const r = m.key === 'self' ? 5.5 : 4.5;
    return `<path transform="translate(${x(m.value)},${y(m.year)})" d="${shapePath(s.shape, r)}" fill="${hollow ? '#fff' : s.colour}" stroke="${s.colour}" stroke-width="${hollow ? 1.6 : 1}"${m.key === 'self' ? ' data-self=""' : ''}/>`;
  });
  const axisY = PAD / 2 + lanes * LANE + 1;
  const [start, end] = options.rtl ? [WIDTH - PAD, PAD] : [PAD, WIDTH - PAD];
  const lanesLines = Array.from({ length: lanes }, (_, i) => `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${PAD / 2 + LANE / 2 + i * LANE}" y2="${PAD / 2 + LANE / 2 + i * LANE}" stroke="#d5dae3"/>`);
  const zero = lo < 0 ? `<line x1="${x(0)}" x2="${x(0)}" y1="${PAD / 2}" y2="${axisY}" stroke="#1d2433"/>` : '';
  return `<svg class="strip" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-hidden="true" focusable="false" font-size="10" direction="ltr">`
    + lanesLines.join('') + zero
    + `<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${axisY}" y2="${axisY}" stroke="#8a93a3"/>`
    + `<text x="${start}" y="${height - 2}" text-anchor="${options.rtl ? 'end' : 'start'}" fill="#4b5567">${escapeXml(options.ticks[0])}</text>`
    + `<text x="${end}" y="${height - 2}" text-anchor="${options.rtl ? 'start' : 'end'}" fill="#4b5567">${escapeXml(options.ticks[1])}</text>`
    + shapes.join('') + '</svg>';
}

/** A legend swatch: the mark alone, same shape and colour as in the strips. */
export function stripSwatch(key: StripKey, year: 2014 | 2024 = 2024): string {
  const s = STRIP_STYLE[key];
  const hollow = year === 2014;
  return `<svg viewBox="-7 -7 14 14" width="14" height="14" aria-hidden="true" focusable="false"><path d="${shapePath(s.shape, 5)}" fill="${hollow ? '#fff' : s.colour}" stroke="${s.colour}" stroke-width="${hollow ? 1.6 : 1}"/></svg>`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
