// One indicator of a profile set beside the same figure for the levels above it (province,
// region, Morocco), with its rank among its peers and, where the census asked the same
// question, its 2014 value. Pure: the census comes in as a lookup, so the rules are tested
// on hand-written rows.

import type { Indicator, Localized } from '../catalogue.ts';
import { ranks } from '../rank.ts';

export type Lookup = (code: string, indicator: string, year?: number) => number | undefined;

export interface Place { code: string; level: string; name_fr: string; name_ar: string }

export type ReferenceLevel = 'province' | 'region' | 'country';

export interface Figure {
  value: number | undefined;
  /** Only where 2014 measured what 2024 measures. */
  value2014: number | undefined;
}

export interface Reference extends Figure {
  level: ReferenceLevel;
  place: Place;
  /** HCP publishes this indicator at this level; a missing value is then just missing. */
  published: boolean;
}

export interface Rank { rank: number; of: number }

export interface Comparison extends Figure {
  indicator: Indicator;
  comparable: boolean;
  /** What changed in the question between the censuses, or why the two do not compare. */
  note: Localized | undefined;
  rankProvince: Rank | undefined;
  rankRegion: Rank | undefined;
  references: Reference[];
}

export interface Context {
  subject: Place;
  /** The levels above the subject, nearest first. */
  references: { level: ReferenceLevel; place: Place }[];
  /** Territories of the subject's level in its province and in its region (the subject included). */
  peers: { province: Place[]; region: Place[] };
}

/** 2014 can be read against 2024 for this indicator. */
export const comparable = (indicator: Indicator) => indicator.comparable_2014_2024 && indicator.years.includes(2014);

const publishedAt = (indicator: Indicator, level: string) => (indicator.levels as readonly string[]).includes(level);

function rankAmong(peers: Place[], code: string, id: string, value: Lookup): Rank | undefined {
  if (peers.length < 2) return undefined;
  return ranks(new Map(peers.map((p) => [p.code, value(p.code, id)]))).get(code);
}

export function compare(indicator: Indicator, context: Context, value: Lookup): Comparison {
  const both = comparable(indicator);
  const figure = (code: string): Figure => ({ value: value(code, indicator.id), value2014: both ? value(code, indicator.id, 2014) : undefined });
  const { subject, peers } = context;
  return {
    indicator,
    ...figure(subject.code),
    comparable: both,
    note: indicator.note,
    rankProvince: subject.level === 'commune' ? rankAmong(peers.province, subject.code, indicator.id, value) : undefined,
    rankRegion: rankAmong(peers.region, subject.code, indicator.id, value),
    references: context.references.map(({ level, place }) => ({ level, place, published: publishedAt(indicator, level), ...figure(place.code) })),
  };
}

/**
 * How the subject stands against one reference, at the precision HCP publishes (two figures
 * that print the same are equal): 'above', 'below', 'equal', or undefined when either is missing.
 */
export function standing(c: Comparison, level: ReferenceLevel): 'above' | 'below' | 'equal' | undefined {
  const ref = c.references.find((r) => r.level === level);
  if (c.value === undefined || ref?.value === undefined) return undefined;
  const scale = 10 ** c.indicator.decimals;
  const [a, b] = [Math.round(c.value * scale), Math.round(ref.value * scale)];
  return a > b ? 'above' : a < b ? 'below' : 'equal';
}
