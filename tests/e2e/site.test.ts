// The public site in a real Chromium: the MapLibre home map (drawn, hoverable, clickable,
// recoloured on demand), profiles agreeing with the published extract, Arabic right-to-left,
// search, language switch, and no request to any other origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/lib/format.ts';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();
const foreign: string[] = [];
const census = new Map<string, number>();
const communes = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  site.browser.on('request', (r) => { if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  for (const r of tableFromIPC(await readFile('public/data/census.arrow')).toArray()) census.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value);
  for (const r of tableFromIPC(await readFile('public/data/communes.arrow')).toArray()) communes.set(r.slug, r.toJSON());
});

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  expect(response!.status(), path).toBe(200);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

async function liveMap(page: Page) {
  await page.setViewportSize({ width: 1280, height: 1800 }); // the whole map within the viewport
  // MapLibre comes when the reader asks for zooming and panning (the SVG map comes first).
  await page.click('[data-map-zoom]');
  await page.waitForSelector('[data-live-map][data-map-ready="true"]', { timeout: 120_000 });
}

/** A screen point inside the commune drawn with the given 9-digit code, found by asking the map. */
async function pointInside(page: Page, digits: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((code) => {
    const map = (window as unknown as { observatoireMap: { getCanvas(): HTMLCanvasElement; queryRenderedFeatures(p: [number, number], o: object): { properties: { code: string } }[] } }).observatoireMap;
    const canvas = map.getCanvas();
    const r = canvas.getBoundingClientRect();
    const hits: [number, number][] = [];
    for (let y = 2; y < r.height; y += 3) {
      for (let x = 2; x < r.width; x += 3) {
        if (map.queryRenderedFeatures([x, y], { layers: ['communes-fill'] })[0]?.properties.code === code) hits.push([x, y]);
      }
    }
    if (hits.length === 0) return null;
    // The hit nearest the middle of all hits: well inside the commune, away from its borders.
    const [mx, my] = [hits.reduce((a, h) => a + h[0], 0) / hits.length, hits.reduce((a, h) => a + h[1], 0) / hits.length];
    const [x, y] = hits.reduce((best, h) => (Math.hypot(h[0] - mx, h[1] - my) < Math.hypot(best[0] - mx, best[1] - my) ? h : best));
    return { x: r.left + x, y: r.top + y };
  }, digits);
  expect(point, `commune ${digits} is drawn`).not.toBeNull();
  return point!;
}

describe('home page map', () => {
  it('draws the communes on a non-blank canvas, with a legend of classes', async () => {
    const page = await open('/fr/');
    await liveMap(page);
    const canvas = PNG.sync.read(await page.locator('[data-live-map] canvas').screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < canvas.data.length; i += 4 * 7) colours.add((canvas.data[i]! << 16) | (canvas.data[i + 1]! << 8) | canvas.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(6); // a blank or single-colour canvas has 1–2
    const legend = await page.locator('[data-legend="home"] li').allTextContents();
    expect(legend.length).toBeGreaterThanOrEqual(4);
    expect(legend.every((t) => /\(\d+ communes?\)/.test(t))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'home-fr-map.png'), fullPage: false });
    await page.close();
  });

  it('shows a commune and its value on hover, and opens its profile on click', async () => {
    const page = await open('/fr/');
    await liveMap(page);
    const tafraout = communes.get('tafraout')!;
    const point = await pointInside(page, tafraout.code_digits as string);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('[data-map-tooltip]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    // The home map opens on the net migration rate (the configuration's first home indicator).
    const expected = census.get(`${tafraout.code}|net_migration_rate_2014_2024|2024`)!.toFixed(1).replace('.', ',').replace('-', '\u2212'); // French decimal comma, minus sign U+2212
    expect(await tooltip.textContent()).toContain('Tafraout');
    expect(await tooltip.textContent()).toContain(expected);
    await Promise.all([page.waitForURL('**/fr/commune/tafraout/'), page.mouse.click(point.x, point.y)]);
    expect(await page.locator('h1').textContent()).toContain('Tafraout');
    await page.close();
  });

  it('recolours the map and updates the legend when another indicator is chosen', async () => {
    const page = await open('/fr/');
    await liveMap(page);
    const before = await page.locator('[data-legend="home"]').textContent();
    const canvas = () => page.locator('[data-live-map] canvas').screenshot();
    const pixelsBefore = await canvas();
    await page.selectOption('[data-indicator-select]', 'men_per_100_women');
    expect(await page.locator('[data-live-map]').getAttribute('data-indicator')).toBe('men_per_100_women');
    expect(await page.locator('[data-legend="home"]').textContent()).not.toBe(before);
    expect(await page.locator('[data-map-definition]').textContent()).toContain('masculinité');
    // MapLibre draws the new colours on its next frame.
    await expect.poll(async () => Buffer.compare(await canvas(), pixelsBefore), { timeout: 5000 }).not.toBe(0);
    await page.close();
  });

  it('can be used from the keyboard: arrows move from commune to commune, Enter opens the profile', async () => {
    const page = await open('/fr/');
    await liveMap(page);
    await page.focus('[data-live-map]');
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('[data-map-tooltip]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const first = await tooltip.locator('strong').textContent();
    await Promise.all([page.waitForURL(/\/fr\/commune\/[^/]+\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain(first!);
    await page.close();
  });
});

describe('profiles', () => {
  it('show the same figures as the published extract for that commune', async () => {
    const page = await open('/fr/commune/ait-amira/');
    const row = communes.get('ait-amira')!;
    const cell = await page.locator('[data-headline] [data-indicator="population_legal"] [data-value]').textContent();
    expect(cell).toBe(formatNumber(row.population_2024 as number, 'fr'));
    const change = await page.locator('[data-headline] [data-indicator="population_change_pct"] [data-value]').textContent();
    expect(change).toBe(formatPercent(row.population_change_pct as number, 'fr', 1, true));
    // Aït Amira is the only commune with a cited migration figure (an opinion column, with its caveat).
    expect(await page.locator('[data-fact="MIG-136"] .fact-caveat').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'profile-fr.png'), fullPage: true });
    await page.close();
  });

  it('list the neighbouring communes that share a border, as links', async () => {
    const page = await open('/en/commune/tafraout/');
    const neighbours = await page.locator('[data-neighbours] a').allTextContents();
    expect(neighbours).toContain('Ammelne');
    expect(neighbours.length).toBeGreaterThan(1);
    expect(await page.locator('[data-no-facts]').count()).toBe(1); // the clear "no data" state
    await page.screenshot({ path: join(ARTIFACTS, 'profile-en.png'), fullPage: true });
    await page.close();
  });

  it('offer the page’s figures as CSV', async () => {
    const page = await open('/fr/province/tiznit/');
    const href = await page.locator('[data-download]').getAttribute('href');
    const bytes = Buffer.from(await (await fetch(`${site.origin}${href}`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const csv = bytes.toString('utf8');
    expect(csv).toContain(`"09.581","Tiznit"`);
    expect(csv).toContain(`"population_legal"`);
    await page.close();
  });

  it('print as a clean A4 fiche of at most three pages, without the site navigation', async () => {
    const page = await open('/fr/commune/tafraout/');
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header form').isVisible()).toBe(false);
    expect(await page.locator('.subnav').isVisible()).toBe(false);
    await page.close();
  });

  it('render charts as SVG without JavaScript', async () => {
    const page = await site.browser.newPage();
    const cdp = await site.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${site.origin}/fr/commune/tafraout/`);
    // Drawn twice, for a wide column and for a phone; the stylesheet shows one.
    // The age pyramid, 2014 against 2024, drawn at build time.
    expect(await page.locator('section[data-section="population"] svg[role="img"][aria-label]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-headline] li[data-indicator]').count()).toBeGreaterThan(8);
    await page.close();
  });
});

describe('languages', () => {
  it('lays Arabic pages out right to left, with Arabic names from the data', async () => {
    const page = await site.browser.newPage();
    const fonts: string[] = [];
    page.on('response', (r) => { if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).pathname); });
    await page.goto(`${site.origin}/ar/commune/tafraout/`, { waitUntil: 'networkidle' });
    // The site's own Arabic font, subset to the Arabic block; none of its Latin or symbol subsets.
    // Checked through the document's fonts: an earlier page may have put the file in the cache.
    const loaded = await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')); });
    expect(loaded).toContain('Noto Sans Arabic');
    expect(fonts.filter((f) => f.includes('noto-sans-arabic') && !f.endsWith('/noto-sans-arabic-400.woff2'))).toEqual([]);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toContain(communes.get('tafraout')!.name_ar as string);
    const brand = await page.locator('.brand').boundingBox();
    const langs = await page.locator('.langs').boundingBox();
    expect(brand!.x).toBeGreaterThan(langs!.x); // mirrored header: brand on the right
    await page.screenshot({ path: join(ARTIFACTS, 'profile-ar.png'), fullPage: true });
    await page.close();
    const home = await open('/ar/');
    await liveMap(home);
    await home.screenshot({ path: join(ARTIFACTS, 'home-ar.png'), fullPage: true });
    await home.close();
  });

  it('keeps the reader on the same page when switching language', async () => {
    const page = await open('/fr/commune/tafraout/');
    await Promise.all([page.waitForURL('**/en/commune/tafraout/'), page.click('[data-lang-switch="en"]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('screens the English home page', async () => {
    const page = await open('/en/');
    await liveMap(page);
    await page.screenshot({ path: join(ARTIFACTS, 'home-en.png'), fullPage: true });
    await page.close();
  });
});

describe('data catalogue', () => {
  it('lists every published file with its size and checksum, as the datapackage does', async () => {
    const pkg = JSON.parse(await readFile('public/data/datapackage.json', 'utf8')) as { resources: { path: string; hash: string }[] };
    const page = await open('/fr/donnees/');
    const links = await page.locator('[data-resource-group] tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(pkg.resources.map((r) => `/data/${r.path}`).sort());
    expect(await page.locator('[data-source]').count()).toBe(tableFromIPC(await readFile('public/data/sources.arrow')).numRows);
    await page.close();
  });
});

describe('search', () => {
  it('finds "Aït Amira" typed as "ait amira" and opens it', async () => {
    const page = await open('/fr/');
    await page.click('#q');
    await page.keyboard.type('ait amira');
    const first = page.locator('#search-results li a').first();
    await expect.poll(() => first.textContent()).toContain('Ait Amira');
    await Promise.all([page.waitForURL('**/fr/commune/ait-amira/'), page.keyboard.press('Enter')]);
    await page.close();
  });
  it('"Tata" with the button: the directory keeps the query and says which is the province', async () => {
    const page = await open('/fr/');
    await page.fill('#q', 'Tata');
    await expect.poll(() => page.locator('#search-results li a').count()).toBeGreaterThan(1);
    await Promise.all([page.waitForURL(/\/fr\/communes\/\?q=Tata$/), page.click('.search button[type=submit]')]);
    const results = page.locator('[data-results-list] li');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    expect(await results.nth(0).textContent()).toMatch(/^Tata — Province · Souss-Massa/);
    expect(await results.nth(1).textContent()).toMatch(/^Tata — Commune urbaine · Tata/);
    expect(await page.inputValue('#directory-q')).toBe('Tata');
    expect(await page.inputValue('#q')).toBe('Tata');
    // Tata's province table stays, Tiznit's (no match) is hidden.
    expect(await page.locator('section[data-province-section="09.551"]').isVisible()).toBe(true);
    expect(await page.locator('section[data-province-section="09.581"]').isVisible()).toBe(false);
    await page.close();
  });
  it('on a phone, the directory keeps only the communes the search found (the reflowed table hides the others too)', async () => {
    const page = await open('/fr/');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.origin}/ar/communes/?q=tafraoute`, { waitUntil: 'networkidle' });
    const found = page.locator('[data-results-list] li a');
    await expect.poll(() => found.count()).toBeGreaterThan(1);
    const communesFound = (await found.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).filter((p) => p.includes('/commune/'));
    const rowsShown = await page.locator('tr[data-commune]:visible a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(rowsShown.sort()).toEqual(communesFound.sort());
    await page.close();
  });
  it('a search with no match says so in the directory instead of listing everything', async () => {
    const page = await open('/en/communes/?q=xyzxyz');
    await expect.poll(() => page.locator('[data-results-count]').textContent()).toBe('No territory matches “xyzxyz”.');
    expect(await page.locator('section[data-province-section]:visible').count()).toBe(0);
    await page.close();
  });
});

describe('the whole visit', () => {
  it('made no request to any other origin and raised no script error', () => {
    expect(foreign).toEqual([]);
  });
});
