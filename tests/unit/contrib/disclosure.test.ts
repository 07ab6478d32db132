import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTECTION_WIDTH, suppress, THRESHOLD } from '../../../src/lib/contrib/disclosure.ts';
import { activityRows } from '../../../src/lib/contrib/publish.ts';
import type { Record_ } from '../../../src/lib/contrib/validate.ts';
import { attackPublished, type PublishedRow } from '../../attacker.ts';

const hidden = (cells: { suppressed: boolean }[]) => cells.map((c, i) => (c.suppressed ? i : -1)).filter((i) => i >= 0);
const rowsAndColumns = (rows: number, cols: number) => [
  ...Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i * cols + j)),
  ...Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => i * cols + j)),
];

describe('primary suppression and the lone-cell pass', () => {
  it('suppresses counts from 1 to 4, not zeros and not counts of 5 or more', () => {
    expect(hidden(suppress([0, 1, 4, 5, 12], []).cells)).toEqual([1, 2]);
  });

  it('hides a second cell when a total would reveal a lone suppressed one', () => {
    // Row: 3 | 10 | 7, total 20 published. Hiding only the 3 leaves 20 − 10 − 7 = 3.
    expect(hidden(suppress([3, 10, 7], [[0, 1, 2]]).cells)).toEqual([0, 2]); // the smallest other cell, 7
  });

  it('prefers a partner large enough to leave the hidden cell room', () => {
    // 3 | 5 | 12: hiding the 5 would leave 3 + 5 = 8 to share, narrower than the protection width.
    expect(hidden(suppress([3, 5, 12], [[0, 1, 2]], THRESHOLD, { room: PROTECTION_WIDTH }).cells)).toEqual([0, 2]);
  });

  it('works a 2 × 3 table with row and column totals by hand', () => {
    //        A   B   C  | total
    // row 0: 2   9   8  | 19
    // row 1: 6   7  10  | 23
    // Primary: (0,A)=2. Row 0 then needs a second cell: (0,C)=8. Column A then has one
    // hidden cell: (1,A)=6. Column C: (1,C)=10 — and row 1 now has two. Stable.
    expect(hidden(suppress([2, 9, 8, 6, 7, 10], rowsAndColumns(2, 3)).cells)).toEqual([0, 2, 3, 5]);
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
    ), { numRuns: 300 });
  });
});

// Records as a partner sends them: one row per office, period and combination of categories.
const record = (office: string, period: string, service: string, count: number, more: Partial<Record<string, string>> = {}): Record_ => ({
  office_id: office, period, service, public: 'autre', sex: 'inconnu', age_group: 'inconnu', origin_group: 'inconnu', ...more, count,
});
const published = async (records: Record_[]) => (await activityRows(records, false)).rows as unknown as PublishedRow[];
const find = (rows: PublishedRow[], office: string, period: string, dimension: string, category: string) =>
  rows.find((r) => r.office_id === office && r.period === period && r.dimension === dimension && r.category === category)!;
const narrowed = (intervals: Map<string, { min: number; max: number }>) => [...intervals.values()].filter((i) => i.max - i.min < PROTECTION_WIDTH);
/** True counts of every figure the rows publish, keyed as the attacker keys them. */
function truth(records: Record_[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, n: number) => out.set(k, (out.get(k) ?? 0) + n);
  for (const r of records) {
    for (const office of [r.office_id as string, '_region']) {
      add(`${office}|${r.period}|*|_total`, r.count as number);
      for (const d of ['service', 'public', 'sex', 'age_group', 'origin_group']) add(`${office}|${r.period}|${d}|${r[d]}`, r.count as number);
    }
  }
  return out;
}
/** An insider who knows which suppressed cells hold 1 to 4. */
const insider = (records: Record_[]) => { const t = truth(records); return (k: string): [number, number] => { const v = t.get(k) ?? 0; return v > 0 && v < THRESHOLD ? [1, THRESHOLD - 1] : [0, 1e7]; }; };

describe('suppression audited against everything published together', () => {
  it('an office sending 1, 1 and 10 (total 12): the 10 is hidden too, so neither 1 can be told', async () => {
    const records = [record('BAOM-01', '2024-Q1', 'sante', 1), record('BAOM-01', '2024-Q1', 'education', 1), record('BAOM-01', '2024-Q1', 'social', 10)];
    const rows = await published(records);
    // Hiding the two 1s alone leaves 12 − 10 = 2 to share between them: each is 0, 1 or 2.
    for (const office of ['BAOM-01', '_region']) {
      for (const service of ['sante', 'education', 'social']) expect(find(rows, office, '2024-Q1', 'service', service).suppressed).toBe(true);
      expect(find(rows, office, '2024-Q1', 'service', '_total').count).toBe(12);
    }
    // By hand: sante + education + social = 12 with all three hidden, so each lies in [0, 12].
    const outsider = await attackPublished(rows);
    for (const service of ['sante', 'education', 'social']) expect(outsider.get(`BAOM-01|2024-Q1|service|${service}`)).toMatchObject({ min: 0, max: 12 });
    // Even knowing which two cells are 1 to 4, neither is pinned down: each could be 1 to 4.
    const known = await attackPublished(rows, insider(records));
    expect(known.get('BAOM-01|2024-Q1|service|sante')).toMatchObject({ min: 1, max: 4 });
    expect(known.get('BAOM-01|2024-Q1|service|social')).toMatchObject({ min: 4, max: 10 });
  });

  it('an office sending its quarter and its months gives nothing away, though each period protected alone would', async () => {
    const months = ['2024-01', '2024-02', '2024-03'];
    const monthly = months.flatMap((m, i) => [
      record('BAOM-01', m, 'sante', 1), record('BAOM-01', m, 'social', 6 + i, { sex: 'F' }), record('BAOM-01', m, 'emploi_formation', 9, { sex: 'M' }),
      record('BAOM-02', m, 'sante', 12), record('BAOM-02', m, 'social', 2, { sex: 'F' }),
    ]);
    const quarter = [record('BAOM-01', '2024-Q1', 'sante', 3), record('BAOM-01', '2024-Q1', 'social', 21, { sex: 'F' }), record('BAOM-01', '2024-Q1', 'emploi_formation', 27, { sex: 'M' })];
    const records = [...monthly, ...quarter];
    // Protected one period at a time, the quarter's published figures minus the months' give hidden months away.
    const apart = [...await published(monthly), ...await published(quarter)];
    expect(narrowed(await attackPublished(apart)).length).toBeGreaterThan(0);
    const together = await published(records);
    expect(narrowed(await attackPublished(together))).toEqual([]);
    const known = await attackPublished(together, insider(records));
    const t = truth(records);
    for (const [k, i] of known) if ((t.get(k) ?? 0) > 0 && t.get(k)! < THRESHOLD) expect(i.max - i.min).toBeGreaterThanOrEqual(1);
  });

  it('for any activity table: no published 1–4, and no suppressed count narrowed below the protection width by an attacker solving in whole numbers', async () => {
    const services = ['sante', 'education', 'social', 'juridique_administratif'];
    const months = ['2024-01', '2024-02', '2024-03'];
    const entry = fc.record({
      office: fc.constantFrom('BAOM-01', 'BAOM-02', 'BAOM-03'), month: fc.constantFrom(...months), service: fc.constantFrom(...services),
      sex: fc.constantFrom('F', 'M'), count: fc.nat({ max: 14 }),
    });
    await fc.assert(fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 14 }), fc.boolean(), async (entries, withQuarter) => {
      const seen = new Set<string>();
      const records = entries.filter((e) => { const k = `${e.office}|${e.month}|${e.service}|${e.sex}`; return !seen.has(k) && seen.add(k); })
        .map((e) => record(e.office, e.month, e.service, e.count, { sex: e.sex }));
      // BAOM-01 may also send the quarter: the sum of its months, as a consistent partner would.
      if (withQuarter) for (const r of records.filter((x) => x.office_id === 'BAOM-01')) records.push({ ...r, period: '2024-Q1' });
      const rows = await published(records);
      for (const r of rows) if (!r.suppressed) expect(r.count === 0 || r.count! >= THRESHOLD).toBe(true);
      expect(narrowed(await attackPublished(rows))).toEqual([]);
      const t = truth(records);
      for (const [k, i] of await attackPublished(rows, insider(records))) if ((t.get(k) ?? 0) > 0 && t.get(k)! < THRESHOLD) expect(i.max).toBeGreaterThan(i.min);
    }), { numRuns: 40, interruptAfterTimeLimit: 240_000 });
  }, 300_000);
});
