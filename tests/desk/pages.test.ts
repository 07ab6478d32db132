// The desk's pages as people see them, in headless Chromium: sign-in, a partner's refused
// upload, the submission history, and the reviewer's page with the published preview and the
// difference from the published version; in French, Arabic and English at 1280 and 360 px.
// Each page is in its own language only (no string of another language's interface), laid out
// right to left in Arabic, and never wider than the window. Screenshots are kept in
// DESK_SHOTS_DIR (default tests/artifacts/desk) to be looked at.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, type Lang } from '../../src/desk/i18n.ts';
import { datasetById } from '../../src/lib/contrib/datasets.ts';
import { CHROMIUM_ARGS, ARTIFACTS } from '../e2e/harness.ts';
import { activity, GOOD, OFFICES } from './fixtures.ts';
import { adminFast, deskEnv, startDesk, upload, type Desk } from './harness.ts';

const PASSWORD = 'a long enough password';
const SHOTS = process.env.DESK_SHOTS_DIR ?? join(ARTIFACTS, 'desk');
const LANGS: Lang[] = ['fr', 'ar', 'en'];
const WIDTHS = [1280, 360];

let desk: Desk;
let browser: Browser;
let pending = '', partnerOwn = '';

async function signedIn(email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${desk.url}/en/`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForURL(`${desk.url}/en/`), page.click('form.card button')]);
  return page;
}

/** Interface strings of the other languages that this page must not show. */
function foreignStrings(lang: Lang): string[] {
  const own = new Set(Object.values(MESSAGES[lang]));
  return LANGS.filter((l) => l !== lang).flatMap((l) => Object.values(MESSAGES[l])).filter((s) => s.length >= 6 && !own.has(s));
}

async function look(page: Page, lang: Lang, name: string) {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const layout = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang, overflow: document.documentElement.scrollWidth - window.innerWidth, text: document.body.innerText }));
    await page.screenshot({ path: join(SHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
    if (layout.overflow > 1) problems.push(`${name} ${lang} ${width}px: ${layout.overflow}px wider than the window`);
    if (layout.lang !== lang || layout.dir !== (lang === 'ar' ? 'rtl' : 'ltr')) problems.push(`${name} ${lang}: lang=${layout.lang} dir=${layout.dir}`);
    for (const s of foreignStrings(lang)) if (layout.text.includes(s)) problems.push(`${name} ${lang}: shows "${s}"`);
  }
  return problems;
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  const env = await deskEnv('pglite', { DESK_CONTRIBUTIONS_DIR: await mkdtemp(join(tmpdir(), 'desk-pages-')) });
  desk = await startDesk(env);
  await adminFast(env, 'create-organisation', '--id', 'baom-test', '--name', 'BAOM test', '--kind', 'baom');
  const token = (await adminFast(env, 'create-token', '--organisation', 'baom-test')).lines.at(-1)!;
  for (const [email, role] of [['partner@test.ma', 'partner'], ['reviewer@test.ma', 'reviewer']] as const) {
    await adminFast(env, 'create-person', '--email', email, '--name', role, '--role', role, ...(role === 'partner' ? ['--organisation', 'baom-test'] : []), '--password', PASSWORD);
  }
  // Offices published, a first activity quarter approved, its correction pending: the reviewer sees a preview and a diff.
  const offices = (await upload(desk.url, token, 'bureaux.csv', GOOD.offices, { period: '2024' })).body.id as string;
  await adminFast(env, 'approve', offices);
  await adminFast(env, 'publish', '--to', env.DESK_CONTRIBUTIONS_DIR!, '--no-build');
  const v1 = (await upload(desk.url, token, 'activite-2024-T1.csv', activity('2024-Q1', [5, 10, 7, 12, 30, 6]), { period: '2024-Q1' })).body.id as string;
  await adminFast(env, 'approve', v1);
  pending = (await upload(desk.url, token, 'activite-2024-T1-corrige.csv', activity('2024-Q1', [5, 11, 7, 2, 30, 6]), { period: '2024-Q1' })).body.id as string;
  partnerOwn = v1;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 300_000);
afterAll(async () => { await browser?.close(); await desk?.stop(); });

describe('desk pages in three languages, at 1280 and 360 px', { timeout: 240_000 }, () => {
  it('sign-in', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${desk.url}/${lang}/`);
      problems.push(...await look(page, lang, 'signin'));
    }
    expect(problems).toEqual([]);
  });

  it('a partner’s upload refused, with the problems in the page’s language', async () => {
    const page = await signedIn('partner@test.ma');
    const problems: string[] = [];
    const bad = join(await mkdtemp(join(tmpdir(), 'desk-pages-bad-')), 'bureaux.csv');
    await (await import('node:fs/promises')).writeFile(bad, `${OFFICES}BAOM-X,Bureau de M. Ahmed Alaoui (tel 0661234567),Agadir,régional,Commune,2021-01,"Santé, orientation",,\n`);
    const expected: Record<Lang, string[]> = {
      fr: ['Ligne 2, colonne « commune_code » : « Agadir » est le nom d’une commune : écrivez son code, 09.001.01.01', 'vouliez-vous dire « sante|orientation » ?'],
      ar: ['السطر 2، العمود «commune_code»: «Agadir» اسم جماعة: اكتبوا رمزها، 09.001.01.01', 'هل تقصدون «sante|orientation»؟'],
      en: ['Row 2, column “commune_code”: "Agadir" is the name of a commune: write its code, 09.001.01.01', 'did you mean "sante|orientation"?'],
    };
    for (const lang of LANGS) {
      await page.goto(`${desk.url}/${lang}/submit`);
      await page.setInputFiles('input[name=file]', bad);
      await page.fill('input[name=period]', '2024');
      await Promise.all([page.waitForLoadState('load'), page.click('form.card button')]);
      const text = (await page.locator('.problems').innerText()).replace(/[\u2068\u2069]/g, '');
      for (const s of expected[lang]) expect(text, lang).toContain(s);
      expect(text).toMatch(lang === 'ar' ? /معطيات شخصية|رقم هاتف/ : lang === 'fr' ? /numéro de téléphone/ : /phone number/);
      problems.push(...await look(page, lang, 'submit-refused'));
    }
    expect(problems).toEqual([]);
  });

  it('a partner’s submissions and the history of one', async () => {
    const page = await signedIn('partner@test.ma');
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${desk.url}/${lang}/`);
      problems.push(...await look(page, lang, 'history-list'));
      await page.goto(`${desk.url}/${lang}/submissions/${partnerOwn}`);
      problems.push(...await look(page, lang, 'history-detail'));
    }
    expect(problems).toEqual([]);
  });

  it('the reviewer’s page: summary, published preview with suppressed cells, difference from the published version', async () => {
    const page = await signedIn('reviewer@test.ma');
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${desk.url}/${lang}/submissions/${pending}`);
      expect(await page.locator('td.suppressed').count(), lang).toBeGreaterThan(0);
      expect(await page.locator('del').allInnerTexts(), lang).toEqual(['10', '12']);
      // Column names are the published file's, in every language; their meaning is in the reader's.
      const office = page.locator('table.preview th', { hasText: 'office_id' });
      expect(await office.getAttribute('title'), lang).toBe(datasetById('baom-activity')!.fields.find((f) => f.name === 'office_id')!.description[lang]);
      expect(await office.locator('code').getAttribute('dir'), lang).toBe('ltr');
      problems.push(...await look(page, lang, 'review'));
    }
    expect(problems).toEqual([]);
  });
});
