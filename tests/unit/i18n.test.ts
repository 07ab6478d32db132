import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBSERVATORY, REGION } from '../../src/config/observatory.ts';
import { MESSAGES as DESK_MESSAGES } from '../../src/desk/i18n.ts';
import { MESSAGES, t } from '../../src/i18n/index.ts';

describe('interface messages', () => {
  const keys = (lang: keyof typeof MESSAGES) => Object.keys(MESSAGES[lang]).sort();
  it.each(['ar', 'en'] as const)('%s has exactly the French keys', (lang) => {
    expect(keys(lang)).toEqual(keys('fr'));
  });
  it.each(['fr', 'ar', 'en'] as const)('%s has no empty message', (lang) => {
    expect(Object.entries(MESSAGES[lang]).filter(([, v]) => !v.trim())).toEqual([]);
  });
  it('writes Arabic messages in Arabic', () => {
    const latinOnly = Object.entries(MESSAGES.ar).filter(([k, v]) => !/[\u0600-\u06ff]/.test(v) && /\p{L}/u.test(v.replace(/\{\w+\}/g, '')) && !['punct.colon', 'punct.comma', 'profile.in'].includes(k));
    expect(latinOnly).toEqual([]);
  });
  it.each(['fr', 'en'] as const)('%s writes no plural as "(s)": counts go through the plural rules', (lang) => {
    expect(Object.entries(MESSAGES[lang]).filter(([, v]) => /\p{L}\(s\)/u.test(v))).toEqual([]);
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

describe('the observatory and its region are named in one place', () => {
  const langs = OBSERVATORY.languages.map((l) => l.code);
  // Arabic writes the region with or without its hyphen: neither may be restated.
  const regionNames = [...new Set(langs.flatMap((l) => [REGION.name[l], REGION.name[l].replace(/-/g, ' ')]))];
  const siteNames = langs.map((l) => MESSAGES[l]['site.name']);
  const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : []);

  it('no source file but the configuration names the region, and none but the messages names the observatory', () => {
    const restated = sources('src').filter((f) => f !== join('src', 'config', 'observatory.ts')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const names = /^src\/i18n\/(fr|ar|en)\.ts$/.test(file) ? regionNames : [...regionNames, ...siteNames];
      return names.filter((n) => text.includes(n)).map((n) => `${file}: ${n}`);
    });
    expect(restated).toEqual([]);
  });
  it.each(langs)('%s: messages about the region and the desk\'s header name the configured region', (lang) => {
    expect(t(lang)('home.title')).toContain(REGION.name[lang]);
    expect(t(lang)('about.what')).toContain(REGION.name[lang]);
    expect(DESK_MESSAGES[lang].observatory).toBe(`${MESSAGES[lang]['site.name']} — ${REGION.name[lang]}`);
  });
});
