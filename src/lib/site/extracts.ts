// Build-time access to the published extracts (public/data/), the same files the browser
// and researchers download: pages never read data/ directly.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { MANIFEST, type DataManifest } from '../data/addresses.ts';

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

export interface Territory { code: string; code_digits: string; level: string; kind: string; name_fr: string; name_ar: string; slug: string; parent_code: string | null; province_code: string | null; cercle_code: string | null; area_km2: number | null }
export interface CensusValue { territory_code: string; indicator_id: string; year: number; value: number; method: string; source_id: string }
export interface Fact { fact_id: string; geo_level: string; geo_code: string | null; geo_name: string; theme: string; indicator: string; label_fr: string; label_ar: string; label_en: string; breakdown: string | null; value: number; unit: string; period: string; headline: boolean; caveat_fr: string | null; caveat_ar: string | null; caveat_en: string | null; source_id: string }
export interface Source { source_id: string; kind: string; publisher: string; title: string; url: string; vintage: string; licence: string; retrieved: string }

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
