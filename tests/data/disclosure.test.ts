// The attack the issue describes, run on what the example build publishes: read the activity
// extract in every format it is published in, set up the programme an attacker would (every
// dimension, period, office and regional total together, in whole numbers) and find no
// suppressed count narrowed below the protection width, and no count of 1 to 4 pinned down
// even by an insider who knows which cells are primary.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../scripts/data/build.ts';
import { PROTECTION_WIDTH, THRESHOLD } from '../../src/lib/contrib/disclosure.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { attackPublished, type PublishedRow } from '../attacker.ts';

let demo: string;
let built: BuildResult;
beforeAll(async () => {
  demo = join(await mkdtemp(join(tmpdir(), 'observatoire-disclosure-')), 'demo');
  built = await buildData({ dataDir: 'data', outDir: demo, contributionsDir: 'data/examples/contributions' });
});

const key = (r: PublishedRow) => `${r.office_id}|${r.period}|${r.dimension}|${r.category}`;
const sorted = (rows: PublishedRow[]) => rows.map((r) => `${key(r)}=${r.suppressed ? 's' : r.count}`).sort();

async function publishedRows(): Promise<{ csv: PublishedRow[]; arrow: PublishedRow[]; parquet: PublishedRow[] }> {
  const text = parseCsv(await readFile(join(demo, 'baom_activity.csv'), 'utf8'));
  const at = (name: string) => text.header.indexOf(name);
  const csv = text.records.map((r) => ({
    office_id: r.cells[at('office_id')]!, period: r.cells[at('period')]!, dimension: r.cells[at('dimension')]!, category: r.cells[at('category')]!,
    count: r.cells[at('count')] === '' ? null : Number(r.cells[at('count')]), suppressed: r.cells[at('suppressed')] === 'true',
  }));
  const plain = (o: Record<string, unknown>): PublishedRow => ({
    office_id: String(o.office_id), period: String(o.period), dimension: String(o.dimension), category: String(o.category),
    count: o.count === null || o.count === undefined ? null : Number(o.count), suppressed: Boolean(o.suppressed),
  });
  const arrow = tableFromIPC(await readFile(join(demo, 'baom_activity.arrow'))).toArray().map((r) => plain(r.toJSON()));
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const parquet = (await conn.runAndReadAll(`SELECT office_id, period, dimension, category, count, suppressed FROM read_parquet('${join(demo, 'baom_activity.parquet')}')`)).getRowObjectsJS().map(plain);
  conn.closeSync(); db.closeSync();
  return { csv, arrow, parquet };
}

/** The example set's true counts, keyed as the attacker keys them (a total shared by every dimension). */
async function truth(): Promise<Map<string, number>> {
  const text = parseCsv(await readFile('data/examples/contributions/baom-activity/activity-example.csv', 'utf8'));
  const at = (name: string) => text.header.indexOf(name);
  const out = new Map<string, number>();
  const add = (k: string, n: number) => out.set(k, (out.get(k) ?? 0) + n);
  for (const r of text.records) {
    const n = Number(r.cells[at('count')]), period = r.cells[at('period')]!;
    for (const office of [r.cells[at('office_id')]!, '_region']) {
      add(`${office}|${period}|*|_total`, n);
      for (const d of ['service', 'public', 'sex', 'age_group', 'origin_group']) add(`${office}|${period}|${d}|${r.cells[at(d)]}`, n);
    }
  }
  return out;
}

describe('disclosure control of the published activity', () => {
  it('publish the same cells, suppressed the same way, in CSV, Arrow and Parquet', async () => {
    const { csv, arrow, parquet } = await publishedRows();
    expect(csv.length).toBeGreaterThan(1000);
    expect(sorted(arrow)).toEqual(sorted(csv));
    expect(sorted(parquet)).toEqual(sorted(csv));
  });

  it('an attacker solving every published figure together recovers nothing: 0 cells narrowed below the protection width', async () => {
    const { csv } = await publishedRows();
    const started = performance.now();
    const intervals = await attackPublished(csv);
    const narrowed = [...intervals.values()].filter((i) => i.max - i.min < PROTECTION_WIDTH);
    const widths = [...intervals.values()].map((i) => i.max - i.min);
    console.log(`attack on the example extract: ${intervals.size} suppressed figures, ${narrowed.length} narrowed below ${PROTECTION_WIDTH}, narrowest ${Math.min(...widths)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(intervals.size).toBe(built.disclosure.suppressed);
    expect(narrowed).toEqual([]);
  });

  it('an insider who knows which cells hold 1 to 4 pins none of them down', async () => {
    const { csv } = await publishedRows();
    const t = await truth();
    const primary = (k: string) => (t.get(k) ?? 0) > 0 && t.get(k)! < THRESHOLD;
    const intervals = await attackPublished(csv, (k) => (primary(k) ? [1, THRESHOLD - 1] : [0, 1e7]));
    const pinned = [...intervals].filter(([k, i]) => primary(k) && i.max === i.min);
    expect([...intervals.keys()].filter(primary).length).toBe(built.disclosure.primary);
    expect(pinned).toEqual([]);
  });
});
