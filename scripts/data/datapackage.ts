// The Frictionless Data Package that describes every published file: schema, licence,
// sources, size and sha256. No build timestamp, so identical inputs give identical bytes.

import { OBSERVATORY, type ObservatoryConfig } from '../../src/config/observatory.ts';
import type { Row, TableSpec } from '../../src/lib/tables.ts';

export interface Resource {
  path: string;
  format: string;
  spec?: TableSpec;
  bytes: number;
  hash: string;
}

const LICENCES = {
  hcp: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Haut-Commissariat au Plan figures, reusable on CC BY 4.0 terms' }],
  odbl: [{ name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: '© OpenStreetMap contributors, Open Database License 1.0' }],
  sources: [{ name: 'other-at', title: 'Figures as published by each cited source; see sources' }],
} as const;

const MEDIA: Record<string, string> = {
  csv: 'text/csv', arrow: 'application/vnd.apache.arrow.file', arrows: 'application/vnd.apache.arrow.stream', parquet: 'application/vnd.apache.parquet',
  topojson: 'application/json', geojson: 'application/geo+json', txt: 'text/plain',
};

const FRICTIONLESS_TYPE = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' } as const;

function licencesOf(resource: Resource) {
  if (!resource.spec) return resource.format === 'txt' ? [] : [...LICENCES.odbl];
  switch (resource.spec.licence) {
    case 'hcp': return [...LICENCES.hcp];
    case 'sources': return [...LICENCES.sources];
    case 'mixed-hcp-odbl': return [...LICENCES.hcp, ...LICENCES.odbl];
    case 'odbl': return [...LICENCES.odbl];
  }
}

function resourceName(r: Resource): string {
  const stem = r.path.replace(/\.[^/]+$/, '').replace(/\.excel$/, '-excel').replace(/[/.]/g, '-');
  return `${stem}-${r.format}`.toLowerCase();
}

export function datapackage(resources: Resource[], sources: Row[], version: string, synthetic = false, config: ObservatoryConfig = OBSERVATORY) {
  const region = config.region;
  const census = sources.filter((s) => s.kind === 'census' || s.kind === 'boundaries');
  const mark = synthetic ? 'SYNTHETIC DATA — données fictives: the partner contributions in this build are invented, for demonstration only. ' : '';
  return {
    profile: 'data-package',
    name: `observatoire-migrations-${region.slug}`,
    title: `${synthetic ? '[SYNTHETIC / DONNÉES FICTIVES] ' : ''}Observatoire régional des migrations — ${region.name.fr}`,
    description: `${mark}Census figures (HCP, RGPH 2014 and 2024), commune boundaries (OpenStreetMap), cited migration figures and partner contributions for the ${region.name.en} region of Morocco.`,
    synthetic,
    version,
    licenses: [...LICENCES.hcp, ...LICENCES.odbl],
    sources: census.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url, version: s.vintage })),
    resources: resources.map((r) => ({
      name: resourceName(r),
      path: r.path,
      format: r.format,
      mediatype: MEDIA[r.format] ?? 'application/octet-stream',
      ...(r.format === 'csv' ? { encoding: 'utf-8', dialect: { delimiter: ',', quoteChar: '"', lineTerminator: '\r\n', header: true } } : {}),
      ...(r.path.endsWith('.excel.csv') ? { description: 'UTF-8 with a byte-order mark, for Excel' } : {}),
      bytes: r.bytes,
      hash: `sha256:${r.hash}`,
      licenses: licencesOf(r),
      ...(r.spec
        ? {
            title: r.spec.title.en,
            description: r.spec.description.en,
            schema: {
              fields: r.spec.columns.map((c) => ({
                name: c.name, type: FRICTIONLESS_TYPE[c.type], description: c.description.en,
                ...(c.type === 'string' && c.name.includes('code') ? { format: 'default', rdfType: 'code as text: keep leading zeros' } : {}),
                constraints: { required: !c.nullable, ...(c.enum ? { enum: [...c.enum] } : {}), ...(c.pattern ? { pattern: c.pattern.source } : {}) },
              })),
              primaryKey: r.spec.primaryKey,
              missingValues: [''],
            },
          }
        : {}),
    })),
  };
}
