// The explorer's SQL, run by DuckDB in Node over the published Parquet files, gives the
// figures of the canonical tables: the same statements the browser runs in DuckDB-WASM.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scatterQuery, sliceQuery, valuesQuery } from '../../src/lib/explorer/query.ts';
import { makeSlice, rowsOf, type SliceRow } from '../../src/lib/explorer/slice.ts';

let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  for (const t of ['territories', 'census', 'indicators']) await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('public/data/${t}.parquet')`);
});
afterAll(() => { conn.closeSync(); db.closeSync(); });

async function run(q: { sql: string; params: (string | number)[] }) {
  const statement = await conn.prepare(q.sql);
  q.params.forEach((p, i) => (typeof p === 'number' ? statement.bindInteger(i + 1, p) : statement.bindVarchar(i + 1, p)));
  return (await statement.runAndReadAll()).getRowObjectsJS() as Record<string, unknown>[];
}

describe('explorer SQL over the published data', () => {
  it('ranks the 175 communes by an indicator, largest first, missing last', async () => {
    const rows = await run(valuesQuery('households_distance_to_paved_road_km', 'commune', '2024'));
    expect(rows).toHaveLength(175);
    const values = rows.map((r) => r.value as number | null);
    const present = values.filter((v) => v !== null) as number[];
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.slice(present.length).every((v) => v === null)).toBe(true);
  });
  it('computes the 2014→2024 change of the provinces like the catalogue’s own indicator', async () => {
    const change = await run(valuesQuery('population_legal', 'province', 'change'));
    const published = new Map((await run(valuesQuery('population_change_pct', 'province', '2024'))).map((r) => [r.code, r.value]));
    expect(change).toHaveLength(6);
    for (const r of change) expect(r.value).toBeCloseTo(published.get(r.code) as number, 2);
  });
  it('gives a share’s change in points, for the communes, the region and Morocco, from the two censuses’ values', async () => {
    const [id] = (await conn.runAndReadAll(`SELECT indicator_id FROM census c JOIN territories t ON t.code = c.territory_code
      WHERE t.level = 'country' AND c.year = 2014 AND indicator_id IN (SELECT indicator_id FROM census WHERE year = 2024 AND territory_code = 'MA')
      AND indicator_id IN (SELECT id FROM indicators WHERE unit = 'percent' AND comparable_2014_2024) ORDER BY indicator_id LIMIT 1`)).getRowObjectsJS().map((r) => r.indicator_id as string);
    expect(id, 'a comparable share HCP publishes for Morocco in both censuses').toBeDefined();
    for (const level of ['commune', 'region', 'country']) {
      const rows = (await run(valuesQuery(id!, level, 'change', 'points'))).filter((r) => r.value !== null);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows.slice(0, 20)) {
        const [v] = (await conn.runAndReadAll(`SELECT max(value) FILTER (year = 2024) - max(value) FILTER (year = 2014) AS d FROM census WHERE territory_code = '${r.code}' AND indicator_id = '${id}'`)).getRowObjectsJS();
        expect(r.value).toBeCloseTo(v!.d as number, 2);
      }
    }
  });
  it('gives from one level-and-year slice the same rows, in the same order, as the per-indicator query', async () => {
    for (const [level, year] of [['commune', '2024'], ['province', '2014']] as const) {
      const slice = makeSlice((await run(sliceQuery(level, year))) as unknown as SliceRow[]);
      for (const id of ['sex_female', 'population_legal', 'households_distance_to_paved_road_km', 'illiteracy_rate_10_plus']) {
        const expected = (await run(valuesQuery(id, level, year))).map((r) => ({ code: r.code, value: r.value }));
        expect(rowsOf(slice, id).map((r) => ({ code: r.code, value: r.value }))).toEqual(expected);
      }
    }
  });
  it('pairs two indicators for every commune that has both', async () => {
    expect(await run(scatterQuery('sex_female', 'share_aged_20_39', 'commune'))).toHaveLength(175);
  });
  it('pairs two indicators of the 2014 census with their 2014 values', async () => {
    const rows = await run(scatterQuery('illiteracy_rate_10_plus', 'households_average_size', 'province', '2014'));
    const expected = await run({ sql: "SELECT territory_code AS code, value FROM census WHERE indicator_id = 'illiteracy_rate_10_plus' AND year = 2014 AND territory_code IN (SELECT code FROM territories WHERE level = 'province') ORDER BY code", params: [] });
    expect(rows.map((r) => [r.code, r.x])).toEqual(expected.map((r) => [r.code, r.value]));
  });
});
