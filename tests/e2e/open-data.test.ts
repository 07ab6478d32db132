// The open-data contract as a reader meets it: the data page in Arabic says its licences and
// sources' terms in Arabic and shows how to cite the current version; one page per indicator
// of the catalogue in each language, with its caveats; the changelog and the "About" page.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();
const version = readFileSync('data/VERSION', 'utf8').trim();
const indicatorIds = readFileSync('data/indicators.csv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => JSON.parse(l.split(',')[0]!) as string);

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  expect(response!.status(), path).toBe(200);
  return page;
}

describe('data page', () => {
  it('names every licence in Arabic on the Arabic page, never a bare code', async () => {
    const page = await open('/ar/donnees/');
    const licences = await page.locator('[data-licence]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-licence'), a.textContent, a.getAttribute('href')]));
    expect(new Set(licences.map(([code]) => code))).toEqual(new Set(['CC-BY-4.0', 'ODbL-1.0', 'other-at']));
    for (const [, text, href] of licences) {
      expect(text).toMatch(/[\u0600-\u06FF]{4}/);
      expect(href).toMatch(/^(https:\/\/|\/data\/sources\.csv$)/);
    }
    expect(await page.locator('main').innerText()).not.toContain('other-at');
    expect(await page.locator('[data-source="hcp-rgph-2024"] .source-terms').innerText()).toContain('شروط استعمال المندوبية السامية للتخطيط');
    await page.close();
  });

  it('shows how to cite the current data version, as text and as BibTeX', async () => {
    const page = await open('/fr/donnees/');
    expect(await page.locator('[data-cite-text]').innerText()).toContain(`version ${version}`);
    const bibtex = await page.locator('[data-cite-bibtex]').innerText();
    expect(bibtex).toMatch(/^@misc\{/);
    expect(bibtex).toContain(`version      = {${version}}`);
    expect(bibtex).toContain('OpenStreetMap');
    await page.close();
  });

  it('links the spreadsheet of each table in the reader’s language first', async () => {
    const page = await open('/ar/donnees/');
    const files = await page.locator('[data-resource-group="census"] tbody th a').evaluateAll((as) => as.map((a) => a.textContent));
    expect(files.filter((f) => f!.endsWith('.xlsx'))).toEqual(['census.ar.xlsx', 'census.fr.xlsx', 'census.en.xlsx']);
    await page.close();
  });
});

describe('indicator catalogue', () => {
  it('has one page per indicator of the catalogue in each language', () => {
    for (const lang of ['fr', 'ar', 'en']) expect(readdirSync(`dist/${lang}/indicateurs`).filter((d) => !d.includes('.')).sort()).toEqual([...indicatorIds].sort());
  });

  it('gives the unemployment rate its definition, years, comparability and the census sample caveat, in Arabic', async () => {
    const page = await open('/ar/indicateurs/labour_unemployment_rate/');
    expect(await page.locator('h1').innerText()).toBe('معدل البطالة');
    expect(await page.locator('[data-comparability]').innerText()).toContain('قابل للمقارنة');
    const caveats = await page.locator('[data-caveats]').innerText();
    expect(caveats).toContain('20٪');
    expect(caveats).toContain('بدون مأوى');
    await page.close();
  });

  it('says what changed between the censuses where the catalogue notes it', async () => {
    // schooling_rate_6_to_11 carries a note in data/indicators.csv (note_en).
    const page = await open('/en/indicateurs/schooling_rate_6_to_11/');
    expect(await page.locator('[data-census-note]').innerText()).toMatch(/^What changed/);
    await page.close();
  });

  it('is linked from every indicator of a profile', async () => {
    const page = await open('/fr/commune/tafraout/');
    const labels = page.locator('[data-section] [data-indicator] a.label');
    expect(await labels.count()).toBeGreaterThan(20);
    const id = await labels.first().evaluate((a) => a.closest('[data-indicator]')!.getAttribute('data-indicator'));
    expect(await labels.first().getAttribute('href')).toBe(`/fr/indicateurs/${id}/`);
    await page.close();
  });
});

describe('changelog and about', () => {
  it('shows the current data version with its changes in Arabic', async () => {
    const page = await open('/ar/donnees/versions/');
    const release = page.locator(`[data-release="${version}"]`);
    expect(await release.locator('li').count()).toBeGreaterThan(0);
    expect(await release.innerText()).toContain('الإصدار الحالي');
    await page.close();
  });

  it('says plainly that no operator is set yet, and is linked from the footer', async () => {
    const page = await open('/fr/');
    await page.locator('footer a[href="/fr/a-propos/"]').click();
    await page.waitForURL('**/fr/a-propos/');
    expect(await page.locator('[data-operator="unset"]').innerText()).toContain('pas encore désigné');
    await page.close();
  });
});
