// The site's security promises in a real Chromium: the SQL console fetches nothing and
// cannot be talked into it, and the Content-Security-Policy (meta tag, and the header that
// public/_headers asks static hosts to send) raises no violation on any page type while the
// explorer, the SQL console, the home map and the contribution validator still work.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_HEADER } from '../../src/lib/site/csp.ts';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();

async function open(path: string): Promise<{ page: Page; violations: string[]; requests: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [], requests: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, violations, requests };
}
const engineReady = (page: Page) => page.waitForSelector('[data-engine-status][data-engine="ready"], [data-sql-status][data-engine="ready"]', { timeout: 90_000 });

async function runSql(page: Page, sql: string): Promise<{ error: string | null; rows: string[] }> {
  await page.fill('[data-sql-editor]', sql);
  await page.click('[data-sql-run]');
  await page.waitForFunction(() => !(document.querySelector('[data-sql-run]') as HTMLButtonElement).disabled, undefined, { timeout: 30_000 });
  const error = page.locator('[data-sql-error]');
  const shown = await error.isVisible() ? await error.textContent() : null;
  return { error: shown, rows: await page.locator('[data-sql-result] tbody td').allTextContents() };
}

describe('SQL console', () => {
  it('reads no URL or file, writes none, attaches nothing and cannot re-enable any of it', async () => {
    const { page, requests } = await open('/en/sql/');
    await engineReady(page);
    const own = `${site.origin}/data/sources.csv`; // a real file of this site: only the lock stops it
    const attempts = [
      `SELECT count(*) FROM read_csv('${own}')`,
      `SELECT count(*) FROM read_csv('http://127.0.0.1:9/x.csv')`,
      `SELECT * FROM '${own}'`,
      `COPY (SELECT 1 AS x) TO '${site.origin}/copied.csv'`,
      `COPY (SELECT 1 AS x) TO 'copied.csv'`,
      `ATTACH '${site.origin}/data/x.duckdb' AS x`,
      `SET autoinstall_known_extensions = true`,
      `SET autoload_known_extensions = true`,
      `SET enable_external_access = true`,
      `SET lock_configuration = false`,
      `LOAD parquet`, // DuckDB-WASM's INSTALL only records a name: LOAD is what would download
      `LOAD spatial`,
    ];
    for (const sql of attempts) {
      const { error } = await runSql(page, sql);
      expect(error, sql).toBeTruthy();
    }
    expect(requests.filter((u) => /sources\.csv|copied\.csv|x\.duckdb|127\.0\.0\.1:9\/|extensions/.test(u))).toEqual([]);
    // The published tables still answer.
    expect((await runSql(page, 'SELECT count(*) AS n FROM communes')).rows[0]).toBe('175');
    await page.close();
  }, 120_000);
});

describe('Content-Security-Policy', () => {
  it('is the same in the pages and in public/_headers', async () => {
    const headers = await readFile('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    const html = await readFile('dist/fr/index.html', 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    // No inline script that would need 'unsafe-inline': every executable script has a src.
    for (const file of ['dist/fr/index.html', 'dist/fr/explorer/index.html', 'dist/fr/sql/index.html', 'dist/fr/contribuer/index.html']) {
      const scripts = [...(await readFile(file, 'utf8')).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) if (!/type="application\/json"/.test(attributes!)) expect(body!.trim() === '' || /src=/.test(attributes!), `${file}: ${attributes}`).toBe(true);
    }
  });

  it('raises no violation on any page type, with the home map, explorer and validator working', async () => {
    const communes = tableFromIPC(await readFile('public/data/communes.arrow')).toArray();
    const commune = communes[0]!.slug as string;
    const province = (tableFromIPC(await readFile('public/data/territories.arrow')).toArray().find((t) => t.level === 'province')!).slug as string;
    const pages = [
      '/', '/fr/', '/ar/', '/en/', `/fr/commune/${commune}/`, `/ar/province/${province}/`, '/en/region/souss-massa/',
      '/fr/communes/', '/fr/donnees/', '/ar/methode/', '/fr/reseau-baom/', '/fr/associations/', '/en/diaspora/', '/fr/resultats/',
    ];
    const all: string[] = [];
    for (const path of pages) {
      const { page, violations } = await open(path);
      if (path === '/fr/') {
        // MapLibre comes when the reader asks to zoom: its worker and wasm must pass the policy too.
        await page.click('[data-map-zoom]');
        await page.waitForFunction(() => {
          const map = (window as unknown as { observatoireMap?: { loaded(): boolean; getLayer(id: string): unknown } }).observatoireMap;
          return map?.loaded() && map.getLayer('communes-fill');
        }, undefined, { timeout: 60_000 });
      }
      await page.close();
      all.push(...violations.map((v) => `${path}: ${v}`));
    }
    // The engines: DuckDB-WASM in the explorer, MapLibre in the explorer map, the validator.
    const explorer = await open('/fr/explorer/');
    await engineReady(explorer.page);
    await explorer.page.waitForSelector('[data-table] tbody tr');
    await explorer.page.close();
    all.push(...explorer.violations.map((v) => `explorer: ${v}`));
    const sql = await open('/fr/sql/');
    await engineReady(sql.page);
    expect((await runSql(sql.page, 'SELECT count(*) AS n FROM communes')).rows[0]).toBe('175');
    await sql.page.close();
    all.push(...sql.violations.map((v) => `sql: ${v}`));
    const contribute = await open('/fr/contribuer/');
    const file = join(await mkdtemp(join(tmpdir(), 'observatoire-csp-')), 'offices.csv');
    await writeFile(file, await readFile('data/examples/contributions/baom-offices/offices-example.csv'));
    await contribute.page.setInputFiles('[data-files]', file);
    await contribute.page.waitForSelector('[data-validation][data-checked="1"]');
    await contribute.page.close();
    all.push(...contribute.violations.map((v) => `contribute: ${v}`));
    expect(all).toEqual([]);
  }, 300_000);
});
