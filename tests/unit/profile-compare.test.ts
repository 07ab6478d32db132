// Profiles that compare: ranks, references, 2014 values, standing, strips, pyramid and the
// summary sentence, on hand-written census rows whose expected results are worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/catalogue.ts';
import { niceCeil, stripChart, stripDomain } from '../../src/lib/charts/strip.ts';
import { compare, standing, type Context, type Lookup, type Place } from '../../src/lib/site/compare.ts';
import { comparisonView } from '../../src/lib/site/compare-view.ts';
import { ageBands, pyramidOf } from '../../src/lib/site/pyramid.ts';
import { summaryOf } from '../../src/lib/site/summary.ts';
import { pluralForms } from '../../src/i18n/index.ts';

const indicator = (over: Partial<Indicator> & { id: string }): Indicator => ({
  theme: 'labour', topic: 'labour', label: { fr: over.id, ar: over.id, en: over.id }, definition: { fr: '', ar: '', en: '' },
  unit: 'percent', decimals: 1, aggregation: 'none', formula: '', levels: ['country', 'region', 'province', 'commune'], years: [2014, 2024],
  comparable_2014_2024: true, source_id: 's', palette: 'sequential', polarity: 'neutral', upstream_path: '', featured: false, ...over,
});

const place = (code: string, level: string, name: string): Place => ({ code, level, name_fr: name, name_ar: `${name}-ar` });
const A = place('09.1.01', 'commune', 'A');
const B = place('09.1.02', 'commune', 'B');
const C = place('09.2.01', 'commune', 'C');
const P = { ...place('09.1', 'province', 'Tiznit'), kind: 'province' };
const R = place('09', 'region', 'Souss-Massa');
const MA = place('MA', 'country', 'Maroc');
const context: Context = {
  subject: A,
  references: [{ level: 'province', place: P }, { level: 'region', place: R }, { level: 'country', place: MA }],
  peers: { province: [A, B], region: [A, B, C] },
};

function lookup(rows: [string, string, number, number][]): Lookup {
  const m = new Map(rows.map(([code, id, year, v]) => [`${code}|${id}|${year}`, v]));
  return (code, id, year = 2024) => m.get(`${code}|${id}|${year}`);
}

const unemployment = indicator({ id: 'unemployment', label: { fr: 'Taux de chômage', ar: 'معدل البطالة', en: 'Unemployment rate' } });
const census = lookup([
  [A.code, 'unemployment', 2024, 12.3], [A.code, 'unemployment', 2014, 10.1], [B.code, 'unemployment', 2024, 15], [C.code, 'unemployment', 2024, 12.3],
  [P.code, 'unemployment', 2024, 14], [P.code, 'unemployment', 2014, 13], [R.code, 'unemployment', 2024, 15.2], [MA.code, 'unemployment', 2024, 21.3],
  [A.code, 'shareOnly', 2024, 40], [A.code, 'shareOnly', 2014, 38],
  [A.code, 'close', 2024, 14.04], [P.code, 'close', 2024, 14],
]);

describe('a comparison', () => {
  const c = compare(unemployment, context, census);

  it('ranks the commune in its province and in the region, ties sharing a rank', () => {
    expect(c.rankProvince).toEqual({ rank: 2, of: 2 }); // B 15.0 > A 12.3
    expect(c.rankRegion).toEqual({ rank: 2, of: 3 }); // B first, A and C tied at 12.3
  });

  it('sets the province, region and Morocco beside it, with 2014 where published', () => {
    expect(c.value).toBe(12.3);
    expect(c.value2014).toBe(10.1);
    expect(c.references.map((r) => [r.level, r.value, r.value2014, r.published])).toEqual([
      ['province', 14, 13, true], ['region', 15.2, undefined, true], ['country', 21.3, undefined, true],
    ]);
  });

  it('says above or below at the precision HCP publishes', () => {
    expect(standing(c, 'province')).toBe('below');
    expect(standing(c, 'country')).toBe('below');
    const close = compare(indicator({ id: 'close' }), context, census);
    expect(standing(close, 'province')).toBe('equal'); // 14.04 prints as 14.0
    expect(standing(close, 'region')).toBeUndefined();
  });

  it('offers no 2014 value where the census asked something else', () => {
    const other = compare(indicator({ id: 'shareOnly', comparable_2014_2024: false, note: { fr: 'autre question', ar: 'سؤال آخر', en: 'another question' } }), context, census);
    expect(other.value2014).toBeUndefined();
    const view = comparisonView(other, A, 'en');
    expect(view.note).toBe('No comparison with 2014: another question');
    expect(view.entries[0]!.text2014).toBeUndefined();
  });

  it('says "not published at this level" only where the catalogue has no such level', () => {
    const communeOnly = compare(indicator({ id: 'shareOnly', levels: ['commune'] }), context, census);
    const view = comparisonView(communeOnly, A, 'fr');
    expect(view.entries.map((e) => [e.key, e.text])).toEqual([
      ['self', '40,0\u202f%'], ['province', 'non publié à ce niveau'], ['region', 'non publié à ce niveau'], ['country', 'non publié à ce niveau'],
    ]);
    const missing = comparisonView(compare(indicator({ id: 'close' }), context, census), A, 'fr');
    expect(missing.entries.find((e) => e.key === 'region')!.text).toBe('—'); // published at that level, just absent
  });

  it('prints ranks, 2014 and Morocco’s name in the page’s language', () => {
    const view = comparisonView(c, A, 'en');
    expect(view.ranks).toEqual(['rank 2 of 2 in the province', 'rank 2 of 3 in the region']);
    expect(view.entries.map((e) => [e.name, e.text, e.text2014])).toEqual([
      ['A', '12.3%', 'in 2014: 10.1%'], ['Tiznit', '14.0%', 'in 2014: 13.0%'], ['Souss-Massa', '15.2%', undefined], ['Morocco', '21.3%', undefined],
    ]);
  });
});

describe('a dot strip', () => {
  it('rounds the axis up to a nice bound, from zero or below it', () => {
    expect([niceCeil(0.23), niceCeil(3.8), niceCeil(7), niceCeil(12), niceCeil(20)]).toEqual([0.25, 5, 10, 20, 20]);
    expect(stripDomain([12.3, 14, 21.3], 'percent')).toEqual([0, 25]);
    expect(stripDomain([60, 70], 'percent')).toEqual([0, 100]);
    expect(stripDomain([-3.5, 12.8], 'percent')).toEqual([-5, 20]);
  });

  it('draws the territory at the far end in left-to-right pages and at the near end mirrored', () => {
    const marks = [{ key: 'self' as const, value: 25, year: 2024 as const }, { key: 'province' as const, value: 0, year: 2024 as const }];
    const ltr = stripChart(marks, { domain: [0, 25], ticks: ['0%', '25%'], rtl: false });
    const rtl = stripChart(marks, { domain: [0, 25], ticks: ['0%', '25%'], rtl: true });
    expect(ltr).toMatch(/translate\(310,\d+(\.\d+)?\)" d="[^"]+" fill="#0b5f7a" stroke="#0b5f7a" stroke-width="1" data-self/);
    expect(rtl).toMatch(/translate\(10,\d+(\.\d+)?\)" d="[^"]+" fill="#0b5f7a" stroke="#0b5f7a" stroke-width="1" data-self/);
    expect(ltr).toContain('viewBox="0 0 320');
    expect(ltr).toContain('width="100%"');
  });

  it('adds a hollow lower lane only when there is a 2014 mark', () => {
    const one = stripChart([{ key: 'self', value: 5, year: 2024 }], { domain: [0, 10], ticks: ['0', '10'], rtl: false });
    const two = stripChart([{ key: 'self', value: 5, year: 2024 }, { key: 'self', value: 4, year: 2014 }], { domain: [0, 10], ticks: ['0', '10'], rtl: false });
    expect(one).toContain('viewBox="0 0 320 40"'); // 10 + 16 + 14
    expect(two).toContain('viewBox="0 0 320 56"'); // 10 + 2 × 16 + 14
    expect(two).toContain('fill="#fff"');
  });
});

describe('the age pyramid', () => {
  const bands = [
    indicator({ id: 'age_75_plus', topic: 'age', upstream_path: 'age.75+' }),
    indicator({ id: 'age_0_4', topic: 'age', upstream_path: 'age.0-4' }),
    indicator({ id: 'age_5_9', topic: 'age', upstream_path: 'age.5-9', comparable_2014_2024: false }),
    indicator({ id: 'share_aged_60_plus', topic: 'age', upstream_path: '' }),
  ];
  const value = lookup([
    [A.code, 'age_0_4', 2024, 8.2], [A.code, 'age_0_4', 2014, 9.1], [A.code, 'age_5_9', 2024, 8.8], [A.code, 'age_5_9', 2014, 9.9], [A.code, 'age_75_plus', 2024, 3.1],
  ]);

  it('takes HCP’s five-year bands, youngest first, and leaves derived shares out', () => {
    expect(ageBands(bands).map((b) => b.band)).toEqual(['0-4', '5-9', '75+']);
  });

  it('puts 2014 on the start side and 2024 on the end side, with no 2014 where it does not compare', () => {
    expect(pyramidOf(A.code, bands, value)!.data).toEqual([
      { band: '0-4', side: 'start', year: 2014, value: 9.1 }, { band: '0-4', side: 'end', year: 2024, value: 8.2 },
      { band: '5-9', side: 'end', year: 2024, value: 8.8 },
      { band: '75+', side: 'end', year: 2024, value: 3.1 },
    ]);
  });

  it('is absent where HCP publishes no age structure', () => {
    expect(pyramidOf(B.code, bands, value)).toBeUndefined();
  });
});

describe('the summary sentence', () => {
  const population = compare(indicator({ id: 'population_legal', unit: 'people', decimals: 0 }), context, lookup([[A.code, 'population_legal', 2024, 6124], [A.code, 'population_legal', 2014, 6345]]));
  const change = compare(indicator({ id: 'population_change_pct', comparable_2014_2024: false }), context, lookup([[A.code, 'population_change_pct', 2024, -3.5]]));
  const size = compare(indicator({ id: 'size', unit: 'people_per_household', decimals: 1, label: { fr: 'Taille moyenne des ménages', ar: 'متوسط حجم الأسرة', en: 'Average household size' } }), context, lookup([[A.code, 'size', 2024, 4.5], [P.code, 'size', 2024, 4.2]]));
  const jobs = compare(unemployment, context, census);
  const input = { population, change, featured: [jobs, size], against: { level: 'province' as const, place: P } };

  it('says population, change and standing against the province in French, every figure from the rows', () => {
    expect(summaryOf(input, 'fr')).toBe(
      'Population en 2024 : 6\u202f124 habitants. Évolution depuis 2014 : -3,5\u202f% (6\u202f345 habitants en 2014). '
      + 'Par rapport à sa province (Tiznit) : au-dessus pour taille moyenne des ménages (4,5 personnes par ménage contre 4,2 personnes par ménage) ; '
      + 'en dessous pour taux de chômage (12,3\u202f% contre 14,0\u202f%).',
    );
  });

  it('in English and Arabic too', () => {
    expect(summaryOf(input, 'en')).toBe(
      'Population in 2024: 6,124 people. Change since 2014: -3.5% (6,345 people in 2014). '
      + 'Compared with its province (Tiznit): higher on average household size (4.5 people per household against 4.2 people per household); lower on unemployment rate (12.3% against 14.0%).',
    );
    const ar = summaryOf(input, 'ar');
    expect(ar).toContain('عدد السكان سنة 2024: 6.124 نسمة.');
    expect(ar).toContain('مقارنة بالإقليم (Tiznit-ar): أعلى في متوسط حجم الأسرة');
    expect(ar).toContain('أدنى في معدل البطالة (12,3\u202f% مقابل 14,0\u202f%)');
  });

  it('leaves out what it has no figure for', () => {
    expect(summaryOf({ population, change: undefined, featured: [], against: undefined }, 'en')).toBe('Population in 2024: 6,124 people.');
  });

  it('chooses plural forms by the language’s rules', () => {
    expect([1, 2, 5, 12, 100].map((n) => pluralForms('ar', n, 'summary.people', { n: String(n) }))).toEqual(['نسمة واحدة', 'نسمتان', '5 نسمات', '12 نسمة', '100 نسمة']);
    expect([1, 2].map((n) => pluralForms('en', n, 'summary.people', { n: String(n) }))).toEqual(['1 person', '2 people']);
    expect(pluralForms('fr', 1, 'summary.people', { n: '1' })).toBe('1 habitant');
  });
});
