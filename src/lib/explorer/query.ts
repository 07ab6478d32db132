// SQL for the explorer, the same text whichever engine runs it. Values (indicator, level,
// year) are bound as parameters; the only identifiers are fixed table and column names, so
// no user text is ever pasted into the statement.

import type { ExplorerLevel, Year } from './state.ts';

export interface BoundQuery { sql: string; params: (string | number)[] }

/** One row per territory of the level: code, names, slug and the value (NULL when missing). */
export function valuesQuery(indicator: string, level: ExplorerLevel, year: Year): BoundQuery {
  if (year === 'change') {
    return {
      sql: `SELECT t.code, t.code_digits, t.name_fr, t.name_ar, t.slug,
       round(100 * (now.value - before.value) / before.value, 2) AS value
FROM territories t
LEFT JOIN census now ON now.territory_code = t.code AND now.indicator_id = ? AND now.year = 2024
LEFT JOIN census before ON before.territory_code = t.code AND before.indicator_id = ? AND before.year = 2014
WHERE t.level = ?
ORDER BY value DESC NULLS LAST, t.code`,
      params: [indicator, indicator, level],
    };
  }
  return {
    sql: `SELECT t.code, t.code_digits, t.name_fr, t.name_ar, t.slug, c.value
FROM territories t
LEFT JOIN census c ON c.territory_code = t.code AND c.indicator_id = ? AND c.year = ?
WHERE t.level = ?
ORDER BY c.value DESC NULLS LAST, t.code`,
    params: [indicator, Number(year), level],
  };
}

/** Two indicators side by side, one row per territory where both exist. */
export function scatterQuery(x: string, y: string, level: ExplorerLevel): BoundQuery {
  return {
    sql: `SELECT t.code, t.name_fr, t.name_ar, a.value AS x, b.value AS y
FROM territories t
JOIN census a ON a.territory_code = t.code AND a.indicator_id = ? AND a.year = 2024
JOIN census b ON b.territory_code = t.code AND b.indicator_id = ? AND b.year = 2024
WHERE t.level = ?
ORDER BY t.code`,
    params: [x, y, level],
  };
}
