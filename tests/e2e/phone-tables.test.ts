// On a 360 px phone, tables stay readable: no word of a table is cut across two lines
// ("كيلوباي/ت", "sour/ce_id"), as happened when words could break anywhere and the table
// squeezed its columns to a letter. Words longer than a phone line (URLs, hashes) may break.
import { describe, expect, it } from 'vitest';
import { siteUnderTest } from './site-under-test.ts';

const site = siteUnderTest();
const PAGES = ['/donnees/', '/donnees/api/', '/contribuer/', '/communes/'];

describe('tables on a 360 px phone', () => {
  it.each(['fr', 'ar', 'en'])('%s: no word of a table is cut across lines', async (lang) => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    const cut: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.origin}/${lang}${path}`);
      cut.push(...(await page.evaluate(() => {
        const found: string[] = [];
        for (const table of document.querySelectorAll('main table')) {
          if (!(table as HTMLElement).offsetParent) continue; // folded in a <details>
          const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const box = (n.parentElement!.closest('thead, td, th') ?? n.parentElement!).getBoundingClientRect();
            if (box.width <= 1) continue; // a reflowed table's headings, kept for screen readers only
            for (const m of n.textContent!.matchAll(/[\p{L}\p{N}_]{2,16}/gu)) {
              const r = document.createRange();
              r.setStart(n, m.index!); r.setEnd(n, m.index! + m[0].length);
              const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
              if (lines.size > 1) found.push(m[0]);
            }
          }
        }
        return found;
      })).map((w) => `${path}: ${w}`));
    }
    await page.close();
    expect(cut.slice(0, 20)).toEqual([]);
  });
});
