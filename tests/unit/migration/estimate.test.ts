import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, COHORTS, bandIndicator, type AgeBand } from '../../../src/lib/migration/age-bands.ts';
import { direction, exact, subtract } from '../../../src/lib/migration/bounded.ts';
import { bandCount, estimateMigration, pointRatios, survivalRatios, type AgeStructure } from '../../../src/lib/migration/estimate.ts';
import { ageStructureOf } from '../../../src/lib/migration/inputs.ts';

/** An age structure from counts per band (shares exact, not rounded). */
function fromCounts(counts: readonly number[]): AgeStructure {
  const population = counts.reduce((a, b) => a + b, 0);
  return { population, shares: Object.fromEntries(AGE_BANDS.map((b, i) => [b, (counts[i]! / population) * 100])) as Record<AgeBand, number> };
}
const uniform = (population: number): AgeStructure => ({ population, shares: Object.fromEntries(AGE_BANDS.map((b) => [b, 6.25])) as Record<AgeBand, number> });

// A country whose every band holds 6,250 people in both censuses: every cohort survives
// intact (S = 1) except the open one, where 65+ (18,750) becomes 75+ (6,250): S = 1/3.
const nation2014 = uniform(100_000);
const nation2024 = uniform(100_000);
const ratios = survivalRatios(nation2014, nation2024);

describe('cohorts', () => {
  it('follows fourteen cohorts, aged 10-14 to 75+ in 2024, the last one closed from 65+', () => {
    expect(COHORTS.map((c) => c.age2024)).toEqual(['10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+']);
    expect(COHORTS[0]!.from).toEqual(['0-4']);
    expect(COHORTS[11]!.from).toEqual(['55-59']);
    expect(COHORTS[13]!.from).toEqual(['65-69', '70-74', '75+']);
  });
  it('names each band by its census indicator', () => {
    expect(bandIndicator('0-4')).toBe('age_0_4');
    expect(bandIndicator('75+')).toBe('age_75_plus');
  });
});

describe('survival ratios', () => {
  it('divide the band ten years older in 2024 by the band in 2014', () => {
    expect(ratios.slice(0, 13).map((r) => r.value)).toEqual(Array(13).fill(1));
    expect(ratios[13]!.value).toBeCloseTo(1 / 3, 12);
  });
  it('widen with the rounding of the national shares: ±0.05 point of 100,000 is ±50 people per band', () => {
    // (6,250 ± 50) / (6,250 ∓ 50)
    expect(ratios[0]!.lo).toBeCloseTo(6200 / 6300, 12);
    expect(ratios[0]!.hi).toBeCloseTo(6300 / 6200, 12);
  });
});

describe('net migration', () => {
  it('is zero for a commune whose population neither arrived nor left (closed, national pattern)', () => {
    const e = estimateMigration(uniform(1000), uniform(1000), ratios);
    for (const c of e.cohorts) expect(c.net.value).toBeCloseTo(0, 9);
    expect(e.net.value).toBeCloseTo(0, 9);
    expect(e.direction).toBe('unclear');
  });

  it('is exactly the half of a cohort a commune lost, and nothing else', () => {
    // 62.5 people per band in 2014; in 2024 the cohort aged 20-24 has only 31.25.
    const counts2024 = AGE_BANDS.map((b) => (b === '20-24' ? 31.25 : 62.5));
    const e = estimateMigration(uniform(1000), fromCounts(counts2024), pointRatios(ratios));
    const byAge = new Map(e.cohorts.map((c) => [c.cohort.age2024, c]));
    expect(byAge.get('20-24')!.observed.value).toBeCloseTo(31.25, 9);
    expect(byAge.get('20-24')!.expected.value).toBeCloseTo(62.5, 9);
    expect(byAge.get('20-24')!.net.value).toBeCloseTo(-31.25, 9);
    for (const c of e.cohorts.filter((k) => k.cohort.age2024 !== '20-24')) expect(c.net.value).toBeCloseTo(0, 9);
    expect(e.net.value).toBeCloseTo(-31.25, 9);
    expect(e.rate.value).toBeCloseTo(-31.25, 9); // per 1,000 of the 2014 population of 1,000
  });

  it('closes the open band: 65+ in 2014 survives into 75+ in 2024', () => {
    // Nation: 65+ = 4 + 3 + 3 % of 1,000,000 = 100,000; 75+ in 2024 = 5 % = 50,000: S = 0.5.
    const rest = (open: Partial<Record<AgeBand, number>>, population: number): AgeStructure => ({
      population, shares: Object.fromEntries(AGE_BANDS.map((b) => [b, open[b] ?? 6])) as Record<AgeBand, number>,
    });
    const s = survivalRatios(rest({ '65-69': 4, '70-74': 3, '75+': 3 }, 1_000_000), rest({ '75+': 5 }, 1_000_000));
    expect(s[13]!.value).toBeCloseTo(0.5, 12);
    // Commune: 65+ = 2 + 2 + 1 % of 10,000 = 500, so 250 expected; 3 % of 10,000 = 300 observed.
    const e = estimateMigration(rest({ '65-69': 2, '70-74': 2, '75+': 1 }, 10_000), rest({ '75+': 3 }, 10_000), s);
    const open = e.cohorts[13]!;
    expect(open.cohort.age2024).toBe('75+');
    expect(open.expected.value).toBeCloseTo(250, 9);
    expect(open.observed.value).toBeCloseTo(300, 9);
    expect(open.net.value).toBeCloseTo(50, 9);
  });
});

describe('uncertainty from rounded shares', () => {
  it('bounds a band by ±0.05 point of the population, never below zero', () => {
    const s: AgeStructure = { population: 1000, shares: { ...uniform(1000).shares, '0-4': 10, '5-9': 0 } };
    const close = (b: { value: number; lo: number; hi: number }) => [b.value, b.lo, b.hi].map((x) => Math.round(x * 1e9) / 1e9);
    expect(close(bandCount(s, ['0-4']))).toEqual([100, 99.5, 100.5]);
    expect(close(bandCount(s, ['5-9']))).toEqual([0, 0, 0.5]);
  });

  it('adds up worst cases: ±1 person per cohort, ±14 in all, for 1,000 people and exact ratios', () => {
    const e = estimateMigration(uniform(1000), uniform(1000), pointRatios(ratios));
    expect(e.cohorts[0]!.net.lo).toBeCloseTo(-1, 9); // observed ±0.5, expected 1 × (±0.5)
    expect(e.cohorts[13]!.net.hi).toBeCloseTo(1, 9); // observed ±0.5, expected 1/3 × (±1.5)
    expect(e.net.lo).toBeCloseTo(-14, 9);
    expect(e.net.hi).toBeCloseTo(14, 9);
    expect(e.rate.hi).toBeCloseTo(14, 9);
  });

  it('includes the uncertainty of the national ratios', () => {
    const own = estimateMigration(uniform(1000), uniform(1000), pointRatios(ratios));
    const full = estimateMigration(uniform(1000), uniform(1000), ratios);
    expect(full.net.hi).toBeGreaterThan(own.net.hi);
    expect(full.net.lo).toBeLessThan(own.net.lo);
  });

  it('says "no clear net migration" only when the interval includes zero', () => {
    expect(direction({ value: 5, lo: -1, hi: 11 })).toBe('unclear');
    expect(direction({ value: 5, lo: 1, hi: 11 })).toBe('gain');
    expect(direction(subtract(exact(0), { value: 5, lo: 1, hi: 11 }))).toBe('loss');
    const counts2024 = AGE_BANDS.map((b) => (b === '20-24' ? 312.5 : 625));
    expect(estimateMigration(uniform(10_000), fromCounts(counts2024), ratios).direction).toBe('loss');
  });
});

describe('inputs', () => {
  it('reads the municipal population and the sixteen shares, or lists what is missing', () => {
    const values = new Map<string, number>([['population_municipal|2014', 1000], ...AGE_BANDS.map((b) => [`${bandIndicator(b)}|2014`, 6.25] as [string, number])]);
    const get = (id: string, year: number) => values.get(`${id}|${year}`);
    expect(ageStructureOf(get, 2014)).toEqual(uniform(1000));
    values.delete('age_75_plus|2014');
    expect(ageStructureOf(get, 2014)).toEqual({ missing: ['age_75_plus 2014'] });
    expect(ageStructureOf(get, 2024)).toMatchObject({ missing: expect.arrayContaining(['population_municipal 2024', 'age_0_4 2024']) });
  });
});

describe('a whole country', () => {
  it('has no net migration in sum over its territories, by construction', () => {
    const band = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 16, maxLength: 16 });
    fc.assert(fc.property(fc.array(fc.tuple(band, band), { minLength: 1, maxLength: 8 }), (territories) => {
      const total = (year: 0 | 1) => AGE_BANDS.map((_, i) => territories.reduce((a, t) => a + t[year][i]!, 0));
      const s = survivalRatios(fromCounts(total(0)), fromCounts(total(1)), 0);
      const nets = territories.map(([a, b]) => estimateMigration(fromCounts(a), fromCounts(b), s, 0).net.value);
      const population = total(0).reduce((a, b) => a + b, 0);
      expect(Math.abs(nets.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9 * population);
    }));
  });
});
