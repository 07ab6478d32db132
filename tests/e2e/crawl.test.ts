// Whole-site crawl: every built page type, in the three languages, at 1280 and 360 px, in
// headless Chromium. Profiles are sampled (one commune per province per language, and every
// province), and so are indicator pages (one per theme per language); every other page is crawled. A page fails on a request to another origin, a
// failed request, a console error, a missing lang/dir, horizontal overflow at 360 px, a CSP
// violation, a serious or critical axe-core violation, or another language's strings.
// Internal links and anchors are checked on the built files of every crawled page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUnderTest } from './site-under-test.ts';
import { builtPages, foreignText, linkTargetProblems, samplePages, type BuiltPage, type Lang } from './crawl-lib.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = siteUnderTest();
/** Each page is loaded on the phone's width, then widened to the desktop's (see below). */
const PHONE = 360, DESKTOP = 1280;
/** Tabs crawling side by side: one tab's network-idle wait overlaps another's work. */
const TABS = 2;

interface Finding { page: string; width: number; kind: string; detail: string }

/** What the crawl checks in the page as it is laid out now: text in the page's own language and layout facts. */
function pageFacts() {
  const csp = (window as unknown as { __csp: string[] }).__csp;
  // Text nodes in the page's own language (not under an element with another lang, code, or
  // a proper-name marker), for the foreign-strings check.
  const ownText: string[] = [];
  const root = document.documentElement.lang;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('script, style, noscript, code, pre, kbd, samp, textarea, cite, q, .fact-breakdown, [translate=no], [data-proper-name], [hidden], template')) continue;
    const langEl = el.closest('[lang]');
    if (langEl && langEl.getAttribute('lang') !== root) continue;
    const s = n.textContent!.trim();
    if (s) ownText.push(s);
  }
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    // Taken, so that a violation is reported once, at the width it happened.
    csp: csp.splice(0),
    ownText,
  };
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through DevTools: the CSP (rightly) refuses an injected <script>
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

describe('whole-site crawl', () => {
  it('finds no violation on any page type, in any language, at 1280 and 360 px', { timeout: 900_000 }, async () => {
    // CRAWL_ONLY=type,type… crawls only those page types (a quick check while fixing one).
    const only = process.env.CRAWL_ONLY?.split(',');
    const pages = samplePages(builtPages('dist')).filter((p) => !only || only.includes(p.type));
    const findings: Finding[] = [];
    const widthsAt360: Record<string, number> = {};
    const axeDone = new Set<string>();
    const started = Date.now();
    let loads = 0, views = 0;

    const check = async (page: Page, p: BuiltPage, width: number) => {
      const facts = await page.evaluate(pageFacts);
      const expectDir = p.lang === 'ar' ? 'rtl' : 'ltr';
      if (facts.lang !== p.lang || facts.dir !== expectDir) findings.push({ page: p.path, width, kind: 'lang-dir', detail: `lang=${facts.lang} dir=${facts.dir}` });
      for (const c of facts.csp) findings.push({ page: p.path, width, kind: 'csp', detail: c });
      if (width === PHONE) {
        widthsAt360[p.path] = facts.scrollWidth;
        if (facts.scrollWidth > facts.clientWidth) findings.push({ page: p.path, width, kind: 'overflow', detail: `${facts.scrollWidth} px` });
        // axe once per page type and language, on the phone layout (the menu, the reflowed tables).
        const axeKey = `${p.type}/${p.lang}`;
        if (!axeDone.has(axeKey)) {
          axeDone.add(axeKey);
          for (const v of await seriousAxeViolations(page)) findings.push({ page: p.path, width, kind: 'axe', detail: v });
        }
      } else {
        for (const f of foreignText(p.lang as Lang, facts.ownText)) findings.push({ page: p.path, width, kind: 'foreign-text', detail: f });
      }
    };

    await Promise.all(Array.from({ length: TABS }, async (_, tab) => {
      const page = await site.browser.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      let current = '';
      let width = PHONE;
      const inflight = new Set<Request>();
      const origin = site.origin;
      page.on('request', (r) => { inflight.add(r); if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) findings.push({ page: current, width, kind: 'foreign-request', detail: r.url() }); });
      page.on('requestfinished', (r) => { inflight.delete(r); });
      page.on('requestfailed', (r) => { inflight.delete(r); if (r.url().startsWith(origin) && !/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) findings.push({ page: current, width, kind: 'failed-request', detail: `${r.url()} ${r.failure()?.errorText}` }); });
      page.on('response', (r) => { if (r.status() >= 400) findings.push({ page: current, width, kind: 'failed-request', detail: `${r.status()} ${r.url()}` }); });
      page.on('console', (m) => { if (m.type() === 'error') findings.push({ page: current, width, kind: 'console-error', detail: m.text().slice(0, 200) }); });
      page.on('pageerror', (e) => findings.push({ page: current, width, kind: 'console-error', detail: String(e).slice(0, 200) }));

      for (const p of pages.filter((_, i) => i % TABS === tab)) {
        current = p.path;
        width = PHONE;
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}${p.path}`, { waitUntil: 'load' });
        // Let idle-time islands (maps, the engine on the explorer and SQL pages) start.
        await page.waitForLoadState('networkidle', { timeout: p.heavy ? 20_000 : 5_000 }).catch(() => undefined);
        loads++; views++;
        await check(page, p, width);
        // Widened in the same tab rather than loaded again: the layout is CSS alone (no script
        // reads the width when the page loads), so the page lays out as one loaded at 1280 px
        // would; what the wider layout asks for (fonts, images) is requested now and checked.
        width = DESKTOP;
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        for (let waited = 0; inflight.size > 0 && waited < (p.heavy ? 20_000 : 5_000); waited += 50) await page.waitForTimeout(50);
        views++;
        await check(page, p, width);
      }
      await page.close();
    }));

    for (const p of pages) for (const problem of linkTargetProblems('dist', p.path)) findings.push({ page: p.path, width: 0, kind: 'broken-link', detail: problem });

    const byKind = new Map<string, number>();
    for (const f of findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    const widest = Math.max(...Object.values(widthsAt360));
    console.log(`crawl: ${pages.length} pages, ${loads} loads, ${views} views (${PHONE} and ${DESKTOP} px), ${axeDone.size} axe runs, ${Math.round((Date.now() - started) / 1000)} s; `
      + `widest page at 360 px: ${widest} px; findings: ${findings.length}${[...byKind].map(([k, n]) => ` ${k}=${n}`).join('')}`);
    if (process.env.CRAWL_REPORT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.CRAWL_REPORT, JSON.stringify({ findings, widthsAt360 }, null, 1));
    }
    expect(findings.map((f) => `${f.kind} ${f.page} @${f.width}: ${f.detail}`)).toEqual([]);
  });

});
