// The contribution validator: one problem per line, `file:line:column: rule: message` with the
// message in French and English. It never throws on bad input (a property test checks that)
// and never changes the file. The command line, the data build and the browser all call it.

import { DATASETS, EXAMPLE_ID, datasetById, type Dataset, type Field } from './datasets.ts';
import { decodeFile, normaliseHeader, type Grid } from './decode.ts';
import { READ_LIMITS, ReadError, excerpt, hasUnsafeChars, safeName } from './limits.ts';
import { EARLIEST_MONTH, overlaps, parsePeriod, type Period } from './period.ts';

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
  /** Opening date (YYYY-MM or YYYY-MM-DD) of offices known: no activity is accepted before it. */
  opened?: Map<string, string>;
  /** Today, YYYY-MM-DD: periods after it are in the future. */
  today: string;
}

export interface Input { name: string; bytes: Uint8Array; dataset?: string }
export interface FileResult { file: string; dataset?: Dataset['id']; records: Record_[]; problems: ContribProblem[] }

export const formatContribProblem = (p: ContribProblem) => `${safeName(p.file)}:${p.line}:${p.column}: ${p.rule}: ${p.message.fr} / ${p.message.en}`;

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
// Moroccan phone numbers, with or without +212 / 00212, grouped or not, wherever they stand.
const PHONE = /(?<!\d)(?:(?:\+|00)212[\s.-]?|0)[5-7](?:[\s.-]?\d){8}(?!\d)/;
/** Personal data written into a text cell, in the forms the three languages use. */
const PERSONAL_VALUES: [RegExp, string, string][] = [
  [EMAIL, 'une adresse électronique', 'an e-mail address'],
  [PHONE, 'un numéro de téléphone', 'a phone number'],
  [/\b(?:t[ée]l(?:[ée]phone)?|phone|gsm|mobile|portable)\.?\s*:?\s*\+?\d[\d\s.-]{5,}/i, 'un numéro de téléphone', 'a phone number'],
  [/(?:هاتف|الهاتف|رقم)\s*:?\s*\+?[\d٠-٩][\d٠-٩\s.-]{5,}/, 'un numéro de téléphone', 'a phone number'],
  // Moroccan identity card (CIN: one or two letters then digits), passports, national ids.
  [/(?:\b(?:CIN|CNIE|passeport|passport|carte\s+nationale|identity\s+card|ID\s+card)\b|\bC\.I\.N\.?)\s*(?:n[°o]\.?\s*)?:?\s*[A-Z]{0,2}\s?\d{3,}/i, 'un numéro de pièce d’identité', 'an identity document number'],
  [/(?<![A-Za-z0-9])[A-Z]{1,2}\d{5,6}(?![A-Za-z0-9])/, 'un numéro de carte d’identité (CIN)', 'an identity card number (CIN)'],
  [/(?:رقم\s+)?(?:البطاقة\s+الوطنية|بطاقة\s+التعريف|جواز\s+السفر)/, 'un numéro de pièce d’identité', 'an identity document number'],
  // Dates of birth.
  [/\bn[ée]e?\s+(?:le\s+)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}/i, 'une date de naissance', 'a date of birth'],
  [/\b(?:date\s+de\s+naissance|born(?:\s+on)?|date\s+of\s+birth|d\.?o\.?b\.?)\s*:?\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}/i, 'une date de naissance', 'a date of birth'],
  [/(?:ولد|ولدت|مزداد|المزداد|المزدادة|تاريخ\s+الازدياد|تاريخ\s+الميلاد)\s*(?:في|بتاريخ)?\s*:?\s*[\d٠-٩]{1,4}[/.\-][\d٠-٩]{1,2}[/.\-][\d٠-٩]{1,4}/, 'une date de naissance', 'a date of birth'],
  // A person named with a title: "M. Ahmed Alaoui", "Mme Fatima", "Dr Karim", "السيد أحمد".
  [/(?:^|[\s(,;])(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur)\s+\p{Lu}\p{Ll}+/u, 'le nom d’une personne', 'a person’s name'],
  [/(?:^|\s)(?:السيد|السيدة|الآنسة|الدكتور|الدكتورة)\s+\p{L}{2,}/u, 'le nom d’une personne', 'a person’s name'],
];

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

/**
 * A number as people type it: spaces (also non-breaking) group thousands, a comma or a point
 * marks decimals. "1,234" and "1.234" could be either, so where a thousands separator is
 * plausible (counts, amounts) they are refused rather than read as 1.234.
 */
function parseNumber(raw: string, thousandsPlausible: boolean): number | 'ambiguous' | undefined {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (thousandsPlausible && (/^-?\d{1,3}[.,]\d{3}$/.test(s) || /^-?\d+(?:[.,]\d+){2,}$/.test(s))) return 'ambiguous';
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

function dateStart(raw: string): string | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw)) return `${raw}-01`;
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

const digitsToDotted = (d: string) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 7)}.${d.slice(7, 9)}`;
/** Spaces around a value are dropped; tabs, line breaks and other controls are refused, never trimmed away. */
const trimSpaces = (s: string) => s.replace(/^[ \u00a0\u202f]+|[ \u00a0\u202f]+$/g, '');
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[\s-]+/g, '_');
/** The listed value a cell means, when it differs only by case, accents or spaces. */
const listed = (values: readonly string[], raw: string) => values.includes(raw) ? raw : values.find((v) => fold(v) === fold(raw));
const INT32_MAX = 2 ** 31 - 1;

export function validateGrid(file: string, grid: Grid, context: Context, options: { dataset?: string; bytes: number }): FileResult {
  const problems: ContribProblem[] = [];
  let dropped = 0;
  const report = (line: number, column: number, rule: string, fr: string, en: string) => {
    if (problems.length < READ_LIMITS.problems) problems.push(problem(file, line, column, rule, fr, en));
    else dropped++;
  };
  const result = checkGrid(file, grid, context, options, report);
  if (dropped) problems.push(problem(file, 1, 1, 'too-many-problems', `${dropped} autres problèmes non affichés : corrigez d’abord ceux-ci`, `${dropped} more problems not shown: fix these first`));
  return { ...result, problems };
}

type Reporter = (line: number, column: number, rule: string, fr: string, en: string) => void;

function checkGrid(file: string, grid: Grid, context: Context, options: { dataset?: string; bytes: number }, report: Reporter): Omit<FileResult, 'problems'> {
  let refused = false;
  const refuse: Reporter = (...args) => { refused = true; report(...args); };
  if (grid.header.length === 0 && grid.rows.length === 0) {
    report(1, 1, 'empty-file', 'le fichier est vide', 'the file is empty');
    return { file, records: [] };
  }
  const normalised = grid.header.map(normaliseHeader);
  const dataset = options.dataset ? datasetById(options.dataset) : recogniseDataset(grid.header);
  const known = DATASETS.map((d) => d.id).join(', ');
  if (options.dataset && !dataset) {
    report(1, 1, 'unknown-dataset', `jeu de données « ${excerpt(options.dataset)} » inconnu (${known})`, `unknown dataset "${excerpt(options.dataset)}" (${known})`);
    return { file, records: [] };
  }

  // Personal data first: such a file is refused whatever else it holds.
  normalised.forEach((name, i) => {
    const hit = PERSONAL.find(([re]) => re.test(name));
    if (hit) report(1, i + 1, 'personal-data', `la colonne « ${excerpt(grid.header[i]!)} » ressemble à une donnée personnelle (${hit[1].split(' / ')[1]}) : seuls des agrégats sont acceptés`, `column "${excerpt(grid.header[i]!)}" looks like personal data (${hit[1].split(' / ')[0]}): only aggregates are accepted`);
  });

  if (!dataset) {
    refuse(1, 1, 'unknown-dataset', `l’en-tête ne correspond à aucun jeu de données (${known}) ; utilisez un modèle ou --dataset`, `the header matches no dataset (${known}); use a template or --dataset`);
    return { file, records: [] };
  }
  if (options.bytes > dataset.maxBytes || grid.rows.length > dataset.maxRows) {
    report(1, 1, 'too-large', `fichier trop grand pour ${dataset.id} (${grid.rows.length} lignes, ${options.bytes} octets ; maximum ${dataset.maxRows} lignes, ${dataset.maxBytes} octets)`, `file too large for ${dataset.id} (${grid.rows.length} rows, ${options.bytes} bytes; at most ${dataset.maxRows} rows, ${dataset.maxBytes} bytes)`);
    return { file, dataset: dataset.id, records: [] };
  }
  normalised.forEach((name, i) => {
    if (PERSONAL.some(([re]) => re.test(name))) return;
    const shown = excerpt(grid.header[i]!);
    if (name === '') refuse(1, i + 1, 'unknown-column', `la colonne ${i + 1} n’a pas de nom`, `column ${i + 1} has no name`);
    else if (!dataset.fields.some((f) => f.name === name)) refuse(1, i + 1, 'unknown-column', `colonne « ${shown} » inconnue pour ${dataset.id}`, `unknown column "${shown}" for ${dataset.id}`);
    else if (normalised.indexOf(name) !== i) refuse(1, i + 1, 'duplicate-column', `colonne « ${shown} » en double`, `column "${shown}" appears twice`);
  });
  for (const field of dataset.fields.filter((f) => f.required && !normalised.includes(f.name))) {
    refuse(1, grid.header.length + 1, 'missing-column', `colonne obligatoire « ${field.name} » absente`, `required column "${field.name}" is missing`);
  }
  // A personal-data column refuses the file, but its rows are still checked so that one run
  // reports everything to fix; any other header problem makes row checks meaningless.
  if (refused) return { file, dataset: dataset.id, records: [] };
  if (grid.rows.length === 0) {
    report(2, 1, 'empty-file', 'le fichier n’a aucune ligne de données', 'the file has no data rows');
    return { file, dataset: dataset.id, records: [] };
  }

  const records: Record_[] = [];
  const seen = new Map<string, number>();
  const officePeriods = new Map<string, { period: Period; line: number }[]>();
  const col = (name: string) => normalised.indexOf(name) + 1 || grid.header.length + 1;
  for (const { line, cells } of grid.rows) {
    if (cells.length > grid.header.length && cells.slice(grid.header.length).some((c) => c.trim() !== '')) {
      report(line, grid.header.length + 1, 'field-count', `${cells.length} champs au lieu de ${grid.header.length}`, `${cells.length} fields instead of ${grid.header.length}`);
      continue;
    }
    const record: Record_ = {};
    for (const field of dataset.fields) {
      const index = normalised.indexOf(field.name);
      const column = index + 1;
      const original = index >= 0 ? (cells[index] ?? '') : '';
      const cellReport: Report = (rule, fr, en) => report(line, column, rule, `${field.name} : ${fr}`, `${field.name}: ${en}`);
      if (hasUnsafeChars(original)) {
        cellReport('control-character', `la valeur « ${excerpt(original)} » contient un caractère invisible ou de contrôle (tabulation, saut de ligne, inversion de sens d’écriture, caractère de largeur nulle) : retapez-la`, `the value "${excerpt(original)}" holds an invisible or control character (tab, line break, bidirectional override, zero-width character): type it again`);
        record[field.name] = null;
        continue;
      }
      const value = checkCell(field, trimSpaces(original), cellReport, context);
      record[field.name] = value;
      if (typeof value === 'string' && field.type === 'text') {
        const hit = PERSONAL_VALUES.find(([re]) => re.test(value));
        if (hit) cellReport('personal-data', `la valeur semble contenir ${hit[1]} : seuls des noms d’organismes et des agrégats sont acceptés`, `the value seems to hold ${hit[2]}: only names of bodies and aggregates are accepted`);
      }
    }
    // Rules across fields of one row.
    if (dataset.id === 'associations' && record.kind === 'diaspora' && !record.country_of_residence) {
      report(line, col('country_of_residence'), 'required', 'country_of_residence : obligatoire pour une association de la diaspora', 'country_of_residence: required for a diaspora association');
    }
    if (dataset.id === 'baom-offices' && (record.latitude === null) !== (record.longitude === null)) {
      report(line, col(record.latitude === null ? 'latitude' : 'longitude'), 'required', 'latitude et longitude vont ensemble', 'latitude and longitude go together');
    }
    if (dataset.id === 'baom-offices' && typeof record.latitude === 'number' && typeof record.longitude === 'number' && typeof record.commune_code === 'string' && context.contains) {
      if (!context.contains(record.commune_code, record.longitude, record.latitude)) {
        report(line, col('latitude'), 'outside-commune', `le point (${record.latitude}, ${record.longitude}) n’est pas dans la commune ${record.commune_code}`, `point (${record.latitude}, ${record.longitude}) is not inside commune ${record.commune_code}`);
      }
    }
    if (dataset.id === 'baom-activity' && typeof record.office_id === 'string' && typeof record.period === 'string') {
      const period = parsePeriod(record.period);
      const opened = context.opened?.get(record.office_id);
      if (period && opened && period.end < opened.slice(0, 7)) {
        report(line, col('period'), 'before-opening', `la période ${record.period} est antérieure à l’ouverture du bureau ${record.office_id} (${opened})`, `period ${record.period} is before office ${record.office_id} opened (${opened})`);
      }
      const others = officePeriods.get(record.office_id) ?? [];
      const clash = period && others.find((o) => o.period.id !== period.id && overlaps(o.period, period));
      if (clash) {
        report(line, col('period'), 'overlapping-period', `la période ${record.period} du bureau ${record.office_id} chevauche ${clash.period.id} (ligne ${clash.line}) : envoyez soit le trimestre, soit ses mois`, `period ${record.period} of office ${record.office_id} overlaps ${clash.period.id} (line ${clash.line}): send either the quarter or its months`);
      } else if (period && !others.some((o) => o.period.id === period.id)) officePeriods.set(record.office_id, [...others, { period, line }]);
    }
    if (typeof record[dataset.key[0]!] === 'string' && EXAMPLE_ID.test(record[dataset.key[0]!] as string)) {
      report(line, col(dataset.key[0]!), 'example-row', 'c’est la ligne d’exemple du modèle : remplacez-la par vos chiffres ou supprimez-la', 'this is the template’s example row: replace it with your figures or delete it');
    }
    const key = dataset.key.map((k) => JSON.stringify(record[k])).join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      report(line, col(dataset.key[0]!), 'duplicate-key', `${dataset.key.join(', ')} déjà présent ligne ${first}`, `${dataset.key.join(', ')} already on line ${first}`);
    } else seen.set(key, line);
    records.push(record);
  }
  return { file, dataset: dataset.id, records };
}

type Report = (rule: string, fr: string, en: string) => void;

function checkCount(field: Field, raw: string, report: Report, negativeRule: string, integer: boolean): number | null {
  const n = parseNumber(raw, true);
  const shown = excerpt(raw);
  const max = field.max ?? INT32_MAX;
  if (n === 'ambiguous') {
    report('ambiguous-number', `« ${shown} » est ambigu (séparateur de milliers ou décimale ?) : écrivez le nombre sans séparateur de milliers, par exemple 1234 ou 1234,5`, `"${shown}" is ambiguous (thousands separator or decimal?): write the number without a thousands separator, e.g. 1234 or 1234.5`);
    return null;
  }
  if (n === undefined) report('not-numeric', `« ${shown} » n’est pas un nombre`, `"${shown}" is not a number`);
  else if (n < 0) report(negativeRule, `${shown} est négatif`, `${shown} is negative`);
  else if (integer && !Number.isInteger(n)) report('fractional-count', `${shown} n’est pas un nombre entier`, `${shown} is not a whole number`);
  else if (n > max) report('out-of-range', `${shown} dépasse le maximum plausible (${max})`, `${shown} is above the plausible maximum (${max})`);
  return n ?? null;
}

function checkCell(field: Field, raw: string, report: Report, context: Context): Cell {
  if (raw === '') {
    if (field.required) report('required', 'valeur obligatoire', 'a value is required');
    return null;
  }
  const shown = excerpt(raw);
  switch (field.type) {
    case 'id':
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(raw)) report('bad-format', `identifiant « ${shown} » invalide (lettres, chiffres, - et _)`, `invalid identifier "${shown}" (letters, digits, - and _)`);
      return raw;
    case 'text':
      if (raw.length > 300) report('too-long', 'texte de plus de 300 caractères', 'text longer than 300 characters');
      return raw;
    case 'commune': {
      const code = /^\d{9}$/.test(raw) ? digitsToDotted(raw) : raw;
      if (!context.communes.has(code)) report('unknown-commune', `« ${shown} » n’est pas un code de commune de la région Souss-Massa`, `"${shown}" is not the code of a commune of the Souss-Massa region`);
      return code;
    }
    case 'enum': {
      const value = listed(field.values!, raw);
      if (!value) report('not-allowed', `« ${shown} » n’est pas parmi : ${field.values!.join(', ')}`, `"${shown}" is not one of: ${field.values!.join(', ')}`);
      return value ?? raw;
    }
    case 'enum-list': {
      const items = raw.split('|').map((s) => s.trim()).filter(Boolean);
      const values = items.map((s) => listed(field.values!, s));
      const bad = items.filter((_, i) => !values[i]);
      if (bad.length || items.length === 0) {
        // "Santé, orientation": the right codes, the wrong separator.
        const guess = raw.split(/[,;/+]|\bet\b|\band\b/).map((s) => listed(field.values!, s.trim()));
        const hint = guess.length > 1 && guess.every(Boolean) ? { fr: ` ; vouliez-vous dire « ${guess.join('|')} » ?`, en: `; did you mean "${guess.join('|')}"?` } : { fr: '', en: '' };
        report('not-allowed', `« ${excerpt(bad.join('|') || raw)} » : codes autorisés ${field.values!.join(', ')}, séparés par |${hint.fr}`, `"${excerpt(bad.join('|') || raw)}": allowed codes ${field.values!.join(', ')}, separated by |${hint.en}`);
      }
      return values.map((v, i) => v ?? items[i]!);
    }
    case 'date': {
      const start = dateStart(raw);
      if (!start) report('bad-date', `« ${shown} » n’est pas une date AAAA-MM ou AAAA-MM-JJ`, `"${shown}" is not a date YYYY-MM or YYYY-MM-DD`);
      else if (start > context.today) report('future-period', `« ${shown} » est dans le futur`, `"${shown}" is in the future`);
      else if (start < `${EARLIEST_MONTH}-01`) report('implausible-date', `« ${shown} » est antérieure à ${EARLIEST_MONTH.slice(0, 4)}`, `"${shown}" is before ${EARLIEST_MONTH.slice(0, 4)}`);
      return raw;
    }
    case 'period': {
      const period = parsePeriod(raw);
      if (!period) report('bad-period', `« ${shown} » n’est pas un mois AAAA-MM ni un trimestre AAAA-Qn`, `"${shown}" is neither a month YYYY-MM nor a quarter YYYY-Qn`);
      else if (`${period.start}-01` > context.today) report('future-period', `la période ${shown} n’a pas commencé`, `period ${shown} has not started`);
      else if (period.start < EARLIEST_MONTH) report('implausible-period', `la période ${shown} est antérieure à ${EARLIEST_MONTH.slice(0, 4)}`, `period ${shown} is before ${EARLIEST_MONTH.slice(0, 4)}`);
      return period?.id ?? raw;
    }
    case 'year': {
      const n = parseNumber(raw, false);
      const min = field.min ?? 1900;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1000 || n > 9999) report('bad-type', `« ${shown} » n’est pas une année`, `"${shown}" is not a year`);
      else if (n > Number(context.today.slice(0, 4))) report('future-period', `l’année ${shown} est dans le futur`, `year ${shown} is in the future`);
      else if (n < min) report('implausible-year', `l’année ${shown} est antérieure à ${min}`, `year ${shown} is before ${min}`);
      return typeof n === 'number' ? n : null;
    }
    case 'count':
      return checkCount(field, raw, report, 'negative-count', true);
    case 'amount':
      return checkCount(field, raw, report, 'negative-amount', false);
    case 'latitude':
    case 'longitude': {
      const n = parseNumber(raw, false);
      const [lo, hi] = field.type === 'latitude' ? [-90, 90] : [-180, 180];
      if (typeof n !== 'number' || n < lo || n > hi) report('bad-coordinate', `« ${shown} » n’est pas une ${field.type === 'latitude' ? 'latitude' : 'longitude'} valide`, `"${shown}" is not a valid ${field.type}`);
      return typeof n === 'number' ? n : null;
    }
    case 'country':
      if (!ISO2.has(raw.toUpperCase())) report('not-allowed', `« ${shown} » n’est pas un code pays ISO 3166-1 alpha-2`, `"${shown}" is not an ISO 3166-1 alpha-2 country code`);
      return raw.toUpperCase();
    case 'office-ref':
      if (!context.offices.has(raw)) report('unknown-office', `bureau « ${shown} » inconnu : déclarez-le dans baom-offices`, `unknown office "${shown}": declare it in baom-offices`);
      return raw;
    case 'association-ref':
      if (!context.associations.has(raw)) report('unknown-association', `association « ${shown} » inconnue : déclarez-la dans associations`, `unknown association "${shown}": declare it in associations`);
      return raw;
  }
}

export const readProblem = (file: string, e: unknown): ContribProblem => e instanceof ReadError
  ? problem(file, 1, 1, e.rule, e.fr + (e.detail ? ` (${excerpt(e.detail)})` : ''), e.en + (e.detail ? ` (${excerpt(e.detail)})` : ''))
  : problem(file, 1, 1, 'unreadable', `fichier illisible : ${excerpt(e instanceof Error ? e.message : String(e), 120)}`, `unreadable file: ${excerpt(e instanceof Error ? e.message : String(e), 120)}`);

/**
 * Validates files together: ids declared in one (offices, associations) may be referenced by
 * another of the same call. Every problem, of every file, is reported; nothing throws.
 */
export async function validateFiles(inputs: Input[], context: Context): Promise<FileResult[]> {
  const grids: { input: Input; grid?: Grid; error?: unknown }[] = [];
  for (const input of inputs) {
    const expected = input.dataset ? datasetById(input.dataset) : undefined;
    const isHeader = (header: string[]) => {
      const found = recogniseDataset(header);
      return expected ? found?.id === expected.id : found !== undefined;
    };
    try {
      grids.push({ input, grid: await decodeFile(input.name, input.bytes, isHeader) });
    } catch (error) {
      grids.push({ input, error });
    }
  }
  const declared = (dataset: string, columns: string[]) => grids.flatMap(({ input, grid }) => {
    if (!grid) return [];
    const d = input.dataset ? datasetById(input.dataset) : recogniseDataset(grid.header);
    if (d?.id !== dataset) return [];
    const at = columns.map((c) => grid.header.map(normaliseHeader).indexOf(c));
    return at[0]! < 0 ? [] : grid.rows.map((r) => at.map((i) => trimSpaces(r.cells[i] ?? ''))).filter((v) => v[0]);
  });
  const offices = declared('baom-offices', ['office_id', 'opened']);
  const full: Context = {
    ...context,
    offices: new Set([...context.offices, ...offices.map((o) => o[0]!)]),
    associations: new Set([...context.associations, ...declared('associations', ['association_id']).map((a) => a[0]!)]),
    opened: new Map([...(context.opened ?? []), ...offices.filter((o) => dateStart(o[1]!)).map((o) => [o[0]!, o[1]!] as [string, string])]),
  };
  return grids.map(({ input, grid, error }) => {
    if (!grid) return { file: input.name, dataset: input.dataset ? datasetById(input.dataset)?.id : undefined, records: [], problems: [readProblem(input.name, error)] };
    try {
      return validateGrid(input.name, grid, full, { dataset: input.dataset, bytes: input.bytes.length });
    } catch (e) {
      return { file: input.name, records: [], problems: [problem(input.name, 1, 1, 'internal-error', `erreur interne du validateur : ${excerpt(String(e), 120)}`, `validator internal error: ${excerpt(String(e), 120)}`)] };
    }
  });
}
