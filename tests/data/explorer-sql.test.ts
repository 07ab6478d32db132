// The explorer's SQL, run by DuckDB in Node over the published Parquet files, gives the
// figures of the canonical tables: the same statements the browser runs in DuckDB-WASM.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scatterQuery, valuesQuery } from '../../src/lib/explorer/query.ts';

let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  for (const t of ['territories', 'census']) await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('public/data/${t}.parquet')`);
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
  it('pairs two indicators for every commune that has both', async () => {
    expect(await run(scatterQuery('sex_female', 'share_aged_20_39', 'commune'))).toHaveLength(175);
  });
});
