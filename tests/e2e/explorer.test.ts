// The explorer and the SQL console in a real Chromium, on the self-hosted DuckDB-WASM.
import { readFile } from 'node:fs/promises';
import { tableFromIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatChange, formatPercent } from '../../src/lib/format.ts';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';
import { join } from 'node:path';

const site = siteUnderTest();
const foreign: string[] = [];
const census = new Map<string, number>();
const names = new Map<string, string>();
const levelOf = new Map<string, string>();
const notes = new Map<string, string>();

beforeAll(async () => {
  site.browser.on('request', (r) => { if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(site.origin)) foreign.push(r.url()); });
  for (const r of tableFromIPC(await readFile('public/data/census.arrow')).toArray()) census.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value);
  for (const r of tableFromIPC(await readFile('public/data/territories.arrow')).toArray()) { names.set(r.code, r.name_fr); levelOf.set(r.code, r.level); }
  for (const r of tableFromIPC(await readFile('public/data/indicators.arrow')).toArray()) if (r.note_fr) notes.set(r.id, r.note_fr);
});

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}
const engineReady = (page: Page) => page.waitForSelector('[data-engine-status][data-engine="ready"], [data-sql-status][data-engine="ready"]', { timeout: 120_000 });
const viewShown = (page: Page, fragment: string) => page.waitForFunction((f) => (document.body.dataset.explorerView ?? '').includes(f), fragment, { timeout: 60_000 });

describe('explorer', () => {
  it('draws its first view before the query engine is ready', async () => {
    const page = await open('/fr/explorer/');
    await page.waitForSelector('[data-table] tbody tr');
    expect(await page.locator('[data-table] tbody tr').count()).toBe(175);
    await engineReady(page);
    await page.close();
  });

  it('recolours the map and updates the legend and table when the indicator changes', async () => {
    const page = await open('/fr/explorer/');
    await engineReady(page);
    await page.waitForSelector('[data-explorer-map][data-indicator="population_change_pct"]');
    const legendBefore = await page.locator('[data-explorer-legend]').textContent();
    await page.selectOption('[data-control="indicator"]', 'sex_female');
    await viewShown(page, 'i=sex_female');
    await page.waitForSelector('[data-explorer-map][data-indicator="sex_female"]');
    expect(await page.locator('[data-explorer-legend]').textContent()).not.toBe(legendBefore);
    // The table's first row is the commune where women's share is highest, as in the extract.
    const [top] = [...census].filter(([k]) => k.endsWith('|sex_female|2024')).sort((a, b) => b[1] - a[1]);
    const code = top![0].split('|')[0]!;
    const first = page.locator('[data-table] tbody tr').first();
    expect(await first.getAttribute('data-code')).toBe(code);
    expect(await first.textContent()).toContain(formatPercent(top![1], 'fr', 1));
    expect(await page.locator('[data-correlation]').textContent()).toMatch(/r de Pearson/);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-fr.png'), fullPage: true });
    await page.close();
  });

  it('recolours both maps from memory when the indicator changes: in the same task, with no query and no reload of the map\'s tiles', async () => {
    const page = await open('/fr/explorer/');
    await engineReady(page);
    await page.waitForSelector('[data-explorer-map][data-map-ready="true"]', { timeout: 120_000 });
    // Every indicator's values at this level and year are in memory once this mark is set.
    await page.waitForFunction(() => performance.getEntriesByName('explorer-slice').length > 0, null, { timeout: 60_000 });
    const seen = await page.evaluate(async () => {
      type Live = { on(e: string, f: (e: { sourceDataType?: string; tile?: unknown }) => void): void; once(e: string, f: () => void): void; getFeatureState(f: { source: string; id: string }): { fill?: string } };
      const map = (window as unknown as { observatoireMap: Live }).observatoireMap;
      const select = document.querySelector<HTMLSelectElement>('[data-control="indicator"]')!;
      const paths = [...document.querySelectorAll<SVGPathElement>('g[data-level="commune"] path[data-code]')];
      const fills = () => paths.map((p) => p.getAttribute('fill'));
      const before = fills();
      const queries = () => performance.getEntriesByName('duckdb-query').length;
      const queriesBefore = queries();
      // A paint expression keyed on a feature property makes MapLibre reload the source's tiles.
      let tiles = 0;
      map.on('sourcedata', (e) => { if (e.tile) tiles++; });
      select.value = 'sex_female';
      select.dispatchEvent(new Event('change'));
      // Still inside the change event's task: nothing has been awaited.
      const after = fills();
      const live = paths.map((p) => map.getFeatureState({ source: 'communes', id: p.dataset.code! }).fill ?? null);
      const result = {
        indicator: document.querySelector<HTMLElement>('[data-explorer-map]')!.dataset.indicator,
        changed: after.filter((f, i) => f !== before[i]).length,
        liveMatchesSvg: live.every((f, i) => f === after[i]),
        queries: queries() - queriesBefore,
      };
      await new Promise<void>((resolve) => map.once('idle', () => resolve()));
      return { ...result, tiles };
    });
    expect(seen.indicator).toBe('sex_female');
    expect(seen.changed).toBeGreaterThan(0);
    expect(seen.liveMatchesSvg).toBe(true);
    expect(seen.queries).toBe(0);
    expect(seen.tiles).toBe(0);
    await page.close();
  });

  it('walks the map from the keyboard in rank order and opens the profile with Enter', async () => {
    const page = await open('/en/explorer/');
    await engineReady(page);
    // Once MapLibre has replaced the SVG (the SVG's own keyboard is tested on the home map).
    await page.waitForSelector('[data-explorer-map][data-map-ready="true"]', { timeout: 120_000 });
    await page.locator('[data-explorer-map]').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.locator('[data-table] tbody tr').first().getAttribute('data-code');
    expect(await page.locator('[data-table] tbody tr.highlight').getAttribute('data-code')).toBe(first);
    expect(await page.locator('[data-map-tooltip]').textContent()).toMatch(/^1\. /);
    await Promise.all([page.waitForURL(/\/en\/commune\/[^/]+\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('keeps a selected territory highlighted in the table and the ranking, and in the URL', async () => {
    const page = await open('/fr/explorer/');
    await engineReady(page);
    const row = page.locator('[data-table] tbody tr').nth(3);
    const code = (await row.getAttribute('data-code'))!;
    await row.locator('td').first().click();
    expect(new URL(page.url()).searchParams.get('s')).toBe(code);
    expect(await page.locator(`[data-bars] rect.selected[data-code="${code}"]`).count()).toBe(1);
    await page.reload();
    await engineReady(page);
    await page.waitForSelector(`[data-table] tbody tr.selected[data-code="${code}"]`);
    await page.close();
  });

  it('reopens the same view from a shared URL', async () => {
    const page = await open('/fr/explorer/?i=population_legal&l=province&y=change&m=quantile&k=4&p=sequential&x=sex_female');
    await engineReady(page);
    await viewShown(page, 'i=population_legal');
    expect(await page.inputValue('[data-control="level"]')).toBe('province');
    expect(await page.inputValue('[data-control="year"]')).toBe('change');
    expect(await page.inputValue('[data-control="method"]')).toBe('quantile');
    expect(await page.inputValue('[data-control="classes"]')).toBe('4');
    const rows = page.locator('[data-table] tbody tr');
    expect(await rows.count()).toBe(6);
    const code = (await rows.first().getAttribute('data-code'))!;
    const change = 100 * (census.get(`${code}|population_legal|2024`)! - census.get(`${code}|population_legal|2014`)!) / census.get(`${code}|population_legal|2014`)!;
    expect(await rows.first().textContent()).toContain(formatPercent(change, 'fr', 1, true));
    expect(await rows.first().textContent()).toContain(names.get(code)!);
    expect(await page.locator('[data-explorer-legend] li').count()).toBeLessThanOrEqual(4);
    await page.close();
  });
});

describe('explorer, two censuses', () => {
  /** Territories of a level with both census values, and the change, highest first (as the table sorts). */
  const changes = (indicator: string, level: string, kind: 'points' | 'percent') => [...levelOf].filter(([, l]) => l === level).flatMap(([code]) => {
    const [now, before] = [census.get(`${code}|${indicator}|2024`), census.get(`${code}|${indicator}|2014`)];
    if (now === undefined || before === undefined) return [];
    return [{ code, change: kind === 'points' ? now - before : (100 * (now - before)) / before }];
  }).sort((a, b) => b.change - a.change || a.code.localeCompare(b.code));
  const optionState = (page: Page) => page.locator('[data-control="year"] option').evaluateAll((os) => os.map((o) => `${(o as HTMLOptionElement).value}:${(o as HTMLOptionElement).disabled ? 'off' : 'on'}`));

  it('offers 2014, 2024 and the change in points for a comparable share, for communes, provinces, the region and Morocco', async () => {
    const indicator = 'illiteracy_rate_10_plus';
    const page = await open(`/fr/explorer/?i=${indicator}&l=commune&y=change`);
    await engineReady(page);
    await viewShown(page, `i=${indicator}&l=commune&y=change`);
    expect(await optionState(page)).toEqual(['2014:on', '2024:on', 'change:on']);
    expect(await page.locator('[data-control="year"] option[value="change"]').textContent()).toMatch(/points/);
    const rows = page.locator('[data-table] tbody tr');
    const [top] = changes(indicator, 'commune', 'points');
    expect(await rows.first().getAttribute('data-code')).toBe(top!.code);
    expect(await rows.first().textContent()).toContain(`${formatChange(top!.change, 'fr', 1)} pt`);
    // The region and Morocco, as references beside the map (neither is a map unit).
    const region = [...levelOf].find(([, l]) => l === 'region')![0];
    const reference = (await page.locator('[data-reference]').textContent())!;
    for (const code of [region, 'MA']) {
      const change = census.get(`${code}|${indicator}|2024`)! - census.get(`${code}|${indicator}|2014`)!;
      expect(reference).toContain(`${formatChange(change, 'fr', 1)} pt`);
    }
    expect(reference).toContain(names.get(region)!);
    expect(reference).toMatch(/Maroc/);
    // The zoomable map, once it replaces the SVG, colours the same communes: its areas carry
    // the territories' codes whatever view the page opened on.
    await page.waitForSelector('[data-explorer-map][data-map-ready="true"]', { timeout: 120_000 });
    const liveCodes = await page.evaluate(() => (window as unknown as { observatoireMap: { querySourceFeatures(s: string): { properties: { code: string } }[] } })
      .observatoireMap.querySourceFeatures('communes').map((f) => f.properties.code));
    expect(liveCodes.length).toBeGreaterThan(0);
    expect(liveCodes.filter((c) => levelOf.get(c) !== 'commune')).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-change-fr.png'), fullPage: true });
    // Provinces, then the 2014 census itself.
    await page.selectOption('[data-control="level"]', 'province');
    await viewShown(page, 'l=province&y=change');
    expect(await rows.count()).toBe([...levelOf.values()].filter((l) => l === 'province').length);
    expect(await rows.first().getAttribute('data-code')).toBe(changes(indicator, 'province', 'points')[0]!.code);
    await page.selectOption('[data-control="year"]', '2014');
    await viewShown(page, 'l=province&y=2014');
    const [highest2014] = [...levelOf].filter(([, l]) => l === 'province').map(([code]) => ({ code, v: census.get(`${code}|${indicator}|2014`)! })).sort((a, b) => b.v - a.v);
    expect(await rows.first().getAttribute('data-code')).toBe(highest2014!.code);
    expect(await rows.first().textContent()).toContain(formatPercent(highest2014!.v, 'fr', 1));
    expect(await page.locator('[data-reference]').textContent()).toContain(formatPercent(census.get(`MA|${indicator}|2014`)!, 'fr', 1));
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-2014-fr.png'), fullPage: true });
    await page.close();
  });

  it('gives a count\'s change in %, says why a non-comparable indicator has none, and shows what changed between the censuses', async () => {
    const page = await open('/fr/explorer/?i=households_count&l=commune&y=change');
    await engineReady(page);
    await viewShown(page, 'i=households_count&l=commune&y=change');
    const [top] = changes('households_count', 'commune', 'percent');
    expect(await page.locator('[data-table] tbody tr').first().textContent()).toContain(formatPercent(top!.change, 'fr', 1, true));
    // Women's share exists in 2024 only: no change offered, and the reason shown instead.
    await page.selectOption('[data-control="indicator"]', 'sex_female');
    await viewShown(page, 'i=sex_female');
    expect(await optionState(page)).toEqual(['2014:off', '2024:on', 'change:off']);
    const why = page.locator('[data-comparability]');
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toBe(notes.get('sex_female'));
    // Household waste: comparable, but its categories changed; the census note says how.
    await page.selectOption('[data-control="indicator"]', 'household_waste_truck');
    await page.selectOption('[data-control="year"]', 'change');
    await viewShown(page, 'i=household_waste_truck&l=commune&y=change');
    expect(await why.textContent()).toContain(notes.get('household_waste_truck')!);
    await page.close();
  });
});

describe('SQL console', () => {
  it('returns the right count for SELECT count(*) FROM communes', async () => {
    const page = await open('/en/sql/');
    await engineReady(page);
    await page.fill('[data-sql-editor]', 'SELECT count(*) AS n FROM communes');
    await page.press('[data-sql-editor]', 'Control+Enter');
    await page.waitForSelector('[data-sql-status][data-rows="1"]');
    expect(await page.locator('[data-sql-result] tbody td').first().textContent()).toBe('175');
    expect(await page.locator('[data-sql-status]').textContent()).toMatch(/^1 row in \d+ ms$/);
    await page.close();
  });

  it('shows DuckDB’s error plainly for a bad query', async () => {
    const page = await open('/fr/sql/');
    await engineReady(page);
    await page.fill('[data-sql-editor]', 'SELECT * FROM no_such_table');
    await page.click('[data-sql-run]');
    const error = page.locator('[data-sql-error]');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toContain('no_such_table');
    expect(await error.textContent()).toContain('Erreur de DuckDB');
    await page.close();
  });

  it('cancels a long query and stays responsive meanwhile', async () => {
    const page = await open('/fr/sql/');
    await engineReady(page);
    await page.fill('[data-sql-editor]', 'SELECT count(*) FROM range(20000000000) a');
    await page.click('[data-sql-run]');
    await page.waitForFunction(() => (document.querySelector('[data-sql-run]') as HTMLButtonElement).disabled);
    const t0 = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2); // the page's thread is free: the engine runs in its worker
    expect(Date.now() - t0).toBeLessThan(1000);
    await page.click('[data-sql-cancel]');
    await page.waitForFunction(() => !(document.querySelector('[data-sql-run]') as HTMLButtonElement).disabled, undefined, { timeout: 20_000 });
    expect(await page.locator('[data-sql-status]').textContent()).toContain('annulée');
    await page.close();
  });

  it('made no request to any other origin', () => {
    expect(foreign).toEqual([]);
  });
});

