// Partner contributions as the pages read them from the published extracts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLIC_DIR, readExtract } from './extracts.ts';

export interface Office { office_id: string; name: string; commune_code: string; level: string; operator: string; opened: string; services: string; latitude: number | null; longitude: number | null; source_file: string; synthetic: boolean }
export interface Activity { office_id: string; period: string; dimension: string; category: string; count: number | null; suppressed: boolean }
export interface Association { association_id: string; name: string; kind: string; commune_code: string; country_of_residence: string | null; founded: number; members: number | null; themes: string | null }
export interface Project { project_id: string; commune_code: string; sector: string; year: number; amount_mad: number | null; status: string; association_id: string | null }
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
