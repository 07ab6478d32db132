// Reading contributions from disk for the command line and the data build: every file of
// data/contributions/<dataset>/ (CSV or XLSX) with its metadata file beside it.

import { boundariesFile } from '../../src/config/observatory.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { territoryContext } from '../../src/lib/contrib/context.ts';
import { DATASETS } from '../../src/lib/contrib/datasets.ts';
import { validateFiles, type Context, type Input } from '../../src/lib/contrib/validate.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';

export async function contributionFiles(dir: string): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const dataset of DATASETS) {
    const folder = join(dir, dataset.id);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.(csv|xlsx)$/i.test(n)).sort()) {
      inputs.push({ name: join(folder, name), bytes: new Uint8Array(await readFile(join(folder, name))), dataset: dataset.id });
    }
  }
  return inputs;
}

/** Territory knowledge from data/ (the canonical tables), plus ids already contributed (when a folder is given). */
export async function contextFrom(dataDir: string, contributionsDir: string | null, today: string): Promise<Context> {
  const territories = parseCsv(await readFile(join(dataDir, 'territories.csv'), 'utf8'));
  const [code, level, digits, slug] = ['code', 'level', 'code_digits', 'slug'].map((c) => territories.header.indexOf(c));
  const communes = territories.records.filter((r) => r.cells[level!] === 'commune');
  const dotted = new Map(communes.map((r) => [r.cells[digits!]!, r.cells[code!]!]));
  // The boundary file is named after the region the data holds.
  const region = territories.records.find((r) => r.cells[level!] === 'region');
  const topology = JSON.parse(await readFile(join(dataDir, boundariesFile(region?.cells[slug!])), 'utf8')) as Topology;
  const fc = feature(topology, topology.objects.communes as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const boundaries = fc.features.map((f) => ({ ...f, properties: { code: dotted.get(f.properties.code) ?? f.properties.code } }));
  const base = territoryContext([...dotted.values()], boundaries, { offices: [], associations: [] }, today);
  if (!contributionsDir) return base;
  const existing = await validateFiles(await contributionFiles(contributionsDir), base);
  const ids = (dataset: string, column: string) => existing.filter((r) => r.dataset === dataset).flatMap((r) => r.records.map((x) => String(x[column])));
  return territoryContext([...dotted.values()], boundaries, { offices: ids('baom-offices', 'office_id'), associations: ids('associations', 'association_id') }, today);
}

export const today = () => new Date().toISOString().slice(0, 10);
