// The explorer's controller: state in, views out. A change of control makes a new state;
// its rows come from DuckDB-WASM (or, for the default view, from the rows embedded in the
// page); the map and its legend are recoloured at once, and the ranking, table and scatter
// are drawn after the browser has painted that frame. Every change takes a request number,
// and an answer that arrives after a newer change is dropped. The whole state is in the URL.

import { UNIT_LABELS, type Indicator, type Lang } from '../../lib/catalogue.ts';
import { creditLines, csvWithCredits } from '../../lib/explorer/exports.ts';
import { EXPLORER_TABLES, sliceQuery, valuesQuery } from '../../lib/explorer/query.ts';
import { makeSlice, rowsOf, type Slice, type SliceRow } from '../../lib/explorer/slice.ts';
import { changeKind, decodeState, encodeState, levelsOf, yearsOf, type ExplorerState } from '../../lib/explorer/state.ts';
import { explorerView, newestOnly, type ExplorerView } from '../../lib/explorer/view.ts';
import { csvText } from '../../lib/data/csv.ts';
import { formatChange, formatPercent, formatValue, nameOf } from '../../lib/format.ts';
import type { ExplorerIndicator, ExplorerRow } from '../../lib/site/explorer-data.ts';
import { download } from '../download.ts';
import { engine, query } from '../duckdb.ts';
import type { Context } from './context.ts';
import { exportChartSvg, exportMapPng, type Figure } from './exports.ts';
import { drawLegend, legendItems } from './legend.ts';
import { explorerMap } from './map.ts';
import { drawRanking } from './ranking.ts';
import { drawScatter } from './scatter.ts';
import { drawTable, type Sort } from './table.ts';

interface PageData { lang: Lang; indicators: ExplorerIndicator[]; first: ExplorerRow[]; profileBase: string; messages: Record<string, string> }

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** After the browser has painted the next frame. */
const afterFrame = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

export function startExplorer(): void {
  const json = document.querySelector('[data-explorer-data]')?.textContent;
  if (!json) return;
  // The engine first: everything else on the page can wait for it, the reader cannot.
  const started = performance.now();
  const connection = engine(EXPLORER_TABLES);
  const data = JSON.parse(json) as PageData;
  const { lang, messages: m } = data;
  const msg = (key: string, params: Record<string, string | number> = {}) => (m[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const catalogue = new Map(data.indicators.map((i) => [i.id, i as unknown as Indicator]));
  const defaultState = decodeState('', catalogue);
  let state = decodeState(location.search, catalogue);
  let view: ExplorerView<ExplorerRow> = explorerView(data.first, defaultState);
  let sort: Sort = { key: 'rank', desc: false };
  const requests = newestOnly();

  const status = $<HTMLElement>('[data-engine-status]');
  const ready = connection.then(
    () => { status.textContent = msg('explorer.engineReady', { ms: Math.round(performance.now() - started) }); status.dataset.engine = 'ready'; },
    (error: unknown) => { status.textContent = msg('explorer.engineFailed', { error: String(error) }); status.dataset.engine = 'failed'; throw error; },
  );

  const ctx: Context = {
    lang, msg,
    indicator: (id) => byId.get(id)!,
    format: (v, ind, year) => {
      if (year !== 'change' || v === null || v === undefined) return formatValue(v, ind, lang);
      const kind = changeKind(ind);
      if (kind === 'percent') return formatPercent(v, lang, 1, true);
      const unit = kind === 'points' ? msg('unit.points') : UNIT_LABELS[ind.unit]?.[lang] ?? '';
      return `${formatChange(v, lang, Math.max(ind.decimals, 1))}${unit ? ` ${unit}` : ''}`;
    },
    nameOf: (r) => nameOf(r, lang),
    profileHref: (level, row) => `${data.profileBase}${level}/${row.slug}/`,
    highlight, select,
  };
  // The embedded first view holds every commune (the default level), with both codes.
  const map = explorerMap($<HTMLElement>('[data-map-root]'), msg('map.open'), (code) => highlight(code ?? state.selected), new Map(data.first.map((r) => [r.code_digits, r.code])));
  const rowByCode = () => new Map(view.rows.map((r) => [r.code, r]));
  let byCode = rowByCode();
  const describe = (code: string) => {
    const row = byCode.get(code);
    return row ? { name: ctx.nameOf(row), text: ctx.format(row.value, ctx.indicator(state.indicator), state.year), href: ctx.profileHref(state.level, row) } : undefined;
  };

  // ---- controls -------------------------------------------------------------------------
  const changeLabel = { percent: 'explorer.change', points: 'explorer.changePoints', difference: 'explorer.changeDifference' } as const;
  const control = (name: string) => $<HTMLSelectElement>(`[data-control="${name}"]`);
  const syncControls = () => {
    const ind = catalogue.get(state.indicator)!;
    control('indicator').value = state.indicator;
    for (const o of control('level').options) o.disabled = !levelsOf(ind).includes(o.value as never);
    for (const o of control('year').options) o.disabled = !yearsOf(ind).includes(o.value as never);
    // The change says its unit, or that there is none to offer (the reason is shown beside).
    const change = control('year').querySelector<HTMLOptionElement>('option[value="change"]')!;
    change.textContent = yearsOf(ind).includes('change') ? msg(changeLabel[changeKind(ind)]) : msg('explorer.changeNone');
    control('level').value = state.level;
    control('year').value = state.year;
    control('method').value = state.method;
    control('classes').value = String(state.classes);
    control('palette').value = state.palette;
    control('versus').value = state.versus;
  };
  const readControls = (changed: string): ExplorerState => {
    const params = new URLSearchParams(encodeState(state));
    params.set({ indicator: 'i', level: 'l', year: 'y', method: 'm', classes: 'k', palette: 'p', versus: 'x' }[changed]!, control(changed).value);
    if (changed === 'indicator') params.set('p', byId.get(control('indicator').value)?.palette ?? 'sequential');
    return decodeState(params.toString(), catalogue);
  };
  for (const name of ['indicator', 'level', 'year', 'method', 'classes', 'palette', 'versus']) {
    control(name).addEventListener('change', () => void update(readControls(name)));
  }
  $<HTMLInputElement>('[data-filter]').addEventListener('input', (e) => {
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const q = fold((e.target as HTMLInputElement).value);
    for (const o of control('indicator').querySelectorAll('option')) o.hidden = q !== '' && !fold(o.textContent!).includes(q);
  });
  $('[data-map-zoom]').addEventListener('click', (e) => { (e.currentTarget as HTMLButtonElement).hidden = true; void map.upgrade(); });

  /** The URL, the permalink and the language links all carry the state. */
  const publishState = () => {
    const search = `?${encodeState(state)}`;
    history.replaceState(null, '', search);
    $<HTMLAnchorElement>('[data-permalink]').href = location.href;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) a.search = search;
  };

  // ---- hover and selection --------------------------------------------------------------
  function highlight(code: string | null) {
    map.highlight(code);
    for (const el of document.querySelectorAll('[data-code].highlight')) el.classList.remove('highlight');
    if (code) for (const el of document.querySelectorAll(`[data-code="${CSS.escape(code)}"]`)) el.classList.add('highlight');
  }
  function select(code: string | null) {
    state = { ...state, selected: code };
    publishState();
    for (const el of document.querySelectorAll('[data-code].selected')) el.classList.remove('selected');
    if (code) for (const el of document.querySelectorAll(`[data-code="${CSS.escape(code)}"]`)) el.classList.add('selected');
    highlight(code);
  }

  // ---- drawing --------------------------------------------------------------------------
  const titleOf = (s: ExplorerState) => {
    const ind = ctx.indicator(s.indicator);
    return s.year === 'change' ? `${ind.label} — ${msg(changeLabel[changeKind(ind)])}` : `${ind.label} (${s.year})`;
  };
  /** Beside the year menu: why there is no change to offer, or what changed between the censuses. */
  const comparability = (s: ExplorerState) => {
    const ind = ctx.indicator(s.indicator);
    const p = $<HTMLElement>('[data-comparability]');
    p.textContent = yearsOf(ind).includes('change')
      ? ind.note ? msg('explorer.censusNote', { note: ind.note }) : ''
      : ind.note ?? msg('explorer.notComparable', { why: msg('explorer.notComparableDefault') });
    p.hidden = p.textContent === '';
  };
  /** The region and Morocco as references beside the map (they are not map units). */
  const drawReferences = async (s: ExplorerState, id: number) => {
    const ind = ctx.indicator(s.indicator);
    const found = await Promise.all(['region', 'country'].map(async (level) => {
      return (await query(valuesQuery(s.indicator, level, s.year, changeKind(ind)))).toArray().map((r) => r.toJSON() as ExplorerRow)[0];
    }));
    if (!requests.isCurrent(id)) return;
    const [region, country] = found;
    $('[data-reference]').textContent = [
      region && region.value !== null ? `${ctx.nameOf(region)}${msg('punct.colon')}${ctx.format(region.value, ind, s.year)}` : '',
      country && country.value !== null ? `${msg('explorer.reference')}${msg('punct.colon')}${ctx.format(country.value, ind, s.year)}` : '',
    ].filter(Boolean).join(' · ');
  };
  /** What must be on screen in the frame that follows a change: the map and its legend. */
  const drawMap = (s: ExplorerState) => {
    map.recolour({ view, level: s.level, indicator: s.indicator, describe });
    drawLegend($('[data-explorer-legend]'), ctx, view, s);
    $('[data-title]').textContent = titleOf(s);
    $('[data-definition]').textContent = ctx.indicator(s.indicator).definition;
    comparability(s);
  };
  const drawRest = async (s: ExplorerState, id: number) => {
    $('[data-value-heading]').textContent = titleOf(s);
    drawTable($<HTMLElement>('[data-table] tbody'), ctx, view, s, sort);
    await drawRanking($('[data-bars]'), ctx, view, s, titleOf(s));
    if (!requests.isCurrent(id)) return;
    if (s.selected) select(s.selected);
    await ready;
    await drawReferences(s, id);
    if (!requests.isCurrent(id)) return;
    await drawScatter($('[data-scatter]'), $('[data-correlation]'), ctx, s, () => requests.isCurrent(id));
    if (requests.isCurrent(id)) document.body.dataset.explorerView = encodeState(s);
  };

  const slices = new Map<string, Slice>();
  const pendingSlices = new Set<string>();
  /** Every indicator's values at this level and year, fetched once the page is quiet. */
  async function fetchSlice(level: string, year: '2014' | '2024') {
    const key = `${level}|${year}`;
    if (slices.has(key) || pendingSlices.has(key)) return;
    pendingSlices.add(key);
    await ready;
    await new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 3000 }) : setTimeout(resolve, 100)));
    slices.set(key, makeSlice((await query(sliceQuery(level, year))).toArray().map((r) => r.toJSON() as SliceRow)));
    // From here a switch of indicator at this level and year draws from memory (a test waits for this).
    performance.mark('explorer-slice', { detail: key });
  }

  async function update(next: ExplorerState) {
    const id = requests.begin();
    state = next;
    syncControls();
    // The address and the language links after the map's frame: history.replaceState alone
    // took ~14 ms of a switch here.
    afterFrame(publishState);
    let rows = data.first;
    const slice = next.year === 'change' ? undefined : slices.get(`${next.level}|${next.year}`);
    // The embedded rows are the default indicator, level and year; a slice already fetched
    // answers at once; any other view is a query.
    if (slice) rows = rowsOf(slice, next.indicator);
    else if (next.indicator !== defaultState.indicator || next.level !== defaultState.level || next.year !== defaultState.year) {
      await ready;
      rows = (await query(valuesQuery(next.indicator, next.level, next.year, changeKind(ctx.indicator(next.indicator))))).toArray().map((r) => r.toJSON() as ExplorerRow);
    }
    if (!requests.isCurrent(id)) return;
    if (next.year !== 'change') void fetchSlice(next.level, next.year);
    view = explorerView(rows, next);
    byCode = rowByCode();
    drawMap(next);
    afterFrame(() => { if (requests.isCurrent(id)) void drawRest(next, id); });
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort as Sort['key'];
      sort = { key, desc: sort.key === key ? !sort.desc : key === 'value' };
      drawTable($<HTMLElement>('[data-table] tbody'), ctx, view, state, sort);
    });
  }

  // ---- exports --------------------------------------------------------------------------
  const stem = () => `souss-massa-${state.indicator}-${state.level}-${state.year}`;
  const figure = (): Figure => {
    const ind = ctx.indicator(state.indicator);
    const period = state.year === 'change' ? '2014–2024' : state.year;
    const kind = changeKind(ind);
    const unit = state.year !== 'change' ? UNIT_LABELS[ind.unit]?.[lang] ?? ind.unit
      : kind === 'percent' ? '%' : kind === 'points' ? msg('unit.points') : UNIT_LABELS[ind.unit]?.[lang] ?? ind.unit;
    const lines = creditLines({ title: titleOf(state), period, unit, source: ind.source, licence: msg('explorer.credits') },
      { period: msg('explorer.period'), unit: msg('explorer.unit'), source: msg('explorer.source'), licence: msg('explorer.licence') }, msg('punct.colon'));
    return { title: titleOf(state), legend: legendItems(ctx, view, state).map((e) => ({ colour: e.colour, text: `${e.text} (${e.count})` })), lines, rtl: lang === 'ar' };
  };
  $('[data-export="csv"]').addEventListener('click', () => {
    const f = figure();
    const text = csvText(['code', 'name_fr', 'name_ar', 'indicator', 'year', 'value'], view.rows.map((r) => [r.code, r.name_fr, r.name_ar, state.indicator, state.year, r.value]));
    download(`${stem()}.csv`, new Blob(['\ufeff' + csvWithCredits(f.title, f.lines, text)], { type: 'text/csv' }));
  });
  $('[data-export="png"]').addEventListener('click', () => exportMapPng(map.svg, figure(), `${stem()}.png`));
  $('[data-export="svg"]').addEventListener('click', () => {
    const chart = $<SVGSVGElement>('[data-bars] svg');
    if (chart) exportChartSvg(chart, figure(), `${stem()}.svg`);
  });

  // ---- first view -----------------------------------------------------------------------
  // MapLibre only once the engine has started and the page is idle (or when asked to zoom).
  void ready.then(() => ('requestIdleCallback' in window ? requestIdleCallback(() => void map.upgrade(), { timeout: 2000 }) : setTimeout(() => void map.upgrade(), 200)));
  void update(state);
}
