// The commune directory where the header search lands, in a browser with JavaScript turned
// off: a static host cannot read ?q=, so the page says so and offers its A–Z index, which
// filters the list by the name's first letter with no script at all.
// Expected rows come from data/territories.csv with a normalisation written here.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, serveDist } from './harness.ts';

const communes = Papa.parse<Record<string, string>>(readFileSync('data/territories.csv', 'utf8'), { header: true, skipEmptyLines: true }).data
  .filter((r) => r.level === 'commune');
const firstLetter = (name: string, lang: 'fr' | 'ar') => lang === 'ar'
  ? name.replace(/^[أإآ]/, 'ا')[0]!
  : name.normalize('NFD').replace(/[^A-Za-z]/g, '')[0]!.toUpperCase();

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let noScript: BrowserContext;
beforeAll(async () => {
  server = await serveDist();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
});
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('directory without JavaScript', () => {
  for (const [lang, name, said] of [['fr', 'Tafraout', /ne peut pas lire votre recherche/], ['ar', 'تافراوت', /لا يمكن لهذه الصفحة قراءة بحثك/]] as const) {
    it(`${lang}: a search for ${name} says what the page shows, and its first letter keeps only those communes`, async () => {
      const page = await noScript.newPage();
      await page.goto(`${server.origin}/${lang}/communes/?q=${encodeURIComponent(name)}`);
      expect(await page.locator('main').innerText()).toMatch(said);
      const visibleRows = () => page.locator('tr[data-commune]:visible th a').allTextContents();
      expect(await visibleRows()).toHaveLength(175);

      const letter = firstLetter(name, lang);
      await page.locator('.letter-index a', { hasText: new RegExp(`^${letter}$`) }).click();
      const expected = communes.filter((c) => firstLetter(lang === 'ar' ? c.name_ar! : c.name_fr!, lang) === letter).map((c) => (lang === 'ar' ? c.name_ar : c.name_fr));
      const shown = await visibleRows();
      expect(shown.sort()).toEqual(expected.sort());
      expect(shown).toContain(name);
      // The page says how many communes it keeps, and the sought row is on the first screens.
      await expect.poll(() => page.locator('.letter-note:visible').innerText()).toContain(String(expected.length));
      const row = page.locator('tr[data-commune]:visible', { hasText: name }).first();
      expect((await row.boundingBox())!.y + (await page.evaluate(() => scrollY))).toBeLessThan(4 * 740);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: `tests/artifacts/directory-letter-${lang}-360.png` });

      // Every commune again.
      await page.locator('.letter-note:visible a').click();
      expect(await visibleRows()).toHaveLength(175);
      await page.close();
    });
  }
});
