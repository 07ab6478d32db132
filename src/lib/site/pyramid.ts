// The age structure of a territory as a pyramid: HCP's shares of the population by
// five-year band, 2014 against 2024. Pure: the census comes in as a lookup.

import type { Indicator } from '../catalogue.ts';
import type { PyramidDatum } from '../charts/pyramid.ts';
import type { Lookup } from './compare.ts';

export interface PyramidBand { band: string; indicator: Indicator; value2014: number | undefined; value2024: number | undefined }

export interface Pyramid { bands: PyramidBand[]; data: PyramidDatum[]; mode: 'years' }

/** The five-year bands, youngest first, as the catalogue lists them (HCP's `age.*` fields). */
export function ageBands(indicators: Iterable<Indicator>): { band: string; indicator: Indicator }[] {
  return [...indicators]
    .filter((i) => i.upstream_path.startsWith('age.'))
    .map((indicator) => ({ band: indicator.upstream_path.slice('age.'.length), indicator }))
    .sort((a, b) => parseInt(a.band, 10) - parseInt(b.band, 10));
}

/**
 * The pyramid of one territory, or undefined when HCP publishes no age structure for it in
 * 2024. A 2014 band is drawn only where the catalogue says 2014 asked the same.
 */
export function pyramidOf(code: string, indicators: Iterable<Indicator>, value: Lookup): Pyramid | undefined {
  const bands = ageBands(indicators).map(({ band, indicator }) => ({
    band, indicator,
    value2024: value(code, indicator.id, 2024),
    value2014: indicator.comparable_2014_2024 ? value(code, indicator.id, 2014) : undefined,
  }));
  if (bands.length === 0 || bands.every((b) => b.value2024 === undefined)) return undefined;
  const data: PyramidDatum[] = bands.flatMap((b) => [
    ...(b.value2014 !== undefined ? [{ band: b.band, side: 'start' as const, year: 2014 as const, value: b.value2014 }] : []),
    ...(b.value2024 !== undefined ? [{ band: b.band, side: 'end' as const, year: 2024 as const, value: b.value2024 }] : []),
  ]);
  return { bands, data, mode: 'years' };
}

/** "0-4" → "0–4", "75+" stays: band labels read the same in every language. */
export const bandLabel = (band: string) => band.replace('-', '–');
