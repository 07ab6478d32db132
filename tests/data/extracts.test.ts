// The published extracts (public/data/, written by `npm run data`) read back equal to the
// canonical tables, in every format, and the datapackage describes them truthfully.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { communesTable, listFiles, loadCanonical } from '../../scripts/data/build.ts';
import { loadContributions } from '../../scripts/data/contributions.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { PUBLISHED_TABLES, type Row } from '../../src/lib/tables.ts';

const OUT = 'public/data';
let canonical: Record<string, Row[]>;

beforeAll(async () => {
  canonical = (await loadCanonical('data')).tables;
  canonical.communes = communesTable(canonical);
  Object.assign(canonical, (await loadContributions('data', 'data/contributions')).tables);
});

const normalise = (rows: Row[]) => rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v ?? null])))).sort();

describe('published extracts', () => {
  it.each(PUBLISHED_TABLES.map((s) => [s.name, s] as const))('%s.arrow reads back equal to the canonical table', async (name, spec) => {
    const table = tableFromIPC(await readFile(join(OUT, `${name}.arrow`)));
    expect(table.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
    expect(normalise(table.toArray().map((r) => r.toJSON() as Row))).toEqual(normalise(canonical[name]!));
  });

  it.each(PUBLISHED_TABLES.map((s) => [s.name] as const))('%s.arrows (stream format) holds the same rows as the file format', async (name) => {
    const file = tableFromIPC(await readFile(join(OUT, `${name}.arrow`)));
    const stream = tableFromIPC(await readFile(join(OUT, `${name}.arrows`)));
    expect(normalise(stream.toArray().map((r) => r.toJSON() as Row))).toEqual(normalise(file.toArray().map((r) => r.toJSON() as Row)));
  });

  it.each(PUBLISHED_TABLES.map((s) => [s.name, s] as const))('%s.parquet reads back equal to the canonical table, codes as text', async (name, spec) => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet('${join(OUT, `${name}.parquet`)}')`);
    const types = Object.fromEntries(reader.columnNames().map((n, i) => [n, reader.columnTypes()[i]!.toString()]));
    for (const c of spec.columns) if (c.type === 'string') expect(types[c.name]).toBe('VARCHAR');
    expect(normalise(reader.getRowObjectsJS() as Row[])).toEqual(normalise(canonical[name]!));
    conn.closeSync();
    db.closeSync();
  });

  it('writes plain RFC 4180 CSV for programs, and no misleading Excel-flavoured CSV', async () => {
    expect((await listFiles(OUT)).filter((f) => f.endsWith('.excel.csv'))).toEqual([]);
    for (const spec of PUBLISHED_TABLES) {
      const plain = await readFile(join(OUT, `${spec.name}.csv`), 'utf8');
      expect(plain.charCodeAt(0)).not.toBe(0xfeff);
      expect(plain.split('\r\n').length - 1).toBe(canonical[spec.name]!.length + 1);
      expect(parseCsv(plain).header).toEqual(spec.columns.map((c) => c.name));
    }
    const territories = await readFile(join(OUT, 'territories.csv'), 'utf8');
    expect(territories).toContain('"09.001","09001"'); // codes quoted: leading zeros survive
  });

  it('lists every published file in datapackage.json with its true size and sha256', async () => {
    const pkg = JSON.parse(await readFile(join(OUT, 'datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number; hash: string; schema?: { fields: unknown[] }; licenses: { name: string }[] }[]; licenses: { name: string }[] };
    // The content-addressed (h/) and versioned (v<version>/) copies and their manifest are
    // other addresses of the same files, checked below.
    const files = (await listFiles(OUT)).filter((f) => f !== 'datapackage.json' && f !== 'manifest.json' && !/^(h|v[^/]+)\//.test(f));
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files);
    const manifest = JSON.parse(await readFile(join(OUT, 'manifest.json'), 'utf8')) as { version: string; files: Record<string, string> };
    expect(Object.keys(manifest.files).length).toBeGreaterThan(0);
    for (const [path, url] of Object.entries(manifest.files)) {
      const original = await readFile(join(OUT, path));
      expect(url).toBe(`/data/h/${createHash('sha256').update(original).digest('hex').slice(0, 16)}${path.slice(path.lastIndexOf('.'))}`);
      expect((await readFile(join(OUT, url.replace(/^\/data\//, '')))).equals(original)).toBe(true);
    }
    for (const r of pkg.resources) expect((await readFile(join(OUT, `v${manifest.version}`, r.path))).equals(await readFile(join(OUT, r.path)))).toBe(true);
    for (const r of pkg.resources) {
      const bytes = await readFile(join(OUT, r.path));
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    for (const r of pkg.resources.filter((x) => /\.(csv|arrows?|parquet)$/.test(x.path))) expect(r.schema?.fields.length).toBeGreaterThan(0);
    for (const r of pkg.resources.filter((x) => x.path.endsWith('json') && x.path.startsWith('boundaries/'))) expect(r.licenses.map((l) => l.name)).toEqual(['ODbL-1.0']);
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0', 'ODbL-1.0']);
  });

  it('publishes the boundaries as TopoJSON and as GeoJSON with names, wound per RFC 7946', async () => {
    const communes = JSON.parse(await readFile(join(OUT, 'boundaries/communes.geojson'), 'utf8'));
    expect(communes.features).toHaveLength(175);
    expect(communes.features[0].properties).toMatchObject({ code: expect.stringMatching(/^09\./), name_fr: expect.any(String), name_ar: expect.any(String) });
    const ring = communes.features[0].geometry.coordinates[0] as [number, number][];
    const signed = ring.slice(1).reduce((a, [x, y], i) => a + (ring[i]![0] * y - x * ring[i]![1]), 0);
    expect(signed).toBeGreaterThan(0); // exterior ring counter-clockwise
    const provinces = JSON.parse(await readFile(join(OUT, 'boundaries/provinces.geojson'), 'utf8'));
    expect(provinces.features).toHaveLength(6);
    expect(await readFile(join(OUT, 'boundaries/LICENSE.txt'), 'utf8')).toContain('ODbL');
  });
});
