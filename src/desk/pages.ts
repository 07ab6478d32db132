// The desk's pages: plain server-rendered HTML in the site's look (its stylesheet and fonts),
// every interpolated value escaped by hono's `html` tag, every form carrying its CSRF token.

import { html, raw } from 'hono/html';
import { describeProblem, type ContribProblem } from '../lib/contrib/message.ts';
import type { Row } from '../lib/tables.ts';
import { DATASETS, datasetById } from '../lib/contrib/datasets.ts';
import { PERIOD_INPUT_PATTERN } from '../lib/contrib/period.ts';
import { LANGS, type Lang, type Messages } from './i18n.ts';
import { LICENCES } from './intake.ts';
import type { Diff } from './review.ts';
import type { AuditEntry, Person, Submission } from './store.ts';

type Html = ReturnType<typeof raw>;
export interface View { lang: Lang; t: Messages; person?: Person; csrf: string; path: string }

const dir = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');
const when = (d: Date | string | null, lang: Lang) => (d ? new Date(d).toLocaleString(lang === 'ar' ? 'ar-MA-u-nu-latn' : lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '');

export function layout(v: View, title: string, body: Html | Promise<Html>) {
  const other = (l: Lang) => v.path.replace(/^\/(fr|ar|en)\//, `/${l}/`);
  return html`<!doctype html>
<html lang="${v.lang}" dir="${dir(v.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${v.t.title}</title>
<link rel="stylesheet" href="/assets/global.css"><link rel="stylesheet" href="/assets/desk.css"></head>
<body>
<a class="skip" href="#contenu">${v.t.skip}</a>
<header class="site-header"><div class="wrap">
  <a class="brand" href="/${v.lang}/">${v.t.title}<small>${v.t.observatory}</small></a>
  <nav aria-label="${v.t.title}"><ul class="nav">
    ${v.person ? html`<li><a href="/${v.lang}/">${v.t.submissions}</a></li>` : ''}
    ${v.person?.role === 'partner' ? html`<li><a href="/${v.lang}/submit">${v.t.newSubmission}</a></li>` : ''}
    ${v.person?.role === 'administrator' ? html`<li><a href="/${v.lang}/admin">${v.t.admin}</a></li>` : ''}
    ${LANGS.filter((l) => l !== v.lang).map((l) => html`<li><a href="${other(l)}" lang="${l}" hreflang="${l}">${l === 'ar' ? 'العربية' : l === 'fr' ? 'Français' : 'English'}</a></li>`)}
    ${v.person ? html`<li><form method="post" action="/${v.lang}/logout" class="inline"><input type="hidden" name="_csrf" value="${v.csrf}"><button class="link">${v.t.signOut}</button></form></li>` : ''}
  </ul></nav>
</div></header>
<main id="contenu" class="wrap">${body}</main>
<footer class="site-footer"><div class="wrap"><a href="/api/v1/openapi.json">${v.t.api}</a>${v.person ? html` · ${v.person.name} (${v.person.email})` : ''}</div></footer>
</body></html>`;
}

export const signInPage = (v: View, error?: string) => layout(v, v.t.signIn, html`
<h1>${v.t.signIn}</h1><p class="lede">${v.t.signInLede}</p>
${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
<form method="post" action="/${v.lang}/login" class="card">
  <input type="hidden" name="_csrf" value="${v.csrf}">
  <label>${v.t.email}<input type="email" name="email" autocomplete="username" required></label>
  <label>${v.t.password}<input type="password" name="password" autocomplete="current-password" required></label>
  <button>${v.t.signIn}</button>
</form>`);

export const messagePage = (v: View, title: string, text: string) => layout(v, title, html`<h1>${title}</h1><p class="alert" role="alert">${text}</p><p><a href="/${v.lang}/">${v.t.back}</a></p>`);

const statusBadge = (t: Messages, s: Submission['status']) => html`<span class="status status-${s}">${t[s]}</span>`;

export const listPage = (v: View, items: Submission[]) => layout(v, v.t.submissions, html`
<h1>${v.t.submissions}</h1>
${v.person?.role === 'partner' ? html`<p><a class="button" href="/${v.lang}/submit">${v.t.newSubmission}</a></p>` : ''}
${items.length === 0 ? html`<p>${v.t.noSubmissions}</p>` : html`<div class="scroll"><table class="data">
<thead><tr><th>${v.t.id}</th><th>${v.t.organisation}</th><th>${v.t.dataset}</th><th>${v.t.period}</th><th>${v.t.status}</th><th class="num">${v.t.version}</th><th>${v.t.submitted}</th></tr></thead>
<tbody>${items.map((s) => html`<tr><td><a href="/${v.lang}/submissions/${s.id}">${s.id}</a></td><td>${s.organisation_id}</td><td>${s.dataset}</td><td>${s.period}</td><td>${statusBadge(v.t, s.status)}</td><td class="num">${s.version ?? ''}</td><td>${when(s.submitted_at, v.lang)}</td></tr>`)}</tbody>
</table></div>`}`);

export const problemsList = (v: View, problems: ContribProblem[]) => html`
<p class="alert" role="alert">${v.t.refused}</p>
<ul class="problems">${problems.map((p) => html`<li>${describeProblem(p, v.lang)}</li>`)}</ul>`;

export const submitPage = (v: View, problems?: ContribProblem[]) => layout(v, v.t.newSubmission, html`
<h1>${v.t.newSubmission}</h1>
${problems ? problemsList(v, problems) : ''}
<form method="post" action="/${v.lang}/submit" enctype="multipart/form-data" class="card">
  <input type="hidden" name="_csrf" value="${v.csrf}">
  <label>${v.t.file}<input type="file" name="file" accept=".csv,.xlsx" required></label>
  <div class="field"><label for="period">${v.t.period}</label><span class="hint" id="period-hint">${v.t.periodHint}</span><input id="period" name="period" required pattern="${PERIOD_INPUT_PATTERN}" placeholder="2024-Q3" dir="ltr" aria-describedby="period-hint"></div>
  <label>${v.t.dataset}<select name="dataset"><option value="">${v.t.datasetAuto}</option>${DATASETS.map((d) => html`<option value="${d.id}">${d.title[v.lang]}</option>`)}</select></label>
  <label>${v.t.licence}<select name="licence">${LICENCES.map((l) => html`<option>${l}</option>`)}</select></label>
  <button>${v.t.send}</button>
</form>`);

export interface DetailModel {
  submission: Submission; history: AuditEntry[]; versions: Submission[];
  preview: { dataset: string; table: string; columns: string[]; rows: Row[] } | null; diff: Diff | null; previous: Submission | null;
}

const cell = (v: View, value: unknown, suppressed: boolean) => (suppressed ? html`<td class="num suppressed"><mark>${v.t.suppressed}</mark></td>` : html`<td class="${typeof value === 'number' ? 'num' : ''}">${value === null || value === undefined ? '' : String(value)}</td>`);

export function detailPage(v: View, m: DetailModel) {
  const s = m.submission;
  const reviewer = v.person && v.person.role !== 'partner';
  const mayWithdraw = s.status === 'pending' || s.status === 'approved';
  return layout(v, `${v.t.id} ${s.id}`, html`
<h1>${v.t.id} ${s.id} ${statusBadge(v.t, s.status)}</h1>
<dl class="facts">
  <dt>${v.t.organisation}</dt><dd>${s.organisation_id}</dd>
  <dt>${v.t.dataset}</dt><dd>${s.dataset}</dd><dt>${v.t.period}</dt><dd>${s.period}</dd>
  <dt>${v.t.licence}</dt><dd>${s.licence}</dd><dt>${v.t.file}</dt><dd>${s.file_name}</dd>
  <dt>${v.t.submitted}</dt><dd>${when(s.submitted_at, v.lang)} ${v.t.by} ${s.submitted_by}</dd>
  <dt>${v.t.version}</dt><dd>${s.version ?? '—'}</dd>
  <dt>${v.t.sha256}</dt><dd><code class="hash">${s.sha256}</code></dd>
  ${s.reason ? html`<dt>${v.t.reason}</dt><dd class="reason">${s.reason}</dd>` : ''}
</dl>
<h2>${v.t.summary}</h2>
<p>${v.t.rows} : ${s.summary.rows} · ${s.summary.format.toUpperCase()} · ${s.summary.columns.join(', ')}</p>
${s.status === 'pending' && reviewer ? html`<div class="actions">
  <form method="post" action="/${v.lang}/submissions/${s.id}/approve"><input type="hidden" name="_csrf" value="${v.csrf}"><button>${v.t.approve}</button></form>
  <form method="post" action="/${v.lang}/submissions/${s.id}/reject"><input type="hidden" name="_csrf" value="${v.csrf}"><label>${v.t.reason}<textarea name="reason" required maxlength="2000"></textarea></label><button class="secondary">${v.t.reject}</button></form>
</div>` : ''}
${mayWithdraw ? html`<form method="post" action="/${v.lang}/submissions/${s.id}/withdraw"><input type="hidden" name="_csrf" value="${v.csrf}"><button class="secondary">${v.t.withdraw}</button></form>` : ''}
${m.preview ? html`<h2>${v.t.preview}</h2><p class="source">${v.t.suppressedNote} (${m.preview.table})</p><div class="scroll"><table class="data preview">
<thead><tr>${m.preview.columns.filter((c) => c !== 'suppressed').map((c) => previewHeader(v.lang, m.preview!.dataset, c))}</tr></thead>
<tbody>${m.preview.rows.slice(0, 500).map((r) => html`<tr>${m.preview!.columns.filter((c) => c !== 'suppressed').map((c) => cell(v, r[c], c === 'count' && r.suppressed === true))}</tr>`)}</tbody></table></div>` : ''}
${reviewer || m.diff ? html`<h2>${v.t.diff}</h2>${m.diff && m.previous ? html`<p>${m.previous.id} (v${m.previous.version}) → ${s.id} : ${m.diff.added.length} ${v.t.added}, ${m.diff.removed.length} ${v.t.removed}, ${m.diff.changed.length} ${v.t.changed}, ${m.diff.unchanged} ${v.t.unchanged}</p>
${m.diff.changed.length ? html`<div class="scroll"><table class="data"><tbody>${m.diff.changed.slice(0, 200).map((c) => html`<tr><td>${c.key}</td><td>${c.field}</td><td><del>${c.before}</del></td><td><ins>${c.after}</ins></td></tr>`)}</tbody></table></div>` : ''}` : html`<p>${v.t.noPrevious}</p>`}` : ''}
<h2>${v.t.versions}</h2>
<table class="data"><tbody>${m.versions.map((x) => html`<tr><td><a href="/${v.lang}/submissions/${x.id}">${x.id}</a></td><td>${statusBadge(v.t, x.status)}</td><td class="num">${x.version ? `v${x.version}` : ''}</td><td>${when(x.submitted_at, v.lang)}</td></tr>`)}</tbody></table>
<h2>${v.t.historyTitle}</h2>
<ol class="history">${m.history.map((e) => html`<li>${when(e.at, v.lang)} — ${(v.t as Record<string, string>)[`action_${e.action}`] ?? e.action} ${v.t.by} ${e.actor}${e.detail.reason ? html` — <span class="reason">${String(e.detail.reason)}</span>` : ''}</li>`)}</ol>
<p><a href="/${v.lang}/">${v.t.back}</a></p>`);
}

export const adminPage = (v: View, pubs: { id: number; started_at: Date; status: string; files: number; output: string; actor: string }[]) => layout(v, v.t.admin, html`
<h1>${v.t.admin}</h1>
<form method="post" action="/${v.lang}/admin/publish"><input type="hidden" name="_csrf" value="${v.csrf}"><button>${v.t.publish}</button></form>
<h2>${v.t.publications}</h2>
<ol class="history">${pubs.map((p) => html`<li class="pub-${p.status}">#${p.id} — ${when(p.started_at, v.lang)} — ${p.actor} — ${p.files} — <strong>${p.status === 'ok' ? v.t.publishOk : p.status === 'failed' ? v.t.publishFailed : v.t.publishRunning}</strong>
${p.status === 'failed' ? html`<pre dir="ltr">${p.output.slice(-3000)}</pre>` : ''}</li>`)}</ol>`);

export const DESK_CSS = `
.card { display: grid; grid-template-columns: minmax(0, 1fr); gap: .9rem; max-width: 32rem; background: var(--band); padding: 1.25rem; border-radius: .5rem; }
.card label, .card .field, .actions label { display: grid; grid-template-columns: minmax(0, 1fr); gap: .25rem; font-weight: 600; }
.hint { font-weight: 400; font-size: .9rem; }
input, select, textarea, button { font: inherit; }
input, select, textarea { padding: .45rem .5rem; border: 1px solid var(--muted); border-radius: .3rem; background: #fff; max-width: 100%; }
button, .button { background: var(--accent); color: var(--accent-ink); border: 0; border-radius: .3rem; padding: .5rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
button.link { background: none; color: inherit; padding: 0; text-decoration: underline; }
form.inline { display: inline; }
.nav { flex-wrap: wrap; align-items: center; }
.alert { border-inline-start: 4px solid #b3261e; background: #fdecea; padding: .6rem .9rem; }
.problems li { margin-block: .3rem; }
.status { font-size: .85rem; padding: .1rem .5rem; border-radius: 1rem; background: var(--band); border: 1px solid var(--line); white-space: nowrap; }
.status-approved { background: #e3f2e8; } .status-rejected { background: #fdecea; } .status-pending { background: #fff4d6; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
.facts dt { font-weight: 600; } .facts dd { margin: 0; overflow-wrap: anywhere; }
.hash { font-size: .8rem; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: end; margin-block: 1rem; }
.actions form { display: grid; gap: .5rem; }
.scroll { overflow-x: auto; max-width: 100%; }
/* Rows of figures scroll sideways on a phone rather than wrap into columns one word wide. */
.scroll table.data th, .scroll table.data td { white-space: nowrap; }
/* Codes and periods (2024-Q1, _total) keep their own order inside a right-to-left page. */
table.data td, .facts dd { unicode-bidi: plaintext; }
[dir=rtl] table.data td:not(.num), [dir=rtl] .facts dd { text-align: right; }
@media (max-width: 30rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-block-end: .4rem; } }
td.suppressed mark { background: #eee; color: var(--muted); font-style: italic; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--band); padding: .5rem; font-size: .8rem; max-height: 20rem; overflow: auto; }
`;

/**
 * A published column keeps its name in every language (it is the file's header, as on the SQL
 * page), written left to right; its meaning, from the dataset's definition, is in the reader's.
 */
function previewHeader(lang: Lang, dataset: string, column: string) {
  const field = datasetById(dataset)?.fields.find((f) => f.name === column);
  return html`<th scope="col" title="${field?.description[lang] ?? ''}"><code dir="ltr">${column}</code></th>`;
}
