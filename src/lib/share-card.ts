// The image a profile shows when its address is shared (Open Graph / Twitter cards): the
// region's map with the territory highlighted, beside its name in French and Arabic and one
// featured figure with its year and credits. One image serves the three languages, so every
// line of text is in one script only: the Arabic font has no Latin digits, and a renderer
// without a browser's font fallback would drop them.

import type { Feature, Geometry } from 'geojson';
import { frameFor, ringsOf, type Frame } from './geo/svg.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** The fonts the card names: both must be loaded into the renderer. */
export const CARD_FONTS = { latin: 'Source Sans 3', arabic: 'Noto Sans Arabic' } as const;

export interface CardArea {
  /** The area's path in the map frame (see `cardFrame`). */
  d: string;
  /** `highlight`: the territory; `context`: its province around a commune; `base`: the rest. */
  role: 'highlight' | 'context' | 'base';
}

export interface CardText {
  /** Small line above the names (the observatory's name). */
  site: string;
  name_fr: string;
  name_ar: string;
  value: string;
  label_fr: string;
  label_ar: string;
  credit: string;
}

/** Font sizes chosen so that each name fits the text column (measured by the renderer). */
export interface CardSizes { name_fr: number; name_ar: number }

const FILL = { highlight: '#0b5f7a', context: '#b9c7d3', base: '#e3e7ee' } as const;
const RING = '#c2410c';
const MAP_BOX = { x: 30, y: 30, width: 580, height: 570 };
export const TEXT_COLUMN = { centre: 905, width: 500 } as const;
export const NAME_SIZE = { max: 66, min: 30 } as const;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// The Arabic font has no ASCII hyphen (U+002D) but has the non-breaking one (U+2011).
const arabicText = (s: string) => escapeXml(s.replace(/-/g, '\u2011'));

/** One line of text centred in the text column; the Arabic lines run right to left. */
export function textLine(text: string, script: 'latin' | 'arabic', size: number, y: number, style: { weight?: number; fill?: string } = {}): string {
  const common = `x="${TEXT_COLUMN.centre}" y="${y}" font-size="${size}" font-weight="${style.weight ?? 400}" fill="${style.fill ?? '#1d2433'}" text-anchor="middle"`;
  return script === 'arabic'
    ? `<text ${common} font-family="${CARD_FONTS.arabic}" direction="rtl">${arabicText(text)}</text>`
    : `<text ${common} font-family="${CARD_FONTS.latin}">${escapeXml(text)}</text>`;
}

/** The region's frame fitted to the map box: computed once, every card draws in it. */
export function cardFrame(features: Feature<Geometry>[]): Frame {
  const frame = frameFor(features, MAP_BOX.width, 0);
  return frame.height > MAP_BOX.height ? frameFor(features, Math.floor((MAP_BOX.width * MAP_BOX.height) / frame.height), 0) : frame;
}

/** Where a feature lies in the frame: its bounding box in pixels. */
export function boxOf(frame: Frame, feature: Feature<Geometry>): [number, number, number, number] {
  const xy = ringsOf(feature.geometry).flat().map((p) => frame.project(p[0]!, p[1]!));
  return [Math.min(...xy.map((p) => p[0])), Math.min(...xy.map((p) => p[1])), Math.max(...xy.map((p) => p[0])), Math.max(...xy.map((p) => p[1]))];
}

const MARKED_BELOW = 40;

/** The map part, highlight on top; a highlight smaller than a thumb gets a ring around it. */
export function cardMap(frame: Frame, areas: CardArea[], highlightBox?: [number, number, number, number]): string {
  const dx = MAP_BOX.x + (MAP_BOX.width - frame.width) / 2;
  const dy = MAP_BOX.y + (MAP_BOX.height - frame.height) / 2;
  const order = { base: 0, context: 1, highlight: 2 } as const;
  const paths = [...areas].sort((a, b) => order[a.role] - order[b.role])
    .map((a) => `<path d="${a.d}" fill="${FILL[a.role]}" stroke="#ffffff" stroke-width="${a.role === 'highlight' ? 1.5 : 0.8}"/>`);
  const ring = highlightBox && Math.max(highlightBox[2] - highlightBox[0], highlightBox[3] - highlightBox[1]) < MARKED_BELOW
    ? `<circle cx="${(highlightBox[0] + highlightBox[2]) / 2}" cy="${(highlightBox[1] + highlightBox[3]) / 2}" r="${MARKED_BELOW / 2 + 6}" fill="none" stroke="${RING}" stroke-width="4"/>`
    : '';
  return `<g transform="translate(${Math.round(dx)} ${Math.round(dy)})">${paths.join('')}${ring}</g>`;
}

export function cardSvg(map: string, text: CardText, sizes: CardSizes): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${CARD.width}" height="10" fill="${FILL.highlight}"/>`,
    map,
    textLine(text.site, 'latin', 24, 80, { fill: '#4a5468' }),
    textLine(text.name_fr, 'latin', sizes.name_fr, 175, { weight: 700 }),
    textLine(text.name_ar, 'arabic', sizes.name_ar, 270, { weight: 700 }),
    textLine(text.value, 'latin', 92, 400, { weight: 700, fill: FILL.highlight }),
    textLine(text.label_fr, 'latin', 32, 450),
    textLine(text.label_ar, 'arabic', 30, 500),
    textLine(text.credit, 'latin', 22, 590, { fill: '#4a5468' }),
    '</svg>',
  ].join('');
}

/** The largest size, in whole pixels, at which a line measured `widthAt(size)` fits the column. */
export function fittingSize(widthAt: (size: number) => number, max = NAME_SIZE.max, min = NAME_SIZE.min): number {
  const width = widthAt(max);
  if (width <= TEXT_COLUMN.width) return max;
  return Math.max(min, Math.floor((max * TEXT_COLUMN.width) / width));
}
