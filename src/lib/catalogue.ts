// The indicator catalogue: what each published figure means, where it comes from,
// at which levels it exists and how it should be drawn. Shared by the import (which
// writes data/indicators.csv), the data build (which validates it) and the pages.

import { OBSERVATORY } from '../config/observatory.ts';

export const LANGS = OBSERVATORY.languages.map((l) => l.code);
export type Lang = (typeof OBSERVATORY.languages)[number]['code'];
export type Localized = Record<Lang, string>;

/** `country` is a comparison level only: no profile page, no boundary. */
export const LEVELS = ['country', 'region', 'province', 'cercle', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const THEMES = [
  'migration',
  'migration_signals',
  'population',
  'age',
  'family',
  'education',
  'languages',
  'labour',
  'commuting',
  'housing',
  'amenities',
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How a commune figure becomes a parent figure.
 * - `sum`: a count, added up over communes;
 * - `ratio`: a rate whose numerator and denominator are both counts we hold, recomputed
 *   from the sums (the formula is in `formula`);
 * - `none`: a share or rate HCP rounds per commune; no exact parent figure exists, so none
 *   is published (a weighted mean of rounded shares would be a fabricated figure).
 */
export const AGGREGATIONS = ['sum', 'ratio', 'none'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Which way is "more": used to pick palette direction and wording, never to judge. */
export const POLARITIES = ['neutral', 'higher_is_better', 'higher_is_worse'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const PALETTES = ['sequential', 'diverging'] as const;
export type Palette = (typeof PALETTES)[number];

export interface Indicator {
  id: string;
  theme: Theme;
  topic: string;
  label: Localized;
  definition: Localized;
  unit: string;
  decimals: number;
  aggregation: Aggregation;
  /** For `ratio` and derived indicators: the formula over other indicator ids. */
  formula: string;
  levels: Level[];
  years: number[];
  /** True when 2014 and 2024 values measure the same thing on the same territories. */
  comparable_2014_2024: boolean;
  /** What changed between the censuses, or why 2014 and 2024 do not compare; absent when nothing did. */
  note?: Localized;
  /** Parts HCP publishes separately at parent levels (see census_splits). */
  splits?: string[];
  source_id: string;
  palette: Palette;
  polarity: Polarity;
  /** Where the indicator comes from upstream (HCP path), empty for derived ones. */
  upstream_path: string;
  featured: boolean;
}

export const UNIT_LABELS: Record<string, Localized> = {
  people: { fr: 'personnes', ar: 'نسمة', en: 'people' },
  households: { fr: 'ménages', ar: 'أسرة', en: 'households' },
  percent: { fr: '%', ar: '٪', en: '%' },
  years: { fr: 'ans', ar: 'سنة', en: 'years' },
  births_per_woman: { fr: 'enfants par femme', ar: 'طفل لكل امرأة', en: 'children per woman' },
  people_per_household: { fr: 'personnes par ménage', ar: 'فرد لكل أسرة', en: 'people per household' },
  people_per_room: { fr: 'personnes par pièce', ar: 'فرد لكل غرفة', en: 'people per room' },
  km: { fr: 'km', ar: 'كلم', en: 'km' },
  km2: { fr: 'km²', ar: 'كلم²', en: 'km²' },
  people_per_km2: { fr: 'hab./km²', ar: 'نسمة/كلم²', en: 'people/km²' },
  per_1000: { fr: '‰', ar: '‰', en: 'per 1,000' },
  men_per_100_women: { fr: 'hommes pour 100 femmes', ar: 'رجل لكل 100 امرأة', en: 'men per 100 women' },
};
