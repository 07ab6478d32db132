// Search keys for commune names typed the way people type them: without accents, with or
// without hyphens and apostrophes, with the common transliteration variants of Moroccan
// names (Aït/Ait/Ayt, Ouled/Oulad/Ulad, Ida Ou/Ida-ou…), or in Arabic without vowel marks
// and with any form of alef.

const LATIN_VARIANTS: [RegExp, string][] = [
  [/\b(ait|ayt|aite)\b/g, 'ait'],
  [/\b(ouled|oulad|ulad|awlad|ouled)\b/g, 'oulad'],
  [/\b(ou|o|u)\b/g, 'ou'],
  [/\b(sidi|sidy)\b/g, 'sidi'],
  [/\b(el|al|l)\s+/g, ''],
  [/ou/g, 'u'],
  [/(.)\1+/g, '$1'],
];

export function latinKey(text: string): string {
  let s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/['’‘`´-]/g, ' ').replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [re, to] of LATIN_VARIANTS) s = s.replace(re, to);
  return s.replace(/\s+/g, '');
}

export function arabicKey(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '') // vowel marks, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\s\-–_'’]+/g, '')
    .trim();
}

export const isArabic = (text: string) => /[\u0600-\u06ff]/.test(text);

export interface SearchEntry { code: string; name_fr: string; name_ar: string; href: string; context: string }
export interface IndexedEntry extends SearchEntry { latin: string; arabic: string }

export function indexEntries(entries: SearchEntry[]): IndexedEntry[] {
  return entries.map((e) => ({ ...e, latin: latinKey(e.name_fr), arabic: arabicKey(e.name_ar) }));
}

/** Entries whose key starts with the query first, then those containing it; by name. */
export function search(index: IndexedEntry[], query: string, limit = 8): IndexedEntry[] {
  const arabic = isArabic(query);
  const q = arabic ? arabicKey(query) : latinKey(query);
  if (!q) return [];
  const keyOf = (e: IndexedEntry) => (arabic ? e.arabic : e.latin);
  const starts = index.filter((e) => keyOf(e).startsWith(q));
  const contains = index.filter((e) => !keyOf(e).startsWith(q) && keyOf(e).includes(q));
  const byName = (a: IndexedEntry, b: IndexedEntry) => a.name_fr.localeCompare(b.name_fr, 'fr');
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
