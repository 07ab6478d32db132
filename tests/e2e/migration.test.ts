// The migration story as readers meet it: the home page's first screen at 1280×900 shows the
// net migration map with its legend and chooser, the region's estimate from the extract;
// every profile opens with the Migration section; Aït Amira's page does not lead with an opinion.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();
const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

async function census(code: string, id: string): Promise<number> {
  const t = tableFromIPC(await readFile(join('public/data', 'census.arrow')));
  return t.toArray().find((r) => r.territory_code === code && r.indicator_id === id && r.year === 2024)!.value as number;
}

describe('migration on the site', () => {
  it.each(['fr'])('shows the net migration map, its legend and the chooser on the first screen (%s)', async (lang) => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.origin}/${lang}/`, { waitUntil: 'networkidle' });
    const inView = async (sel: string) => {
      const box = await page.locator(sel).first().boundingBox();
      return !!box && box.y >= 0 && box.y + box.height <= 900 && box.x >= 0 && box.x + box.width <= 1280;
    };
    expect(await inView('svg[data-map="static"]:visible, [data-live-map]:visible')).toBe(true); // static SVG or the live map that replaces it
    expect(await inView('[data-legend-title="home"]')).toBe(true);
    expect(await inView('[data-legend="home"]')).toBe(true);
    expect(await inView('[data-indicator-select]')).toBe(true);
    expect(await page.locator('[data-indicator-select]').inputValue()).toBe('net_migration_rate_2014_2024');
    expect(await page.textContent('[data-map-caption="home"]')).not.toMatch(/Ckmeans/);
    expect(digits(await page.textContent('[data-region-migration] [data-value]'))).toBe(Math.abs(await census('09', 'net_migration_2014_2024')));
    expect(await page.locator('[data-extremes="gained"] li').count()).toBe(5);
    expect(await page.locator('[data-extremes="lost"] li').count()).toBe(5);
    await page.screenshot({ path: join(ARTIFACTS, `home-migration-${lang}.png`) });
    await page.close();
  });

  it('opens every kind of profile with the Migration section, Aït Amira without the opinion figure in view', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/fr/commune/ait-amira/', '/ar/commune/ait-amira/', '/fr/province/taroudannt/']) {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const first = await page.locator('article.profile > section').first().getAttribute('aria-labelledby');
      expect(first, path).toBe('migration');
      expect(await page.locator('[data-migration-section] svg').count(), path).toBe(1);
      await page.screenshot({ path: join(ARTIFACTS, `profile-migration-${path.replace(/\//g, '-')}.png`), fullPage: false });
    }
    await page.goto(`${site.origin}/fr/commune/ait-amira/`);
    expect(await page.locator('[data-fact="MIG-136"]').isVisible()).toBe(false); // collapsed, with its caveat
    expect(await page.locator('[data-facts-caution] [data-fact="MIG-136"] .fact-caveat').count()).toBe(1);
    await page.close();
  });
});
