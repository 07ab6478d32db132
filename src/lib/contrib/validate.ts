// The contribution validator: one problem per row and column, its message in French, Arabic
// and English (message.ts turns it into the reader's sentence). It never throws on bad input
// (a property test checks that) and never changes the file. The command line, the data build,
// the desk and the browser all call it.

import { REGION } from '../../config/observatory.ts';
import { DATASETS, EXAMPLE_ID, datasetById, type Dataset, type Field } from './datasets.ts';
import { decodeFile, normaliseHeader, type Grid } from './decode.ts';
import { READ_LIMITS, ReadError, excerpt, hasUnsafeChars } from './limits.ts';
import { msg, type ContribProblem, type Msg } from './message.ts';
import { EARLIEST_MONTH, overlaps, parsePeriod, type Period } from './period.ts';

export type { ContribProblem } from './message.ts';
export { formatContribProblem } from './message.ts';

export type Cell = string | number | string[] | null;
export type Record_ = Record<string, Cell>;

export interface Context {
  /** Commune codes of the region, dotted; the validator also accepts their 9-digit form. */
  communes: Set<string>;
  /** Commune names (French and Arabic, folded) to their codes, so that a name written for a code gets its code suggested. */
  communeNames?: Map<string, string[]>;
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

/** Column names that would carry personal data: only aggregates are accepted. */
const PERSONAL: [RegExp, Msg][] = [
  [/^(nom|prenom|prenoms|first_?name|last_?name|surname|given_?name|full_?name|nom_complet|nom_et_prenom|beneficiaire|person|personne|الاسم|الاسم_الكامل|النسب)$/, msg('nom de personne', 'اسم شخص', 'name of a person')],
  [/(^|_)(cin|cni|cne|passport|passeport|id_card|carte_(nationale|identite|sejour)|numero_identite|national_id|ب_و_ت|البطاقة_الوطنية|جواز_السفر)(_|$)/, msg('numéro de pièce d’identité', 'رقم وثيقة هوية', 'identity document number')],
  [/(telephone|phone|mobile|gsm|portable|whatsapp|^tel$|الهاتف|هاتف)/, msg('téléphone', 'رقم الهاتف', 'phone number')],
  [/(e_?mail|courriel|^mail$|البريد_الإلكتروني)/, msg('adresse électronique', 'البريد الإلكتروني', 'e-mail address')],
  [/(naissance|birth|^dob$|date_of_birth|الازدياد|الميلاد)/, msg('date de naissance', 'تاريخ الازدياد', 'date of birth')],
  [/(adresse|address|domicile|residence_exacte|العنوان)/, msg('adresse personnelle', 'العنوان الشخصي', 'personal address')],
];
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// Moroccan phone numbers, with or without +212 / 00212, grouped or not, wherever they stand.
const PHONE = /(?<!\d)(?:(?:\+|00)212[\s.-]?|0)[5-7](?:[\s.-]?\d){8}(?!\d)/;
const PHONE_MSG = msg('un numéro de téléphone', 'رقم هاتف', 'a phone number');
const ID_MSG = msg('un numéro de pièce d’identité', 'رقم وثيقة هوية', 'an identity document number');
const BIRTH_MSG = msg('une date de naissance', 'تاريخ ازدياد', 'a date of birth');
const NAME_MSG = msg('le nom d’une personne', 'اسم شخص', 'a person’s name');
/** Personal data written into a text cell, in the forms the three languages use. */
const PERSONAL_VALUES: [RegExp, Msg][] = [
  [EMAIL, msg('une adresse électronique', 'عنوان بريد إلكتروني', 'an e-mail address')],
  [PHONE, PHONE_MSG],
  [/\b(?:t[ée]l(?:[ée]phone)?|phone|gsm|mobile|portable)\.?\s*:?\s*\+?\d[\d\s.-]{5,}/i, PHONE_MSG],
  [/(?:هاتف|الهاتف|رقم|جوال|المحمول)\s*:?\s*\+?[\d٠-٩][\d٠-٩\s.-]{5,}/, PHONE_MSG],
  // Moroccan identity card (CIN: one or two letters then digits), passports, national ids.
  [/(?:\b(?:CIN|CNIE|passeport|passport|carte\s+nationale|identity\s+card|ID\s+card|ID\s+number)\b|\bC\.I\.N\.?)\s*(?:n[°o]\.?\s*)?:?\s*[A-Z]{0,2}\s?\d{3,}/i, ID_MSG],
  [/(?<![A-Za-z0-9])[A-Z]{1,2}\d{5,6}(?![A-Za-z0-9])/, msg('un numéro de carte d’identité (CIN)', 'رقم بطاقة التعريف الوطنية', 'an identity card number (CIN)')],
  // Arabic: "ب.و.ت" / "ب و ت" (بطاقة وطنية للتعريف), the national card, the passport.
  [/(?:^|[\s(:،,])ب\s*[.\s]\s*و\s*[.\s]\s*ت\b|ب\.و\.ت|(?:رقم\s+)?(?:البطاقة\s+الوطنية|بطاقة\s+التعريف|جواز\s+السفر)/, ID_MSG],
  // Dates of birth.
  [/\bn[ée]e?\s+(?:le\s+)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}/i, BIRTH_MSG],
  [/\b(?:date\s+de\s+naissance|born(?:\s+on)?|date\s+of\s+birth|d\.?o\.?b\.?)\s*:?\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}/i, BIRTH_MSG],
  [/(?:ولد|ولدت|مزداد|المزداد|المزدادة|مزدادة|تاريخ\s+الازدياد|تاريخ\s+الميلاد)\s*(?:في|بتاريخ)?\s*:?\s*[\d٠-٩]{1,4}[/.\-][\d٠-٩]{1,2}[/.\-][\d٠-٩]{1,4}/, BIRTH_MSG],
  // A person named with a title: "M. Ahmed Alaoui", "Mme Fatima", "Dr Karim", "السيد أحمد".
  [/(?:^|[\s(,;])(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur)\s+\p{Lu}\p{Ll}+/u, NAME_MSG],
  [/(?:^|\s)(?:السيد|السيدة|الآنسة|الدكتور|الدكتورة)\s+\p{L}{2,}/u, NAME_MSG],
];

const ISO2 = new Set('AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'.split(' '));

function problem(file: string, line: number, column: number, rule: string, message: Msg, header?: string): ContribProblem {
  return { file, line, column, rule, ...(header !== undefined ? { header } : {}), message };
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
/** A value without case, accents or the difference between spaces, hyphens and underscores. */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[\s_-]+/g, '_');
/** The listed value a cell means, when it differs only by case, accents or spaces. */
const listed = (values: readonly string[], raw: string) => values.includes(raw) ? raw : values.find((v) => fold(v) === fold(raw));
const INT32_MAX = 2 ** 31 - 1;

export function validateGrid(file: string, grid: Grid, context: Context, options: { dataset?: string; bytes: number }): FileResult {
  const problems: ContribProblem[] = [];
  let dropped = 0;
  const report: Reporter = (line, column, rule, message, header) => {
    if (problems.length < READ_LIMITS.problems) problems.push(problem(file, line, column, rule, message, header));
    else dropped++;
  };
  const result = checkGrid(file, grid, context, options, report);
  if (dropped) problems.push(problem(file, 1, 1, 'too-many-problems', msg(`${dropped} autres problèmes non affichés : corrigez d’abord ceux-ci`, `${dropped} مشكلة أخرى غير معروضة: صحّحوا هذه أولا`, `${dropped} more problems not shown: fix these first`)));
  return { ...result, problems };
}

type Reporter = (line: number, column: number, rule: string, message: Msg, header?: string) => void;

function checkGrid(file: string, grid: Grid, context: Context, options: { dataset?: string; bytes: number }, report: Reporter): Omit<FileResult, 'problems'> {
  let refused = false;
  const refuse: Reporter = (...args) => { refused = true; report(...args); };
  if (grid.header.length === 0 && grid.rows.length === 0) {
    report(1, 1, 'empty-file', msg('le fichier est vide', 'الملف فارغ', 'the file is empty'));
    return { file, records: [] };
  }
  const normalised = grid.header.map(normaliseHeader);
  const dataset = options.dataset ? datasetById(options.dataset) : recogniseDataset(grid.header);
  const known = DATASETS.map((d) => d.id).join(', ');
  if (options.dataset && !dataset) {
    report(1, 1, 'unknown-dataset', msg(`jeu de données « ${excerpt(options.dataset)} » inconnu (${known})`, `مجموعة البيانات «${excerpt(options.dataset)}» غير معروفة (${known})`, `unknown dataset "${excerpt(options.dataset)}" (${known})`));
    return { file, records: [] };
  }

  // Personal data first: such a file is refused whatever else it holds.
  normalised.forEach((name, i) => {
    const hit = PERSONAL.find(([re]) => re.test(name));
    if (hit) report(1, i + 1, 'personal-data', msg(`cette colonne ressemble à une donnée personnelle (${hit[1].fr}) : supprimez-la, seuls des totaux sont acceptés`, `يبدو أن هذا العمود يحتوي على معطيات شخصية (${hit[1].ar}): احذفوه، لا تُقبل إلا المجاميع`, `this column looks like personal data (${hit[1].en}): delete it, only totals are accepted`), grid.header[i]);
  });

  if (!dataset) {
    refuse(1, 1, 'unknown-dataset', msg(`les titres des colonnes ne correspondent à aucun modèle (${known}) : partez d’un modèle de la page Contribuer et gardez sa première ligne telle quelle`, `عناوين الأعمدة لا تطابق أي نموذج (${known}): انطلقوا من نموذج صفحة «المساهمة» واحتفظوا بسطره الأول كما هو`, `the column headings match no template (${known}): start from a template of the Contribute page and keep its first row as it is`));
    return { file, records: [] };
  }
  if (options.bytes > dataset.maxBytes || grid.rows.length > dataset.maxRows) {
    report(1, 1, 'too-large', msg(`fichier trop grand pour ${dataset.id} (${grid.rows.length} lignes, ${options.bytes} octets ; maximum ${dataset.maxRows} lignes, ${dataset.maxBytes} octets)`, `الملف كبير جدا بالنسبة لـ ${dataset.id} (${grid.rows.length} سطر، ${options.bytes} بايت؛ الحد الأقصى ${dataset.maxRows} سطر، ${dataset.maxBytes} بايت)`, `file too large for ${dataset.id} (${grid.rows.length} rows, ${options.bytes} bytes; at most ${dataset.maxRows} rows, ${dataset.maxBytes} bytes)`));
    return { file, dataset: dataset.id, records: [] };
  }
  normalised.forEach((name, i) => {
    if (PERSONAL.some(([re]) => re.test(name))) return;
    const header = grid.header[i]!;
    const columns = dataset.fields.map((f) => f.name).join(', ');
    if (name === '') refuse(1, i + 1, 'unknown-column', msg(`la colonne ${i + 1} n’a pas de titre : donnez-lui l’un de ceux du modèle (${columns}) ou supprimez-la`, `العمود ${i + 1} بلا عنوان: أعطوه أحد عناوين النموذج (${columns}) أو احذفوه`, `column ${i + 1} has no heading: give it one of the template’s (${columns}) or delete it`));
    else if (!dataset.fields.some((f) => f.name === name)) refuse(1, i + 1, 'unknown-column', msg(`cette colonne n’est pas dans le modèle ${dataset.id} : renommez-la (${columns}) ou supprimez-la`, `هذا العمود ليس في النموذج ${dataset.id}: غيّروا اسمه (${columns}) أو احذفوه`, `this column is not in the ${dataset.id} template: rename it (${columns}) or delete it`), header);
    else if (normalised.indexOf(name) !== i) refuse(1, i + 1, 'duplicate-column', msg('cette colonne apparaît deux fois : gardez-en une', 'هذا العمود مكرر: احتفظوا بواحد فقط', 'this column appears twice: keep one'), header);
  });
  for (const field of dataset.fields.filter((f) => f.required && !normalised.includes(f.name))) {
    refuse(1, grid.header.length + 1, 'missing-column', msg(`il manque la colonne obligatoire « ${field.name} » : ajoutez-la (copiez la première ligne du modèle)`, `العمود الإلزامي «${field.name}» غائب: أضيفوه (انسخوا السطر الأول من النموذج)`, `the required column "${field.name}" is missing: add it (copy the template’s first row)`));
  }
  // A personal-data column refuses the file, but its rows are still checked so that one run
  // reports everything to fix; any other header problem makes row checks meaningless.
  if (refused) return { file, dataset: dataset.id, records: [] };
  if (grid.rows.length === 0) {
    report(2, 1, 'empty-file', msg('le fichier n’a aucune ligne de données sous les titres', 'لا يحتوي الملف على أي سطر بيانات تحت العناوين', 'the file has no data rows below the headings'));
    return { file, dataset: dataset.id, records: [] };
  }

  const records: Record_[] = [];
  const seen = new Map<string, number>();
  const officePeriods = new Map<string, { period: Period; line: number }[]>();
  const col = (name: string) => normalised.indexOf(name) + 1 || grid.header.length + 1;
  /** The heading as the file writes it (the field's name where the column is absent). */
  const head = (name: string) => grid.header[normalised.indexOf(name)] ?? name;
  for (const { line, cells } of grid.rows) {
    if (cells.length > grid.header.length && cells.slice(grid.header.length).some((c) => c.trim() !== '')) {
      report(line, grid.header.length + 1, 'field-count', msg(`cette ligne a ${cells.length} valeurs pour ${grid.header.length} colonnes : une valeur contient sans doute le séparateur (mettez-la entre guillemets) ou une cellule déborde à droite`, `هذا السطر فيه ${cells.length} قيمة مقابل ${grid.header.length} عمودا: ربما تحتوي قيمة على الفاصل (ضعوها بين علامتي تنصيص) أو تتجاوز خلية إلى اليمين`, `this row has ${cells.length} values for ${grid.header.length} columns: a value probably holds the separator (put it in quotes) or a cell spills to the right`));
      continue;
    }
    const record: Record_ = {};
    for (const field of dataset.fields) {
      const index = normalised.indexOf(field.name);
      const column = index + 1;
      const original = index >= 0 ? (cells[index] ?? '') : '';
      const cellReport: Report = (rule, message) => report(line, column, rule, message, head(field.name));
      if (hasUnsafeChars(original)) {
        cellReport('control-character', msg(`la valeur « ${excerpt(original)} » contient un caractère invisible ou de contrôle (tabulation, saut de ligne, inversion de sens d’écriture, caractère de largeur nulle) : retapez-la`, `القيمة «${excerpt(original)}» تحتوي على حرف غير مرئي أو حرف تحكم (جدولة، سطر جديد، عكس اتجاه الكتابة، حرف بعرض صفري): أعيدوا كتابتها`, `the value "${excerpt(original)}" holds an invisible or control character (tab, line break, bidirectional override, zero-width character): type it again`));
        record[field.name] = null;
        continue;
      }
      const value = checkCell(field, trimSpaces(original), cellReport, context);
      record[field.name] = value;
      if (typeof value === 'string' && field.type === 'text') {
        const hit = PERSONAL_VALUES.find(([re]) => re.test(value));
        if (hit) cellReport('personal-data', msg(`la valeur semble contenir ${hit[1].fr} : retirez-le, seuls des noms d’organismes et des totaux sont acceptés`, `يبدو أن القيمة تحتوي على ${hit[1].ar}: احذفوه، لا تُقبل إلا أسماء الهيئات والمجاميع`, `the value seems to hold ${hit[1].en}: remove it, only names of bodies and totals are accepted`));
      }
    }
    // Rules across fields of one row.
    if (dataset.id === 'associations' && record.kind === 'diaspora' && !record.country_of_residence) {
      report(line, col('country_of_residence'), 'required', msg('obligatoire pour une association de la diaspora : le code du pays où vivent ses membres (FR, NL…)', 'إلزامي لجمعية من الجالية: رمز البلد الذي يقيم فيه أعضاؤها (FR، NL…)', 'required for a diaspora association: the code of the country its members live in (FR, NL…)'), head('country_of_residence'));
    }
    if (dataset.id === 'baom-offices' && (record.latitude === null) !== (record.longitude === null)) {
      const missing = record.latitude === null ? 'latitude' : 'longitude';
      report(line, col(missing), 'required', msg('latitude et longitude vont ensemble : remplissez les deux ou aucune', 'خط العرض وخط الطول متلازمان: املؤوهما معا أو اتركوهما فارغين', 'latitude and longitude go together: fill in both or neither'), head(missing));
    }
    if (dataset.id === 'baom-offices' && typeof record.latitude === 'number' && typeof record.longitude === 'number' && typeof record.commune_code === 'string' && context.contains) {
      if (!context.contains(record.commune_code, record.longitude, record.latitude)) {
        report(line, col('latitude'), 'outside-commune', msg(`le point (${record.latitude}, ${record.longitude}) n’est pas dans la commune ${record.commune_code} : vérifiez la commune ou les coordonnées (latitude d’abord)`, `النقطة (${record.latitude}، ${record.longitude}) ليست داخل الجماعة ${record.commune_code}: تحققوا من الجماعة أو من الإحداثيات (خط العرض أولا)`, `the point (${record.latitude}, ${record.longitude}) is not inside commune ${record.commune_code}: check the commune or the coordinates (latitude first)`), head('latitude'));
      }
    }
    if (dataset.id === 'baom-activity' && typeof record.office_id === 'string' && typeof record.period === 'string') {
      const period = parsePeriod(record.period);
      const opened = context.opened?.get(record.office_id);
      if (period && opened && period.end < opened.slice(0, 7)) {
        report(line, col('period'), 'before-opening', msg(`la période ${record.period} est antérieure à l’ouverture du bureau ${record.office_id} (${opened})`, `الفترة ${record.period} سابقة لافتتاح المكتب ${record.office_id} (${opened})`, `period ${record.period} is before office ${record.office_id} opened (${opened})`), head('period'));
      }
      const others = officePeriods.get(record.office_id) ?? [];
      const clash = period && others.find((o) => o.period.id !== period.id && overlaps(o.period, period));
      if (clash) {
        report(line, col('period'), 'overlapping-period', msg(`la période ${record.period} du bureau ${record.office_id} chevauche ${clash.period.id} (ligne ${clash.line}) : envoyez soit le trimestre, soit ses mois`, `الفترة ${record.period} للمكتب ${record.office_id} تتداخل مع ${clash.period.id} (السطر ${clash.line}): أرسلوا إما الفصل وإما أشهره`, `period ${record.period} of office ${record.office_id} overlaps ${clash.period.id} (line ${clash.line}): send either the quarter or its months`), head('period'));
      } else if (period && !others.some((o) => o.period.id === period.id)) officePeriods.set(record.office_id, [...others, { period, line }]);
    }
    if (typeof record[dataset.key[0]!] === 'string' && EXAMPLE_ID.test(record[dataset.key[0]!] as string)) {
      report(line, col(dataset.key[0]!), 'example-row', msg('c’est la ligne d’exemple du modèle : remplacez-la par vos chiffres ou supprimez-la', 'هذا هو سطر المثال في النموذج: عوّضوه بأرقامكم أو احذفوه', 'this is the template’s example row: replace it with your figures or delete it'), head(dataset.key[0]!));
    }
    const key = dataset.key.map((k) => JSON.stringify(record[k])).join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      report(line, col(dataset.key[0]!), 'duplicate-key', msg(`même ${dataset.key.join(', ')} que la ligne ${first} : gardez une seule ligne (pour des nombres, additionnez-les)`, `نفس ${dataset.key.join('، ')} كما في السطر ${first}: احتفظوا بسطر واحد (بالنسبة للأعداد، اجمعوها)`, `same ${dataset.key.join(', ')} as row ${first}: keep one row (for numbers, add them up)`), head(dataset.key[0]!));
    } else seen.set(key, line);
    records.push(record);
  }
  return { file, dataset: dataset.id, records };
}

type Report = (rule: string, message: Msg) => void;

function checkCount(field: Field, raw: string, report: Report, negativeRule: string, integer: boolean): number | null {
  const n = parseNumber(raw, true);
  const shown = excerpt(raw);
  const max = field.max ?? INT32_MAX;
  if (n === 'ambiguous') {
    report('ambiguous-number', msg(`« ${shown} » est ambigu (séparateur de milliers ou décimale ?) : écrivez le nombre sans séparateur de milliers, par exemple 1234 ou 1234,5`, `«${shown}» غامض (فاصل الآلاف أم فاصلة عشرية؟): اكتبوا العدد دون فاصل الآلاف، مثلا 1234 أو 1234,5`, `"${shown}" is ambiguous (thousands separator or decimal?): write the number without a thousands separator, e.g. 1234 or 1234.5`));
    return null;
  }
  if (n === undefined) report('not-numeric', msg(`« ${shown} » n’est pas un nombre : écrivez seulement des chiffres`, `«${shown}» ليس عددا: اكتبوا أرقاما فقط`, `"${shown}" is not a number: write digits only`));
  else if (n < 0) report(negativeRule, msg(`${shown} est négatif : un nombre de personnes ou un montant est 0 ou plus`, `${shown} عدد سالب: عدد الأشخاص أو المبلغ يساوي 0 أو أكثر`, `${shown} is negative: a number of people or an amount is 0 or more`));
  else if (integer && !Number.isInteger(n)) report('fractional-count', msg(`${shown} n’est pas un nombre entier`, `${shown} ليس عددا صحيحا`, `${shown} is not a whole number`));
  else if (n > max) report('out-of-range', msg(`${shown} dépasse le maximum plausible (${max}) : vérifiez le nombre`, `${shown} يتجاوز الحد الأقصى المعقول (${max}): تحققوا من العدد`, `${shown} is above the plausible maximum (${max}): check the number`));
  return n ?? null;
}

/** The codes of an enum-list written with another separator ("Santé, orientation"), when every part is a listed value. */
function guessList(values: readonly string[], raw: string): string | undefined {
  const parts = raw.split(/[,;/+]|\bet\b|\band\b|\s+و\s*/);
  const guess = parts.map((s) => listed(values, s.trim()));
  return guess.length > 1 && guess.every(Boolean) ? guess.join('|') : undefined;
}

function checkCell(field: Field, raw: string, report: Report, context: Context): Cell {
  if (raw === '') {
    if (field.required) report('required', msg('cette case est vide : une valeur est obligatoire', 'هذه الخانة فارغة: القيمة إلزامية', 'this cell is empty: a value is required'));
    return null;
  }
  const shown = excerpt(raw);
  switch (field.type) {
    case 'id':
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(raw)) report('bad-format', msg(`identifiant « ${shown} » invalide : seulement des lettres sans accent, des chiffres, - et _ (pas d’espace)`, `المعرّف «${shown}» غير صالح: حروف لاتينية دون نبرات وأرقام و - و _ فقط (دون فراغ)`, `invalid identifier "${shown}": only unaccented letters, digits, - and _ (no spaces)`));
      return raw;
    case 'text':
      if (raw.length > 300) report('too-long', msg('texte de plus de 300 caractères : raccourcissez-le', 'نص يتجاوز 300 حرف: اختصروه', 'text longer than 300 characters: shorten it'));
      return raw;
    case 'commune': {
      const code = /^\d{9}$/.test(raw) ? digitsToDotted(raw) : raw;
      if (!context.communes.has(code)) {
        const named = context.communeNames?.get(fold(raw));
        const region = REGION.name;
        if (named) report('unknown-commune', msg(`« ${shown} » est le nom d’une commune : écrivez son code, ${named.join(' ou ')}`, `«${shown}» اسم جماعة: اكتبوا رمزها، ${named.join(' أو ')}`, `"${shown}" is the name of a commune: write its code, ${named.join(' or ')}`));
        else report('unknown-commune', msg(`« ${shown} » n’est pas un code de commune de la région ${region.fr} : copiez le code depuis la feuille des communes du modèle (par exemple ${[...context.communes][0] ?? ''})`, `«${shown}» ليس رمز جماعة من جهة ${region.ar}: انسخوا الرمز من ورقة الجماعات في النموذج (مثلا ${[...context.communes][0] ?? ''})`, `"${shown}" is not the code of a commune of the ${region.en} region: copy the code from the template’s sheet of communes (for example ${[...context.communes][0] ?? ''})`));
      }
      return code;
    }
    case 'enum': {
      const value = listed(field.values!, raw);
      if (!value) report('not-allowed', msg(`« ${shown} » n’est pas une valeur de la liste : ${field.values!.join(', ')}`, `«${shown}» ليست من قيم القائمة: ${field.values!.join('، ')}`, `"${shown}" is not a value of the list: ${field.values!.join(', ')}`));
      return value ?? raw;
    }
    case 'enum-list': {
      const items = raw.split('|').map((s) => s.trim()).filter(Boolean);
      const values = items.map((s) => listed(field.values!, s));
      const bad = items.filter((_, i) => !values[i]);
      if (bad.length || items.length === 0) {
        // "Santé, orientation": the right codes, the wrong separator.
        const guess = guessList(field.values!, raw);
        const part = excerpt(bad.join('|') || raw);
        report('not-allowed', guess
          ? msg(`« ${part} » : séparez les codes par | ; vouliez-vous dire « ${guess} » ?`, `«${part}»: افصلوا الرموز بالعلامة |؛ هل تقصدون «${guess}»؟`, `"${part}": separate the codes with |; did you mean "${guess}"?`)
          : msg(`« ${part} » : codes autorisés ${field.values!.join(', ')}, séparés par |`, `«${part}»: الرموز المسموح بها ${field.values!.join('، ')}، مفصولة بالعلامة |`, `"${part}": allowed codes ${field.values!.join(', ')}, separated by |`));
      }
      return values.map((v, i) => v ?? items[i]!);
    }
    case 'date': {
      const start = dateStart(raw);
      if (!start) report('bad-date', msg(`« ${shown} » n’est pas une date : écrivez AAAA-MM ou AAAA-MM-JJ, par exemple 2022-06`, `«${shown}» ليس تاريخا: اكتبوا YYYY-MM أو YYYY-MM-DD، مثلا 2022-06`, `"${shown}" is not a date: write YYYY-MM or YYYY-MM-DD, for example 2022-06`));
      else if (start > context.today) report('future-period', msg(`« ${shown} » est dans le futur`, `«${shown}» في المستقبل`, `"${shown}" is in the future`));
      else if (start < `${EARLIEST_MONTH}-01`) report('implausible-date', msg(`« ${shown} » est antérieure à ${EARLIEST_MONTH.slice(0, 4)}`, `«${shown}» سابق لسنة ${EARLIEST_MONTH.slice(0, 4)}`, `"${shown}" is before ${EARLIEST_MONTH.slice(0, 4)}`));
      return raw;
    }
    case 'period': {
      const period = parsePeriod(raw);
      if (!period) report('bad-period', msg(`« ${shown} » n’est ni un mois (AAAA-MM, par exemple 2024-07) ni un trimestre (AAAA-Qn, par exemple 2024-Q3)`, `«${shown}» ليس شهرا (YYYY-MM، مثلا 2024-07) ولا فصلا (YYYY-Qn، مثلا 2024-Q3)`, `"${shown}" is neither a month (YYYY-MM, e.g. 2024-07) nor a quarter (YYYY-Qn, e.g. 2024-Q3)`));
      else if (`${period.start}-01` > context.today) report('future-period', msg(`la période ${shown} n’a pas commencé`, `الفترة ${shown} لم تبدأ بعد`, `period ${shown} has not started`));
      else if (period.start < EARLIEST_MONTH) report('implausible-period', msg(`la période ${shown} est antérieure à ${EARLIEST_MONTH.slice(0, 4)}`, `الفترة ${shown} سابقة لسنة ${EARLIEST_MONTH.slice(0, 4)}`, `period ${shown} is before ${EARLIEST_MONTH.slice(0, 4)}`));
      return period?.id ?? raw;
    }
    case 'year': {
      const n = parseNumber(raw, false);
      const min = field.min ?? 1900;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1000 || n > 9999) report('bad-type', msg(`« ${shown} » n’est pas une année : écrivez 4 chiffres, par exemple 2015`, `«${shown}» ليست سنة: اكتبوا 4 أرقام، مثلا 2015`, `"${shown}" is not a year: write 4 digits, for example 2015`));
      else if (n > Number(context.today.slice(0, 4))) report('future-period', msg(`l’année ${shown} est dans le futur`, `السنة ${shown} في المستقبل`, `year ${shown} is in the future`));
      else if (n < min) report('implausible-year', msg(`l’année ${shown} est antérieure à ${min}`, `السنة ${shown} سابقة لسنة ${min}`, `year ${shown} is before ${min}`));
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
      if (typeof n !== 'number' || n < lo || n > hi) report('bad-coordinate', field.type === 'latitude'
        ? msg(`« ${shown} » n’est pas une latitude valide (degrés décimaux, par exemple 30,42)`, `«${shown}» ليس خط عرض صالحا (درجات عشرية، مثلا 30,42)`, `"${shown}" is not a valid latitude (decimal degrees, e.g. 30.42)`)
        : msg(`« ${shown} » n’est pas une longitude valide (degrés décimaux, par exemple -9,6)`, `«${shown}» ليس خط طول صالحا (درجات عشرية، مثلا -9,6)`, `"${shown}" is not a valid longitude (decimal degrees, e.g. -9.6)`));
      return typeof n === 'number' ? n : null;
    }
    case 'country':
      if (!ISO2.has(raw.toUpperCase())) report('not-allowed', msg(`« ${shown} » n’est pas un code pays à deux lettres (FR, ES, NL…)`, `«${shown}» ليس رمز بلد من حرفين (FR، ES، NL…)`, `"${shown}" is not a two-letter country code (FR, ES, NL…)`));
      return raw.toUpperCase();
    case 'office-ref':
      if (!context.offices.has(raw)) report('unknown-office', msg(`bureau « ${shown} » inconnu : déclarez-le d’abord dans le fichier des bureaux (baom-offices)`, `المكتب «${shown}» غير معروف: صرّحوا به أولا في ملف المكاتب (baom-offices)`, `unknown office "${shown}": declare it first in the offices file (baom-offices)`));
      return raw;
    case 'association-ref':
      if (!context.associations.has(raw)) report('unknown-association', msg(`association « ${shown} » inconnue : déclarez-la d’abord dans le fichier des associations`, `الجمعية «${shown}» غير معروفة: صرّحوا بها أولا في ملف الجمعيات`, `unknown association "${shown}": declare it first in the associations file`));
      return raw;
  }
}

const withDetail = (m: Msg, detail?: string): Msg => detail ? msg(`${m.fr} (${excerpt(detail)})`, `${m.ar} (${excerpt(detail)})`, `${m.en} (${excerpt(detail)})`) : m;
export const readProblem = (file: string, e: unknown): ContribProblem => e instanceof ReadError
  ? problem(file, 1, 1, e.rule, withDetail(e.text, e.detail))
  : problem(file, 1, 1, 'unreadable', withDetail(msg('fichier illisible', 'ملف غير قابل للقراءة', 'unreadable file'), excerpt(e instanceof Error ? e.message : String(e), 120)));

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
      return { file: input.name, records: [], problems: [problem(input.name, 1, 1, 'internal-error', withDetail(msg('erreur interne du validateur : écrivez à l’observatoire', 'خطأ داخلي في أداة التحقق: راسلوا المرصد', 'validator internal error: write to the observatory'), excerpt(String(e), 120)))] };
    }
  });
}
