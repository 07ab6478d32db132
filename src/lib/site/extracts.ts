// Build-time access to the published extracts (public/data/), the same files the browser
// and researchers download: pages never read data/ directly.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { MANIFEST, type DataManifest } from '../data/addresses.ts';
import type { CENSUS, CENSUS_SPLITS, FACTS, RowOf, SOURCES, TERRITORIES } from '../tables.ts';

/** The site's public folder: `public/`, or another one for a second build (the demo test). */
export const PUBLIC_DIR = resolve(process.env.OBSERVATOIRE_PUBLIC ?? 'public');
const DIR = join(PUBLIC_DIR, 'data');
const cache = new Map<string, unknown>();

function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

export function readExtract<T extends Record<string, unknown>>(name: string): T[] {
  return once(`arrow:${name}`, () => tableFromIPC(readFileSync(join(DIR, `${name}.arrow`))).toArray().map((r) => r.toJSON() as T));
}

export type Boundaries = FeatureCollection<Polygon | MultiPolygon, { code: string; code_digits: string; name_fr: string; name_ar: string }>;

export function readBoundaries(level: 'communes' | 'provinces' | 'region'): Boundaries {
  return once(`geo:${level}`, () => JSON.parse(readFileSync(join(DIR, 'boundaries', `${level}.geojson`), 'utf8')) as Boundaries);
}

// Row types come from the table specs (src/lib/tables.ts), the one description of each table.
export type Territory = RowOf<typeof TERRITORIES>;
export type CensusValue = RowOf<typeof CENSUS>;
export type CensusSplit = RowOf<typeof CENSUS_SPLITS>;
export type Fact = RowOf<typeof FACTS>;
export type Source = RowOf<typeof SOURCES>;

export const territories = () => readExtract<Territory & Record<string, unknown>>('territories');
export const facts = () => readExtract<Fact & Record<string, unknown>>('facts');
export const sources = () => readExtract<Source & Record<string, unknown>>('sources');

/** Census values indexed by territory, indicator and year. */
export function censusIndex(): (code: string, indicator: string, year?: number) => number | undefined {
  const index = once('census-index', () => {
    const m = new Map<string, number>();
    for (const r of readExtract<CensusValue & Record<string, unknown>>('census')) m.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value);
    return m;
  });
  return (code, indicator, year = 2024) => index.get(`${code}|${indicator}|${year}`);
}

/** Content addresses of the files pages load (written by the data build). */
export const dataManifest = () => once('manifest', () => JSON.parse(readFileSync(join(DIR, MANIFEST), 'utf8')) as DataManifest);
