// The static API page documents what a program really finds: for every published Arrow file,
// the page's columns are the file's own fields in order, and every address it gives is a
// file of the built site, in the three languages.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

describe('static API page', () => {
  it.each(['fr', 'ar', 'en'])('in %s, lists each table’s real columns and only addresses that exist', async (lang) => {
    const { document } = parseHTML(await readFile(join(DIST, lang, 'donnees', 'api', 'index.html'), 'utf8'));
    const arrows = (await readdir(join(DIST, 'data'))).filter((f) => f.endsWith('.arrow'));
    expect(arrows.length).toBeGreaterThan(0);
    for (const file of arrows) {
      const fields = tableFromIPC(await readFile(join(DIST, 'data', file))).schema.fields.map((f) => f.name);
      const table = document.querySelector(`[data-api-table="${file.replace(/\.arrow$/, '')}"]`);
      expect(table, file).not.toBeNull();
      expect([...table!.querySelectorAll('[data-column]')].map((r) => r.getAttribute('data-column'))).toEqual(fields);
    }
    const hrefs = [...document.querySelectorAll('a[href^="/data/"]')].map((a) => a.getAttribute('href')!);
    const version = JSON.parse(await readFile(join(DIST, 'data', 'manifest.json'), 'utf8')).version as string;
    expect(hrefs.some((h) => h.startsWith(`/data/v${version}/`))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/data/h/'))).toBe(true);
    expect(hrefs.filter((h) => !existsSync(join(DIST, h)))).toEqual([]);
  });

  it('is linked from the data page in each language', async () => {
    for (const lang of ['fr', 'ar', 'en']) {
      const { document } = parseHTML(await readFile(join(DIST, lang, 'donnees', 'index.html'), 'utf8'));
      expect(document.querySelector('[data-static-api-link]')?.getAttribute('href')).toBe(`/${lang}/donnees/api/`);
    }
  });
});
