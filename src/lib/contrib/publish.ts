// From validated contributions to the published tables. Activity is published one dimension
// at a time, per office and period, with office and regional totals, every table protected
// by disclosure control before a single count leaves this function.

import { AGE_GROUPS, ORIGIN_GROUPS, PUBLICS, SERVICES, SEXES, datasetById } from './datasets.ts';
import { protectTable } from './disclosure.ts';
import type { Meta } from './meta.ts';
import type { FileResult, Record_ } from './validate.ts';
import type { Row } from '../tables.ts';

export const DIMENSIONS: Record<string, readonly string[]> = {
  service: SERVICES, public: PUBLICS, sex: SEXES, age_group: AGE_GROUPS, origin_group: ORIGIN_GROUPS,
};

export function activityRows(records: Record_[], synthetic: boolean): Row[] {
  const rows: Row[] = [];
  const periods = [...new Set(records.map((r) => r.period as string))].sort();
  for (const period of periods) {
    const inPeriod = records.filter((r) => r.period === period);
    const offices = [...new Set(inPeriod.map((r) => r.office_id as string))].sort();
    for (const [dimension, categories] of Object.entries(DIMENSIONS)) {
      const table = offices.map((office) => categories.map((category) =>
        inPeriod.filter((r) => r.office_id === office && r[dimension] === category).reduce((a, r) => a + (r.count as number), 0)));
      const protectedTable = protectTable(table);
      protectedTable.forEach((cells, i) => cells.forEach((cell, j) => rows.push({
        office_id: i < offices.length ? offices[i]! : '_region', period, dimension,
        category: j < categories.length ? categories[j]! : '_total',
        count: cell.suppressed ? null : cell.count, suppressed: cell.suppressed, synthetic,
      })));
    }
  }
  return rows;
}

export function publishContributions(results: (FileResult & { meta: Meta })[], synthetic: boolean, name: (file: string) => string): Record<string, Row[]> {
  const of = (dataset: string) => results.filter((r) => r.dataset === dataset);
  const join = (v: unknown) => (Array.isArray(v) ? v.join('|') : (v as string | number | null) ?? null);
  const rowsOf = (dataset: string, columns = datasetById(dataset)!.fields.map((f) => f.name)) => of(dataset).flatMap((r) => r.records.map((record) => ({
    ...Object.fromEntries(columns.map((c) => [c, join(record[c])])), source_file: name(r.file), synthetic,
  }) as Row));
  return {
    contributions: results.map((r) => ({
      file: name(r.file), dataset: r.dataset ?? 'unknown', organisation: r.meta.organisation, licence: r.meta.licence,
      period: r.meta.period, submitted: r.meta.submitted, version: r.meta.version, rows: r.records.length, synthetic,
    })),
    baom_offices: rowsOf('baom-offices'),
    baom_activity: activityRows(of('baom-activity').flatMap((r) => r.records), synthetic),
    associations: rowsOf('associations'),
    diaspora_projects: rowsOf('diaspora-projects'),
  };
}
