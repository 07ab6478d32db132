// The home page in a real Chromium: real figures from the published extracts, a static map
// with a legend before any script runs, no request to any other origin, readable with JavaScript off.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();


async function regionValue(indicator: string, year: number): Promise<number> {
  const census = tableFromIPC(await readFile(join('public/data', 'census.arrow')));
  const row = census.toArray().find((r) => r.territory_code === '09' && r.indicator_id === indicator && r.year === year);
  return row!.value as number;
}

const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

describe('home page', () => {
  it('shows the region’s population from the published extract and a static map with its legend', async () => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    const response = await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    expect(page.url()).toBe(`${site.origin}/fr/`); // the root redirects to the default language
    expect(response!.status()).toBe(200);

    expect(digits(await page.textContent('[data-kpi="population-2024"] .value'))).toBe(await regionValue('population_legal', 2024));
    expect(digits(await page.textContent('[data-kpi="population-2014"] .value'))).toBe(await regionValue('population_legal', 2014));
    expect(digits(await page.textContent('[data-kpi="communes"] .value'))).toBe(175);

    expect(await page.locator('svg[data-map="static"] path[data-code]').count()).toBe(175);
    const legend = page.locator('[data-legend="home"] li');
    expect(await legend.count()).toBeGreaterThanOrEqual(4);
    const counted = (await legend.allTextContents()).map((t) => Number(/\((\d+) communes?\)/.exec(t)?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(175);
    const fills = new Set(await page.locator('svg[data-map="static"] path[data-code]').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill'))));
    expect(fills.size).toBe(await legend.count());

    await page.screenshot({ path: join(ARTIFACTS, 'home-fr.png'), fullPage: true });
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('serves its fonts itself and credits HCP and OpenStreetMap', async () => {
    const page = await site.browser.newPage();
    const fonts: string[] = [];
    page.on('response', (r) => { if (/\.woff2?$/.test(r.url())) fonts.push(r.url()); });
    await page.goto(`${site.origin}/fr/`, { waitUntil: 'networkidle' });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((u) => u.startsWith(site.origin))).toBe(true);
    const footer = await page.textContent('footer');
    expect(footer).toContain('Haut-Commissariat au Plan');
    expect(footer).toContain('OpenStreetMap');
    expect(footer).toContain('ODbL');
    await page.close();
  });

  it('on a phone, a first tap on a commune of the zoomable map shows its value and a link, a second tap opens its profile', { timeout: 180_000 }, async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const cdp = await site.browser.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await page.goto(`${site.origin}/fr/`, { waitUntil: 'networkidle' });
    // The zoomable map comes on demand (the static map's own tap is tested in maps.test.ts).
    await page.click('[data-map-zoom]');
    await page.waitForSelector('[data-live-map][data-map-ready="true"]', { timeout: 120_000 });
    const box = (await page.locator('[data-live-map]').boundingBox())!;
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    const tap = async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const before = page.url();
    const firstTap = Date.now();
    await tap();
    await page.waitForSelector('[data-map-tooltip]:not([hidden]) [data-tooltip-link]', { timeout: 5_000 });
    expect(page.url()).toBe(before);
    const tooltip = await page.textContent('[data-map-tooltip]');
    expect(tooltip).toMatch(/\d/); // the value, read before leaving the page
    const href = await page.getAttribute('[data-tooltip-link]', 'href');
    expect(href).toMatch(/^\/fr\/commune\/[a-z0-9-]+\/$/);
    // Two taps, not a double tap: MapLibre zooms on a second tap within 500 ms of the first.
    await page.waitForTimeout(Math.max(0, firstTap + 700 - Date.now()));
    await Promise.all([page.waitForURL(`${site.origin}${href}`, { timeout: 10_000 }), tap()]);
    await page.close();
  });

  it('is complete with JavaScript disabled', async () => {
    const page = await site.browser.newPage();
    const cdp = await site.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${site.origin}/fr/`);
    expect(await page.locator('svg[data-map="static"] path[data-code]').count()).toBe(175);
    expect(digits(await page.textContent('[data-kpi="population-2024"] .value'))).toBeGreaterThan(0);
    await page.close();
  });
});
