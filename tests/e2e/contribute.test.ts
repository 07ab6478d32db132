// The contribution mechanism in a real Chromium: the contribute page reports exactly what
// the command line reports for a bad file and accepts a good one; the default site shows no
// synthetic data; a demo build (synthetic examples) shows the banner and protected tables.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data/build.ts';
import { ARTIFACTS, serveDist } from './harness.ts';
import { siteUnderTest } from './site-under-test.ts';
import { bombWorkbook, farCellWorkbook } from '../fixtures/hostile.ts';

const run = promisify(execFile);
/** The sentence of a command-line line `file:line:column: rule: sentence`: what the page shows. */
const sentence = (line: string) => line.split(': ').slice(2).join(': ');
const site = siteUnderTest();
let work: string;

const BAD = 'office_id,period,service,public,sex,age_group,origin_group,count,telephone\r\nBAOM-X,2031-01,sante,mre,F,18-24,europe,-2,0612345678\r\n';
const GOOD = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\r\nB1,BAOM de Tiznit,095810107,provincial,Commune de Tiznit,2022-06,orientation|social,,\r\n';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'observatoire-contribute-'));
  await writeFile(join(work, 'bad.csv'), BAD);
  await writeFile(join(work, 'good.csv'), GOOD);
  await writeFile(join(work, 'bomb.xlsx'), await bombWorkbook(2));
  await writeFile(join(work, 'far.xlsx'), await farCellWorkbook('A99999999'));
  await writeFile(join(work, 'wide.csv'), 'office_id,period,service,public,sex,age_group,origin_group,count' + ','.repeat(1_000_000) + '\n' + 'x,'.repeat(300_000) + '\n');
  for (const f of ['libreoffice-windows-1252-semicolon.csv', 'libreoffice-mac-roman.csv', 'libreoffice-utf-16-tab.csv', 'libreoffice-offices.xlsx']) await cp(join('tests/fixtures/spreadsheets', f), join(work, f));
}, 60_000);

async function checkInPage(file: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const uploads: string[] = [];
  page.on('request', (r) => { if (r.method() !== 'GET') uploads.push(r.url()); });
  await page.goto(`${site.origin}/fr/contribuer/`, { waitUntil: 'networkidle' });
  await page.setInputFiles('[data-files]', file);
  await page.waitForSelector('[data-validation][data-checked="1"]');
  const lines = await page.locator('[data-problems] li').allTextContents();
  const summary = await page.locator('[data-validation] p').first().textContent();
  await page.screenshot({ path: join(ARTIFACTS, 'contribute-fr.png'), fullPage: true });
  await page.close();
  expect(uploads).toEqual([]); // nothing leaves the browser
  return lines.length ? lines : [summary!];
}

describe('contribute page', () => {
  it('reports the same problems as npm run validate for a bad file', async () => {
    const cli = await run('npx', ['tsx', 'scripts/validate.ts', '--lang', 'fr', 'bad.csv'].map((a) => (a === 'bad.csv' ? join(work, a) : a))).catch((e: { stdout: string; code: number }) => e);
    expect((cli as { code: number }).code).toBe(1);
    const expected = (cli as { stdout: string }).stdout.trim().split('\n').map((l) => l.replace(`${join(work, 'bad.csv')}`, 'bad.csv'));
    expect(expected.map((l) => l.split(': ')[1])).toEqual(expect.arrayContaining(['personal-data', 'future-period', 'negative-count', 'unknown-office']));
    expect(await checkInPage(join(work, 'bad.csv'))).toEqual(expected.map(sentence));
  });

  it('reads real exports and refuses hostile files exactly as the command line does, without freezing or crashing the tab', async () => {
    const files = ['libreoffice-windows-1252-semicolon.csv', 'libreoffice-utf-16-tab.csv', 'libreoffice-offices.xlsx', 'libreoffice-mac-roman.csv', 'bomb.xlsx', 'far.xlsx', 'wide.csv'];
    const cli = await run('npx', ['tsx', 'scripts/validate.ts', '--lang', 'fr', ...files.map((f) => join(work, f))]).catch((e: { stdout: string }) => e);
    const expected = (cli as { stdout: string }).stdout.trim().split('\n').map((l) => l.replaceAll(`${work}/`, ''));
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/fr/contribuer/`, { waitUntil: 'networkidle' });
    const started = Date.now();
    await page.setInputFiles('[data-files]', files.map((f) => join(work, f)));
    await page.waitForSelector(`[data-validation][data-checked="${files.length}"]`, { timeout: 60_000 });
    const elapsed = Date.now() - started;
    const lines = await page.locator('[data-problems] li').allTextContents();
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(`browser validator: ${files.length} files in ${elapsed} ms, JS heap after ${(heap / 1e6).toFixed(0)} MB`);
    await page.close();
    expect(lines).toEqual(expected.map(sentence));
    expect(expected.map((l) => l.split(': ')[0]!.split(':')[0] + ':' + l.split(': ')[1])).toEqual([
      'libreoffice-mac-roman.csv:bad-encoding', 'bomb.xlsx:too-large', 'far.xlsx:too-large', 'wide.csv:field-count',
    ]);
    expect(elapsed).toBeLessThan(30_000);
  }, 120_000);

  it('shows a command line that, run as written, answers in the page’s language', async () => {
    const page = await site.browser.newPage();
    const expected = { fr: /^Ligne 2, colonne/, ar: /^السطر 2، العمود/, en: /^Row 2, column/ };
    const summary = { fr: /: \d+ problèmes\.$/, ar: /: \d+ مشاكل\.$/, en: /: \d+ problems\.$/ };
    for (const lang of ['fr', 'ar', 'en'] as const) {
      await page.goto(`${site.origin}/${lang}/contribuer/`);
      const [command, fileName] = /^npm run validate -- (.+) (\S+)$/.exec((await page.locator('code', { hasText: 'npm run validate' }).textContent())!.trim())!.slice(1) as [string, string];
      if (lang === 'ar') expect(fileName).toMatch(/^[\u0600-\u06ff]+\.csv$/);
      await cp(join(work, 'bad.csv'), join(work, fileName));
      const cli = await run('npx', ['tsx', 'scripts/validate.ts', ...command.split(' '), join(work, fileName)], { env: { ...process.env, LANG: 'C' } }).catch((e: { stdout: string; stderr: string }) => e) as { stdout: string; stderr: string };
      expect(cli.stdout.trim().split('\n').map(sentence).filter((l) => expected[lang].test(l)).length, lang).toBeGreaterThan(0);
      expect(cli.stderr.trim(), lang).toMatch(summary[lang]);
    }
    await page.close();
  });

  it('accepts a good file, and says what to do next', async () => {
    const [summary] = await checkInPage(join(work, 'good.csv'));
    expect(summary).toContain('aucun problème');
    expect(summary).toContain('baom-offices');
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/contribuer/`, { waitUntil: 'networkidle' });
    await page.setInputFiles('[data-files]', join(work, 'good.csv'));
    await page.waitForSelector('[data-validation][data-checked="1"]');
    expect(await page.locator('[data-next]').textContent()).toMatch(/^No problem: you can send this file\. Sign in to the contribution desk.*Open the contribution desk$/);
    expect(await page.locator('[data-next] a').getAttribute('href')).toMatch(/\/en\/$/);
    await page.close();
  });

  it('offers CSV and XLSX templates for every dataset', async () => {
    for (const dataset of ['baom-offices', 'baom-activity', 'associations', 'diaspora-projects']) {
      const csv = await fetch(`${site.origin}/templates/${dataset}.csv`);
      expect(csv.status).toBe(200);
      const xlsx = Buffer.from(await (await fetch(`${site.origin}/templates/${dataset}.xlsx`)).arrayBuffer());
      expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('shows no synthetic data and a clear empty state on the default site', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/fr/reseau-baom/', '/en/associations/', '/ar/diaspora/', '/fr/resultats/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.locator('[data-synthetic-banner]').count(), path).toBe(0);
      expect(await page.locator('[data-no-contributions]').count(), path).toBe(1);
      // The contributions pages say what they will show and where to send it, even while empty.
      if (!path.includes('resultats')) expect(await page.locator('[data-no-contributions] [data-desk-link]').count(), path).toBe(1);
    }
    await page.close();
  });
});

/**
 * The pages that read contributions (profiles list the offices and associations of their
 * territory; the layout's banner is on every page): the demo build renders these only, from
 * the project's own code. The others render as in the default build, which the crawl covers;
 * rendering them again took minutes. A new page that reads contributions belongs here.
 */
const DEMO_PAGES = ['[lang]/index.astro', '[lang]/[level]', '[lang]/reseau-baom', '[lang]/associations', '[lang]/diaspora', '[lang]/resultats', '[lang]/a-propos', 'sitemap.xml.ts'];

describe('demo build (synthetic example set)', () => {
  let demo: Awaited<ReturnType<typeof serveDist>>;
  // Inside the project: Astro wants its source folder under the root.
  const src = join('.demo-build', `src-${process.pid}`);
  beforeAll(async () => {
    const pub = join(work, 'public'), dist = join(work, 'dist');
    await mkdir(pub, { recursive: true });
    await cp('public/favicon.svg', join(pub, 'favicon.svg'));
    await cp('public/fonts', join(pub, 'fonts'), { recursive: true });
    await mkdir(src, { recursive: true });
    for (const entry of await readdir('src')) if (entry !== 'pages') await symlink(resolve('src', entry), join(src, entry));
    for (const page of DEMO_PAGES) await cp(join('src/pages', page), join(src, 'pages', page), { recursive: true });
    await buildData({ dataDir: 'data', outDir: join(pub, 'data'), contributionsDir: 'data/examples/contributions' });
    await run('npx', ['astro', 'build'], { env: { ...process.env, OBSERVATOIRE_SRC: src, OBSERVATOIRE_PUBLIC: pub, OBSERVATOIRE_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
    demo = await serveDist(dist);
  }, 600_000);
  afterAll(async () => {
    await demo?.close();
    await rm(src, { recursive: true, force: true });
    await rm(join(work, 'dist'), { recursive: true, force: true });
  }, 300_000);

  it('shows the synthetic-data banner and the protected activity tables', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/fr/', '/fr/reseau-baom/', '/en/resultats/', '/ar/associations/']) {
      await page.goto(`${demo.origin}${path}`);
      expect(await page.locator('[data-synthetic-banner]').textContent(), path).toMatch(/synthetic|fictives/i);
    }
    await page.goto(`${demo.origin}/fr/reseau-baom/`);
    expect(await page.locator('[data-offices] tbody tr').count()).toBe(12);
    expect(await page.locator('[data-activity="service"] td').count()).toBeGreaterThan(10);
    const cells = await page.locator('[data-activity] td.num').allTextContents();
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-network-fr.png'), fullPage: true });
    const office = await page.locator('[data-offices] tbody tr a').first().getAttribute('href');
    await page.goto(`${demo.origin}${office}`);
    expect(await page.locator('[data-activity]').count()).toBe(5);
    await page.goto(`${demo.origin}/fr/resultats/`);
    expect(await page.locator('[data-target="offices"] td').last().textContent()).toBe('12');
    await page.close();
  });
});
