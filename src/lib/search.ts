// Search keys for territory names typed the way people type them: without accents, with or
// without hyphens and apostrophes, with the common transliteration variants of Moroccan
// names (Aït/Ait/Ayt, Ouled/Oulad/Ulad, Ida Ou/Ida-ou, ou/u/w, a final e, doubled letters:
// "tafraoute" finds Tafraout, "imaouene" Imaouen), or in Arabic without vowel marks, with
// any form of alef, and with or without the article.

const LATIN_VARIANTS: [RegExp, string][] = [
  [/\b(ait|ayt|aite)\b/g, 'ait'],
  [/\b(ouled|oulad|ulad|awlad|ouled)\b/g, 'oulad'],
  [/\b(ou|o|u)\b/g, 'ou'],
  [/\b(sidi|sidy)\b/g, 'sidi'],
  [/\b(el|al|l)\s+/g, ''],
  [/ou/g, 'u'],
  [/w/g, 'u'],
  [/(.)\1+/g, '$1'],
  // A final e is often added or dropped in French transliteration (Tafraout/Tafraoute).
  [/\B([a-z]{2})e\b/g, '$1'],
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
    .replace(/(^|[\s\-–])ال/g, '$1') // the article, at the start of any word
    .replace(/(.)\1+/g, '$1') // a doubled letter (shadda written out)
    .replace(/[\s\-–_'’]+/g, '')
    .trim();
}

export const isArabic = (text: string) => /[\u0600-\u06ff]/.test(text);

export type SearchLevel = 'region' | 'province' | 'commune';
/** One territory the header search can find; `context` names what it is and where (in the page's language). */
export interface SearchEntry { code: string; level: SearchLevel; name_fr: string; name_ar: string; href: string; context: string }
export interface IndexedEntry extends SearchEntry { latin: string; arabic: string }

export function indexEntries(entries: SearchEntry[]): IndexedEntry[] {
  return entries.map((e) => ({ ...e, latin: latinKey(e.name_fr), arabic: arabicKey(e.name_ar) }));
}

const LEVEL_ORDER: Record<SearchLevel, number> = { region: 0, province: 1, commune: 2 };

/** Exact matches first, then entries whose key starts with the query, then those containing
 *  it (from three letters: "zzzz" reads as "z"); within each, the region before provinces before communes, then by name. */
export function search(index: IndexedEntry[], query: string, limit = 8): IndexedEntry[] {
  const arabic = isArabic(query);
  const q = arabic ? arabicKey(query) : latinKey(query);
  if (!q) return [];
  const keyOf = (e: IndexedEntry) => (arabic ? e.arabic : e.latin);
  const tier = (e: IndexedEntry) => { const k = keyOf(e); return k === q ? 0 : k.startsWith(q) ? 1 : q.length >= 3 && k.includes(q) ? 2 : -1; };
  return index
    .map((e) => ({ e, tier: tier(e) }))
    .filter((x) => x.tier >= 0)
    .sort((a, b) => a.tier - b.tier || LEVEL_ORDER[a.e.level] - LEVEL_ORDER[b.e.level] || a.e.name_fr.localeCompare(b.e.name_fr, 'fr'))
    .slice(0, limit)
    .map((x) => x.e);
}
