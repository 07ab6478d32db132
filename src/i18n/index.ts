// Message lookup with {name} placeholders. Pages call t(lang) once and use the result.

import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr, type MessageKey, type Messages } from './fr.ts';
import { OBSERVATORY } from '../config/observatory.ts';
import type { Lang } from '../lib/catalogue.ts';
import { pluralOf } from '../lib/plural.ts';

export const MESSAGES: Record<Lang, Messages> = { fr, ar, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function t(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

/** "1 commune" / "22 communes": picks the key by the language's plural rules. */
export function count(lang: Lang, n: number, one: MessageKey, other: MessageKey, params: Record<string, string | number> = {}): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return t(lang)(rule === 'one' ? one : other, { n, ...params });
}

/** A message with plural forms (see src/lib/plural.ts). */
export function plural(lang: Lang, key: MessageKey, n: number, params: Record<string, string | number> = {}): string {
  return pluralOf(lang, MESSAGES[lang][key], n, params);
}

/** The base of a message with one key per plural category (`….zero` to `….other`). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

/** A message chosen by the language's plural rules for n: Arabic has six forms, French and English two. */
export function pluralForms(lang: Lang, n: number, base: PluralBase, params: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(lang).select(n);
  return t(lang)(`${base}.${category}` as MessageKey, { n, ...params });
}

export const DIR = Object.fromEntries(OBSERVATORY.languages.map((l) => [l.code, l.dir])) as Record<Lang, 'ltr' | 'rtl'>;
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };
export type { MessageKey };
