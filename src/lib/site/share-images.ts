// The share image of every profile, rendered once per build with resvg (a prebuilt renderer
// shipped as an npm package) from the published boundaries and the self-hosted fonts. The
// file name carries a hash of the image, so a social network's cache of an old card is never
// served for a new one, and identical data gives identical names.

import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { OBSERVATORY, REGION } from '../../config/observatory.ts';
import { t } from '../../i18n/index.ts';
import type { Indicator, Lang } from '../catalogue.ts';
import { formatValue, nameOf } from '../format.ts';
import { boxOf, CARD, CARD_FONTS, cardFrame, cardMap, cardSvg, fittingSize, textLine, type CardArea } from '../share-card.ts';
import { catalogue } from './catalogue.ts';
import { absolute } from './config.ts';
import { censusIndex, readBoundaries, territories, type Territory } from './extracts.ts';

interface Card { path: string; png: Uint8Array }

/** What a page's Open Graph and Twitter tags say of its image. */
export interface ShareImage { url: string; width: number; height: number; alt: string }

const FEATURED = OBSERVATORY.featured.profile[0];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

const LATIN = range(0x20, 0x24f) + range(0x2000, 0x206f) + '\u2212';
const ARABIC = ' ' + range(0x600, 0x6ff) + range(0x2000, 0x206f);

// resvg reads TrueType files, Fontsource ships WOFF2: the same fonts, converted for the
// rendering into a temporary folder (out of public/: nothing to publish), removed after it.
async function fontFiles(dir: string): Promise<string[]> {
  const resolve = createRequire(import.meta.url).resolve;
  const sources = [400, 700].flatMap((weight) => [
    [`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`, LATIN],
    [`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`, ARABIC],
  ] as const);
  return Promise.all(sources.map(async ([file, text], i) => {
    const path = join(dir, `${i}.ttf`);
    await writeFile(path, await subsetFont(await readFile(resolve(file)), text, { targetFormat: 'truetype' }));
    return path;
  }));
}

const roleOf = (x: Territory, code: string): CardArea['role'] =>
  x.level === 'region' || code === x.code || (x.level === 'province' && code.startsWith(`${x.code}.`)) ? 'highlight'
    : x.level === 'commune' && code.startsWith(`${x.province_code}.`) ? 'context' : 'base';

/** The year the cards show: the featured indicator's latest census. */
const yearOf = (indicator: Indicator) => Math.max(...indicator.years);

async function renderAll(): Promise<Map<string, Card>> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'observatoire-card-fonts-'));
  try {
    const images = await renderCards({ font: { fontFiles: await fontFiles(dir), loadSystemFonts: false, defaultFontFamily: CARD_FONTS.latin } });
    const kib = Math.round([...images.values()].reduce((n, i) => n + i.png.length, 0) / 1024);
    console.log(`share images: ${images.size} cards, ${kib} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return images;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function renderCards(options: ResvgRenderOptions): Promise<Map<string, Card>> {
  const fr = t('fr');
  const indicator = catalogue().get(FEATURED)!;
  const year = yearOf(indicator);
  const value = censusIndex();
  const communes = readBoundaries('communes').features;
  const frame = cardFrame(communes);
  const paths = communes.map((f) => ({ code: f.properties.code, d: frame.path(f) }));
  const widthAt = (text: string, script: 'latin' | 'arabic') => (size: number) =>
    new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width * 2}" height="200">${textLine(text, script, size, 150, { weight: 700 })}</svg>`, options).getBBox()?.width ?? 0;
  const profiles = territories().filter((x) => x.level === 'commune' || x.level === 'province' || x.level === 'region');
  // Rendering runs on libuv's thread pool (renderAsync), so the cards use every core.
  const images = await Promise.all(profiles.map(async (x) => {
    const own = x.level === 'commune' ? communes.find((f) => f.properties.code === x.code) : undefined;
    const svg = cardSvg(cardMap(frame, paths.map((p) => ({ d: p.d, role: roleOf(x, p.code) })), own && boxOf(frame, own)), {
      site: `${fr('site.name')} — ${REGION.name.fr}`,
      name_fr: x.name_fr,
      name_ar: x.name_ar,
      value: formatValue(value(x.code, FEATURED, year), indicator, 'fr'),
      label_fr: `${indicator.label.fr}, ${year}`,
      label_ar: indicator.label.ar,
      // The card's text is Latin-script but for the Arabic name: its credit is the French one.
      credit: fr('share.credit', { year }),
    }, {
      name_fr: fittingSize(widthAt(x.name_fr, 'latin')),
      name_ar: fittingSize(widthAt(x.name_ar, 'arabic')),
    });
    const png = (await renderAsync(svg, options)).asPng();
    const hash = createHash('sha256').update(png).digest('hex').slice(0, 12);
    return [x.code, { path: `/og/${x.code}.${hash}.png`, png }] as const;
  }));
  return new Map(images);
}

let all: Promise<Map<string, Card>> | undefined;
/** Every profile's image, rendered on first use and shared by the pages and the image route. */
export const shareImages = () => (all ??= renderAll());

/** What a profile page puts in its Open Graph and Twitter tags. */
export async function shareImageOf(x: Territory, lang: Lang): Promise<ShareImage> {
  const image = (await shareImages()).get(x.code)!;
  const indicator = catalogue().get(FEATURED)!;
  const year = yearOf(indicator);
  return {
    url: absolute(image.path),
    width: CARD.width,
    height: CARD.height,
    alt: t(lang)('share.alt', {
      name: nameOf(x, lang), region: REGION.name[lang], label: indicator.label[lang], year,
      value: formatValue(censusIndex()(x.code, FEATURED, year), indicator, lang),
    }),
  };
}
