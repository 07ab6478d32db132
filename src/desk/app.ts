// The desk's HTTP routes (Hono): pages for people signed in with a session cookie, and the
// API for partners' systems with a Bearer token. Request bodies are capped before they are
// read, so no upload can make the desk buffer more than the validator would accept.

import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { READ_LIMITS } from '../lib/contrib/limits.ts';
import { describeProblem, type ContribProblem } from '../lib/contrib/message.ts';
import type { Context } from '../lib/contrib/validate.ts';
import { validateFiles } from '../lib/contrib/validate.ts';
import type { Db } from './db.ts';
import { isLang, MESSAGES, type Lang } from './i18n.ts';
import { checkUpload } from './intake.ts';
import { openApiDocument } from './openapi.ts';
import { adminPage, DESK_CSS, detailPage, listPage, messagePage, signInPage, submitPage, type DetailModel, type View } from './pages.ts';
import { publish, publications } from './publish.ts';
import { diffRecords, publishedPreview, type Candidate } from './review.ts';
import * as store from './store.ts';
import type { Actor, Person, Submission } from './store.ts';
import { newToken, sameSecret } from './secrets.ts';

export interface AppDeps {
  db: Db;
  secret: string;
  context: () => Promise<Context>;
  onPublished: () => void;
  contributionsDir: string;
  buildCommand: string | null;
  secureCookies: boolean;
}

const SESSION = 'desk_session', PRE = 'desk_pre';
/** A form's envelope around the largest file the validator reads. */
const MAX_BODY = READ_LIMITS.bytes + 64_000;

export function createApp(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();
  const csrfFor = (id: string) => createHmac('sha256', deps.secret).update(`csrf:${id}`).digest('base64url');
  const cookieOptions = (c: HonoContext) => ({ httpOnly: true, sameSite: 'Lax' as const, path: '/', secure: deps.secureCookies || new URL(c.req.url).protocol === 'https:' });

  /** The person signed in, and the id the CSRF token is bound to (session or pre-session). */
  async function who(c: HonoContext): Promise<{ person?: Person; bound: string }> {
    const token = getCookie(c, SESSION);
    const person = token ? await store.sessionPerson(db, token) : undefined;
    if (person && token) return { person, bound: token };
    let pre = getCookie(c, PRE);
    if (!pre || pre.length > 100) { pre = newToken(); setCookie(c, PRE, pre, cookieOptions(c)); }
    return { bound: pre };
  }
  const view = async (c: HonoContext, lang: Lang): Promise<View> => {
    const { person, bound } = await who(c);
    return { lang, t: MESSAGES[lang], person, csrf: csrfFor(bound), path: new URL(c.req.url).pathname };
  };
  const csrfOk = (v: View, form: Record<string, unknown>) => typeof form._csrf === 'string' && sameSecret(form._csrf, v.csrf);
  const langOf = (c: HonoContext): Lang => { const l = c.req.param('lang') ?? 'fr'; return isLang(l) ? l : 'fr'; };
  const tooLarge = (c: HonoContext) => c.json({ problems: [{ file: 'file', line: 1, column: 1, rule: 'too-large', message: `the request is larger than ${MAX_BODY} bytes / la requête dépasse ${MAX_BODY} octets` }] }, 413);
  const limit = bodyLimit({ maxSize: MAX_BODY, onError: tooLarge });

  app.onError((e, c) => {
    if (e instanceof store.DeskError) return c.json({ error: e.code, message: e.message }, e.status);
    console.error(e);
    return c.json({ error: 'internal', message: 'internal error' }, 500);
  });

  // Static look: the site's own stylesheet and fonts, served from the repository.
  const fontFace = `@font-face{font-family:'Source Sans 3';font-weight:400;font-display:swap;src:url(/assets/source-sans-3-400.woff2) format('woff2')}
@font-face{font-family:'Source Sans 3';font-weight:700;font-display:swap;src:url(/assets/source-sans-3-700.woff2) format('woff2')}`;
  const globalCss = readFile('src/styles/global.css', 'utf8').then((css) => fontFace + css.replace("url('/fonts/noto-sans-arabic-400.woff2')", "url('/assets/noto-sans-arabic-400.woff2')"));
  const FONTS: Record<string, string> = {
    'source-sans-3-400.woff2': 'node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    'source-sans-3-700.woff2': 'node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
    'noto-sans-arabic-400.woff2': 'node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  };
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });
  app.get('/assets/global.css', async (c) => c.body(await globalCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/assets/desk.css', (c) => c.body(DESK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/assets/:font{.+\\.woff2}', async (c) => {
    const path = FONTS[c.req.param('font')];
    return path ? c.body(new Uint8Array(await readFile(path)), 200, { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=86400' }) : c.notFound();
  });
  app.get('/', (c) => c.redirect('/fr/'));
  app.get('/healthz', (c) => c.text('ok'));

  // ---- API (Bearer token of an organisation; no cookies, so no CSRF) ----
  const apiActor = async (c: HonoContext): Promise<Actor | undefined> => {
    const m = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '');
    return m ? store.tokenActor(db, m[1]!) : undefined;
  };
  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument()));
  app.post('/api/v1/submissions', limit, async (c) => {
    const actor = await apiActor(c);
    if (!actor) return c.json({ error: 'unauthorized', message: 'Authorization: Bearer TOKEN required' }, 401);
    const outcome = await receive(actor, await c.req.parseBody());
    if (!outcome.ok) return c.json({ problems: outcome.problems.map((p) => apiProblem(p, apiLang(c))) }, 422);
    return c.json(apiSubmission(outcome.submission), 201, { Location: `/api/v1/submissions/${outcome.submission.id}` });
  });
  app.get('/api/v1/submissions/:id', async (c) => {
    const actor = await apiActor(c);
    if (!actor) return c.json({ error: 'unauthorized', message: 'Authorization: Bearer TOKEN required' }, 401);
    const s = await store.submission(db, actor, c.req.param('id'));
    const history = await store.history(db, actor, s.id);
    return c.json({ ...apiSubmission(s), history: history.map((e) => ({ at: e.at, action: e.action, actor: e.actor, ...(e.detail.reason ? { reason: e.detail.reason } : {}), ...(e.detail.version ? { version: e.detail.version } : {}) })) });
  });

  /** One upload, from form fields to a stored submission or the validator's problems. */
  async function receive(actor: Actor, form: Record<string, unknown>): Promise<{ ok: true; submission: Submission } | { ok: false; problems: ContribProblem[] }> {
    const file = form.file;
    const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
    if (!(file instanceof File)) return { ok: false, problems: [{ file: 'file', line: 1, column: 1, rule: 'no-file', message: { fr: 'aucun fichier joint : choisissez le fichier à envoyer', ar: 'لم يُرفق أي ملف: اختاروا الملف المراد إرساله', en: 'no file attached: choose the file to send' } }] };
    if (file.size > READ_LIMITS.bytes) return { ok: false, problems: [{ file: file.name, line: 1, column: 1, rule: 'too-large', message: { fr: `fichier de plus de ${READ_LIMITS.bytes / 1e6} Mo`, ar: `الملف أكبر من ${READ_LIMITS.bytes / 1e6} ميغابايت`, en: `file larger than ${READ_LIMITS.bytes / 1e6} MB` } }] };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const intake = await checkUpload({ fileName: file.name, bytes, period: text('period'), dataset: text('dataset') || undefined, licence: text('licence') || undefined },
      await deps.context(), async (dataset) => (await store.activePeriods(db, actor.organisation ?? '', dataset)).map((r) => r.period));
    if (!intake.ok) return intake;
    const submission = await store.submit(db, actor, { dataset: intake.dataset, period: intake.period, licence: intake.licence, fileName: intake.result.file, extension: intake.extension, bytes, rows: intake.summary.rows, summary: intake.summary });
    return { ok: true, submission };
  }

  // ---- Pages ----
  const page = (c: HonoContext, body: ReturnType<typeof messagePage>, status: 200 | 403 | 404 | 422 | 429 = 200) => c.html(body, status);
  const signedIn = async (c: HonoContext) => {
    const v = await view(c, langOf(c));
    return v.person ? { v, actor: store.personActor(v.person) } : undefined;
  };

  // The language alternation is grouped: Hono's router reads a bare `fr|ar|en` as alternatives of
  // the whole route, so `/fr/submissions/…` fell to the `/:lang` redirect.
  app.get('/:lang{(?:fr|ar|en)}/', async (c) => {
    const s = await signedIn(c);
    if (!s) return page(c, signInPage(await view(c, langOf(c))));
    return page(c, listPage(s.v, await store.submissions(db, s.actor)));
  });
  app.get('/:lang{(?:fr|ar|en)}', (c) => c.redirect(`/${c.req.param('lang')}/`));

  app.post('/:lang{(?:fr|ar|en)}/login', limit, async (c) => {
    const lang = langOf(c);
    const v = await view(c, lang);
    const form = await c.req.parseBody();
    if (!csrfOk(v, form)) return page(c, messagePage(v, v.t.signIn, v.t.csrf), 403);
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const result = await store.signIn(db, String(form.email ?? ''), String(form.password ?? ''), String(address));
    if (result === 'invalid') return page(c, signInPage(v, v.t.badLogin), 403);
    if (result === 'rate-limited') return page(c, signInPage(v, v.t.rateLimited), 429);
    setCookie(c, SESSION, result.token, { ...cookieOptions(c), maxAge: store.SESSION_HOURS * 3600 });
    return c.redirect(`/${lang}/`, 303);
  });
  app.post('/:lang{(?:fr|ar|en)}/logout', limit, async (c) => {
    const v = await view(c, langOf(c));
    if (!csrfOk(v, await c.req.parseBody())) return page(c, messagePage(v, v.t.signOut, v.t.csrf), 403);
    const token = getCookie(c, SESSION);
    if (token) await store.signOut(db, token);
    deleteCookie(c, SESSION, { path: '/' });
    return c.redirect(`/${v.lang}/`, 303);
  });

  app.get('/:lang{(?:fr|ar|en)}/submit', async (c) => {
    const s = await signedIn(c);
    if (!s) return c.redirect(`/${langOf(c)}/`);
    return page(c, submitPage(s.v));
  });
  app.post('/:lang{(?:fr|ar|en)}/submit', limit, async (c) => {
    const s = await signedIn(c);
    if (!s) return c.redirect(`/${langOf(c)}/`, 303);
    const form = await c.req.parseBody();
    if (!csrfOk(s.v, form)) return page(c, messagePage(s.v, s.v.t.newSubmission, s.v.t.csrf), 403);
    const outcome = await receive(s.actor, form);
    if (!outcome.ok) return page(c, submitPage(s.v, outcome.problems), 422);
    return c.redirect(`/${s.v.lang}/submissions/${outcome.submission.id}`, 303);
  });

  app.get('/:lang{(?:fr|ar|en)}/submissions/:id', async (c) => {
    const s = await signedIn(c);
    if (!s) return c.redirect(`/${langOf(c)}/`);
    try {
      return page(c, detailPage(s.v, await detail(s.actor, c.req.param('id'))));
    } catch (e) {
      if (e instanceof store.DeskError && e.status === 404) return page(c, messagePage(s.v, s.v.t.notFound, s.v.t.notFound), 404);
      throw e;
    }
  });
  for (const action of ['approve', 'reject', 'withdraw'] as const) {
    app.post(`/:lang{(?:fr|ar|en)}/submissions/:id/${action}`, limit, async (c) => {
      const s = await signedIn(c);
      if (!s) return c.redirect(`/${langOf(c)}/`, 303);
      const form = await c.req.parseBody();
      if (!csrfOk(s.v, form)) return page(c, messagePage(s.v, s.v.t[action], s.v.t.csrf), 403);
      const id = c.req.param('id')!;
      try {
        if (action === 'approve') await store.approve(db, s.actor, id);
        else if (action === 'reject') await store.reject(db, s.actor, id, String(form.reason ?? ''));
        else await store.withdraw(db, s.actor, id);
      } catch (e) {
        if (e instanceof store.DeskError) return page(c, messagePage(s.v, s.v.t[action], e.status === 403 ? s.v.t.forbidden : e.status === 404 ? s.v.t.notFound : e.message), e.status === 403 || e.status === 404 ? e.status : 422);
        throw e;
      }
      return c.redirect(`/${s.v.lang}/submissions/${id}`, 303);
    });
  }

  app.get('/:lang{(?:fr|ar|en)}/admin', async (c) => {
    const s = await signedIn(c);
    if (!s || s.actor.role !== 'administrator') return page(c, messagePage(await view(c, langOf(c)), MESSAGES[langOf(c)].admin, MESSAGES[langOf(c)].forbidden), 403);
    return page(c, adminPage(s.v, await publications(db)));
  });
  app.post('/:lang{(?:fr|ar|en)}/admin/publish', limit, async (c) => {
    const s = await signedIn(c);
    if (!s || s.actor.role !== 'administrator') return page(c, messagePage(await view(c, langOf(c)), MESSAGES[langOf(c)].admin, MESSAGES[langOf(c)].forbidden), 403);
    if (!csrfOk(s.v, await c.req.parseBody())) return page(c, messagePage(s.v, s.v.t.admin, s.v.t.csrf), 403);
    // The build takes minutes: it runs on, and the admin page shows its outcome.
    void publish(db, s.actor, deps.contributionsDir, deps.buildCommand).then(deps.onPublished, (e) => console.error(e));
    return c.redirect(`/${s.v.lang}/admin`, 303);
  });

  async function decode(s: Submission): Promise<Candidate> {
    const [result] = await validateFiles([{ name: s.file_name, bytes: await store.content(db, s.id), dataset: s.dataset }], await deps.context());
    return { file: `${s.id}/${s.file_name}`, result: result!, meta: { organisation: s.organisation_id, contact: '', licence: s.licence, period: s.period, submitted: '', version: s.version ?? 0 } }; // a pending file is numbered on approval
  }

  async function detail(actor: Actor, id: string): Promise<DetailModel> {
    const submission = await store.submission(db, actor, id);
    const history = await store.history(db, actor, id);
    const versions = await store.sameIdentity(db, submission);
    const latest = (await store.latestApproved(db)).filter((x) => x.id !== submission.id);
    const previous = latest.find((x) => x.organisation_id === submission.organisation_id && x.dataset === submission.dataset && x.period === submission.period) ?? null;
    const target = await decode(submission);
    const others = await Promise.all(latest.filter((x) => x !== previous).map((x) => decode(x)));
    const preview = submission.status === 'rejected' || submission.status === 'withdrawn' ? null : await publishedPreview(target, others);
    const diff = previous ? diffRecords(submission.dataset, (await decode(previous)).result.records, target.result.records) : null;
    return { submission, history, versions, preview, diff, previous };
  }

  return app;
}

/** The API's language: the first of fr, ar, en that Accept-Language names, else French. */
const apiLang = (c: HonoContext): Lang => (c.req.header('Accept-Language') ?? '').split(',').map((s) => s.trim().slice(0, 2).toLowerCase()).find(isLang) ?? 'fr';
/** A problem for partners' systems: the sentence in the caller's language, and in all three. */
const apiProblem = (p: ContribProblem, lang: Lang) => ({
  file: p.file, line: p.line, column: p.column, rule: p.rule, ...(p.header !== undefined ? { header: p.header } : {}),
  message: describeProblem(p, lang), messages: { fr: describeProblem(p, 'fr'), ar: describeProblem(p, 'ar'), en: describeProblem(p, 'en') },
});

function apiSubmission(s: Submission) {
  return {
    id: s.id, status: s.status, organisation: s.organisation_id, dataset: s.dataset, period: s.period, licence: s.licence,
    file: s.file_name, sha256: s.sha256, rows: s.rows, version: s.version, submitted_at: s.submitted_at, submitted_by: s.submitted_by,
    decided_at: s.decided_at, reason: s.reason,
  };
}
