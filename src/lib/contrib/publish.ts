// From validated contributions to the published tables. Activity is published one dimension
// at a time, per office and period, with office and regional totals, all of it protected
// together by audited disclosure control before a single count leaves this function.

import { AGE_GROUPS, ORIGIN_GROUPS, PUBLICS, SERVICES, SEXES, datasetById } from './datasets.ts';
import { activityModel, TOTAL } from './activity-cells.ts';
import { loadSolver } from './audit.ts';
import { protect, type AuditReport } from './disclosure.ts';
import type { Meta } from './meta.ts';
import type { FileResult, Record_ } from './validate.ts';
import type { Row } from '../tables.ts';

export const DIMENSIONS: Record<string, readonly string[]> = {
  service: SERVICES, public: PUBLICS, sex: SEXES, age_group: AGE_GROUPS, origin_group: ORIGIN_GROUPS,
};

/** The activity table as published, each cell suppressed or not as the audited protection decides. */
export async function activityRows(records: Record_[], synthetic: boolean): Promise<{ rows: Row[]; audit: AuditReport }> {
  const model = activityModel(records, DIMENSIONS);
  const { suppressed, report } = protect(await loadSolver(), model);
  const rows: Row[] = [];
  for (const [i, cell] of model.cells.entries()) {
    // An office's (or the region's) total is one cell, repeated in the table of each dimension.
    for (const dimension of cell.dimension ? [cell.dimension] : Object.keys(DIMENSIONS)) {
      rows.push({
        office_id: cell.office, period: cell.period, dimension, category: cell.category ?? TOTAL,
        count: suppressed[i] ? null : cell.value, suppressed: suppressed[i]!, synthetic,
      });
    }
  }
  return { rows, audit: report };
}

export async function publishContributions(results: (FileResult & { meta: Meta })[], synthetic: boolean, name: (file: string) => string): Promise<{ tables: Record<string, Row[]>; audit: AuditReport }> {
  const of = (dataset: string) => results.filter((r) => r.dataset === dataset);
  const join = (v: unknown) => (Array.isArray(v) ? v.join('|') : (v as string | number | null) ?? null);
  const rowsOf = (dataset: string, columns = datasetById(dataset)!.fields.map((f) => f.name)) => of(dataset).flatMap((r) => r.records.map((record) => ({
    ...Object.fromEntries(columns.map((c) => [c, join(record[c])])), source_file: name(r.file), synthetic,
  }) as Row));
  const activity = await activityRows(of('baom-activity').flatMap((r) => r.records), synthetic);
  const tables = {
    contributions: results.map((r) => ({
      file: name(r.file), dataset: r.dataset ?? 'unknown', organisation: r.meta.organisation, licence: r.meta.licence,
      period: r.meta.period, submitted: r.meta.submitted, version: r.meta.version, rows: r.records.length, synthetic,
    })),
    baom_offices: rowsOf('baom-offices'),
    baom_activity: activity.rows,
    associations: rowsOf('associations'),
    diaspora_projects: rowsOf('diaspora-projects'),
  };
  return { tables, audit: activity.audit };
}
