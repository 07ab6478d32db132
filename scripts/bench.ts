// `npm run bench [-- --runs N] [--no-build] [--json FILE] [--dwell MS]`: builds the site, serves dist/
// (precompressed gzip, as a static host would), and measures pages in headless Chromium
// with a cold cache per run. Reports medians as a table, and as JSON with --json.

import { execSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { median } from 'simple-statistics';
import { boundariesFile, OBSERVATORY } from '../src/config/observatory.ts';
import { CHROMIUM_ARGS, serveDist } from '../tests/e2e/harness.ts';

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const runs = Number(option('--runs') ?? 5);
const jsonFile = option('--json');
/** How long the reader stays on the explorer before leaving (V8 caches wasm code after tiering up). */
const dwellMs = Number(option('--dwell') ?? 4000);

interface PageSample {
  bytesBeforeFcp: number;
  bytesTotal: number;
  jsBytesRequired: number;
  jsBytesTotal: number;
  fcpMs: number;
  mapReadyMs?: number;
  indicatorSwitchMs?: number;
  repaintMs?: number;
}


async function freshContext(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'observatoire-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 1800 } });
  // tsx compiles the functions passed to page.evaluate with esbuild's name helper; give the page one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  return { context, dispose: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

/** Bytes on the wire from Resource Timing: the document plus every resource, split at FCP. */
async function measure(context: BrowserContext, url: string, opts: { waitFor?: string; switchIndicator?: boolean }): Promise<PageSample> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  if (opts.waitFor) await page.waitForSelector(opts.waitFor, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const js = (r: PerformanceResourceTiming) => /\.(m?js)(\?|$)/.test(r.name);
    const sum = (rs: PerformanceResourceTiming[]) => rs.reduce((a, r) => a + r.transferSize, 0);
    const required = resources.filter((r) => js(r) && r.responseEnd <= nav.loadEventEnd);
    const ready = performance.getEntriesByName('map-ready')[0]?.startTime;
    return {
      bytesBeforeFcp: nav.transferSize + sum(resources.filter((r) => r.responseEnd <= fcp)),
      bytesTotal: nav.transferSize + sum(resources),
      jsBytesRequired: sum(required),
      jsBytesTotal: sum(resources.filter(js)),
      fcpMs: fcp,
      mapReadyMs: ready,
    };
  });
  let switchTimes: { switchMs: number; frameMs: number } | undefined;
  if (opts.switchIndicator) {
    // From the choice to the map's next rendered frame with the new colours; and, for
    // comparison, the time of a plain repaint (the software renderer's own frame time).
    switchTimes = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('[data-indicator-select]')!;
      const map = (window as unknown as { observatoireMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).observatoireMap;
      const times: number[] = [];
      const frames: number[] = [];
      for (let i = 0; i < 4; i++) {
        const start = performance.now();
        const rendered = new Promise<void>((resolve) => map.once('render', () => resolve()));
        map.triggerRepaint();
        await rendered;
        frames.push(performance.now() - start);
      }
      for (const value of [...select.options].map((o) => o.value).slice(1, 5)) {
        const start = performance.now();
        const rendered = new Promise<void>((resolve) => map.once('render', () => resolve()));
        select.value = value;
        select.dispatchEvent(new Event('change'));
        map.triggerRepaint();
        await rendered;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      frames.sort((a, b) => a - b);
      return { switchMs: times[times.length >> 1]!, frameMs: frames[frames.length >> 1]! };
    });
  }
  await page.close();
  return { ...sample, mapReadyMs: sample.mapReadyMs ?? undefined, indicatorSwitchMs: switchTimes?.switchMs, repaintMs: switchTimes?.frameMs };
}

/** DuckDB-WASM from navigation to its first query result: cold (new profile), then warm (same profile). */
async function measureEngine(context: BrowserContext, url: string): Promise<{ readyMs: number; instantiatedMs: number; switchMs: number; bytesBeforeInteraction: number; bytesTotal: number }> {
  const page = await context.newPage();
  // The engine's wasm is fetched by its worker, which Resource Timing on the page does not
  // see: count every finished request of the page and its workers instead.
  const finished: Promise<number>[] = [];
  page.on('requestfinished', (r) => finished.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(url, { waitUntil: 'load' });
  const beforeInteraction = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
  await page.waitForSelector('[data-engine-status][data-engine="ready"]', { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const bytesTotal = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
  const marks = await page.evaluate(() => ({
    readyMs: performance.getEntriesByName('duckdb-ready')[0]!.startTime,
    instantiatedMs: performance.getEntriesByName('duckdb-instantiated')[0]!.startTime,
  }));
  // Choosing another indicator: a DuckDB query, classes, then the map's next rendered frame.
  await page.waitForSelector('[data-explorer-map][data-indicator]');
  const switchMs = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('[data-control="indicator"]')!;
    const map = (window as unknown as { observatoireMap: { once(e: string, f: () => void): void } }).observatoireMap;
    const container = document.querySelector<HTMLElement>('[data-explorer-map]')!;
    const times: number[] = [];
    for (const id of ['sex_female', 'share_aged_60_plus', 'illiteracy_rate_10_plus', 'households_average_size']) {
      const start = performance.now();
      select.value = id;
      select.dispatchEvent(new Event('change'));
      await new Promise<void>((resolve) => {
        const check = () => (container.dataset.indicator === id ? map.once('render', () => resolve()) : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[times.length >> 1]!;
  });
  // V8 writes compiled wasm to Chromium's code cache a moment after tiering up; a reader
  // stays on the page, so the benchmark does too before leaving.
  await page.waitForTimeout(dwellMs);
  await page.close();
  return { ...marks, switchMs, bytesBeforeInteraction: beforeInteraction, bytesTotal };
}

async function dataBytes(): Promise<number> {
  // What the home map shows: the boundaries it draws and the featured values of the communes.
  const topology = await readFile(`public/data/${boundariesFile()}`);
  const census = (await readFile('public/data/census.csv', 'utf8')).split('\r\n');
  const featured = new Set<string>(OBSERVATORY.featured.home);
  const values = [census[0], ...census.slice(1).filter((l) => { const [code, id] = l.split(','); return code?.length === 14 && featured.has(id!.replace(/"/g, '')); })].join('\r\n');
  return gzipSync(topology, { level: 9 }).length + gzipSync(values, { level: 9 }).length;
}

async function main() {
  if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const server = await serveDist();
  const samples: Record<string, PageSample[]> = { home: [], profile: [], profileAr: [] };
  const engine: Record<'cold' | 'warm' | 'coldInstantiate' | 'warmInstantiate' | 'before' | 'total' | 'switch', number[]> = { cold: [], warm: [], coldInstantiate: [], warmInstantiate: [], before: [], total: [], switch: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const { context, dispose } = await freshContext();
      samples.home!.push(await measure(context, `${server.origin}/fr/`, { waitFor: '[data-live-map][data-map-ready="true"]', switchIndicator: true }));
      await dispose();
      const cold = await freshContext();
      samples.profile!.push(await measure(cold.context, `${server.origin}/fr/commune/tafraout/`, {}));
      await cold.dispose();
      const coldAr = await freshContext();
      samples.profileAr!.push(await measure(coldAr.context, `${server.origin}/ar/commune/tafraout/`, {}));
      await coldAr.dispose();
      const explorer = await freshContext();
      const first = await measureEngine(explorer.context, `${server.origin}/fr/explorer/`);
      const second = await measureEngine(explorer.context, `${server.origin}/fr/explorer/`);
      engine.cold.push(first.readyMs);
      engine.warm.push(second.readyMs);
      engine.coldInstantiate.push(first.instantiatedMs);
      engine.switch.push(first.switchMs, second.switchMs);
      engine.warmInstantiate.push(second.instantiatedMs);
      engine.before.push(first.bytesBeforeInteraction);
      engine.total.push(first.bytesTotal);
      await explorer.dispose();
      process.stderr.write(`run ${i + 1}/${runs}\n`);
    }
  } finally {
    await server.close();
  }
  const med = (page: string, key: keyof PageSample) => {
    const xs = samples[page]!.map((s) => s[key]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    return xs.length ? Math.round(median(xs)) : null;
  };
  const data = await dataBytes();
  const result = {
    runs,
    home: {
      bytesBeforeFcp: med('home', 'bytesBeforeFcp'), bytesTotal: med('home', 'bytesTotal'), jsBytesRequired: med('home', 'jsBytesRequired'),
      jsBytesTotal: med('home', 'jsBytesTotal'), fcpMs: med('home', 'fcpMs'), mapReadyMs: med('home', 'mapReadyMs'),
      indicatorSwitchMs: med('home', 'indicatorSwitchMs'), dataBytes: data, ratioToData: Math.round((med('home', 'bytesTotal')! / data) * 100) / 100,
    },
    profile: {
      bytesTotal: med('profile', 'bytesTotal'), jsBytesRequired: med('profile', 'jsBytesRequired'), fcpMs: med('profile', 'fcpMs'),
      arabicBytesTotal: med('profileAr', 'bytesTotal'),
    },
    explorer: {
      duckdbColdMs: Math.round(median(engine.cold)), duckdbWarmMs: Math.round(median(engine.warm)),
      duckdbInstantiatedColdMs: Math.round(median(engine.coldInstantiate)), duckdbInstantiatedWarmMs: Math.round(median(engine.warmInstantiate)),
      bytesBeforeInteraction: Math.round(median(engine.before)), bytesTotal: Math.round(median(engine.total)),
      indicatorSwitchMs: Math.round(median(engine.switch)), repaintMs: med('home', 'repaintMs'),
    },
  };
  const kb = (n: number | null) => (n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
  const ms = (n: number | null) => (n === null ? '—' : `${n} ms`);
  console.log(`\nMedians over ${runs} cold runs (gzip bytes on the wire)\n`);
  console.table({
    'home: bytes before FCP': kb(result.home.bytesBeforeFcp),
    'home: bytes total (network idle)': kb(result.home.bytesTotal),
    'home: JS before interaction': kb(result.home.jsBytesRequired),
    'home: JS total (MapLibre after idle)': kb(result.home.jsBytesTotal),
    'home: first contentful paint': ms(result.home.fcpMs),
    'home: MapLibre map rendered': ms(result.home.mapReadyMs),
    'home: boundaries + values shown': kb(result.home.dataBytes),
    'home: bytes / data shown': `${result.home.ratioToData}×`,
    'home: indicator switch → map recoloured': ms(result.home.indicatorSwitchMs),
    'home: plain repaint (renderer frame time)': ms(result.explorer.repaintMs),
    'explorer: bytes before interaction': kb(result.explorer.bytesBeforeInteraction),
    'explorer: bytes total (DuckDB-WASM + tables)': kb(result.explorer.bytesTotal),
    'explorer: DuckDB-WASM cold start → first result': ms(result.explorer.duckdbColdMs),
    'explorer: DuckDB-WASM second visit → first result': ms(result.explorer.duckdbWarmMs),
    'explorer: indicator switch → query → map recoloured': ms(result.explorer.indicatorSwitchMs),
    'explorer: … of which wasm instantiated (cold / warm)': `${result.explorer.duckdbInstantiatedColdMs} / ${result.explorer.duckdbInstantiatedWarmMs} ms`,
    'profile: bytes total': kb(result.profile.bytesTotal),
    'profile: JS required': kb(result.profile.jsBytesRequired),
    'profile (Arabic): bytes total': kb(result.profile.arabicBytesTotal),
    'profile: first contentful paint': ms(result.profile.fcpMs),
  });
  if (jsonFile) await writeFile(jsonFile, JSON.stringify(result, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
