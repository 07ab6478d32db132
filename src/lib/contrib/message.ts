// What the validator tells partners, in each of the site's languages, and how one problem reads
// as a sentence: office staff read "Row 3, column “commune_code”: …" in their own language,
// never a code path or two languages mixed.

import { excerpt, safeName } from './limits.ts';

export type Lang = 'fr' | 'ar' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'ar', 'en'];

/** One message in the three languages of the site. */
export interface Msg { fr: string; ar: string; en: string }
export const msg = (fr: string, ar: string, en: string): Msg => ({ fr, ar, en });

export interface ContribProblem {
  file: string;
  /** 1-based line of the file (1 = the header row); 1 with column 1 for the file as a whole. */
  line: number;
  column: number;
  rule: string;
  /** The column's heading as the file writes it, when the problem is about one column. */
  header?: string;
  message: Msg;
}

const WHERE: Record<Lang, { row: (n: number) => string; header: string; column: (h: string) => string; columnN: (n: number) => string; sep: string }> = {
  fr: { row: (n) => `Ligne ${n}`, header: 'En-tête', column: (h) => `colonne « ${h} »`, columnN: (n) => `colonne ${n}`, sep: ' : ' },
  ar: { row: (n) => `السطر ${n}`, header: 'سطر العناوين', column: (h) => `العمود «${h}»`, columnN: (n) => `العمود ${n}`, sep: ': ' },
  en: { row: (n) => `Row ${n}`, header: 'Header', column: (h) => `column “${h}”`, columnN: (n) => `column ${n}`, sep: ': ' },
};

/** The problem as a plain sentence in one language: where (row, column by its heading), then what and how to fix it. */
export function describeProblem(p: ContribProblem, lang: Lang): string {
  const w = WHERE[lang];
  const column = p.header !== undefined ? w.column(excerpt(p.header)) : p.column > 1 ? w.columnN(p.column) : '';
  const wholeFile = p.line <= 1 && p.column <= 1 && p.header === undefined;
  const where = wholeFile ? '' : [p.line <= 1 ? w.header : w.row(p.line), column].filter(Boolean).join(lang === 'ar' ? '، ' : ', ');
  const sentence = where ? `${where}${w.sep}${p.message[lang]}` : p.message[lang];
  return lang === 'ar' ? isolateQuoted(sentence) : sentence;
}

/**
 * In an Arabic sentence, each «quoted» heading or value is a bidi isolate (FSI … PDI): without
 * it, two Latin runs with only «»: between them merge into one left-to-right run and the
 * heading and the value swap places on screen.
 */
const isolateQuoted = (s: string) => s.replace(/«([^»]*)»/g, '«\u2068$1\u2069»');

/** One line per problem for a terminal or a log: `file:line:column: rule: sentence`. */
export const formatContribProblem = (p: ContribProblem, lang: Lang = 'fr') => `${safeName(p.file)}:${p.line}:${p.column}: ${p.rule}: ${describeProblem(p, lang)}`;
