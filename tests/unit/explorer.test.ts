import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/catalogue.ts';
import { scatterQuery, valuesQuery } from '../../src/lib/explorer/query.ts';
import { changeKind, DEFAULT_STATE, decodeState, encodeState, yearsOf } from '../../src/lib/explorer/state.ts';

const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id, theme: 'population', topic: 't', label: { fr: id, ar: id, en: id }, definition: { fr: '', ar: '', en: '' }, unit: 'percent', decimals: 1,
  aggregation: 'none', formula: '', levels: ['commune'], years: [2024], comparable_2014_2024: false, source_id: 's', palette: 'sequential',
  polarity: 'neutral', upstream_path: '', featured: false, ...extra,
});
const catalogue = new Map([
  ['population_change_pct', indicator('population_change_pct', { levels: ['region', 'province', 'commune'], palette: 'diverging' })],
  ['population_legal', indicator('population_legal', { levels: ['region', 'province', 'commune'], years: [2014, 2024], unit: 'people', comparable_2014_2024: true })],
  ['share_married', indicator('share_married', { years: [2014, 2024], comparable_2014_2024: false })],
  ['share_aged_20_39', indicator('share_aged_20_39')],
  ['sex_female', indicator('sex_female')],
]);

describe('explorer state in the URL', () => {
  it('round-trips every field', () => {
    const state = { ...DEFAULT_STATE, indicator: 'population_legal', level: 'province' as const, year: 'change' as const, method: 'quantile' as const, classes: 7, palette: 'sequential' as const, versus: 'sex_female', selected: '09.581' };
    expect(decodeState(encodeState(state), catalogue)).toEqual(state);
  });
  it('falls back to the default for an unknown indicator, never passing it on', () => {
    expect(decodeState('i=x%27%3B%20DROP%20TABLE%20census&k=5', catalogue).indicator).toBe('population_change_pct');
  });
  it('keeps the level, year and classes within what the indicator offers', () => {
    const s = decodeState('i=share_aged_20_39&l=province&y=2014&k=99&m=magic', catalogue);
    expect(s).toMatchObject({ level: 'commune', year: '2024', classes: DEFAULT_STATE.classes, method: DEFAULT_STATE.method });
  });
  it('offers the 2014→2024 change only where both censuses exist', () => {
    expect(yearsOf(catalogue.get('population_legal')!)).toEqual(['2014', '2024', 'change']);
    expect(yearsOf(catalogue.get('sex_female')!)).toEqual(['2024']);
  });
  it('offers no change for an indicator in both censuses that the catalogue says is not comparable', () => {
    expect(yearsOf(catalogue.get('share_married')!)).toEqual(['2014', '2024']);
    expect(decodeState('i=share_married&y=change', catalogue).year).toBe('2024');
  });
  it('reads a change in % for counts, in points for shares, as a difference otherwise', () => {
    expect(changeKind({ unit: 'people' })).toBe('percent');
    expect(changeKind({ unit: 'households' })).toBe('percent');
    expect(changeKind({ unit: 'percent' })).toBe('points');
    expect(changeKind({ unit: 'years' })).toBe('difference');
    expect(valuesQuery('share_married', 'commune', 'change', 'points').sql).toMatch(/round\(now\.value - before\.value, 2\)/);
    expect(valuesQuery('population_legal', 'commune', 'change', 'percent').sql).toMatch(/100 \* \(now\.value - before\.value\)/);
  });
  it('ignores a malformed selected code', () => {
    expect(decodeState('s=<script>', catalogue).selected).toBeNull();
  });
});

describe('explorer queries', () => {
  it('binds indicator, year and level as parameters', () => {
    const q = valuesQuery("x' OR 1=1 --", 'commune', '2024');
    expect(q.sql).not.toContain("x'");
    expect(q.params).toEqual(["x' OR 1=1 --", 2024, 'commune']);
    expect((q.sql.match(/\?/g) ?? []).length).toBe(q.params.length);
  });
  it('computes the change between censuses in SQL', () => {
    const q = valuesQuery('population_legal', 'province', 'change');
    expect(q.sql).toContain('before.year = 2014');
    expect(q.params).toEqual(['population_legal', 'population_legal', 'province']);
  });
  it('pairs two indicators for the scatter plot', () => {
    expect(scatterQuery('a', 'b', 'commune').params).toEqual(['a', 2024, 'b', 2024, 'commune']);
    expect(scatterQuery('a', 'b', 'province', '2014').params).toEqual(['a', 2014, 'b', 2014, 'province']);
  });
});
