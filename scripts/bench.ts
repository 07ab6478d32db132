// `npm run bench [-- --runs N] [--no-build] [--dist DIR] [--compare DIR2 [--out DIR3]] [--json FILE] [--dwell MS] [--link RTT_MS:MBITS]`:
// builds the site, serves dist/ (or DIR) with the precompressed twins and the cache headers
// of the README, and measures pages in headless Chromium with a cold cache per run. Reports
// medians as a table, and as JSON. `--link 40:20` measures through a link of 40 ms round trip
// and 20 Mbit/s (Chromium's network emulation, which the workers' requests go through too);
// without it, loopback is as fast as the machine. With `--compare`, two builds (DIR before, DIR2 after) are
// measured in the same session, runs alternating between them, and every measure is also
// given as the median of the after/before ratios paired run by run: on a shared, noisy
// machine the pairs cancel most of the load both builds met.
//
// What the table names, all medians over the runs:
// - explorer: indicator switch → map redrawn (MapLibre), a plain repaint of the same map, and
//   their ratio and difference; first DuckDB result on a first and on a return visit, and the
//   requests the return visit makes; bytes before the first map (other than the engine); when
//   the engine's wasm was instantiated and its database opened (where the build marks them);
// - home: bytes in all before any interaction.

import { execSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { median } from 'simple-statistics';
import { boundariesFile, OBSERVATORY } from '../src/config/observatory.ts';
import { CHROMIUM_ARGS, serveDist } from '../tests/e2e/harness.ts';

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const runs = Number(option('--runs') ?? 5);
const jsonFile = option('--json');
const dist = option('--dist') ?? 'dist';
/** A second build measured in the same run (`--dist` is then "before", `--compare` "after"). */
const against = option('--compare');
/** Where a comparison writes before.json, after.json and compare.json. */
const out = option('--out');
/** How long the reader stays on the explorer before leaving (V8 caches wasm code after tiering up). */
const dwellMs = Number(option('--dwell') ?? 4000);
/** A link to emulate, `RTT_MS:MBITS`, or loopback as it is. */
const link = option('--link')?.split(':').map(Number) as [number, number] | undefined;
/** A reader does not switch indicators every frame: each switch starts from a quiet page. */
const QUIET_MS = 600;
const SWITCHES = ['sex_female', 'share_aged_60_plus', 'illiteracy_rate_10_plus', 'households_average_size'];

// Marks the moment the explorer first shows a coloured map, whichever kind: the SVG drawn
// at build time (in the HTML: first paint) or the MapLibre map (its container gets the
// indicator when coloured).
const MAP_SHOWN = `
  globalThis.__name = (f) => f;
  new MutationObserver((_, o) => {
    if (document.querySelector('[data-explorer-map][data-indicator]')) { performance.mark('bench-map-shown'); o.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-indicator'] });
`;

/** A new page, through the emulated link when one is asked for. */
async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (link) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link[0], downloadThroughput: (link[1] * 1e6) / 8, uploadThroughput: (link[1] * 1e6) / 8 });
  }
  return page;
}

async function freshContext(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'observatoire-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 1800 } });
  await context.addInitScript(MAP_SHOWN);
  return { context, dispose: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

type MapHandle = { once(e: string, f: () => void): void; triggerRepaint(): void; loaded(): boolean };

/** Median time of a plain repaint of the page's MapLibre map, then of indicator switches until the map has rendered the new colours. */
async function switchTimes(page: Page, selectSelector: string, containerSelector: string, values: string[] | null): Promise<{ switchMs: number; repaintMs: number }> {
  return page.evaluate(async ({ selectSelector, containerSelector, values, quiet }) => {
    const map = (window as unknown as { observatoireMap: MapHandle }).observatoireMap;
    const select = document.querySelector<HTMLSelectElement>(selectSelector)!;
    const container = document.querySelector<HTMLElement>(containerSelector)!;
    const pause = () => new Promise((r) => setTimeout(r, quiet));
    const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    const frames: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pause();
      const start = performance.now();
      const rendered = new Promise<void>((resolve) => map.once('render', () => resolve()));
      map.triggerRepaint();
      await rendered;
      frames.push(performance.now() - start);
    }
    for (const value of values ?? [...select.options].map((o) => o.value).slice(1, 5)) {
      await pause();
      const start = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await new Promise<void>((resolve) => {
        const check = () => (container.dataset.indicator === value ? map.once('render', () => resolve()) : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
    }
    return { switchMs: mid(times), repaintMs: mid(frames) };
  }, { selectSelector, containerSelector, values, quiet: QUIET_MS });
}

interface HomeSample { bytesBeforeFcp: number; bytesTotal: number; jsBytesTotal: number; fcpMs: number; switchMs: number; repaintMs: number }

async function measureHome(context: BrowserContext, url: string): Promise<HomeSample> {
  const page = await openPage(context);
  await page.goto(url, { waitUntil: 'networkidle' });
  // Whatever the page loads by itself once idle (the older build loads MapLibre then).
  await page.waitForTimeout(2500);
  await page.waitForLoadState('networkidle');
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const sum = (rs: PerformanceResourceTiming[]) => rs.reduce((a, r) => a + r.transferSize, 0);
    return {
      bytesBeforeFcp: nav.transferSize + sum(resources.filter((r) => r.responseEnd <= fcp)),
      bytesTotal: nav.transferSize + sum(resources),
      jsBytesTotal: sum(resources.filter((r) => /\.m?js(\?|$)/.test(r.name))),
      fcpMs: fcp,
    };
  });
  // Then the reader asks for the zoomable map (a no-op where it is already there).
  if (await page.locator('[data-map-zoom]').count()) await page.click('[data-map-zoom]');
  await page.waitForSelector('[data-live-map][data-map-ready="true"]', { timeout: 120_000 });
  const times = await switchTimes(page, '[data-indicator-select]', '[data-live-map]', null);
  await page.close();
  return { ...sample, ...times };
}

interface ExplorerSample { readyMs: number; instantiatedMs: number; openedMs: number; bytesBeforeMap: number; mapShownMs: number; bytesTotal: number; requests: number; switchMs?: number; repaintMs?: number }

async function measureExplorer(context: BrowserContext, url: string, requests: string[], withSwitch: boolean): Promise<ExplorerSample> {
  requests.length = 0;
  const page = await openPage(context);
  // The engine's wasm is fetched by its worker, which Resource Timing on the page does not
  // see: count every finished request of the page and its workers for the total.
  const finished: Promise<number>[] = [];
  page.on('requestfinished', (r) => finished.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-engine-status][data-engine="ready"]', { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('bench-map-shown').length > 0 || document.querySelector('[data-explorer-svg]'), null, { timeout: 120_000 });
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // A map in the HTML is shown at first paint; a MapLibre map when it has its colours.
    const shown = document.querySelector('[data-explorer-svg]') ? fcp : performance.getEntriesByName('bench-map-shown')[0]!.startTime;
    const engine = (r: PerformanceResourceTiming) => /duckdb/.test(r.name);
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => !engine(r));
    return {
      readyMs: performance.getEntriesByName('duckdb-ready')[0]!.startTime,
      // The engine's start-up steps, where the build marks them: wasm compiled and instantiated, database opened.
      instantiatedMs: performance.getEntriesByName('duckdb-instantiated')[0]?.startTime ?? NaN,
      openedMs: performance.getEntriesByName('duckdb-opened')[0]?.startTime ?? NaN,
      mapShownMs: shown,
      bytesBeforeMap: nav.transferSize + resources.filter((r) => r.responseEnd <= shown).reduce((a, r) => a + r.transferSize, 0),
    };
  });
  let times: { switchMs: number; repaintMs: number } | undefined;
  if (withSwitch) {
    await page.waitForFunction(() => {
      const map = (window as unknown as { observatoireMap?: MapHandle }).observatoireMap;
      return map?.loaded() && document.querySelector('[data-explorer-map][data-indicator]');
    }, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    times = await switchTimes(page, '[data-control="indicator"]', '[data-explorer-map]', SWITCHES);
  }
  await page.waitForLoadState('networkidle');
  const bytesTotal = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
  const requestCount = requests.length;
  // V8 writes compiled wasm to Chromium's code cache a moment after tiering up; a reader
  // stays on the page, so the benchmark does too before leaving.
  await page.waitForTimeout(dwellMs);
  await page.close();
  return { ...marks, bytesTotal, requests: requestCount, ...times };
}

async function dataBytes(): Promise<number> {
  // What the home map shows: the boundaries it draws and the featured values of the communes.
  const topology = await readFile(`public/data/${boundariesFile()}`);
  const census = (await readFile('public/data/census.csv', 'utf8')).split('\r\n');
  const featured = new Set<string>(OBSERVATORY.featured.home);
  const values = [census[0], ...census.slice(1).filter((l) => { const [code, id] = l.split(','); return code?.length === 14 && featured.has(id!.replace(/"/g, '')); })].join('\r\n');
  return gzipSync(topology, { level: 9 }).length + gzipSync(values, { level: 9 }).length;
}

interface Samples { home: HomeSample[]; cold: ExplorerSample[]; warm: ExplorerSample[]; load: number[] }

/** One run of a build: the home page in a fresh profile, then the explorer cold and on a return visit in another. */
async function sampleRun(origin: string, requests: string[], into: Samples): Promise<void> {
  into.load.push(loadavg()[0]!);
  const a = await freshContext();
  into.home.push(await measureHome(a.context, `${origin}/fr/`));
  await a.dispose();
  const b = await freshContext();
  into.cold.push(await measureExplorer(b.context, `${origin}/fr/explorer/`, requests, true));
  into.warm.push(await measureExplorer(b.context, `${origin}/fr/explorer/`, requests, false));
  await b.dispose();
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function summarize(dir: string, s: Samples, data: number) {
  // A measure the build does not mark (an older build) is NaN, printed as null.
  const med = <T>(xs: T[], key: keyof T) => {
    const values = xs.map((x) => x[key] as number).filter((v) => Number.isFinite(v));
    return values.length ? Math.round(median(values)) : NaN;
  };
  const paired = (f: (i: number) => number) => round2(median(s.cold.map((_, i) => f(i))));
  return {
    dist: dir, runs: s.cold.length, link: link ? { roundTripMs: link[0], mbits: link[1] } : 'loopback', quietMsBeforeEachSwitch: QUIET_MS, loadAverage1m: round2(median(s.load)),
    explorer: {
      switchMs: med(s.cold, 'switchMs'), repaintMs: med(s.cold, 'repaintMs'),
      switchOverRepaint: paired((i) => s.cold[i]!.switchMs! / s.cold[i]!.repaintMs!),
      switchMinusRepaintMs: Math.round(median(s.cold.map((c) => c.switchMs! - c.repaintMs!))),
      duckdbFirstVisitMs: med(s.cold, 'readyMs'), duckdbReturnVisitMs: med(s.warm, 'readyMs'),
      duckdbInstantiatedMs: med(s.cold, 'instantiatedMs'), duckdbOpenedMs: med(s.cold, 'openedMs'),
      returnOverFirstVisit: paired((i) => s.warm[i]!.readyMs / s.cold[i]!.readyMs),
      returnVisitRequests: med(s.warm, 'requests'), firstVisitRequests: med(s.cold, 'requests'),
      mapShownMs: med(s.cold, 'mapShownMs'), bytesBeforeMap: med(s.cold, 'bytesBeforeMap'), bytesTotal: med(s.cold, 'bytesTotal'),
    },
    home: {
      bytesTotalBeforeInteraction: med(s.home, 'bytesTotal'), bytesBeforeFcp: med(s.home, 'bytesBeforeFcp'), jsBytesBeforeInteraction: med(s.home, 'jsBytesTotal'),
      fcpMs: med(s.home, 'fcpMs'), dataBytes: data, ratioToData: round2(med(s.home, 'bytesTotal') / data),
      switchMs: med(s.home, 'switchMs'), repaintMs: med(s.home, 'repaintMs'), switchOverRepaint: round2(med(s.home, 'switchMs') / med(s.home, 'repaintMs')),
    },
  };
}
type Summary = ReturnType<typeof summarize>;

/** The measures the issue names, per run: what the paired comparison divides run by run. */
const PAIRED: Record<string, (s: Samples, i: number) => number> = {
  'explorer: indicator switch → map redrawn': (s, i) => s.cold[i]!.switchMs!,
  'explorer: plain repaint of the same map': (s, i) => s.cold[i]!.repaintMs!,
  'explorer: switch / repaint': (s, i) => s.cold[i]!.switchMs! / s.cold[i]!.repaintMs!,
  'explorer: switch − repaint': (s, i) => s.cold[i]!.switchMs! - s.cold[i]!.repaintMs!,
  'explorer: first DuckDB result, first visit': (s, i) => s.cold[i]!.readyMs,
  'explorer: DuckDB wasm instantiated, first visit': (s, i) => s.cold[i]!.instantiatedMs,
  'explorer: first DuckDB result, return visit': (s, i) => s.warm[i]!.readyMs,
  'explorer: requests, return visit': (s, i) => s.warm[i]!.requests,
  'explorer: bytes before the first map (no engine)': (s, i) => s.cold[i]!.bytesBeforeMap,
  'home: bytes in all before interaction': (s, i) => s.home[i]!.bytesTotal,
};

/** Both medians and the median of the after/before ratios of the same run (runs alternate which build goes first). */
function compare(before: Samples, after: Samples) {
  return Object.fromEntries(Object.entries(PAIRED).map(([name, f]) => {
    const b = before.cold.map((_, i) => f(before, i));
    const a = after.cold.map((_, i) => f(after, i));
    return [name, { before: round2(median(b)), after: round2(median(a)), pairedRatio: round2(median(a.map((x, i) => x / b[i]!))), pairedDifference: round2(median(a.map((x, i) => x - b[i]!))) }];
  }));
}

function printSummary(r: Summary) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\n${r.dist}: medians over ${r.runs} cold runs (bytes on the wire), load average ${r.loadAverage1m}\n`);
  console.table({
    'explorer: indicator switch → map redrawn': `${r.explorer.switchMs} ms`,
    'explorer: plain repaint of the same map': `${r.explorer.repaintMs} ms`,
    'explorer: switch / repaint (paired)': `${r.explorer.switchOverRepaint}×`,
    'explorer: switch − repaint': `${r.explorer.switchMinusRepaintMs} ms`,
    'explorer: first DuckDB result, first visit': `${r.explorer.duckdbFirstVisitMs} ms`,
    'explorer: first DuckDB result, return visit': `${r.explorer.duckdbReturnVisitMs} ms`,
    'explorer: DuckDB wasm instantiated, first visit': `${r.explorer.duckdbInstantiatedMs} ms`,
    'explorer: DuckDB opened, first visit': `${r.explorer.duckdbOpenedMs} ms`,
    'explorer: return / first visit (paired)': `${r.explorer.returnOverFirstVisit}×`,
    'explorer: requests, return visit': String(r.explorer.returnVisitRequests),
    'explorer: requests, first visit': String(r.explorer.firstVisitRequests),
    'explorer: first map shown': `${r.explorer.mapShownMs} ms`,
    'explorer: bytes before the first map (no engine)': kb(r.explorer.bytesBeforeMap),
    'explorer: bytes in all (engine included)': kb(r.explorer.bytesTotal),
    'home: bytes in all before interaction': kb(r.home.bytesTotalBeforeInteraction),
    'home: bytes before first paint': kb(r.home.bytesBeforeFcp),
    'home: JS before interaction': kb(r.home.jsBytesBeforeInteraction),
    'home: first contentful paint': `${r.home.fcpMs} ms`,
    'home: boundaries + values shown (gzip floor)': kb(r.home.dataBytes),
    'home: bytes / data shown': `${r.home.ratioToData}×`,
    'home: switch → MapLibre map redrawn': `${r.home.switchMs} ms`,
    'home: plain repaint': `${r.home.repaintMs} ms`,
  });
}

const progress = (label: string, s: Samples) => {
  const [c, w] = [s.cold.at(-1)!, s.warm.at(-1)!];
  process.stderr.write(`${label} run ${s.cold.length}/${runs}: switch ${Math.round(c.switchMs!)} ms, repaint ${Math.round(c.repaintMs!)} ms, DuckDB ${Math.round(c.readyMs)} / ${Math.round(w.readyMs)} ms, return-visit requests ${w.requests}, load ${s.load.at(-1)!.toFixed(2)}\n`);
};

async function main() {
  if (!args.includes('--no-build') && !option('--dist') && !against) execSync('npm run build', { stdio: 'inherit' });
  const data = await dataBytes();
  const builds = [dist, ...(against ? [against] : [])];
  const servers = await Promise.all(builds.map(async (dir) => {
    const requests: string[] = [];
    return { dir, requests, server: await serveDist(dir, (url) => requests.push(url)), samples: { home: [], cold: [], warm: [], load: [] } as Samples };
  }));
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so that neither always meets the machine's same moment.
      for (const b of i % 2 === 0 ? servers : [...servers].reverse()) {
        await sampleRun(b.server.origin, b.requests, b.samples);
        progress(b.dir, b.samples);
      }
    }
  } finally {
    await Promise.all(servers.map((b) => b.server.close()));
  }
  const [before, after] = servers.map((b) => summarize(b.dir, b.samples, data));
  printSummary(before!);
  if (!after) {
    if (jsonFile) await writeFile(jsonFile, JSON.stringify(before, null, 2) + '\n');
    return;
  }
  printSummary(after);
  const paired = compare(servers[0]!.samples, servers[1]!.samples);
  console.log(`\n${after.dist} against ${before!.dist}: ${runs} alternating runs, after / before paired run by run\n`);
  console.table(paired);
  if (out) {
    await mkdir(out, { recursive: true });
    const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
    await writeFile(join(out, 'before.json'), json(before));
    await writeFile(join(out, 'after.json'), json(after));
    await writeFile(join(out, 'compare.json'), json({ before: before!.dist, after: after.dist, runs, loadAverage1m: { before: before!.loadAverage1m, after: after.loadAverage1m }, measures: paired }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
