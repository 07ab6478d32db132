// Statistical disclosure control for published activity counts: cell suppression with
// secondary suppression audited by linear programming, as national statistics offices do with
// τ-ARGUS.
//
// 1. Primary suppression: a count from 1 to 4 (a total too) is published as suppressed, not
//    as 0 and not as its value.
// 2. Secondary suppression, first pass: a published total covering exactly one suppressed
//    cell would give it away (total minus the others), so the smallest other non-zero cell of
//    the group is hidden too, until no group has a lone suppressed cell.
// 3. Audit: for every suppressed cell, the attacker's linear programme over EVERYTHING
//    published together (every dimension shares the office and regional totals; overlapping
//    periods of one office are related) gives the smallest and largest value the cell can
//    take. Every interval must be at least PROTECTION_WIDTH wide, for a reader who knows only
//    that counts are not negative; and for a reader who also knows which cells are primary
//    (1 to 4), no primary count may be pinned down. Where an interval is too narrow, a
//    published cell of a relation binding it is suppressed as well, and the audit runs again;
//    the build stops if no cell is left to suppress.

import type { Highs } from 'highs';
import type { CellModel } from './activity-cells.ts';
import { attackComponent, components, type Interval } from './audit.ts';

export const THRESHOLD = 5;
/** Every suppressed cell must keep an interval at least this wide (so a count of 1 to 4 could be anywhere in [0, 9] or wider). */
export const PROTECTION_WIDTH = 9;

export interface Cell { count: number; suppressed: boolean }

/**
 * `groups` lists, for each published total, the indices of the cells it adds up. A table
 * with row and column totals passes its rows and its columns. With totalsInCells, each group
 * already holds its own total as one of its cells.
 */
export function suppress(counts: number[], groups: number[][], threshold = THRESHOLD, options: { totalsInCells?: boolean; initial?: readonly boolean[]; room?: number } = {}): { cells: Cell[]; groupSuppressed: boolean[] } {
  const suppressed = counts.map((c, i) => (c > 0 && c < threshold) || options.initial?.[i] === true);
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
      // A partner of at least `room` leaves the hidden cell room to move (see PROTECTION_WIDTH).
      const roomy = nonZero.filter((i) => counts[i]! >= (options.room ?? 0));
      const pool = roomy.length ? roomy : nonZero.length ? nonZero : candidates;
      const pick = pool.reduce((best, i) => (counts[i]! < counts[best]! || (counts[i] === counts[best] && i < best) ? i : best));
      suppressed[pick] = true;
      changed = true;
    });
  }
  return { cells: counts.map((count, i) => ({ count, suppressed: suppressed[i]! })), groupSuppressed };
}

export interface AuditReport {
  cells: number;
  primary: number;
  suppressed: number;
  /** Narrowest interval an attacker can give any suppressed cell (∞ when nothing is suppressed). */
  narrowest: number;
  rounds: number;
  /** Linear programmes solved. */
  solves: number;
  ms: number;
}

export interface Protection { suppressed: boolean[]; primary: boolean[]; report: AuditReport }

export class DisclosureError extends Error {}

const EPS = 1e-6;
/** Whole numbers an interval holds: a primary count is pinned down when it holds only one. */
const wholeValues = (i: Interval) => Math.floor(i.max + EPS) - Math.ceil(i.min - EPS) + 1;

export interface ProtectOptions { threshold?: number; width?: number; integer?: boolean }

/** Which cells to publish as suppressed, audited against every published figure at once. */
export function protect(highs: Highs, model: CellModel, options: ProtectOptions = {}): Protection {
  const started = performance.now();
  const threshold = options.threshold ?? THRESHOLD, width = options.width ?? PROTECTION_WIDTH;
  const values = model.cells.map((c) => c.value);
  const primary = values.map((v) => v > 0 && v < threshold);
  const equalities = model.relations.filter((r) => r.sense === '=').map((r) => [r.total, ...r.parts]);
  const lonePass = (initial: readonly boolean[]) => suppress(values, equalities, threshold, { totalsInCells: true, initial, room: width }).cells.map((c) => c.suppressed);

  let suppressed = lonePass(primary);
  const outsider = () => [0, Infinity] as const; // counts are not negative
  const insider = (c: number) => (primary[c] ? [1, threshold - 1] as const : [0, Infinity] as const);
  // Suppressing one more cell turns a constant into a variable: every interval can only widen.
  // So a cell that passed stays passed, and each round re-solves only the cells that failed
  // and those newly suppressed.
  const outsiderIntervals = new Map<number, Interval>();
  let targets = new Set(suppressed.flatMap((s, c) => (s ? [c] : [])));
  let rounds = 0, solves = 0;
  for (;;) {
    rounds++;
    const failing: { cell: number; interval: Interval; need: number }[] = [];
    for (const component of components(model, suppressed)) {
      const mine = component.cells.filter((c) => targets.has(c));
      if (!mine.length) continue;
      const solve = (bounds: (c: number) => readonly [number, number], cells: number[]) => {
        solves += 2 * cells.length;
        return attackComponent(highs, model, suppressed, component, { bounds, targets: cells, integer: options.integer });
      };
      for (const [cell, interval] of solve(outsider, mine)) {
        outsiderIntervals.set(cell, interval);
        if (interval.max - interval.min < width - EPS) failing.push({ cell, interval, need: width - (interval.max - interval.min) });
      }
      for (const [cell, interval] of solve(insider, mine.filter((c) => primary[c]))) if (wholeValues(interval) < 2) failing.push({ cell, interval, need: width });
    }
    if (!failing.length) break;
    const next = [...suppressed];
    // One cell can loosen several narrow intervals: cover them all with few suppressions.
    const options_ = failing.map((f) => ({ ...f, candidates: wideners(model, suppressed, f.cell, f.interval, f.need) }));
    const stuck = options_.find((o) => !o.candidates.length);
    if (stuck) {
      const c = model.cells[stuck.cell]!;
      throw new DisclosureError(`disclosure control cannot protect ${c.office} ${c.period} ${c.dimension ?? 'total'} ${c.category ?? ''}: interval [${stuck.interval.min}, ${stuck.interval.max}] and nothing left to suppress`);
    }
    let open = options_;
    while (open.length) {
      const votes = new Map<number, number>();
      for (const o of open) for (const c of o.candidates) votes.set(c, (votes.get(c) ?? 0) + 1);
      const [pick] = [...votes].sort((a, b) => b[1] - a[1] || values[a[0]]! - values[b[0]]! || a[0] - b[0])[0]!;
      next[pick] = true;
      open = open.filter((o) => !o.candidates.includes(pick));
    }
    const previous = suppressed;
    suppressed = lonePass(next);
    targets = new Set([...failing.map((f) => f.cell), ...suppressed.flatMap((s, c) => (s && !previous[c] ? [c] : []))]);
  }
  const narrowest = Math.min(...[...outsiderIntervals.values()].map((i) => i.max - i.min));
  return {
    suppressed, primary,
    report: { cells: model.cells.length, primary: primary.filter(Boolean).length, suppressed: suppressed.filter(Boolean).length, narrowest, rounds, solves, ms: performance.now() - started },
  };
}

/**
 * Published cells whose suppression loosens the relations that bind `cell`: the non-zero ones
 * at least as large as the width still needed (a small cell adds little room), else every
 * non-zero one, else the zeros. Relations binding the optimum first, then any relation of the cell.
 */
function wideners(model: CellModel, suppressed: readonly boolean[], cell: number, interval: Interval, need: number): number[] {
  const own = model.relations.flatMap((r, i) => (r.total === cell || r.parts.includes(cell) ? [i] : []));
  for (const relations of [interval.binding, own]) {
    const pool = [...new Set(relations.flatMap((r) => [model.relations[r]!.total, ...model.relations[r]!.parts]))].filter((c) => !suppressed[c]);
    const value = (c: number) => model.cells[c]!.value;
    const nonZero = pool.filter((c) => value(c) > 0);
    const enough = nonZero.filter((c) => value(c) >= need);
    const best = enough.length ? enough : nonZero.length ? nonZero : pool;
    if (best.length) return best;
  }
  return [];
}
