// The `<file>.meta.json` beside every contribution, validated like the data, and the rule
// that decides which files are published (notes/version-rule): a contribution is identified
// by (organisation, dataset, period); of the files of one identity only the highest `version`
// is published; two files of one identity with the same version, or two identities of one
// organisation and dataset whose periods overlap, are refused, naming both files.

import type { ContribProblem } from './validate.ts';
import { excerpt, hasUnsafeChars } from './limits.ts';
import { EARLIEST_MONTH, overlaps, parsePeriod, type Period } from './period.ts';

export interface Meta {
  organisation: string;
  contact: string;
  licence: string;
  period: string;
  submitted: string;
  approved?: string;
  version: number;
  sha256?: string;
  synthetic?: boolean;
}

/** Licences under which the observatory may republish a partner's figures. */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0', 'etalab-2.0'] as const;
export const DEFAULT_LICENCE = 'CC-BY-4.0';
const FIELDS = ['organisation', 'contact', 'licence', 'period', 'submitted', 'approved', 'version', 'sha256', 'synthetic'];
const ORGANISATION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The metadata of one file, or its problems (reported on the metadata file itself). */
export async function checkMeta(path: string, text: string, data: Uint8Array, today: string): Promise<{ meta?: Meta; problems: ContribProblem[] }> {
  const problems: ContribProblem[] = [];
  const report = (rule: string, fr: string, en: string) => problems.push({ file: path, line: 1, column: 1, rule, message: { fr, en } });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report('bad-metadata', `métadonnées illisibles (JSON invalide : ${excerpt(String(error instanceof Error ? error.message : error), 80)})`, `unreadable metadata (invalid JSON: ${excerpt(String(error instanceof Error ? error.message : error), 80)})`);
    return { problems };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    report('bad-metadata', 'les métadonnées doivent être un objet JSON', 'the metadata must be a JSON object');
    return { problems };
  }
  const m = json as Record<string, unknown>;
  for (const key of Object.keys(m).filter((k) => !FIELDS.includes(k))) report('unknown-field', `champ « ${excerpt(key)} » inconnu (${FIELDS.join(', ')})`, `unknown field "${excerpt(key)}" (${FIELDS.join(', ')})`);
  const text_ = (key: string, max: number, required = true): string | undefined => {
    const v = m[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '') { report('missing-metadata', `champ « ${key} » obligatoire (texte)`, `field "${key}" is required (text)`); return undefined; }
    if (v.length > max) { report('too-long', `${key} : plus de ${max} caractères`, `${key}: longer than ${max} characters`); return undefined; }
    if (hasUnsafeChars(v)) { report('control-character', `${key} : « ${excerpt(v)} » contient un caractère invisible ou de contrôle`, `${key}: "${excerpt(v)}" holds an invisible or control character`); return undefined; }
    return v;
  };
  const organisation = text_('organisation', 64);
  if (organisation !== undefined && !ORGANISATION.test(organisation)) report('bad-format', `organisation « ${excerpt(organisation)} » : identifiant attendu (lettres, chiffres, . - _, 64 au plus)`, `organisation "${excerpt(organisation)}": an identifier is expected (letters, digits, . - _, at most 64)`);
  const contact = text_('contact', 200);
  const licence = text_('licence', 40, false) ?? DEFAULT_LICENCE;
  if (!(LICENCES as readonly string[]).includes(licence)) report('bad-licence', `licence « ${excerpt(licence)} » non acceptée : le contributeur doit permettre la réutilisation (${LICENCES.join(', ')})`, `licence "${excerpt(licence)}" not accepted: the contributor must allow reuse (${LICENCES.join(', ')})`);
  const periodText = text_('period', 20);
  const period = periodText === undefined ? undefined : parsePeriod(periodText, true);
  if (periodText !== undefined && !period) report('bad-period', `période « ${excerpt(periodText)} » : AAAA-MM, AAAA-Qn, AAAA ou AAAA-AAAA attendu`, `period "${excerpt(periodText)}": YYYY-MM, YYYY-Qn, YYYY or YYYY-YYYY expected`);
  else if (period && period.start < EARLIEST_MONTH) report('implausible-period', `période ${period.id} antérieure à ${EARLIEST_MONTH.slice(0, 4)}`, `period ${period.id} before ${EARLIEST_MONTH.slice(0, 4)}`);
  else if (period && `${period.start}-01` > today) report('future-period', `la période ${period.id} n’a pas commencé`, `period ${period.id} has not started`);
  const day = (key: string, required: boolean) => {
    const v = text_(key, 10, required);
    if (v === undefined) return undefined;
    if (!isDay(v) || v > today || v < `${EARLIEST_MONTH}-01`) { report('bad-date', `${key} « ${excerpt(v)} » : date AAAA-MM-JJ passée attendue`, `${key} "${excerpt(v)}": a past date YYYY-MM-DD is expected`); return undefined; }
    return v;
  };
  const submitted = day('submitted', true);
  const approved = day('approved', false);
  if (submitted && approved && approved < submitted) report('bad-date', `approved (${approved}) précède submitted (${submitted})`, `approved (${approved}) is before submitted (${submitted})`);
  const version = m.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 100_000) {
    report('bad-version', `version « ${excerpt(String(version))} » : entier positif attendu (1 pour le premier envoi d’une période, puis 2, 3…)`, `version "${excerpt(String(version))}": a positive whole number is expected (1 for the first file of a period, then 2, 3…)`);
  }
  const hash = text_('sha256', 64, false);
  if (hash !== undefined && (!/^[0-9a-f]{64}$/.test(hash) || hash !== (await sha256(data)))) {
    report('checksum-mismatch', 'sha256 ne correspond pas au fichier : le fichier a changé depuis son approbation', 'sha256 does not match the file: the file changed since it was approved');
  }
  if (m.synthetic !== undefined && typeof m.synthetic !== 'boolean') report('bad-metadata', 'synthetic : true ou false', 'synthetic: true or false');
  if (problems.length) return { problems };
  return {
    meta: { organisation: organisation!, contact: contact!, licence, period: period!.id, submitted: submitted!, version: version as number, ...(approved ? { approved } : {}), ...(hash ? { sha256: hash } : {}), ...(m.synthetic !== undefined ? { synthetic: m.synthetic as boolean } : {}) },
    problems,
  };
}

export interface Candidate { file: string; dataset: string; meta: Meta }

/** Which files are published, which are superseded by a higher version, and what is refused. */
export function selectVersions(candidates: Candidate[], name: (file: string) => string = (f) => f): { published: Candidate[]; superseded: Candidate[]; problems: ContribProblem[] } {
  const problems: ContribProblem[] = [];
  const report = (file: string, rule: string, fr: string, en: string) => problems.push({ file: `${file}.meta.json`, line: 1, column: 1, rule, message: { fr, en } });
  const byIdentity = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const id = `${c.meta.organisation}\u0000${c.dataset}\u0000${parsePeriod(c.meta.period, true)?.id ?? c.meta.period}`;
    byIdentity.set(id, [...(byIdentity.get(id) ?? []), c]);
  }
  const published: Candidate[] = [];
  const superseded: Candidate[] = [];
  for (const group of byIdentity.values()) {
    const sorted = [...group].sort((a, b) => b.meta.version - a.meta.version || a.file.localeCompare(b.file));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.meta.version === sorted[i - 1]!.meta.version) {
        const [a, b] = [sorted[i - 1]!, sorted[i]!];
        report(b.file, 'duplicate-version', `même organisation, jeu de données, période et version (${b.meta.version}) que ${name(a.file)} : donnez la version ${sorted[0]!.meta.version + 1} à la correction`, `same organisation, dataset, period and version (${b.meta.version}) as ${name(a.file)}: give the correction version ${sorted[0]!.meta.version + 1}`);
      }
    }
    published.push(sorted[0]!);
    superseded.push(...sorted.slice(1));
  }
  // Periods of one organisation and dataset must not overlap: a quarter and one of its months
  // would count the same people twice.
  const periods = published.map((c) => ({ c, p: parsePeriod(c.meta.period, true) })).filter((x): x is { c: Candidate; p: Period } => x.p !== undefined);
  for (let i = 0; i < periods.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [periods[j]!, periods[i]!];
      if (a.c.meta.organisation === b.c.meta.organisation && a.c.dataset === b.c.dataset && overlaps(a.p, b.p)) {
        report(b.c.file, 'overlapping-period', `la période ${b.p.id} de ${name(b.c.file)} chevauche la période ${a.p.id} de ${name(a.c.file)} (même organisation, même jeu de données) : retirez l’un des deux fichiers ou envoyez une correction de la même période`, `period ${b.p.id} of ${name(b.c.file)} overlaps period ${a.p.id} of ${name(a.c.file)} (same organisation and dataset): remove one of the two files or send a correction of the same period`);
      }
    }
  }
  return { published, superseded, problems };
}
