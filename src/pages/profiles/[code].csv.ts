// The figures of one profile page as CSV (UTF-8 with BOM, for Excel), one row per value,
// with labels in the three languages and the source of each value.

import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCsv } from '../../lib/data/csv.ts';
import { catalogue } from '../../lib/site/catalogue.ts';
import { readExtract, territories, type CensusValue } from '../../lib/site/extracts.ts';
import type { TableSpec } from '../../lib/tables.ts';

export const getStaticPaths: GetStaticPaths = () => territories().filter((x) => x.level !== 'cercle' && x.level !== 'country').map((x) => ({ params: { code: x.code } }));

const col = (name: string, type: 'string' | 'number' | 'integer') => ({ name, type, description: { fr: '', en: '' } });
const PROFILE: TableSpec = {
  name: 'profile', file: '', title: { fr: '', en: '' }, description: { fr: '', en: '' }, primaryKey: [], orderBy: [], licence: 'hcp',
  columns: [
    col('territory_code', 'string'), col('territory_name_fr', 'string'), col('territory_name_ar', 'string'),
    col('indicator_id', 'string'), col('label_fr', 'string'), col('label_ar', 'string'), col('label_en', 'string'),
    col('year', 'integer'), col('value', 'number'), col('unit', 'string'), col('method', 'string'), col('source_id', 'string'),
  ],
};

export const GET: APIRoute = ({ params }) => {
  const territory = territories().find((x) => x.code === params.code)!;
  const indicators = catalogue();
  const rows = readExtract<CensusValue & Record<string, unknown>>('census')
    .filter((r) => r.territory_code === territory.code)
    .map((r) => {
      const i = indicators.get(r.indicator_id)!;
      return {
        territory_code: territory.code, territory_name_fr: territory.name_fr, territory_name_ar: territory.name_ar,
        indicator_id: r.indicator_id, label_fr: i.label.fr, label_ar: i.label.ar, label_en: i.label.en,
        year: r.year, value: r.value, unit: i.unit, method: r.method, source_id: r.source_id,
      };
    });
  return new Response(writeCsv(PROFILE, rows, { bom: true, eol: '\r\n' }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
