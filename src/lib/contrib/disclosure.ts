// Statistical disclosure control for published activity counts. Primary suppression: a
// count from 1 to 4 is published as suppressed (not as 0, not as its value). Secondary
// suppression: wherever a published total covers a group of cells, a group must never hold
// exactly one suppressed cell, or that cell would be the total minus the others. The
// smallest other cell of the group (a zero only if nothing else is left) is suppressed too,
// and the pass repeats until no group has a lone suppressed cell. A group whose total is
// itself below the threshold has its total suppressed.

export const THRESHOLD = 5;

export interface Cell { count: number; suppressed: boolean }

/**
 * `groups` lists, for each published total, the indices of the cells it adds up. A table
 * with row and column totals passes its rows and its columns.
 */
export function suppress(counts: number[], groups: number[][], threshold = THRESHOLD, options: { totalsInCells?: boolean } = {}): { cells: Cell[]; groupSuppressed: boolean[] } {
  const suppressed = counts.map((c) => c > 0 && c < threshold);
  // With totalsInCells, each group already holds its own total as one of its cells (a table
  // with its margins): the rule "never exactly one hidden entry per group" covers the totals.
  const groupSuppressed = groups.map((g) => {
    if (options.totalsInCells) return false;
    const total = g.reduce((a, i) => a + counts[i]!, 0);
    return total > 0 && total < threshold;
  });
  let changed = true;
  while (changed) {
    changed = false;
    groups.forEach((group, gi) => {
      if (groupSuppressed[gi]) {
        // The total is hidden: every non-zero cell of the group is hidden with it.
        for (const i of group) if (counts[i]! > 0 && !suppressed[i]) { suppressed[i] = true; changed = true; }
        return;
      }
      const hidden = group.filter((i) => suppressed[i]);
      if (hidden.length !== 1) return;
      const candidates = group.filter((i) => !suppressed[i]);
      if (candidates.length === 0) { groupSuppressed[gi] = true; changed = true; return; }
      const nonZero = candidates.filter((i) => counts[i]! > 0);
      const pool = nonZero.length ? nonZero : candidates;
      const pick = pool.reduce((best, i) => (counts[i]! < counts[best]! || (counts[i] === counts[best] && i < best) ? i : best));
      suppressed[pick] = true;
      changed = true;
    });
  }
  return { cells: counts.map((count, i) => ({ count, suppressed: suppressed[i]! })), groupSuppressed };
}

/** Row and column groups of a rows × cols table stored row by row. */
export function rowsAndColumns(rows: number, cols: number): number[][] {
  const r = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i * cols + j));
  const c = Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => i * cols + j));
  return [...r, ...c];
}

/**
 * A table with its margins, rows × cols of cells plus a total column and a total row, all
 * protected together. Returns the augmented (rows + 1) × (cols + 1) cells, row by row.
 */
export function protectTable(table: number[][], threshold = THRESHOLD): Cell[][] {
  const rows = table.length, cols = table[0]?.length ?? 0;
  const augmented: number[] = [];
  for (const row of table) augmented.push(...row, row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: cols }, (_, j) => table.reduce((a, row) => a + row[j]!, 0));
  augmented.push(...colTotals, colTotals.reduce((a, b) => a + b, 0));
  const { cells } = suppress(augmented, rowsAndColumns(rows + 1, cols + 1), threshold, { totalsInCells: true });
  return Array.from({ length: rows + 1 }, (_, i) => cells.slice(i * (cols + 1), (i + 1) * (cols + 1)));
}
