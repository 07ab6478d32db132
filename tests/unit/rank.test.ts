import { describe, expect, it } from 'vitest';
import { ranks } from '../../src/lib/rank.ts';

describe('ranks', () => {
  it('ranks the largest first and lets ties share a rank', () => {
    const r = ranks(new Map([['a', 10], ['b', 30], ['c', 10], ['d', 5]]));
    expect([...'bacd'].map((k) => r.get(k)!.rank)).toEqual([1, 2, 2, 4]);
    expect(r.get('a')!.of).toBe(4);
  });
  it('gives no rank to a missing value and does not count it', () => {
    const r = ranks(new Map<string, number | undefined>([['a', 1], ['b', undefined]]));
    expect(r.has('b')).toBe(false);
    expect(r.get('a')).toEqual({ rank: 1, of: 1 });
  });
});
