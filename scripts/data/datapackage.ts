// The Frictionless Data Package that describes every published file: schema, licence,
// sources, size and sha256. Dated by the data version, not the build's clock, so identical
// inputs give identical bytes. Checked against the published profile in tests/data/datapackage.test.ts.

import { OBSERVATORY, type ObservatoryConfig } from '../../src/config/observatory.ts';
import { CC_BY, licencesOfTable, ODBL, type Licence } from '../../src/lib/licences.ts';
import type { Row, TableSpec } from '../../src/lib/tables.ts';

export interface Resource {
  path: string;
  format: string;
  spec?: TableSpec;
  bytes: number;
  hash: string;
}

const MEDIA: Record<string, string> = {
  csv: 'text/csv', arrow: 'application/vnd.apache.arrow.file', arrows: 'application/vnd.apache.arrow.stream', parquet: 'application/vnd.apache.parquet',
  topojson: 'application/json', geojson: 'application/geo+json', txt: 'text/plain', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const FRICTIONLESS_TYPE = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' } as const;
const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', ar: 'Arabic', en: 'English' };

const described = (l: Licence) => ({ name: l.name, path: l.path, title: l.title.en });

function licencesOf(resource: Resource): Licence[] {
  // Files without a table spec are the boundaries and their licence text: ODbL.
  if (!resource.spec) return [ODBL];
  return licencesOfTable(resource.spec.licence);
}

/** Unique across the package (it is the path) and within the specification's pattern (lower case, digits, `-._/`). */
export const resourceName = (r: { path: string }) => r.path.toLowerCase().replace(/[^-a-z0-9._/]/g, '-');

export interface DataVersion { number: string; date: string }

export function datapackage(resources: Resource[], sources: Row[], version: DataVersion, synthetic = false, config: ObservatoryConfig = OBSERVATORY) {
  const region = config.region;
  const census = sources.filter((s) => s.kind === 'census' || s.kind === 'boundaries');
  const mark = synthetic ? 'SYNTHETIC DATA — données fictives: the partner contributions in this build are invented, for demonstration only. ' : '';
  return {
    profile: 'data-package',
    name: `observatoire-migrations-${region.slug}`,
    title: `${synthetic ? '[SYNTHETIC / DONNÉES FICTIVES] ' : ''}Observatoire régional des migrations — ${region.name.fr}`,
    description: `${mark}Census figures (HCP, RGPH 2014 and 2024), commune boundaries (OpenStreetMap), cited migration figures and partner contributions for the ${region.name.en} region of Morocco.`,
    synthetic,
    version: version.number,
    created: `${version.date}T00:00:00Z`,
    licenses: [described(CC_BY), described(ODBL)],
    sources: census.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url, version: s.vintage })),
    resources: resources.map((r) => ({
      name: resourceName(r),
      path: r.path,
      format: r.format,
      mediatype: MEDIA[r.format] ?? 'application/octet-stream',
      ...(r.format === 'csv' ? { encoding: 'utf-8', dialect: { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\r\n', header: true } } : {}),
      bytes: r.bytes,
      hash: `sha256:${r.hash}`,
      licenses: licencesOf(r).map(described),
      ...(r.spec && r.format === 'xlsx'
        ? {
            title: `${r.spec.title.en} (spreadsheet, ${LANGUAGE_NAMES[r.path.split('.').at(-2)!]})`,
            description: `${r.spec.description.en} For spreadsheets: columns labelled in ${LANGUAGE_NAMES[r.path.split('.').at(-2)!]}, a sheet of definitions and a sheet with the licence and credits. Programs should read the CSV, Arrow or Parquet file.`,
          }
        : r.spec
        ? {
            title: r.spec.title.en,
            description: r.spec.description.en,
            schema: {
              fields: r.spec.columns.map((c) => ({
                name: c.name, type: FRICTIONLESS_TYPE[c.type], description: c.description.en,
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
