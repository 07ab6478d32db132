// Partner contributions as the pages read them from the published extracts; the row types
// come from the dataset definitions, as the published tables do.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSOCIATION_LIST, OFFICES, PROJECTS, type RowOf } from '../contrib/datasets.ts';
import { PUBLIC_DIR, readExtract } from './extracts.ts';

type Published = { source_file: string; synthetic: boolean };
export type Office = RowOf<typeof OFFICES> & Published;
export interface Activity { office_id: string; period: string; dimension: string; category: string; count: number | null; suppressed: boolean }
export type Association = RowOf<typeof ASSOCIATION_LIST> & Published;
export type Project = RowOf<typeof PROJECTS> & Published;
export interface Contribution { file: string; dataset: string; organisation: string; licence: string; period: string; submitted: string; version: number; rows: number; synthetic: boolean }

type R = Record<string, unknown>;
export const offices = () => readExtract<Office & R>('baom_offices');
export const activity = () => readExtract<Activity & R>('baom_activity');
export const associations = () => readExtract<Association & R>('associations');
export const projects = () => readExtract<Project & R>('diaspora_projects');
export const contributions = () => readExtract<Contribution & R>('contributions');

/** True when this build publishes the synthetic example set (npm run demo). */
export function isSynthetic(): boolean {
  const pkg = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/datapackage.json'), 'utf8')) as { synthetic?: boolean };
  return pkg.synthetic === true;
}

export function latestContribution(): string | undefined {
  return contributions().map((c) => c.submitted).sort().at(-1);
}
