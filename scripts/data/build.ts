// The data build: data/ (canonical, committed) → public/data/ (published extracts).
// Reads only data/, validates everything before writing anything, writes a new tree outside
// public/ (in .data-builds/) and makes outDir point at it by one rename of a symbolic link, so
// a failed or interrupted build leaves the last good extracts as they were, and nothing
// half-written is ever inside public/ for Astro to copy and deploy.

import { createHash } from 'node:crypto';
import { writeAddressedCopies } from './addresses.ts';
import { lstat, mkdir, readFile, readlink, rename, rm, symlink, writeFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { boundariesFile, OBSERVATORY, type ObservatoryConfig } from '../../src/config/observatory.ts';
import { arrowTable } from '../../src/lib/data/arrow.ts';
import { checkCanonical, type Canonical, type LoadedTable } from '../../src/lib/data/check-canonical.ts';
import { parseCsv, writeCsv } from '../../src/lib/data/csv.ts';
import { currentRelease } from '../../src/lib/data/changelog.ts';
import { DataError, type Problem } from '../../src/lib/data/problems.ts';
import { readTable } from '../../src/lib/data/read-table.ts';
import { featuresOf, rewindFeatures } from '../../src/lib/geo/topology.ts';
import { CANONICAL_TABLES, PUBLISHED_TABLES, sortRows, type Row, type TableSpec } from '../../src/lib/tables.ts';
import type { AuditReport } from '../../src/lib/contrib/disclosure.ts';
import { loadContributions } from './contributions.ts';
import { datapackage, type Resource } from './datapackage.ts';
import { writeParquet } from './parquet.ts';
import { tableWorkbook } from './xlsx.ts';

export const BOUNDARIES_FILE = boundariesFile();

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Partners' files; a folder holding a SYNTHETIC marker file is demonstration data. */
  contributionsDir?: string;
  /** The observatory's configuration (region, country, featured indicators); tests pass another region's. */
  config?: ObservatoryConfig;
  /** Where published trees are built, outside outDir's folder; default `.data-builds/` beside that folder. */
  buildsDir?: string;
}

export interface BuildResult {
  resources: Resource[];
  tables: Record<string, Row[]>;
  disclosure: AuditReport;
}

export async function loadCanonical(dataDir: string, config: ObservatoryConfig = OBSERVATORY): Promise<{ tables: Record<string, Row[]>; topology: Topology }> {
  const problems: Problem[] = [];
  const loaded: Record<string, LoadedTable> = {};
  for (const spec of CANONICAL_TABLES) {
    const file = join(dataDir, spec.file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      problems.push({ file, line: 1, column: 1, rule: 'missing-file', message: `table ${spec.name} is missing` });
      continue;
    }
    const result = readTable(spec, file, text);
    problems.push(...result.problems);
    loaded[spec.name] = { file, rows: result.rows, lines: result.lines, header: parseCsv(text).header };
  }
  const topoFile = join(dataDir, boundariesFile(config.region.slug));
  let topology: Topology | undefined;
  try {
    topology = JSON.parse(await readFile(topoFile, 'utf8')) as Topology;
    if (topology.type !== 'Topology' || !topology.objects?.communes) throw new Error('not a topology with a communes object');
  } catch (error) {
    problems.push({ file: topoFile, line: 1, column: 1, rule: 'bad-boundaries', message: error instanceof Error ? error.message : String(error) });
  }
  if (problems.length) throw new DataError(problems);

  const codes = featuresOf(topology!, 'communes').map((f) => f.properties.code);
  problems.push(...checkCanonical({ ...(loaded as unknown as Omit<Canonical, 'boundaries'>), boundaries: { file: topoFile, codes } }, config));
  if (problems.length) throw new DataError(problems);
  return { tables: Object.fromEntries(Object.entries(loaded).map(([k, v]) => [k, v.rows])), topology: topology! };
}

/** The published one-row-per-commune table, joined from territories and census. */
export function communesTable(tables: Record<string, Row[]>): Row[] {
  const value = new Map(tables.census!.map((r) => [`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value as number]));
  return tables.territories!
    .filter((t) => t.level === 'commune')
    .map((t): Row => ({
      code: t.code!, code_digits: t.code_digits!, name_fr: t.name_fr!, name_ar: t.name_ar!, slug: t.slug!, kind: t.kind!,
      province_code: t.province_code!, cercle_code: t.cercle_code ?? null,
      population_2014: value.get(`${t.code}|population_legal|2014`)!, population_2024: value.get(`${t.code}|population_legal|2024`)!,
      population_change_pct: value.get(`${t.code}|population_change_pct|2024`)!, households_2024: value.get(`${t.code}|households_count|2024`)!,
      area_km2: t.area_km2 ?? null,
    }));
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

function geojson(topology: Topology, object: string, names: Map<string, Row>): FeatureCollection {
  const features = rewindFeatures(featuresOf(topology, object)).map((f): Feature<Polygon | MultiPolygon> => {
    const t = names.get(f.properties.code)!;
    const roundRings = (rings: number[][][]) => rings.map((ring) => ring.map(([x, y]) => [round5(x!), round5(y!)]));
    const geometry = f.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: roundRings(f.geometry.coordinates) }
      : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map(roundRings) };
    return { type: 'Feature', properties: { code: t.code, code_digits: t.code_digits, name_fr: t.name_fr, name_ar: t.name_ar }, geometry };
  });
  return { type: 'FeatureCollection', features };
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const { dataDir, outDir, contributionsDir = join(dataDir, 'contributions'), config = OBSERVATORY } = options;
  const { tables, topology } = await loadCanonical(dataDir, config);
  const version = (await readFile(join(dataDir, 'VERSION'), 'utf8')).trim();
  const changelog = join(dataDir, 'CHANGELOG.md');
  const release = currentRelease(await readFile(changelog, 'utf8').catch(() => { throw new Error(`${changelog}: missing: say what changed in version ${version}`); }), version, changelog);
  tables.communes = communesTable(tables);
  const contributed = await loadContributions(dataDir, contributionsDir);
  Object.assign(tables, contributed.tables);

  const out = resolve(outDir);
  const builds = resolve(options.buildsDir ?? join(dirname(dirname(out)), '.data-builds'));
  const slug = createHash('sha256').update(out).digest('hex').slice(0, 12);
  await removeStale(out, builds, slug);
  const staging = join(builds, `${slug}-${Date.now()}-${process.pid}`);
  await mkdir(staging, { recursive: true });
  const files: { path: string; spec?: TableSpec; format: string }[] = [];
  const put = async (path: string, content: string | Uint8Array, format: string, spec?: TableSpec) => {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await writeFile(join(staging, path), content);
    files.push({ path, spec, format });
  };

  try {
    for (const spec of PUBLISHED_TABLES) {
      const rows = sortRows(spec, tables[spec.name]!);
      tables[spec.name] = rows;
      await put(`${spec.name}.csv`, writeCsv(spec, rows, { eol: '\r\n' }), 'csv', spec);
      for (const lang of config.languages) await put(`${spec.name}.${lang.code}.xlsx`, await tableWorkbook(spec, rows, lang.code, { number: release.version, date: release.date }), 'xlsx', spec);
      const arrow = arrowTable(spec, rows, contributed.synthetic && spec.columns.some((c) => c.name === 'synthetic') ? { synthetic: 'true' } : {});
      await put(`${spec.name}.arrow`, tableToIPC(arrow, 'file'), 'arrow', spec);
      // The stream format is what DuckDB-WASM ingests without decoding on the page's thread.
      await put(`${spec.name}.arrows`, tableToIPC(arrow, 'stream'), 'arrows', spec);
      // Parquet holds the values themselves, not their spreadsheet-safe form.
      const raw = join(staging, `.${spec.name}.raw.csv`);
      await writeFile(raw, writeCsv(spec, rows, { keepFormulas: true }));
      await writeParquet(spec, raw, join(staging, `${spec.name}.parquet`));
      await rm(raw);
      files.push({ path: `${spec.name}.parquet`, spec, format: 'parquet' });
    }

    const byDigits = new Map(tables.territories!.map((t) => [t.code_digits as string, t]));
    const byCode = new Map(tables.territories!.map((t) => [t.code as string, t]));
    await put(boundariesFile(config.region.slug), JSON.stringify(topology) + '\n', 'topojson');
    await put('boundaries/communes.geojson', JSON.stringify(geojson(topology, 'communes', byDigits)) + '\n', 'geojson');
    await put('boundaries/provinces.geojson', JSON.stringify(geojson(topology, 'provinces', byCode)) + '\n', 'geojson');
    await put('boundaries/region.geojson', JSON.stringify(geojson(topology, 'region', byCode)) + '\n', 'geojson');
    await put('boundaries/LICENSE.txt', await readFile(join(dataDir, 'boundaries/LICENSE.txt')), 'txt');

    const resources: Resource[] = [];
    for (const f of files) {
      const bytes = await readFile(join(staging, f.path));
      resources.push({ ...f, bytes: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') });
    }
    await writeFile(join(staging, 'datapackage.json'), JSON.stringify(datapackage(resources, tables.sources!, { number: release.version, date: release.date }, contributed.synthetic, config), null, 2) + '\n');
    await writeAddressedCopies(staging, resources, release.version);

    await swapInto(staging, out, builds, slug);
    return { resources, tables, disclosure: contributed.audit };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; } };

/** Trees of interrupted builds of this outDir, and the staging folders older builds left inside public/. */
async function removeStale(out: string, builds: string, slug: string) {
  const current = await readlink(out).then((t) => resolve(dirname(out), t), () => undefined);
  for (const name of await readdir(builds).catch(() => [] as string[])) {
    const m = new RegExp(`^${slug}[-.](?:\\d+-)?(?:link-|legacy-)?(\\d+)$`).exec(name);
    if (m && join(builds, name) !== current && !(alive(Number(m[1])) && Number(m[1]) !== process.pid)) await rm(join(builds, name), { recursive: true, force: true });
  }
  const legacy = new RegExp(`^(?:\\.${basename(out)}\\.staging|${basename(out)}\\.previous)-\\d+$`);
  for (const name of await readdir(dirname(out)).catch(() => [] as string[])) {
    if (legacy.test(name)) await rm(join(dirname(out), name), { recursive: true, force: true });
  }
}

/**
 * Point outDir at the new tree in one rename (a symbolic link replaces the previous link
 * atomically): readers, and a crash at any moment, see the old tree or the new, never none.
 */
async function swapInto(staging: string, out: string, builds: string, slug: string) {
  const link = join(builds, `${slug}.link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(relative(dirname(out), staging), link);
  const info = await lstat(out).catch(() => undefined);
  let previous: string | undefined;
  if (info?.isSymbolicLink()) previous = resolve(dirname(out), await readlink(out));
  else if (info) {
    // A real folder from before links were used: moved aside once (the only two-step swap).
    previous = join(builds, `${slug}-legacy-${process.pid}`);
    await rename(out, previous);
  }
  await mkdir(dirname(out), { recursive: true });
  await rename(link, out);
  if (previous && previous !== staging) await rm(previous, { recursive: true, force: true });
}

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}
