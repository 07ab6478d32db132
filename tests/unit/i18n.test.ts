import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index.ts';

describe('interface messages', () => {
  const keys = (lang: keyof typeof MESSAGES) => Object.keys(MESSAGES[lang]).sort();
  it.each(['ar', 'en'] as const)('%s has exactly the French keys', (lang) => {
    expect(keys(lang)).toEqual(keys('fr'));
  });
  it.each(['fr', 'ar', 'en'] as const)('%s has no empty message', (lang) => {
    expect(Object.entries(MESSAGES[lang]).filter(([, v]) => !v.trim())).toEqual([]);
  });
  it('writes Arabic messages in Arabic', () => {
    const latinOnly = Object.entries(MESSAGES.ar).filter(([k, v]) => !/[\u0600-\u06ff]/.test(v) && /\p{L}/u.test(v.replace(/\{\w+\}/g, '')) && !['site.region', 'punct.colon', 'punct.comma', 'profile.in'].includes(k));
    expect(latinOnly).toEqual([]);
  });
  it('keeps the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(MESSAGES.fr)) {
      // One key per plural category: only the "other" form must carry every placeholder.
      if (/\.(zero|one|two|few|many)$/.test(key)) continue;
      // Plural messages: the "other" form carries every placeholder (Arabic "two" needs no {n}).
      const otherForm = (s: string) => (s.includes('other:') ? /(?:^|\|)other:([^|]*)/.exec(s)![1]! : s);
      const placeholders = (s: string) => (otherForm(s).match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(MESSAGES.ar[key as keyof typeof MESSAGES.ar]), key).toEqual(placeholders(text));
      expect(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]), key).toEqual(placeholders(text));
    }
  });
});
