import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, rowsAndColumns, suppress, THRESHOLD } from '../../../src/lib/contrib/disclosure.ts';

const hidden = (cells: { suppressed: boolean }[]) => cells.map((c, i) => (c.suppressed ? i : -1)).filter((i) => i >= 0);

describe('disclosure control', () => {
  it('suppresses counts from 1 to 4, not zeros and not counts of 5 or more', () => {
    const { cells } = suppress([0, 1, 4, 5, 12], []);
    expect(hidden(cells)).toEqual([1, 2]);
  });

  it('hides a second cell when a total would reveal a lone suppressed one', () => {
    // Row: 3 | 10 | 7, total 20 published. Hiding only the 3 leaves 20 − 10 − 7 = 3.
    const { cells } = suppress([3, 10, 7], [[0, 1, 2]]);
    expect(hidden(cells)).toEqual([0, 2]); // the smallest other cell, 7
  });

  it('works a 2 × 3 table with row and column totals by hand', () => {
    //        A   B   C  | total
    // row 0: 2   9   8  | 19
    // row 1: 6   7  10  | 23
    // total: 8  16  18
    // Primary: (0,A)=2. Row 0 then needs a second cell: (0,C)=8. Column A then has one
    // hidden cell: (1,A)=6. Column C: (1,C)=10 — and row 1 now has two. Stable.
    const { cells } = suppress([2, 9, 8, 6, 7, 10], rowsAndColumns(2, 3));
    expect(hidden(cells)).toEqual([0, 2, 3, 5]);
  });

  it('suppresses a zero only when no other cell is left to hide', () => {
    const { cells } = suppress([2, 0, 9], [[0, 1, 2]]);
    expect(hidden(cells)).toEqual([0, 2]);
    const single = suppress([3, 0], [[0, 1]]);
    expect(hidden(single.cells)).toEqual([0]);
    expect(single.groupSuppressed).toEqual([true]); // total of 3: hidden with its cell
  });

  it('hides a total that is itself below the threshold', () => {
    expect(suppress([1, 2, 0], [[0, 1, 2]]).groupSuppressed).toEqual([true]);
  });

  it('never leaves an unsuppressed count between 1 and 4, nor a lone suppressed cell under a published total', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.nat({ max: 30 }), { minLength: 30, maxLength: 30 }),
      (rows, cols, pool) => {
        const counts = pool.slice(0, rows * cols);
        const groups = rowsAndColumns(rows, cols);
        const { cells, groupSuppressed } = suppress(counts, groups);
        for (const c of cells) if (!c.suppressed) expect(c.count === 0 || c.count >= THRESHOLD).toBe(true);
        groups.forEach((g, gi) => {
          if (!groupSuppressed[gi]) expect(g.filter((i) => cells[i]!.suppressed).length).not.toBe(1);
        });
      },
    ), { numRuns: 500 });
  });
});

describe('tables with their margins', () => {
  it('protects totals like cells: no row or column of the table with margins has a lone hidden entry', () => {
    //          A   B  | total
    // office1: 3   6  |  9
    // office2: 8   7  | 15
    // region: 11  13  | 24
    const t = protectTable([[3, 6], [8, 7]]);
    const hiddenAt = t.flatMap((row, i) => row.map((c, j) => (c.suppressed ? `${i}${j}` : ''))).filter(Boolean);
    // 3 is hidden; row 0 then hides 6; columns A and B then hide 8 and 7; row 1 has two. Totals stay.
    expect(hiddenAt).toEqual(['00', '01', '10', '11']);
    expect(t[2]!.every((c) => !c.suppressed)).toBe(true);
  });
  it('holds for any table', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat({ max: 20 }), { minLength: 20, maxLength: 20 }), (rows, cols, pool) => {
      const table = Array.from({ length: rows }, (_, i) => pool.slice(i * cols, i * cols + cols));
      const t = protectTable(table);
      for (const row of t) for (const c of row) if (!c.suppressed) expect(c.count === 0 || c.count >= THRESHOLD).toBe(true);
      const lines = [...t, ...t[0]!.map((_, j) => t.map((row) => row[j]!))];
      for (const line of lines) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
    }), { numRuns: 500 });
  });
});
