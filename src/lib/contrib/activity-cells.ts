// Everything the site publishes about BAOM activity, as one set of cells and the linear
// relations an outsider knows hold between them. Activity is published per office and period,
// one dimension at a time, with office totals and regional rows. Every dimension of an office
// and period adds up to the same number, so an office's total is ONE cell, shared by all five
// tables (likewise the region's grand total): suppressing it in one table and publishing it in
// another would protect nothing. Periods of one office that overlap (a quarter and its months)
// are related too: the audit gives an attacker the true relation between them.

import type { Record_ } from './validate.ts';

export const REGION = '_region';
export const TOTAL = '_total';

export interface ActivityCell {
  office: string; // an office id or REGION
  period: string;
  /** null for the total of the office (or region) and period, which every dimension shares */
  dimension: string | null;
  category: string | null;
  value: number;
}

/** cells[total] (sense) Σ cells[parts]. */
export interface Relation { total: number; parts: number[]; sense: '=' | '>=' | '<=' }

export interface CellModel { cells: ActivityCell[]; relations: Relation[] }

export const cellKey = (office: string, period: string, dimension: string | null, category: string | null) =>
  `${office}|${period}|${dimension ?? ''}|${category ?? TOTAL}`;

/** Months covered by a period: a quarter YYYY-Qn covers three, a month YYYY-MM itself. */
export function monthsOf(period: string): string[] {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return [period];
  const first = (Number(quarter[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((k) => `${quarter[1]}-${String(first + k).padStart(2, '0')}`);
}

/** Periods of `periods` strictly inside `period` (the months of a quarter). */
function periodsWithin(period: string, periods: readonly string[]): string[] {
  const covered = new Set(monthsOf(period));
  return periods.filter((p) => p !== period && monthsOf(p).length < covered.size && monthsOf(p).every((m) => covered.has(m)));
}

export function activityModel(records: readonly Record_[], dimensions: Readonly<Record<string, readonly string[]>>): CellModel {
  const cells: ActivityCell[] = [];
  const index = new Map<string, number>();
  const cell = (office: string, period: string, dimension: string | null, category: string | null) => {
    const key = cellKey(office, period, dimension, category);
    let i = index.get(key);
    if (i === undefined) { i = cells.push({ office, period, dimension, category, value: 0 }) - 1; index.set(key, i); }
    return i;
  };
  const relations: Relation[] = [];
  const periods = [...new Set(records.map((r) => r.period as string))].sort();
  const officesIn = new Map(periods.map((p) => [p, [...new Set(records.filter((r) => r.period === p).map((r) => r.office_id as string))].sort()]));

  for (const period of periods) {
    const offices = officesIn.get(period)!;
    // Cells first, in a stable order, so that every period and table reads the same way.
    for (const office of [...offices, REGION]) {
      cell(office, period, null, null);
      for (const [dimension, categories] of Object.entries(dimensions)) for (const category of categories) cell(office, period, dimension, category);
    }
    for (const r of records.filter((x) => x.period === period)) {
      const count = r.count as number;
      for (const office of [r.office_id as string, REGION]) {
        cells[cell(office, period, null, null)]!.value += count;
        for (const dimension of Object.keys(dimensions)) cells[cell(office, period, dimension, r[dimension] as string)]!.value += count;
      }
    }
    const grand = cell(REGION, period, null, null);
    relations.push({ total: grand, parts: offices.map((o) => cell(o, period, null, null)), sense: '=' });
    for (const [dimension, categories] of Object.entries(dimensions)) {
      for (const office of [...offices, REGION]) {
        relations.push({ total: cell(office, period, null, null), parts: categories.map((c) => cell(office, period, dimension, c)), sense: '=' });
      }
      for (const category of categories) {
        relations.push({ total: cell(REGION, period, dimension, category), parts: offices.map((o) => cell(o, period, dimension, category)), sense: '=' });
      }
    }
  }

  // An office reporting a quarter and some of its months: a reader may assume the quarter
  // holds the months. Give the attacker the true relation, cell by cell.
  const byOffice = new Map<string, string[]>();
  for (const [period, offices] of officesIn) for (const o of offices) byOffice.set(o, [...(byOffice.get(o) ?? []), period]);
  for (const [office, own] of byOffice) {
    for (const period of own) {
      const inner = periodsWithin(period, own);
      if (!inner.length) continue;
      const keys: [string | null, string | null][] = [[null, null], ...Object.entries(dimensions).flatMap(([d, cs]) => cs.map((c) => [d, c] as [string, string]))];
      for (const [dimension, category] of keys) {
        const total = cell(office, period, dimension, category);
        const parts = inner.map((p) => cell(office, p, dimension, category));
        const sum = parts.reduce((a, i) => a + cells[i]!.value, 0);
        const value = cells[total]!.value;
        relations.push({ total, parts, sense: value === sum ? '=' : value > sum ? '>=' : '<=' });
      }
    }
  }
  return { cells, relations };
}
