// Message lookup with {name} placeholders. Pages call t(lang) once and use the result.

import { ar } from './ar.ts';
import { en } from './en.ts';
import { fr, type MessageKey, type Messages } from './fr.ts';
import { OBSERVATORY, REGION } from '../config/observatory.ts';
import type { Lang } from '../lib/catalogue.ts';
import { pluralOf } from '../lib/plural.ts';

export const MESSAGES: Record<Lang, Messages> = { fr, ar, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function t(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  // `{region}` is filled from the configuration, so that no message restates the region's name.
  const defaults: Record<string, string> = { region: REGION.name[lang] };
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? defaults[name] ?? `{${name}}`));
}

/** The observatory's full name in one language: the site's name, then the configured region's. */
export const observatoryName = (lang: Lang): string => `${MESSAGES[lang]['site.name']} — ${REGION.name[lang]}`;

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
