// The static API page's view model: for each published table, the files a program can fetch
// under each of their addresses and the columns they hold, read from the table specs (the
// same ones that write the files) and from the data package and manifest the build wrote.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Localized } from '../catalogue.ts';
import { versionedDir } from '../data/addresses.ts';
import { PUBLISHED_TABLES, type Column, type ColumnType } from '../tables.ts';
import { absolute } from './config.ts';
import { dataManifest, PUBLIC_DIR } from './extracts.ts';

/** Text in the page's language (every table spec is written in the three). */
export type Text = string;
export interface ApiColumn { name: string; type: ColumnType; nullable: boolean; values: readonly string[] | null; description: Text }
export interface ApiFile { format: string; latest: string; versioned: string; hashed: string | null }
export interface ApiTable { name: string; title: Text; description: Text; primaryKey: string[]; columns: ApiColumn[]; files: ApiFile[] }

const FORMATS: [RegExp, string][] = [[/\.excel\.csv$/, 'CSV (Excel)'], [/\.csv$/, 'CSV'], [/\.parquet$/, 'Parquet'], [/\.arrows$/, 'Arrow IPC stream'], [/\.arrow$/, 'Arrow IPC file']];

export function staticApi(lang: Lang) {
  const pick = (d: Localized): Text => d[lang];
  const pkg = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
  const manifest = dataManifest();
  const version = versionedDir(manifest.version);
  const fileOf = (path: string): ApiFile => ({
    format: FORMATS.find(([re]) => re.test(path))?.[1] ?? path.slice(path.lastIndexOf('.') + 1),
    latest: `/data/${path}`,
    versioned: `/data/${version}/${path}`,
    hashed: manifest.files[path] ?? null,
  });
  const tables: ApiTable[] = PUBLISHED_TABLES.map((spec) => ({
    name: spec.name,
    title: pick(spec.title),
    description: pick(spec.description),
    primaryKey: spec.primaryKey,
    columns: (spec.columns as readonly Column[]).map((c) => ({ name: c.name, type: c.type, nullable: Boolean(c.nullable), values: c.enum ?? null, description: pick(c.description) })),
    files: pkg.resources.filter((r) => r.path.startsWith(`${spec.name}.`)).map((r) => fileOf(r.path)),
  }));
  const boundaries = pkg.resources.filter((r) => r.path.startsWith('boundaries/')).map((r) => fileOf(r.path));
  const example = tables.find((t) => t.name === 'census')!.files.find((f) => f.format === 'CSV')!;
  return { version: manifest.version, tables, boundaries, exampleUrl: absolute(example.versioned), manifestUrl: '/data/manifest.json', packageUrl: `/data/${version}/datapackage.json` };
}
