import { describe, expect, it } from 'vitest';
import { breaksFor, classify, dropEmpty, withZero } from '../../src/lib/classify.ts';

const values = [1, 2, 3, 10, 11, 12, 50, 51, 52];

describe('breaksFor', () => {
  it('finds the natural groups with Ckmeans', () => {
    expect(breaksFor(values, 'jenks', 3)).toEqual([10, 50]);
  });
  it('cuts quantiles into classes of equal size', () => {
    const c = classify(values, breaksFor(values, 'quantile', 3));
    expect(c.counts).toEqual([3, 3, 3]);
  });
  it('cuts equal intervals over the range', () => {
    expect(breaksFor([0, 10, 20, 30], 'equal', 3)).toEqual([10, 20]);
  });
  it('asks for no more classes than distinct values', () => {
    expect(breaksFor([5, 5, 5], 'jenks', 5)).toEqual([]);
    expect(breaksFor([1, 2], 'quantile', 5)).toHaveLength(1);
  });
  it('ignores missing values', () => {
    expect(breaksFor([Number.NaN, 1, 2, 3, 100], 'jenks', 2)).toEqual([100]);
  });
});

describe('classify', () => {
  it('counts values per class and records each class’s actual range', () => {
    const c = classify(values, [10, 50]);
    expect(c.counts).toEqual([3, 3, 3]);
    expect(c.ranges).toEqual([[1, 3], [10, 12], [50, 52]]);
  });
  it('puts missing values in no class', () => {
    expect(classify([1, null, undefined], [5]).classOf(null)).toBe(-1);
  });
});

describe('diverging classes', () => {
  it('moves the break nearest zero onto zero so colour sides mean fall and rise', () => {
    const v = [-40, -30, -5, 2, 20, 60];
    const b = withZero([-20, 1, 40], v);
    expect(b).toContain(0);
    expect(b).not.toContain(1);
    expect(b).toHaveLength(3);
  });
  it('leaves no empty class', () => {
    expect(dropEmpty([0, 1, 2, 100], [-5, 0.5, 1.5, 3])).toEqual([0, 1, 2]);
  });
});
