// A comparison as a profile prints it in one language: texts for the territory and each
// level above it, its ranks, the change note, and the strip drawn from the same figures.

import type { Lang } from '../catalogue.ts';
import { stripChart, stripDomain, type StripKey, type StripMark } from '../charts/strip.ts';
import { formatNumber, formatPercent, formatValue, nameOf } from '../format.ts';
import { t } from '../../i18n/index.ts';
import type { Comparison, Place, Reference } from './compare.ts';

export interface Entry {
  key: StripKey;
  name: string;
  /** The 2024 value, a dash when missing, or "not published at this level". */
  text: string;
  notPublished: boolean;
  /** "in 2014: …", where 2014 asked the same and HCP published it. */
  text2014: string | undefined;
}

export interface ComparisonView {
  id: string;
  label: string;
  definition: string;
  ranks: string[];
  entries: Entry[];
  note: string | undefined;
  /** Empty for counts: a commune's count set on Morocco's axis says nothing. */
  strip: string;
}

const COUNT_UNITS = ['people', 'households'];

export const placeName = (key: StripKey, place: Place, lang: Lang) => (key === 'country' ? t(lang)('compare.country') : nameOf(place, lang));

export function comparisonView(c: Comparison, subject: Place, lang: Lang): ComparisonView {
  const tr = t(lang);
  const ind = c.indicator;
  const fmt = (v: number | undefined) => formatValue(v, ind, lang);
  const in2014 = (v: number | undefined) => (c.comparable && v !== undefined ? tr('compare.in2014', { value: fmt(v) }) : undefined);
  const entry = (key: StripKey, place: Place, figure: Pick<Reference, 'value' | 'value2014'>, published: boolean): Entry => ({
    key, name: placeName(key, place, lang),
    text: figure.value !== undefined ? fmt(figure.value) : published ? '—' : tr('profile.notAggregated'),
    notPublished: figure.value === undefined && !published,
    text2014: in2014(figure.value2014),
  });
  const entries = [entry('self', subject, c, true), ...c.references.map((r) => entry(r.level, r.place, r, r.published))];

  const marks: StripMark[] = [
    ...(c.value !== undefined ? [{ key: 'self' as const, value: c.value, year: 2024 as const }] : []),
    ...(c.value2014 !== undefined ? [{ key: 'self' as const, value: c.value2014, year: 2014 as const }] : []),
    ...c.references.flatMap((r) => [
      ...(r.value !== undefined ? [{ key: r.level, value: r.value, year: 2024 as const }] : []),
      ...(r.value2014 !== undefined ? [{ key: r.level, value: r.value2014, year: 2014 as const }] : []),
    ]),
  ];
  let strip = '';
  if (!COUNT_UNITS.includes(ind.unit) && marks.length > 0) {
    const domain = stripDomain(marks.map((m) => m.value), ind.unit);
    // Axis ends carry the number alone (and % for shares): the unit is in the figures below.
    const tick = (v: number) => (ind.unit === 'percent' ? formatPercent(v, lang, Number.isInteger(v) ? 0 : 1) : formatNumber(v, lang, Number.isInteger(v) ? 0 : 1));
    strip = stripChart(marks, { domain, ticks: [tick(domain[0]), tick(domain[1])], rtl: lang === 'ar' });
  }
  const fmtRank = (key: 'compare.rankProvince' | 'compare.rankRegion', r: { rank: number; of: number } | undefined) =>
    (r ? [tr(key, { rank: formatNumber(r.rank, lang), of: formatNumber(r.of, lang) })] : []);
  return {
    id: ind.id,
    label: ind.label[lang],
    definition: ind.definition[lang],
    ranks: [...fmtRank('compare.rankProvince', c.rankProvince), ...fmtRank('compare.rankRegion', c.rankRegion)],
    entries,
    note: c.note ? tr(c.comparable ? 'compare.note' : 'compare.notComparable', { note: c.note[lang] }) : undefined,
    strip,
  };
}
