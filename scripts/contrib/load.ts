// Reading contributions from disk for the command line and the data build: every file of
// data/contributions/<dataset>/ (CSV or XLSX) with its metadata file beside it, read without
// trusting it (regular files only, size limits before reading), and the version rule applied:
// only the highest version of each (organisation, dataset, period) is read into the tables.

import { boundariesFile } from '../../src/config/observatory.ts';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { territoryContext } from '../../src/lib/contrib/context.ts';
import { DATASETS } from '../../src/lib/contrib/datasets.ts';
import { READ_LIMITS, ReadError } from '../../src/lib/contrib/limits.ts';
import { checkMeta, selectVersions, type Meta } from '../../src/lib/contrib/meta.ts';
import { readProblem, validateFiles, type ContribProblem, type Context, type Input } from '../../src/lib/contrib/validate.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { readRegularFile } from './read-safely.ts';

export interface Contributions {
  /** The files to publish, each with its metadata. */
  published: (Input & { meta: Meta })[];
  /** Files kept beside a higher version of the same contribution, not read into the tables. */
  superseded: string[];
  problems: ContribProblem[];
}

export async function readContributions(dir: string, today: string): Promise<Contributions> {
  const problems: ContribProblem[] = [];
  const candidates: (Input & { meta: Meta })[] = [];
  for (const dataset of DATASETS) {
    const folder = join(dir, dataset.id);
    const info = await lstat(folder).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      problems.push(readProblem(folder, new ReadError('not-a-file', 'refusé : ce n’est pas un dossier ordinaire', 'refused: not a regular folder')));
      continue;
    }
    const names = (await readdir(folder)).filter((n) => /\.(csv|xlsx)$/i.test(n)).sort();
    for (const name of names) {
      const path = join(folder, name);
      let bytes: Uint8Array;
      try {
        bytes = await readRegularFile(path, { limit: READ_LIMITS.bytes });
      } catch (error) {
        problems.push(readProblem(path, error));
        continue;
      }
      const metaPath = `${path}.meta.json`;
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await readRegularFile(metaPath, { limit: READ_LIMITS.metaBytes }));
      } catch (error) {
        const missing = error instanceof ReadError && error.rule === 'missing-file';
        problems.push(missing
          ? { file: metaPath, line: 1, column: 1, rule: 'missing-metadata', message: { fr: 'métadonnées absentes : chaque fichier a son .meta.json (organisation, contact, licence, période, dépôt, version)', en: 'metadata missing: every file has its .meta.json (organisation, contact, licence, period, submitted, version)' } }
          : readProblem(metaPath, error));
        continue;
      }
      const { meta, problems: metaProblems } = await checkMeta(metaPath, text, bytes, today);
      problems.push(...metaProblems);
      if (meta) candidates.push({ name: path, bytes, dataset: dataset.id, meta });
    }
  }
  const selection = selectVersions(candidates.map((c) => ({ file: c.name, dataset: c.dataset!, meta: c.meta })));
  problems.push(...selection.problems);
  const kept = new Set(selection.published.map((c) => c.file));
  return { published: candidates.filter((c) => kept.has(c.name)), superseded: selection.superseded.map((c) => c.file), problems };
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
  const existing = await validateFiles((await readContributions(contributionsDir, today)).published, base);
  const records = (dataset: string) => existing.filter((r) => r.dataset === dataset).flatMap((r) => r.records);
  const offices = records('baom-offices');
  return {
    ...territoryContext([...dotted.values()], boundaries, { offices: offices.map((o) => String(o.office_id)), associations: records('associations').map((a) => String(a.association_id)) }, today),
    opened: new Map(offices.filter((o) => typeof o.opened === 'string').map((o) => [String(o.office_id), o.opened as string])),
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
