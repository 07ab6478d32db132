// The rows of one indicator taken from a level-and-year slice (see `sliceQuery`), in the
// same shape and order as `valuesQuery` gives them: highest value first, missing last, ties
// by code.

export interface SliceRow { code: string; code_digits: string; name_fr: string; name_ar: string; slug: string; indicator_id: string | null; value: number | null }
export interface IndicatorRow { code: string; code_digits: string; name_fr: string; name_ar: string; slug: string; value: number | null }

export interface Slice { territories: Omit<IndicatorRow, 'value'>[]; values: Map<string, Map<string, number>> }

export function makeSlice(rows: SliceRow[]): Slice {
  const territories = new Map<string, Omit<IndicatorRow, 'value'>>();
  const values = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!territories.has(r.code)) territories.set(r.code, { code: r.code, code_digits: r.code_digits, name_fr: r.name_fr, name_ar: r.name_ar, slug: r.slug });
    if (r.indicator_id === null || r.value === null) continue;
    let byCode = values.get(r.indicator_id);
    if (!byCode) values.set(r.indicator_id, (byCode = new Map()));
    byCode.set(r.code, r.value);
  }
  return { territories: [...territories.values()], values };
}

export function rowsOf(slice: Slice, indicator: string): IndicatorRow[] {
  const byCode = slice.values.get(indicator);
  return slice.territories
    .map((t) => ({ ...t, value: byCode?.get(t.code) ?? null }))
    .sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value) || a.code.localeCompare(b.code));
}
