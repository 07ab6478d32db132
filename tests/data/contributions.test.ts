// Contributions through the data build: the synthetic example set publishes protected
// aggregates marked synthetic; the default build has none; a bad file stops the build with
// the validator's own message and leaves the published extracts untouched.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data/build.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { DataError } from '../../src/lib/data/problems.ts';

let root: string;
let demo: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'observatoire-contrib-'));
  demo = join(root, 'demo');
  await buildData({ dataDir: 'data', outDir: demo, contributionsDir: 'data/examples/contributions' });
});

const counts = async (dir: string) => {
  const csv = parseCsv(await readFile(join(dir, 'baom_activity.csv'), 'utf8'));
  const i = csv.header.indexOf('count');
  const arrow = tableFromIPC(await readFile(join(dir, 'baom_activity.arrow'))).getChild('count')!.toArray() as Int32Array;
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const parquet = (await conn.runAndReadAll(`SELECT count FROM read_parquet('${join(dir, 'baom_activity.parquet')}')`)).getRowObjectsJS().map((r) => r.count as number | null);
  conn.closeSync(); db.closeSync();
  return { csv: csv.records.map((r) => (r.cells[i] === '' ? null : Number(r.cells[i]))), arrow: [...arrow], parquet };
};

describe('published contributions', () => {
  it('never publish a count between 1 and 4, in any format', async () => {
    const all = await counts(demo);
    expect(all.csv.length).toBeGreaterThan(1000);
    expect(all.csv.filter((c) => c !== null).length).toBeGreaterThan(500);
    for (const values of [all.csv, all.parquet]) expect(values.filter((c) => c !== null && c >= 1 && c <= 4)).toEqual([]);
    // Arrow stores a suppressed count as null; its value slot is 0.
    expect(all.arrow.filter((c) => c >= 1 && c <= 4)).toEqual([]);
  });

  it('suppress some cells in the example set, and publish them as suppressed, not as zero', async () => {
    const csv = await readFile(join(demo, 'baom_activity.csv'), 'utf8');
    expect(csv).toMatch(/,,true,true\r\n/); // empty count, suppressed, synthetic
  });

  it('mark everything built from the example set as synthetic', async () => {
    const pkg = JSON.parse(await readFile(join(demo, 'datapackage.json'), 'utf8'));
    expect(pkg.synthetic).toBe(true);
    expect(pkg.title).toMatch(/SYNTHETIC/);
    for (const name of ['baom_offices', 'baom_activity', 'associations', 'diaspora_projects', 'contributions']) {
      const t = tableFromIPC(await readFile(join(demo, `${name}.arrow`)));
      expect(t.numRows).toBeGreaterThan(0);
      expect(t.schema.metadata.get('synthetic')).toBe('true');
      expect([...t.getChild('synthetic')!.toArray()].every(Boolean)).toBe(true);
    }
  });

  it('the default build holds no synthetic data', async () => {
    const pkg = JSON.parse(await readFile('public/data/datapackage.json', 'utf8'));
    expect(pkg.synthetic).toBe(false);
    for (const name of ['baom_offices', 'baom_activity', 'associations', 'diaspora_projects', 'contributions']) {
      const t = tableFromIPC(await readFile(join('public/data', `${name}.arrow`)));
      expect([...(t.getChild('synthetic')?.toArray() ?? [])].some(Boolean)).toBe(false);
      expect(t.schema.metadata.get('synthetic')).toBeUndefined();
    }
  });

  it('a bad contribution stops the build with file, line, column and rule, and nothing is replaced', async () => {
    const dir = join(root, 'bad');
    await cp('data/examples/contributions', dir, { recursive: true });
    const file = join(dir, 'baom-activity', 'activity-example.csv');
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    lines[3] = lines[3]!.replace(/,\d+$/, ',-1');
    await writeFile(file, lines.join('\r\n'));
    const before = await readFile(join(demo, 'datapackage.json'), 'utf8');
    const error = await buildData({ dataDir: 'data', outDir: demo, contributionsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems).toContainEqual(expect.objectContaining({ file, line: 4, column: 8, rule: 'negative-count' }));
    expect(await readFile(join(demo, 'datapackage.json'), 'utf8')).toBe(before);
  });
});
