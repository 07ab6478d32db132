// SQL for the explorer, the same text whichever engine runs it. Values (indicator, level,
// year) are bound as parameters; the only identifiers are fixed table and column names, so
// no user text is ever pasted into the statement.

import type { ChangeKind, Year } from './state.ts';

/** The tables the explorer's statements read: the engine answers them once these are loaded. */
export const EXPLORER_TABLES = ['territories', 'census'] as const;

export interface BoundQuery { sql: string; params: (string | number)[]; tables: typeof EXPLORER_TABLES }

/**
 * One row per territory of the level (commune, province, or region and country for the
 * references): code, names, slug and the value (NULL when missing). A change is in % of the
 * 2014 value, or a difference (points for shares), as `changeKind` says.
 */
export function valuesQuery(indicator: string, level: string, year: Year, kind: ChangeKind = 'percent'): BoundQuery {
  if (year === 'change') {
    const change = kind === 'percent' ? '100 * (now.value - before.value) / nullif(before.value, 0)' : 'now.value - before.value';
    return {
      sql: `SELECT t.code, t.code_digits, t.name_fr, t.name_ar, t.slug,
       round(${change}, 2) AS value
FROM territories t
LEFT JOIN census now ON now.territory_code = t.code AND now.indicator_id = ? AND now.year = 2024
LEFT JOIN census before ON before.territory_code = t.code AND before.indicator_id = ? AND before.year = 2014
WHERE t.level = ?
ORDER BY value DESC NULLS LAST, t.code`,
      params: [indicator, indicator, level], tables: EXPLORER_TABLES,
    };
  }
  return {
    sql: `SELECT t.code, t.code_digits, t.name_fr, t.name_ar, t.slug, c.value
FROM territories t
LEFT JOIN census c ON c.territory_code = t.code AND c.indicator_id = ? AND c.year = ?
WHERE t.level = ?
ORDER BY c.value DESC NULLS LAST, t.code`,
    params: [indicator, Number(year), level], tables: EXPLORER_TABLES,
  };
}

/** Two indicators side by side in one census year, one row per territory where both exist. */
export function scatterQuery(x: string, y: string, level: string, year: '2014' | '2024' = '2024'): BoundQuery {
  return {
    sql: `SELECT t.code, t.name_fr, t.name_ar, a.value AS x, b.value AS y
FROM territories t
JOIN census a ON a.territory_code = t.code AND a.indicator_id = ? AND a.year = ?
JOIN census b ON b.territory_code = t.code AND b.indicator_id = ? AND b.year = ?
WHERE t.level = ?
ORDER BY t.code`,
    params: [x, Number(year), y, Number(year), level], tables: EXPLORER_TABLES,
  };
}

/**
 * Every indicator's value for one level and census year, in one statement: the explorer
 * keeps this slice so that switching indicator at the same level and year recolours the map
 * without a round trip to the engine. Territories without any value still come back once.
 */
export function sliceQuery(level: string, year: '2014' | '2024'): BoundQuery {
  return {
    sql: `SELECT t.code, t.code_digits, t.name_fr, t.name_ar, t.slug, c.indicator_id, c.value
FROM territories t
LEFT JOIN census c ON c.territory_code = t.code AND c.year = ?
WHERE t.level = ?
ORDER BY t.code`,
    params: [Number(year), level], tables: EXPLORER_TABLES,
  };
}
