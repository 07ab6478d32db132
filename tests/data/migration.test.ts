// Apparent net migration on the real data: every commune, province and the region
// estimated, bounds around every estimate, 14 cohorts each, and the region's own estimate
// consistent with the sum of its communes.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCanonical } from '../../scripts/data/build.ts';
import { NOT_ESTIMATED } from '../../scripts/import/migration.ts';
import type { Row } from '../../src/lib/tables.ts';

let t: Record<string, Row[]>;
const value = new Map<string, number>();
const get = (code: string, id: string, year = 2024) => value.get(`${code}|${id}|${year}`);
const level = (l: string) => t.territories!.filter((r) => r.level === l).map((r) => r.code as string);
const NET = 'net_migration_2014_2024';
const RATE = 'net_migration_rate_2014_2024';

beforeAll(async () => {
  ({ tables: t } = await loadCanonical('data'));
  for (const r of t.census!) value.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value as number);
});

describe('apparent net migration 2014–2024', () => {
  it('is estimated for every commune (or a reason is stated), every province and the region', () => {
    const communes = level('commune');
    expect(communes.length).toBeGreaterThan(0);
    for (const code of [...communes, ...level('province'), ...level('region')]) {
      if (code in NOT_ESTIMATED) continue;
      for (const id of [NET, `${NET}_low`, `${NET}_high`, RATE, `${RATE}_low`, `${RATE}_high`]) expect(get(code, id), `${code} ${id}`).toBeDefined();
    }
    for (const reason of Object.values(NOT_ESTIMATED)) expect(reason.length).toBeGreaterThan(10);
  });

  it('lies within its bounds, and its rate is per 1,000 of the 2014 municipal population', () => {
    for (const r of t.census!.filter((x) => x.indicator_id === NET)) {
      const code = r.territory_code as string;
      expect(get(code, `${NET}_low`)!).toBeLessThanOrEqual(r.value as number);
      expect(get(code, `${NET}_high`)!).toBeGreaterThanOrEqual(r.value as number);
      const base = get(code, 'population_municipal', 2014)!;
      expect(Math.abs(get(code, RATE)! - (1000 * (r.value as number)) / base), code).toBeLessThan(0.05 + 500 / base); // rate to 0.1, persons to the unit
    }
  });

  it('holds 14 cohorts per territory, aged 10-14 to 75+ in 2024, that add up to the total', () => {
    const byTerritory = new Map<string, Row[]>();
    for (const r of t.migration_cohorts!) byTerritory.set(r.territory_code as string, [...(byTerritory.get(r.territory_code as string) ?? []), r]);
    const estimated = t.census!.filter((x) => x.indicator_id === NET).map((x) => x.territory_code as string);
    expect([...byTerritory.keys()].sort()).toEqual(estimated.sort());
    for (const [code, rows] of byTerritory) {
      expect(rows.map((r) => r.age_2024)).toEqual(['10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+']);
      const sum = rows.reduce((a, r) => a + (r.net as number), 0);
      expect(Math.abs(sum - get(code, NET)!), code).toBeLessThanOrEqual(8); // 14 roundings to the person
    }
  });

  it('uses one national survival ratio per cohort, for every territory', () => {
    const ratio = new Map<string, Set<number>>();
    for (const r of t.migration_cohorts!) ratio.set(r.age_2024 as string, (ratio.get(r.age_2024 as string) ?? new Set()).add(r.survival_ratio as number));
    for (const [age, s] of ratio) expect(s.size, age).toBe(1);
  });

  it('gives the region, from its own published figures, an estimate consistent with the sum of its communes', () => {
    const region = level('region')[0]!;
    const sum = level('commune').reduce((a, c) => a + get(c, NET)!, 0);
    // Each share is rounded to ± 0.05 point: for the region alone that is ± 0.05 % of its
    // population in each of the 2 × 14 bands read, with survival ratios near 1.
    const roundingBound = 0.0005 * 14 * (get(region, 'population_legal', 2014)! + get(region, 'population_legal')!);
    expect(Math.abs(get(region, NET)! - sum)).toBeLessThan(roundingBound);
    const rec = t.reconciliation!.find((r) => r.territory_code === region && r.indicator_id === NET)!;
    expect(rec.published).toBe(get(region, NET));
    expect(Math.abs((rec.sum_of_communes as number) - sum)).toBeLessThanOrEqual(1 + level("commune").length / 2); // communes are published rounded to the person
  });

  it('records every province’s own estimate against the sum of its communes', () => {
    for (const p of level('province')) {
      const rec = t.reconciliation!.find((r) => r.territory_code === p && r.indicator_id === NET);
      expect(rec, p).toBeDefined();
      const sum = level('commune').filter((c) => c.startsWith(`${p}.`)).reduce((a, c) => a + get(c, NET)!, 0);
      expect(Math.abs((rec!.sum_of_communes as number) - sum), p).toBeLessThanOrEqual(1 + level('commune').length);
    }
  });
});
