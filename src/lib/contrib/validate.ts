// The contribution validator: one problem per line, `file:line:column: rule: message` with the
// message in French and English. It never throws on bad input (a property test checks that)
// and never changes the file. The command line, the data build and the browser all call it.

import { DATASETS, datasetById, type Dataset, type Field } from './datasets.ts';
import { decodeFile, normaliseHeader, type Grid } from './decode.ts';

export interface ContribProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: { fr: string; en: string };
}

export type Cell = string | number | string[] | null;
export type Record_ = Record<string, Cell>;

export interface Context {
  /** Commune codes of the region, dotted; the validator also accepts their 9-digit form. */
  communes: Set<string>;
  /** Whether a point lies inside a commune; absent where boundaries are not loaded. */
  contains?: (communeCode: string, longitude: number, latitude: number) => boolean;
  /** Office and association ids already published. */
  offices: Set<string>;
  associations: Set<string>;
  /** Today, YYYY-MM-DD: periods after it are in the future. */
  today: string;
}

export interface Input { name: string; bytes: Uint8Array; dataset?: string }
export interface FileResult { file: string; dataset?: Dataset['id']; records: Record_[]; problems: ContribProblem[] }

export const formatContribProblem = (p: ContribProblem) => `${p.file}:${p.line}:${p.column}: ${p.rule}: ${p.message.fr} / ${p.message.en}`;

/** Column names that would carry personal data: only aggregates are accepted. */
const PERSONAL: [RegExp, string][] = [
  [/^(nom|prenom|prenoms|first_?name|last_?name|surname|given_?name|full_?name|nom_complet|nom_et_prenom|beneficiaire|person|personne)$/, 'name of a person / nom de personne'],
  [/(^|_)(cin|cni|cne|passport|passeport|id_card|carte_(nationale|identite|sejour)|numero_identite|national_id)(_|$)/, 'identity document number / numéro de pièce d’identité'],
  [/(telephone|phone|mobile|gsm|portable|whatsapp|^tel$)/, 'phone number / téléphone'],
  [/(e_?mail|courriel|^mail$)/, 'e-mail address / adresse électronique'],
  [/(naissance|birth|^dob$|date_of_birth)/, 'date of birth / date de naissance'],
  [/(adresse|address|domicile|residence_exacte)/, 'personal address / adresse personnelle'],
];
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(^|\s)(\+?212|0)[\s.-]?[5-7](?:[\s.-]?\d){8}($|\s)/;

const ISO2 = new Set('AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'.split(' '));

function problem(file: string, line: number, column: number, rule: string, fr: string, en: string): ContribProblem {
  return { file, line, column, rule, message: { fr, en } };
}

/** Which dataset a header belongs to: the one whose required columns it holds, best overlap first. */
export function recogniseDataset(header: string[]): Dataset | undefined {
  const names = new Set(header.map(normaliseHeader));
  const candidates = DATASETS.filter((d) => d.fields.filter((f) => f.required).every((f) => names.has(f.name)));
  return candidates.sort((a, b) => b.fields.filter((f) => names.has(f.name)).length - a.fields.filter((f) => names.has(f.name)).length)[0];
}

const number = (raw: string): number | undefined => {
  const s = raw.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
};

function periodEnd(raw: string): string | undefined {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-[QT]([1-4])$/i.exec(raw);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return undefined;
}

function dateStart(raw: string): string | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw)) return `${raw}-01`;
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

const digitsToDotted = (d: string) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 7)}.${d.slice(7, 9)}`;

export function validateGrid(file: string, grid: Grid, context: Context, options: { dataset?: string; bytes: number }): FileResult {
  const problems: ContribProblem[] = [];
  const report = (line: number, column: number, rule: string, fr: string, en: string) => problems.push(problem(file, line, column, rule, fr, en));

  if (grid.header.length === 0 && grid.rows.length === 0) {
    report(1, 1, 'empty-file', 'le fichier est vide', 'the file is empty');
    return { file, records: [], problems };
  }
  const normalised = grid.header.map(normaliseHeader);
  const dataset = options.dataset ? datasetById(options.dataset) : recogniseDataset(grid.header);
  if (options.dataset && !dataset) {
    report(1, 1, 'unknown-dataset', `jeu de données « ${options.dataset} » inconnu (${DATASETS.map((d) => d.id).join(', ')})`, `unknown dataset "${options.dataset}" (${DATASETS.map((d) => d.id).join(', ')})`);
    return { file, records: [], problems };
  }

  // Personal data first: such a file is refused whatever else it holds.
  normalised.forEach((name, i) => {
    const hit = PERSONAL.find(([re]) => re.test(name));
    if (hit) report(1, i + 1, 'personal-data', `la colonne « ${grid.header[i]} » ressemble à une donnée personnelle (${hit[1].split(' / ')[1]}) : seuls des agrégats sont acceptés`, `column "${grid.header[i]}" looks like personal data (${hit[1].split(' / ')[0]}): only aggregates are accepted`);
  });

  if (!dataset) {
    report(1, 1, 'unknown-dataset', `l’en-tête ne correspond à aucun jeu de données (${DATASETS.map((d) => d.id).join(', ')}) ; utilisez un modèle ou --dataset`, `the header matches no dataset (${DATASETS.map((d) => d.id).join(', ')}); use a template or --dataset`);
    return { file, records: [], problems };
  }
  if (options.bytes > dataset.maxBytes || grid.rows.length > dataset.maxRows) {
    report(1, 1, 'too-large', `fichier trop grand pour ${dataset.id} (${grid.rows.length} lignes, ${options.bytes} octets ; maximum ${dataset.maxRows} lignes, ${dataset.maxBytes} octets)`, `file too large for ${dataset.id} (${grid.rows.length} rows, ${options.bytes} bytes; at most ${dataset.maxRows} rows, ${dataset.maxBytes} bytes)`);
    return { file, dataset: dataset.id, records: [], problems };
  }
  normalised.forEach((name, i) => {
    if (PERSONAL.some(([re]) => re.test(name))) return;
    if (!dataset.fields.some((f) => f.name === name)) report(1, i + 1, 'unknown-column', `colonne « ${grid.header[i]} » inconnue pour ${dataset.id}`, `unknown column "${grid.header[i]}" for ${dataset.id}`);
    else if (normalised.indexOf(name) !== i) report(1, i + 1, 'duplicate-column', `colonne « ${grid.header[i]} » en double`, `column "${grid.header[i]}" appears twice`);
  });
  for (const field of dataset.fields.filter((f) => f.required && !normalised.includes(f.name))) {
    report(1, grid.header.length + 1, 'missing-column', `colonne obligatoire « ${field.name} » absente`, `required column "${field.name}" is missing`);
  }
  // A personal-data column refuses the file, but its rows are still checked so that one run
  // reports everything to fix; any other header problem makes row checks meaningless.
  if (problems.some((p) => p.rule !== 'personal-data')) return { file, dataset: dataset.id, records: [], problems };
  if (grid.rows.length === 0) {
    report(2, 1, 'empty-file', 'le fichier n’a aucune ligne de données', 'the file has no data rows');
    return { file, dataset: dataset.id, records: [], problems };
  }

  const records: Record_[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of grid.rows) {
    if (cells.length > grid.header.length && cells.slice(grid.header.length).some((c) => c.trim() !== '')) {
      report(line, grid.header.length + 1, 'field-count', `${cells.length} champs au lieu de ${grid.header.length}`, `${cells.length} fields instead of ${grid.header.length}`);
      continue;
    }
    const record: Record_ = {};
    for (const field of dataset.fields) {
      const index = normalised.indexOf(field.name);
      const raw = index >= 0 ? (cells[index] ?? '').trim() : '';
      const column = index + 1;
      const value = checkCell(field, raw, (rule, fr, en) => report(line, column, rule, `${field.name} : ${fr}`, `${field.name}: ${en}`), context);
      record[field.name] = value;
      if (typeof value === 'string' && field.type === 'text' && (EMAIL.test(value) || PHONE.test(value))) {
        report(line, column, 'personal-data', `${field.name} : la valeur ressemble à une adresse électronique ou un téléphone`, `${field.name}: the value looks like an e-mail address or a phone number`);
      }
    }
    // Rules across fields of one row.
    if (dataset.id === 'associations' && record.kind === 'diaspora' && !record.country_of_residence) {
      report(line, normalised.indexOf('country_of_residence') + 1 || grid.header.length + 1, 'required', 'country_of_residence : obligatoire pour une association de la diaspora', 'country_of_residence: required for a diaspora association');
    }
    if (dataset.id === 'baom-offices' && (record.latitude === null) !== (record.longitude === null)) {
      report(line, normalised.indexOf(record.latitude === null ? 'latitude' : 'longitude') + 1 || 1, 'required', 'latitude et longitude vont ensemble', 'latitude and longitude go together');
    }
    if (dataset.id === 'baom-offices' && typeof record.latitude === 'number' && typeof record.longitude === 'number' && typeof record.commune_code === 'string' && context.contains) {
      if (!context.contains(record.commune_code, record.longitude, record.latitude)) {
        report(line, normalised.indexOf('latitude') + 1, 'outside-commune', `le point (${record.latitude}, ${record.longitude}) n’est pas dans la commune ${record.commune_code}`, `point (${record.latitude}, ${record.longitude}) is not inside commune ${record.commune_code}`);
      }
    }
    const key = dataset.key.map((k) => JSON.stringify(record[k])).join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      report(line, normalised.indexOf(dataset.key[0]!) + 1, 'duplicate-key', `${dataset.key.join(', ')} déjà présent ligne ${first}`, `${dataset.key.join(', ')} already on line ${first}`);
    } else seen.set(key, line);
    records.push(record);
  }
  return { file, dataset: dataset.id, records, problems };
}

type Report = (rule: string, fr: string, en: string) => void;

function checkCell(field: Field, raw: string, report: Report, context: Context): Cell {
  if (raw === '') {
    if (field.required) report('required', 'valeur obligatoire', 'a value is required');
    return null;
  }
  switch (field.type) {
    case 'id':
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(raw)) report('bad-format', `identifiant « ${raw} » invalide (lettres, chiffres, - et _)`, `invalid identifier "${raw}" (letters, digits, - and _)`);
      return raw;
    case 'text':
      if (raw.length > 300) report('too-long', 'texte de plus de 300 caractères', 'text longer than 300 characters');
      return raw;
    case 'commune': {
      const code = /^\d{9}$/.test(raw) ? digitsToDotted(raw) : raw;
      if (!context.communes.has(code)) report('unknown-commune', `« ${raw} » n’est pas un code de commune de la région Souss-Massa`, `"${raw}" is not the code of a commune of the Souss-Massa region`);
      return code;
    }
    case 'enum':
      if (!field.values!.includes(raw)) report('not-allowed', `« ${raw} » n’est pas parmi : ${field.values!.join(', ')}`, `"${raw}" is not one of: ${field.values!.join(', ')}`);
      return raw;
    case 'enum-list': {
      const items = raw.split('|').map((s) => s.trim()).filter(Boolean);
      const bad = items.filter((s) => !field.values!.includes(s));
      if (bad.length || items.length === 0) report('not-allowed', `« ${bad.join('|') || raw} » : codes autorisés ${field.values!.join(', ')}`, `"${bad.join('|') || raw}": allowed codes ${field.values!.join(', ')}`);
      return items;
    }
    case 'date': {
      const start = dateStart(raw);
      if (!start) report('bad-date', `« ${raw} » n’est pas une date AAAA-MM ou AAAA-MM-JJ`, `"${raw}" is not a date YYYY-MM or YYYY-MM-DD`);
      else if (start > context.today) report('future-period', `« ${raw} » est dans le futur`, `"${raw}" is in the future`);
      return raw;
    }
    case 'period': {
      const start = periodEnd(raw);
      if (!start) report('bad-period', `« ${raw} » n’est pas un mois AAAA-MM ni un trimestre AAAA-Qn`, `"${raw}" is neither a month YYYY-MM nor a quarter YYYY-Qn`);
      else if (start > context.today) report('future-period', `la période ${raw} n’a pas commencé`, `period ${raw} has not started`);
      return raw.toUpperCase().replace('-T', '-Q');
    }
    case 'year': {
      const n = number(raw);
      if (n === undefined || !Number.isInteger(n) || n < 1900) report('bad-type', `« ${raw} » n’est pas une année`, `"${raw}" is not a year`);
      else if (n > Number(context.today.slice(0, 4))) report('future-period', `l’année ${raw} est dans le futur`, `year ${raw} is in the future`);
      return n ?? null;
    }
    case 'count': {
      const n = number(raw);
      if (n === undefined) report('not-numeric', `« ${raw} » n’est pas un nombre`, `"${raw}" is not a number`);
      else if (n < 0) report('negative-count', `${raw} est négatif`, `${raw} is negative`);
      else if (!Number.isInteger(n)) report('fractional-count', `${raw} n’est pas un nombre entier`, `${raw} is not a whole number`);
      return n ?? null;
    }
    case 'amount': {
      const n = number(raw);
      if (n === undefined) report('not-numeric', `« ${raw} » n’est pas un nombre`, `"${raw}" is not a number`);
      else if (n < 0) report('negative-amount', `${raw} est négatif`, `${raw} is negative`);
      return n ?? null;
    }
    case 'latitude':
    case 'longitude': {
      const n = number(raw);
      const [lo, hi] = field.type === 'latitude' ? [-90, 90] : [-180, 180];
      if (n === undefined || n < lo || n > hi) report('bad-coordinate', `« ${raw} » n’est pas une ${field.type === 'latitude' ? 'latitude' : 'longitude'} valide`, `"${raw}" is not a valid ${field.type}`);
      return n ?? null;
    }
    case 'country':
      if (!ISO2.has(raw.toUpperCase())) report('not-allowed', `« ${raw} » n’est pas un code pays ISO 3166-1 alpha-2`, `"${raw}" is not an ISO 3166-1 alpha-2 country code`);
      return raw.toUpperCase();
    case 'office-ref':
      if (!context.offices.has(raw)) report('unknown-office', `bureau « ${raw} » inconnu : déclarez-le dans baom-offices`, `unknown office "${raw}": declare it in baom-offices`);
      return raw;
    case 'association-ref':
      if (!context.associations.has(raw)) report('unknown-association', `association « ${raw} » inconnue : déclarez-la dans associations`, `unknown association "${raw}": declare it in associations`);
      return raw;
  }
}

/**
 * Validates files together: ids declared in one (offices, associations) may be referenced by
 * another of the same call. Every problem, of every file, is reported; nothing throws.
 */
export async function validateFiles(inputs: Input[], context: Context): Promise<FileResult[]> {
  const grids: { input: Input; grid?: Grid; error?: string }[] = [];
  for (const input of inputs) {
    try {
      grids.push({ input, grid: await decodeFile(input.name, input.bytes) });
    } catch (error) {
      grids.push({ input, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const declared = (dataset: string, column: string) => grids.flatMap(({ input, grid }) => {
    if (!grid) return [];
    const d = input.dataset ? datasetById(input.dataset) : recogniseDataset(grid.header);
    if (d?.id !== dataset) return [];
    const i = grid.header.map(normaliseHeader).indexOf(column);
    return i < 0 ? [] : grid.rows.map((r) => (r.cells[i] ?? '').trim()).filter(Boolean);
  });
  const full: Context = {
    ...context,
    offices: new Set([...context.offices, ...declared('baom-offices', 'office_id')]),
    associations: new Set([...context.associations, ...declared('associations', 'association_id')]),
  };
  return grids.map(({ input, grid, error }) => {
    if (!grid) return { file: input.name, records: [], problems: [problem(input.name, 1, 1, 'unreadable', `fichier illisible : ${error}`, `unreadable file: ${error}`)] };
    try {
      return validateGrid(input.name, grid, full, { dataset: input.dataset, bytes: input.bytes.length });
    } catch (e) {
      return { file: input.name, records: [], problems: [problem(input.name, 1, 1, 'internal-error', `erreur interne du validateur : ${String(e)}`, `validator internal error: ${String(e)}`)] };
    }
  });
}
