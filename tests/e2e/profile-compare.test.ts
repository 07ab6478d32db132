// Profiles that compare, as built: no commune profile says "not published at this level" for
// a figure the published census extract holds for that level, and every figure HCP publishes
// for the commune's province, the region and Morocco is printed. Screenshots in French and
// Arabic at 1280 and 360 px, with nothing wider than the page in the profile itself.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index.ts';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';

interface Row { territory_code: string; indicator_id: string; year: number; value: number }
const published = new Set<string>();
let communes: { code: string; slug: string; province_code: string }[] = [];
let region = '';
let country = '';

beforeAll(async () => {
  for (const r of tableFromIPC(await readFile('public/data/census.arrow')).toArray() as Row[]) published.add(`${r.territory_code}|${r.indicator_id}|${r.year}`);
  const all = tableFromIPC(await readFile('public/data/territories.arrow')).toArray().map((r) => r.toJSON() as { code: string; slug: string; level: string; province_code: string });
  communes = all.filter((t) => t.level === 'commune');
  region = all.find((t) => t.level === 'region')!.code;
  country = all.find((t) => t.level === 'country')!.code;
});

describe('commune profiles', () => {
  it('never say "not published at this level" for a figure the census extract holds, and print every one it holds', { timeout: 240_000 }, async () => {
    const notPublished = MESSAGES.fr['profile.notAggregated'];
    const wrong: string[] = [];
    let printed = 0;
    for (const c of communes) {
      const { document } = parseHTML(await readFile(join('dist/fr/commune', c.slug, 'index.html'), 'utf8'));
      const refs = { province: c.province_code, region, country };
      for (const li of document.querySelectorAll('[data-comparisons] li[data-indicator]')) {
        const id = li.getAttribute('data-indicator')!;
        for (const [level, code] of Object.entries(refs)) {
          const text = li.querySelector(`[data-level="${level}"] dd`)?.textContent ?? '';
          const held = published.has(`${code}|${id}|2024`);
          if (held && (text === notPublished || text === '—')) wrong.push(`${c.slug} ${id} ${level}: "${text}"`);
          if (!held && text !== notPublished && text !== '—') wrong.push(`${c.slug} ${id} ${level}: prints "${text}" with no published figure`);
          if (held) printed++;
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // Each commune shows the parents' figures for most of its indicators (HCP publishes nearly everything at parent level).
    expect(printed).toBeGreaterThan(communes.length * 3 * 50);
  });
});

describe('profile screenshots', () => {
  const site = siteUnderTest();
  for (const lang of ['fr', 'ar'] as const) {
    for (const width of [1280, 360]) {
      it(`lays a commune profile out within ${width} px in ${lang}`, { timeout: 120_000 }, async () => {
        const page = await site.browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.origin}/${lang}/commune/tafraout/`, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate((vw) => [...document.querySelectorAll('article.profile *')]
          .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 1 || r.left < -1) && !e.closest('details:not([open])'); })
          .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`).slice(0, 5), width);
        expect(overflow).toEqual([]);
        // Every strip and the pyramid scale to the width they get.
        const svgs = await page.locator('article.profile svg.strip, [data-pyramid] svg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        expect(svgs.length).toBeGreaterThan(30);
        await page.screenshot({ path: join(ARTIFACTS, `profile-compare-${lang}-${width}.png`), fullPage: true });
        await page.close();
      });
    }
  }
});
