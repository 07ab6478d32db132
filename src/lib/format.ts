// Numbers as each audience reads them. Arabic pages use Latin digits (ar-MA), as Moroccan
// administrations and press do, so that figures read the same in all three languages.
// One minus sign everywhere: U+2212 (Intl writes the hyphen-minus, which breaks across lines
// and reads as a dash). One percent sign per language: "%" in French (after a narrow
// no-break space) and English, and the Arabic percent sign "٪" on Arabic pages, as the
// Arabic interface texts and definitions write it.

import { OBSERVATORY } from '../config/observatory.ts';
import { UNIT_LABELS, type Lang } from './catalogue.ts';

const LOCALE = Object.fromEntries(OBSERVATORY.languages.map((l) => [l.code, l.locale])) as Record<Lang, string>;

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

const MINUS = '\u2212';
// Intl marks an Arabic number's sign with one left-to-right mark before it, which leaves the
// sign itself neutral: inside Arabic text it then lands on the wrong side ("329,3−"). A mark
// on both sides keeps sign and digits together, left to right.
const withMinus = (s: string) => s.replace(/-/g, MINUS).replace(/^\u200e([\u2212+])(?!\u200e)/, '\u200e$1\u200e');

export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return withMinus(formatter(lang, decimals, false).format(value));
}

/** A change, always with its sign: +19,7 % / −14,6 %. */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return withMinus(formatter(lang, decimals, true).format(value));
}

export function formatPercent(value: number | null | undefined, lang: Lang, decimals = 1, signed = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = signed ? formatChange(value, lang, decimals) : formatNumber(value, lang, decimals);
  return lang === 'fr' ? `${n}\u202f%` : lang === 'ar' ? `${n}٪` : `${n}%`;
}

type Measured = { id: string; unit: string; decimals: number };

/** A value and the words of its unit apart ("98,4" and "hommes pour 100 femmes"), for a figure that sets its unit smaller; the percent sign stays with the number. */
export function valueParts(value: number | null | undefined, indicator: Measured, lang: Lang): { number: string; unit: string } {
  if (value === null || value === undefined) return { number: '—', unit: '' };
  if (indicator.unit === 'percent') return { number: formatPercent(value, lang, indicator.decimals, indicator.id.endsWith('change_pct')), unit: '' };
  const unit = UNIT_LABELS[indicator.unit]?.[lang];
  return { number: formatNumber(value, lang, indicator.decimals), unit: ['people', 'households'].includes(indicator.unit) || !unit ? '' : unit };
}

/** A value with its unit, as a reader expects it in the page's language. */
export function formatValue(value: number | null | undefined, indicator: Measured, lang: Lang): string {
  const { number, unit } = valueParts(value, indicator, lang);
  return unit ? `${number} ${unit}` : number;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();
/** A country's name in the page's language, from its ISO 3166 code (`MA` → Maroc, المغرب, Morocco). */
export function countryName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) { names = new Intl.DisplayNames([LOCALE[lang]], { type: 'region' }); displayNames.set(lang, names); }
  return names.of(code) ?? code;
}

/** A territory's name in the page's language (Arabic pages use the Arabic name). */
export const nameOf = (t: { name_fr: string; name_ar: string }, lang: Lang) => (lang === 'ar' ? t.name_ar : t.name_fr);
