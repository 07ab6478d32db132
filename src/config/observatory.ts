// The observatory's configuration: the one place that names its region. Everything else
// (code patterns, bounds, file names, wording such as "six provinces") derives from this
// module or from the data. Another region's observatory changes this file, nothing else.

export interface Named {
  /** HCP geographic code: `MA` for the country, two digits for a region. */
  code: string;
  slug: string;
  name: { fr: string; ar: string; en: string };
}

export interface Language {
  code: 'fr' | 'ar' | 'en';
  /** BCP 47 locale for numbers and dates (Arabic pages use Latin digits, as Moroccan administrations do). */
  locale: string;
  dir: 'ltr' | 'rtl';
}

export interface ObservatoryConfig {
  region: Named;
  country: Named;
  /** The first is the default language (where `/` redirects). */
  languages: readonly Language[];
  /** Levels every profile is compared with, widest first. */
  comparisonLevels: readonly ('country' | 'region' | 'province')[];
  featured: {
    /** Indicators offered on the home map, in this order. */
    home: readonly string[];
    /** The demographic signals of migration the home page explains (a subset of `home`). */
    signals: readonly string[];
    /** Headline indicators of every profile, in this order. */
    profile: readonly string[];
  };
}

export const OBSERVATORY = {
  region: { code: '09', slug: 'souss-massa', name: { fr: 'Souss-Massa', ar: 'سوس-ماسة', en: 'Souss-Massa' } },
  country: { code: 'MA', slug: 'maroc', name: { fr: 'Maroc', ar: 'المغرب', en: 'Morocco' } },
  languages: [
    { code: 'fr', locale: 'fr-FR', dir: 'ltr' },
    { code: 'ar', locale: 'ar-MA', dir: 'rtl' },
    { code: 'en', locale: 'en-GB', dir: 'ltr' },
  ],
  comparisonLevels: ['country', 'region', 'province'],
  featured: {
    home: [
      'net_migration_rate_2014_2024', 'population_change_pct', 'men_per_100_women', 'share_aged_20_39', 'share_aged_60_plus', 'households_average_size',
      'sex_female', 'illiteracy_rate_10_plus', 'labour_unemployment_rate',
    ],
    signals: ['population_change_pct', 'men_per_100_women', 'share_aged_20_39', 'share_aged_60_plus', 'households_average_size'],
    profile: [
      'population_legal', 'population_change_pct', 'households_count', 'households_average_size', 'population_density',
      'men_per_100_women', 'share_aged_20_39', 'share_aged_60_plus', 'illiteracy_rate_10_plus', 'schooling_rate_6_to_11',
      'labour_activity_rate', 'labour_unemployment_rate',
    ],
  },
} as const satisfies ObservatoryConfig;

export const REGION = OBSERVATORY.region;
export const COUNTRY = OBSERVATORY.country;

/** Every indicator id the configuration names, for the data build to check against the catalogue. */
export function configuredIndicatorIds(config: ObservatoryConfig = OBSERVATORY): { where: string; id: string }[] {
  return Object.entries(config.featured).flatMap(([list, ids]) => ids.map((id) => ({ where: `featured.${list}`, id })));
}

/** Dotted HCP codes of the region and everything in it: `09`, `09.001`, `09.001.01`, `09.001.01.01`. */
export function codePattern(regionCode: string = REGION.code): RegExp {
  return new RegExp(`^${regionCode}(\\.\\d{3}(\\.\\d{2}(\\.\\d{2})?)?)?$`);
}

/** The same codes as digits only (the boundary key). */
export function digitsPattern(regionCode: string = REGION.code): RegExp {
  return new RegExp(`^${regionCode}(\\d{3}(\\d{2}(\\d{2})?)?)?$`);
}

/** The region's boundary file in data/ and public/data/. */
export const boundariesFile = (slug: string = REGION.slug) => `boundaries/${slug}.topojson`;
