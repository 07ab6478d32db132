// What the reviewer sees before approving: exactly what would be published (the same
// publication code as the data build, disclosure control included, run over the file together
// with everything already approved), and what changed since the identity's published version.

import { datasetById } from '../lib/contrib/datasets.ts';
import type { Meta } from '../lib/contrib/meta.ts';
import { publishContributions } from '../lib/contrib/publish.ts';
import type { FileResult, Record_ } from '../lib/contrib/validate.ts';
import type { Row } from '../lib/tables.ts';

export interface Candidate { file: string; result: FileResult; meta: Meta }

const TABLE: Record<string, string> = { 'baom-offices': 'baom_offices', 'baom-activity': 'baom_activity', associations: 'associations', 'diaspora-projects': 'diaspora_projects' };

/** The published rows that come from `target`, when published with `others`. */
export async function publishedPreview(target: Candidate, others: Candidate[]): Promise<{ dataset: string; table: string; columns: string[]; rows: Row[] }> {
  const all = [...others, target].map((c) => ({ ...c.result, file: c.file, meta: c.meta }));
  const table = TABLE[target.result.dataset!]!;
  const { tables } = await publishContributions(all, false, (f) => f);
  let rows: Row[] = tables[table as keyof typeof tables] ?? [];
  if (table === 'baom_activity') {
    const offices = new Set(target.result.records.map((r) => r.office_id));
    const periods = new Set(target.result.records.map((r) => r.period));
    rows = rows.filter((r) => offices.has(r.office_id as string) && periods.has(r.period as string));
  } else rows = rows.filter((r) => r.source_file === target.file);
  const columns = rows[0] ? Object.keys(rows[0]).filter((c) => c !== 'synthetic' && c !== 'source_file') : [];
  return { dataset: target.result.dataset!, table, columns, rows };
}

export interface Diff { added: Record_[]; removed: Record_[]; changed: { key: string; field: string; before: string; after: string }[]; unchanged: number }

const show = (v: unknown) => (Array.isArray(v) ? v.join('|') : v === null || v === undefined ? '' : String(v));

/** Row-by-row difference by the dataset's key (for activity: every dimension but the count). */
export function diffRecords(dataset: string, before: Record_[], after: Record_[]): Diff {
  const spec = datasetById(dataset)!;
  const keyOf = (r: Record_) => spec.key.map((k) => show(r[k])).join(' · ');
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const diff: Diff = { added: [], removed: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const r of after) {
    const key = keyOf(r);
    seen.add(key);
    const o = old.get(key);
    if (!o) { diff.added.push(r); continue; }
    const changes = spec.fields.filter((f) => show(o[f.name]) !== show(r[f.name])).map((f) => ({ key, field: f.name, before: show(o[f.name]), after: show(r[f.name]) }));
    if (changes.length) diff.changed.push(...changes); else diff.unchanged++;
  }
  for (const [key, r] of old) if (!seen.has(key)) diff.removed.push(r);
  return diff;
}
