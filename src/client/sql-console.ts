// The SQL console: the reader's SQL goes to DuckDB-WASM in its worker (the page stays
// responsive), results come back as an Arrow table shown as an HTML table, with row count,
// timing, a quick chart and CSV or Arrow download. DuckDB's errors are shown as they are.

import * as Plot from '@observablehq/plot';
import { tableToIPC, type Table } from 'apache-arrow';
import { cancel, engine, runCancellable } from './duckdb.ts';
import { download } from './download.ts';
import { csvText } from '../lib/data/csv.ts';
import { csvWithCredits } from '../lib/explorer/exports.ts';
import { pluralOf } from '../lib/plural.ts';

const SHOWN = 500;

export function startSqlConsole(): void {
  const editor = document.querySelector<HTMLTextAreaElement>('[data-sql-editor]');
  if (!editor) return;
  const messages = JSON.parse(document.querySelector('[data-sql-messages]')!.textContent!) as Record<string, string>;
  const msg = (key: string, params: Record<string, string | number> = {}) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const q = <T extends Element>(s: string) => document.querySelector<T>(s)!;
  const run = q<HTMLButtonElement>('[data-sql-run]');
  const stop = q<HTMLButtonElement>('[data-sql-cancel]');
  const status = q<HTMLElement>('[data-sql-status]');
  const error = q<HTMLElement>('[data-sql-error]');
  const result = q<HTMLTableElement>('[data-sql-result]');
  const downloads = q<HTMLElement>('[data-sql-downloads]');
  let last: Table | undefined;
  let cancelled = false;

  const started = performance.now();
  engine().then(
    () => { status.textContent = msg('explorer.engineReady', { ms: Math.round(performance.now() - started) }); status.dataset.engine = 'ready'; },
    (e: unknown) => { status.textContent = msg('explorer.engineFailed', { error: String(e) }); },
  );

  async function execute() {
    const sql = editor!.value.trim();
    if (!sql) return;
    error.hidden = true;
    run.disabled = true;
    stop.disabled = false;
    cancelled = false;
    status.textContent = msg('sql.running');
    const t0 = performance.now();
    try {
      const table = await runCancellable(sql);
      last = table;
      const ms = Math.round(performance.now() - t0);
      status.textContent = pluralOf(document.documentElement.lang, messages['sql.rows'] ?? 'sql.rows', table.numRows, { ms }) + (table.numRows > SHOWN ? ` ${msg('sql.truncated', { n: SHOWN })}` : '');
      status.dataset.rows = String(table.numRows);
      render(table);
      downloads.hidden = false;
    } catch (e) {
      status.textContent = cancelled ? msg('sql.cancelled') : '';
      if (!cancelled) {
        error.textContent = `${msg('sql.error')}${msg('punct.colon')}${e instanceof Error ? e.message : String(e)}`;
        error.hidden = false;
      }
      result.replaceChildren();
      downloads.hidden = true;
    } finally {
      run.disabled = false;
      stop.disabled = true;
    }
  }

  function render(table: Table) {
    const names = table.schema.fields.map((f) => f.name);
    const head = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const n of names) { const th = document.createElement('th'); th.scope = 'col'; th.textContent = n; hr.append(th); }
    head.append(hr);
    const body = document.createElement('tbody');
    for (const row of table.toArray().slice(0, SHOWN)) {
      const tr = document.createElement('tr');
      const obj = row.toJSON() as Record<string, unknown>;
      for (const n of names) {
        const td = document.createElement('td');
        const v = obj[n];
        td.textContent = v === null || v === undefined ? 'NULL' : String(v);
        if (typeof v === 'number' || typeof v === 'bigint') td.className = 'num';
        tr.append(td);
      }
      body.append(tr);
    }
    result.replaceChildren(head, body);
    q('[data-sql-chart-target]').replaceChildren();
  }

  run.addEventListener('click', () => void execute());
  stop.addEventListener('click', () => { cancelled = true; void cancel(); });
  editor.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); void execute(); }
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-sql-example]')) {
    b.addEventListener('click', () => { editor.value = b.dataset.sqlExample!; void execute(); });
  }

  q('[data-sql-download="arrow"]').addEventListener('click', () => last && download('query.arrow', new Blob([tableToIPC(last, 'file') as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.arrow.file' })));
  q('[data-sql-download="csv"]').addEventListener('click', () => {
    if (!last) return;
    const names = last.schema.fields.map((f) => f.name);
    const text = csvText(names, last.toArray().map((r) => { const o = r.toJSON() as Record<string, unknown>; return names.map((n) => o[n]); }));
    // A byte-order mark, so that a spreadsheet opens the UTF-8 (Arabic names) as UTF-8; the
    // query and the credits in a `#` header block, as every exported table carries them.
    const credits = [`${msg('sql.exportQuery')}${msg('punct.colon')}${editor.value.replace(/\s+/g, ' ').trim()}`, `${msg('explorer.licence')}${msg('punct.colon')}${msg('explorer.credits')}`];
    download('query.csv', new Blob(['\ufeff', csvWithCredits(msg('sql.exportTitle'), credits, text)], { type: 'text/csv;charset=utf-8' }));
  });
  q('[data-sql-chart]').addEventListener('click', () => {
    if (!last) return;
    const rows = last.toArray().slice(0, 60).map((r) => r.toJSON() as Record<string, unknown>);
    const fields = last.schema.fields;
    const label = fields.find((f) => rows.some((r) => typeof r[f.name] === 'string'))?.name;
    const value = fields.find((f) => rows.some((r) => typeof r[f.name] === 'number'))?.name;
    if (!label || !value) return;
    const chart = Plot.plot({
      width: 640, height: 24 + rows.length * 16, marginLeft: 180, x: { grid: true, label: value }, y: { label: null, domain: rows.map((r) => String(r[label])) },
      marks: [Plot.barX(rows, { x: value, y: (r: Record<string, unknown>) => String(r[label]), fill: '#0b5f7a' }), Plot.ruleX([0])],
      ariaLabel: `${value} / ${label}`,
    });
    for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    q('[data-sql-chart-target]').replaceChildren(chart);
  });
}
