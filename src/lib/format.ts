// Numbers as each audience reads them. Arabic pages use Latin digits (ar-MA), as Moroccan
// administrations and press do, so that figures read the same in all three languages.

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

export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatter(lang, decimals, false).format(value);
}

/** A change, always with its sign: +19,7 % / −14,6 %. */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatter(lang, decimals, true).format(value);
}

export function formatPercent(value: number | null | undefined, lang: Lang, decimals = 1, signed = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = signed ? formatChange(value, lang, decimals) : formatNumber(value, lang, decimals);
  return lang === 'en' ? `${n}%` : `${n}\u202f%`;
}

/** A value with its unit, as a reader expects it in the page's language. */
export function formatValue(value: number | null | undefined, indicator: { id: string; unit: string; decimals: number }, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (indicator.unit === 'percent') return formatPercent(value, lang, indicator.decimals, indicator.id.endsWith('change_pct'));
  const n = formatNumber(value, lang, indicator.decimals);
  const unit = UNIT_LABELS[indicator.unit]?.[lang];
  return ['people', 'households'].includes(indicator.unit) || !unit ? n : `${n} ${unit}`;
}

/** A territory's name in the page's language (Arabic pages use the Arabic name). */
export const nameOf = (t: { name_fr: string; name_ar: string }, lang: Lang) => (lang === 'ar' ? t.name_ar : t.name_fr);
