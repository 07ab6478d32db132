import { describe, expect, it } from 'vitest';
import { percentChange, ratioOfSums, round, sumOver } from '../../src/lib/census/aggregate.ts';

const table: Record<string, Record<string, number>> = {
  a: { active: 100, employed: 90, pop15: 200 },
  b: { active: 50, employed: 40, pop15: 150 },
  c: { pop15: 10 },
};
const get = (code: string, id: string) => table[code]?.[id];

describe('aggregation to parents', () => {
  it('sums counts over communes', () => {
    expect(sumOver(['a', 'b'], 'active', get)).toBe(150);
  });
  it('gives no sum when any commune lacks the figure, rather than a partial one', () => {
    expect(sumOver(['a', 'c'], 'active', get)).toBeUndefined();
  });
  it('recomputes a rate from the sums of its numerator and denominator', () => {
    // unemployment = (150 − 130) / 150 = 13.33 %
    expect(ratioOfSums(['a', 'b'], { numerator: ['active', 'employed'], denominator: 'active', scale: 100, subtract: true }, get)).toBe(13.33);
    expect(ratioOfSums(['a', 'b'], { numerator: ['active'], denominator: 'pop15', scale: 100 }, get)).toBe(42.86);
  });
  it('is not the mean of the communes’ rates', () => {
    const meanOfRates = (10 + 20) / 2; // a: 10 %, b: 20 %
    expect(ratioOfSums(['a', 'b'], { numerator: ['active', 'employed'], denominator: 'active', scale: 100, subtract: true }, get)).not.toBe(meanOfRates);
  });
  it('rounds halves away from zero', () => {
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(-0.125, 2)).toBe(-0.13);
    expect(round(19.655, 2)).toBe(19.66);
  });
  it('computes a percent change', () => {
    expect(percentChange(421844, 504768)).toBe(19.66);
    expect(percentChange(3179, 2715)).toBe(-14.6);
  });
});
