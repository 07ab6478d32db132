// The comparator as an elected official uses it: a profile's default comparison (the commune
// and its neighbours) complete without JavaScript, with the figures of the published data;
// any selection kept in the address and drawn by the script; reached from every profile.
// Expected values are read from data/census.csv and data/indicators.csv, not from the site's code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const census = new Map(csv('census.csv').map((r) => [`${r.territory_code}|${r.indicator_id}|${r.year}`, Number(r.value)]));
const decimals = new Map(csv('indicators.csv').map((r) => [r.id!, Number(r.decimals)]));
const territories = csv('territories.csv');
const byCode = new Map(territories.map((r) => [r.code!, r]));

/** "12 345", "31,3 %", "−4,2 ‰", "12.5%" → the number. */
const numberIn = (text: string, lang: 'fr' | 'en' | 'ar') => {
  const clean = text.replace(/[^\d,.\u2212-]/g, '').replace('\u2212', '-');
  return Number(lang === 'en' ? clean.replace(/,/g, '') : clean.replace(/\./g, '').replace(',', '.'));
};
const expected = (code: string, id: string) => {
  const d = decimals.get(id)!;
  return Math.round(census.get(`${code}|${id}|2024`)! * 10 ** d) / 10 ** d;
};

async function cellsOf(page: import('playwright-core').Page, id: string): Promise<string[]> {
  return page.locator(`[data-indicator="${id}"] dd`).allTextContents();
}

describe('comparator', () => {
  it('shows a commune and its neighbours with their census figures, without JavaScript', async () => {
    const page = await site.browser.newPage();
    const cdp = await site.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${site.origin}/fr/comparer/commune/tafraout/`);
    const codes = await page.locator('[data-compared] [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
    expect(codes[0]).toBe('09.581.01.05');
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes.length).toBeLessThanOrEqual(4);
    // The others are communes the profile lists as neighbours.
    await page.goto(`${site.origin}/fr/commune/tafraout/`);
    const neighbours = await page.locator('[data-neighbours] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const code of codes.slice(1)) expect(neighbours).toContain(`/fr/commune/${byCode.get(code)!.slug}/`);
    await page.goto(`${site.origin}/fr/comparer/commune/tafraout/`);

    for (const id of ['population_legal', 'illiteracy_rate_10_plus', 'households_average_size', 'net_migration_rate_2014_2024']) {
      const cells = await cellsOf(page, id);
      expect(cells, id).toHaveLength(codes.length);
      cells.forEach((text, i) => expect(numberIn(text, 'fr'), `${id} ${codes[i]}`).toBeCloseTo(expected(codes[i]!, id), 6));
      expect(await page.locator(`[data-indicator="${id}"] svg.bars rect`).count()).toBe(codes.length);
    }
    expect(await page.locator('[data-chooser]').isVisible()).toBe(false); // the chooser needs the script
    await page.close();
  });

  it('renders the selection in the address, and a new one chosen in the form', async () => {
    const page = await site.browser.newPage();
    const selection = ['09.581', '09', 'MA'];
    await page.goto(`${site.origin}/en/comparer/?t=${selection.join(',')},bogus`, { waitUntil: 'networkidle' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-compared] [data-code]').length === n, selection.length);
    expect(await page.locator('[data-compared] [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(selection);
    const cells = await cellsOf(page, 'population_legal');
    cells.forEach((text, i) => expect(numberIn(text, 'en')).toBe(expected(selection[i]!, 'population_legal')));
    expect(await page.locator('[data-compared]').textContent()).toContain('Morocco');
    // Language switching keeps the comparison.
    expect(await page.locator('a[data-lang-switch="ar"]').getAttribute('href')).toBe(`/ar/comparer/?t=${selection.join(',')}`);

    await page.locator('[data-chooser] select[data-slot="0"]').selectOption('09.581.01.05');
    await page.locator('[data-chooser] select[data-slot="1"]').selectOption('09.581.01.07');
    await page.locator('[data-chooser] select[data-slot="2"]').selectOption('');
    await page.locator('[data-chooser] select[data-slot="3"]').selectOption('');
    await page.locator('[data-chooser] button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-compared] [data-code]').length === 2);
    expect(new URL(page.url()).search).toBe('?t=09.581.01.05,09.581.01.07');
    const pair = await cellsOf(page, 'population_legal');
    expect(pair.map((t) => numberIn(t, 'en'))).toEqual([expected('09.581.01.05', 'population_legal'), expected('09.581.01.07', 'population_legal')]);
    await page.close();
  });

  it('is reached from every kind of profile, and prints without the chooser', async () => {
    const page = await site.browser.newPage();
    for (const [path, target] of [['/fr/commune/tafraout/', '/fr/comparer/commune/tafraout/'], ['/ar/province/tiznit/', '/ar/comparer/province/tiznit/'], ['/en/region/souss-massa/', '/en/comparer/region/souss-massa/']] as const) {
      await page.goto(`${site.origin}${path}`);
      await page.locator('[data-compare-link]').click();
      await page.waitForURL(`${site.origin}${target}`);
      const first = await page.locator('[data-compared] [data-code]').first().getAttribute('data-code');
      expect(first, path).toBe(territories.find((r) => path.endsWith(`/${r.slug}/`) && path.includes(`/${r.level}/`))!.code);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-chooser]').isVisible()).toBe(false);
    expect(await page.locator('[data-indicator="population_legal"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    for (const lang of ['fr', 'ar'] as const) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.origin}/${lang}/comparer/commune/tafraout/`, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(ARTIFACTS, `comparator-${lang}-${width}.png`) });
      }
    }
    await page.close();
  });

  it('on a phone, shows the names and the first figures on the first screen, the chooser one tap away', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const lang of ['fr', 'ar'] as const) {
      for (const path of [`/${lang}/comparer/commune/tafraout/`, `/${lang}/comparer/?t=09.581.01.05,09.581,09,MA`]) {
        await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
        await page.waitForSelector('[data-change]:not([hidden])');
        const first = page.locator('[data-indicator]').first();
        const names = await page.locator('[data-compared] [data-code]').count();
        // Every place's name and its first figure end within the first 740 px of the page.
        for (const el of [page.locator('[data-compared] [data-code]').last(), first.locator('dd').nth(names - 1)]) {
          const box = (await el.boundingBox())!;
          expect(box.y + box.height + (await page.evaluate(() => scrollY)), `${path} ${await el.textContent()}`).toBeLessThanOrEqual(740);
        }
        const summary = page.locator('[data-change] summary');
        expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(24);
        expect(await page.locator('[data-chooser] select').first().isVisible()).toBe(false);
        await summary.click();
        expect(await page.locator('[data-chooser] select').first().isVisible()).toBe(true);
        expect(await page.locator('[data-chooser] label').first().innerText()).not.toBe('');
      }
      await page.goto(`${site.origin}/${lang}/comparer/commune/tafraout/`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(ARTIFACTS, `comparator-first-screen-${lang}-360.png`) });
    }
    // On a wide screen the chooser is open from the start.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.origin}/fr/comparer/commune/tafraout/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-change]:not([hidden])');
    expect(await page.locator('[data-chooser] select').first().isVisible()).toBe(true);
    await page.close();
  });

  it('keeps every minus sign before its digits on Arabic pages (comparator, profile, home)', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/ar/comparer/commune/tafraout/', '/ar/commune/tafraout/', '/ar/']) {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      const [checked, wrong] = await page.evaluate(() => {
        const out: string[] = [];
        let n = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/\u2212\u200e?\d/g)) {
            const at = (i: number) => { const r = document.createRange(); r.setStart(node!, i); r.setEnd(node!, i + 1); return r.getBoundingClientRect(); };
            const sign = at(m.index!), digit = at(m.index! + m[0].length - 1);
            if (sign.width === 0 || digit.width === 0) continue; // not displayed
            n++;
            if (sign.left > digit.left) out.push(node.textContent!.trim().slice(0, 60));
          }
        }
        return [n, out] as const;
      });
      expect(checked, path).toBeGreaterThan(0);
      expect(wrong, path).toEqual([]);
    }
    await page.close();
  });
});
