// Automated accessibility checks (axe-core, injected from node_modules: no network) on the
// main pages, in the three languages: no serious or critical WCAG 2 A/AA violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteUnderTest } from './site-under-test.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = siteUnderTest();


const PAGES = ['/fr/', '/ar/methode/', '/ar/', '/en/commune/tafraout/', '/ar/province/tiznit/', '/fr/region/souss-massa/', '/fr/explorer/', '/en/sql/', '/fr/contribuer/', '/ar/donnees/', '/fr/communes/', '/en/reseau-baom/'];

describe('accessibility', () => {
  it.each(PAGES)('%s has no serious or critical WCAG 2 A/AA violation', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    // Evaluated through the debugging protocol: the page's Content-Security-Policy refuses inline <script> tags.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});
