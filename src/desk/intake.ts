// A file arriving at the desk: checked with the validator the command line, the build and the
// browser use, plus what only the desk knows (the declared period and licence, the periods the
// organisation already sent). Pure: the caller decides what to store — and stores nothing
// of a refused file.

import { DATASETS } from '../lib/contrib/datasets.ts';
import { safeName } from '../lib/contrib/limits.ts';
import { overlaps, parsePeriod } from '../lib/contrib/period.ts';
import { validateFiles, type ContribProblem, type Context, type FileResult } from '../lib/contrib/validate.ts';
import type { Summary } from './store.ts';

export const LICENCES = ['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0'] as const;

export interface Upload { fileName: string; bytes: Uint8Array; period: string; dataset?: string; licence?: string }
export type Intake =
  | { ok: true; result: FileResult; dataset: string; period: string; licence: string; extension: 'csv' | 'xlsx'; summary: Summary }
  | { ok: false; problems: ContribProblem[] };

const problem = (file: string, rule: string, fr: string, ar: string, en: string, line = 1, column = 1): ContribProblem => ({ file, line, column, rule, message: { fr, ar, en } });

export async function checkUpload(upload: Upload, context: Context, otherPeriods: (dataset: string) => Promise<string[]>): Promise<Intake> {
  const file = safeName(upload.fileName.split(/[\\/]/).pop() || 'file');
  const problems: ContribProblem[] = [];
  const extension = /\.xlsx$/i.test(file) ? 'xlsx' : /\.csv$/i.test(file) ? 'csv' : undefined;
  if (!extension) problems.push(problem(file, 'bad-extension', 'le fichier doit être un .csv ou un .xlsx : partez d’un modèle', 'يجب أن يكون الملف بصيغة ‎.csv أو ‎.xlsx: انطلقوا من نموذج', 'the file must be a .csv or an .xlsx: start from a template'));
  const period = parsePeriod(upload.period.trim(), true);
  if (!period) problems.push(problem(file, 'bad-period', `période « ${safeName(upload.period).slice(0, 20)} » : écrivez un mois (2024-07), un trimestre (2024-Q3) ou une année (2024)`, `الفترة «${safeName(upload.period).slice(0, 20)}»: اكتبوا شهرا (2024-07) أو فصلا (2024-Q3) أو سنة (2024)`, `period "${safeName(upload.period).slice(0, 20)}": write a month (2024-07), a quarter (2024-Q3) or a year (2024)`));
  const licence = upload.licence?.trim() || 'CC-BY-4.0';
  if (!(LICENCES as readonly string[]).includes(licence)) problems.push(problem(file, 'bad-licence', `licence : ${LICENCES.join(', ')}`, `الترخيص: ${LICENCES.join('، ')}`, `licence: ${LICENCES.join(', ')}`));
  if (upload.dataset && !DATASETS.some((d) => d.id === upload.dataset)) problems.push(problem(file, 'unknown-dataset', `jeu de données inconnu (${DATASETS.map((d) => d.id).join(', ')})`, `مجموعة بيانات غير معروفة (${DATASETS.map((d) => d.id).join('، ')})`, `unknown dataset (${DATASETS.map((d) => d.id).join(', ')})`));
  if (problems.length) return { ok: false, problems };

  const [result] = await validateFiles([{ name: file, bytes: upload.bytes, dataset: upload.dataset || undefined }], context);
  if (!result || result.problems.length || !result.dataset) return { ok: false, problems: result?.problems.length ? result.problems : [problem(file, 'unknown-dataset', 'jeu de données non reconnu : partez d’un modèle', 'مجموعة بيانات غير معروفة: انطلقوا من نموذج', 'dataset not recognised')] };

  // Activity rows carry their own period: each must lie inside the period declared.
  const outside = result.records.findIndex((r) => { const p = typeof r.period === 'string' ? parsePeriod(r.period) : undefined; return p && (p.start < period!.start || p.end > period!.end); });
  if (outside >= 0) return { ok: false, problems: [problem(file, 'period-mismatch', `cette ligne est hors de la période déclarée ${period!.id} : corrigez la période de la ligne ou celle de l’envoi`, `هذا السطر خارج الفترة المصرّح بها ${period!.id}: صحّحوا فترة السطر أو فترة الإرسال`, `this row lies outside the declared period ${period!.id}: correct the row’s period or the one declared`, outside + 2)] };
  for (const other of await otherPeriods(result.dataset)) {
    const p = parsePeriod(other, true);
    if (p && p.id !== period!.id && overlaps(p, period!)) {
      return { ok: false, problems: [problem(file, 'overlapping-period', `la période ${period!.id} recouvre la période ${p.id} déjà envoyée pour ${result.dataset} : corrigez la période ${p.id} plutôt que d’envoyer les deux`, `الفترة ${period!.id} تتداخل مع الفترة ${p.id} المرسلة سابقا لـ ${result.dataset}: صحّحوا الفترة ${p.id} بدل إرسال الاثنتين`, `period ${period!.id} overlaps period ${p.id} already sent for ${result.dataset}: correct ${p.id} rather than sending both`)] };
    }
  }
  const header = result.records[0] ? Object.keys(result.records[0]) : [];
  return { ok: true, result, dataset: result.dataset, period: period!.id, licence, extension: extension!, summary: { dataset: result.dataset, rows: result.records.length, columns: header, format: extension! } };
}
