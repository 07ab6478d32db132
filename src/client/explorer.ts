// The explorer: any indicator, by commune or province, as a map, a ranked bar chart and a
// table linked by hover and selection, plus a two-indicator scatter. The first view is drawn
// from rows embedded in the page; every later view is a query to DuckDB-WASM, which starts
// as soon as the page loads. The whole state lives in the URL.

import * as Plot from '@observablehq/plot';
import { sampleCorrelation } from 'simple-statistics';
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { choropleth } from '../lib/site/choropleth.ts';
import { MISSING_COLOUR } from '../lib/palette.ts';
import { formatNumber, formatPercent, formatValue, nameOf as territoryName } from '../lib/format.ts';
import type { Indicator, Lang } from '../lib/catalogue.ts';
import { decodeState, encodeState, levelsOf, yearsOf, type ExplorerState } from '../lib/explorer/state.ts';
import { scatterQuery, valuesQuery } from '../lib/explorer/query.ts';
import type { ExplorerIndicator, ExplorerRow } from '../lib/site/explorer-data.ts';
import { engine, query } from './duckdb.ts';
import { download } from './download.ts';
import { csvText } from '../lib/data/csv.ts';
import { renderLegend } from './legend.ts';

interface PageData { lang: Lang; indicators: ExplorerIndicator[]; first: ExplorerRow[]; profileBase: string; messages: Record<string, string> }

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

export function startExplorer(): void {
  const json = document.querySelector('[data-explorer-data]')?.textContent;
  if (!json) return;
  const data = JSON.parse(json) as PageData;
  const { lang, messages: m } = data;
  const msg = (key: string, params: Record<string, string | number> = {}) => (m[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const asCatalogue = new Map(data.indicators.map((i) => [i.id, { ...i, levels: i.levels, years: i.years } as unknown as Indicator]));
  let state = decodeState(location.search, asCatalogue);
  let rows: ExplorerRow[] = data.first;
  let sort: { key: 'rank' | 'name' | 'value'; desc: boolean } = { key: 'rank', desc: false };
  let highlighted: string | null = state.selected;
  const status = $<HTMLElement>('[data-engine-status]');

  // The engine starts now, whatever the first view needs: the reader will change something.
  const started = performance.now();
  const ready = engine().then(
    () => { status.textContent = msg('explorer.engineReady', { ms: Math.round(performance.now() - started) }); status.dataset.engine = 'ready'; },
    (error: unknown) => { status.textContent = msg('explorer.engineFailed', { error: String(error) }); status.dataset.engine = 'failed'; throw error; },
  );

  const format = (v: number | null | undefined, ind: ExplorerIndicator, year = state.year) =>
    year === 'change' && v !== null && v !== undefined ? formatPercent(v, lang, 1, true) : formatValue(v, ind, lang);
  const nameOf = (r: { name_fr: string; name_ar: string }) => territoryName(r, lang);

  // ---- controls -------------------------------------------------------------------------
  const control = (name: string) => $<HTMLSelectElement>(`[data-control="${name}"]`);
  const syncControls = () => {
    const ind = byId.get(state.indicator)!;
    control('indicator').value = state.indicator;
    for (const o of control('level').options) o.disabled = !levelsOf(asCatalogue.get(ind.id)!).includes(o.value as never);
    for (const o of control('year').options) o.disabled = !yearsOf(asCatalogue.get(ind.id)!).includes(o.value as never);
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
    return decodeState(params.toString(), asCatalogue);
  };
  for (const name of ['indicator', 'level', 'year', 'method', 'classes', 'palette', 'versus']) {
    control(name).addEventListener('change', () => void update(readControls(name)));
  }
  $<HTMLInputElement>('[data-filter]').addEventListener('input', (e) => {
    const q = (e.target as HTMLInputElement).value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const o of control('indicator').querySelectorAll('option')) {
      o.hidden = q !== '' && !o.textContent!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().includes(q);
    }
  });

  // ---- the map --------------------------------------------------------------------------
  let map: MapLibreMap | undefined;
  const mapReady = startMap();
  async function startMap(): Promise<MapLibreMap> {
    const [maplibregl, { default: workerUrl }, { feature }, topology] = await Promise.all([
      import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'), import('topojson-client'),
      fetch('/data/boundaries/souss-massa.topojson').then((r) => r.json()),
    ]);
    maplibregl.setWorkerUrl(workerUrl);
    const container = $<HTMLElement>('[data-explorer-map]');
    const communes = feature(topology, topology.objects.communes) as unknown as GeoJSON.FeatureCollection;
    const provinces = feature(topology, topology.objects.provinces) as unknown as GeoJSON.FeatureCollection;
    // Key features by dotted HCP code in both layers, so one lookup serves both levels.
    const dotted = new Map(data.first.map((r) => [r.code_digits, r.code]));
    communes.features.forEach((f) => { f.properties = { code: dotted.get(f.properties!.code) ?? f.properties!.code }; });
    const m = new maplibregl.Map({
      container, style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f5f8' } }] },
      bounds: [-10.02, 28.3, -6.34, 31.18], fitBoundsOptions: { padding: 8 }, dragRotate: false, pitchWithRotate: false,
      keyboard: false, attributionControl: false, canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    (window as unknown as { observatoireMap: unknown }).observatoireMap = m;
    await new Promise<void>((resolve) => m.once('load', () => resolve()));
    m.addSource('communes', { type: 'geojson', data: communes, promoteId: 'code' });
    m.addSource('provinces', { type: 'geojson', data: provinces, promoteId: 'code' });
    for (const level of ['communes', 'provinces'] as const) {
      m.addLayer({ id: `${level}-fill`, type: 'fill', source: level, paint: { 'fill-color': MISSING_COLOUR } });
      m.addLayer({ id: `${level}-line`, type: 'line', source: level, paint: { 'line-color': level === 'provinces' ? '#1d2433' : '#ffffff', 'line-width': level === 'provinces' ? 1.2 : 0.5 } });
      m.addLayer({ id: `${level}-hover`, type: 'line', source: level, paint: { 'line-color': '#1d2433', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0] } });
    }
    const tooltip = $<HTMLElement>('[data-map-tooltip]');
    const onMove = (layer: string) => (e: { features?: { properties: Record<string, string> }[]; point: { x: number; y: number } }) => {
      const code = e.features?.[0]?.properties.code;
      highlight(code ?? null);
      const row = rows.find((r) => r.code === code);
      if (!row) { tooltip.hidden = true; return; }
      tooltip.textContent = `${nameOf(row)}${msg('punct.colon')}${format(row.value, byId.get(state.indicator)!)}`;
      tooltip.style.left = `${e.point.x + 12}px`;
      tooltip.style.top = `${e.point.y + 48}px`;
      tooltip.hidden = false;
      m.getCanvas().style.cursor = layer ? 'pointer' : '';
    };
    for (const level of ['communes', 'provinces']) {
      m.on('mousemove', `${level}-fill`, onMove(level));
      m.on('mouseleave', `${level}-fill`, () => { highlight(state.selected); tooltip.hidden = true; });
      m.on('click', `${level}-fill`, (e) => { const code = e.features?.[0]?.properties.code as string | undefined; if (code) openProfile(code); });
    }
    // Keyboard: arrows walk the territories in rank order, Enter opens the profile.
    let cursor = -1;
    container.addEventListener('keydown', (event) => {
      const ranked = rows.filter((r) => r.value !== null);
      if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key) && ranked.length) {
        event.preventDefault();
        cursor = (cursor + (event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1) + ranked.length) % ranked.length;
        const row = ranked[cursor]!;
        highlight(row.code);
        tooltip.textContent = `${cursor + 1}. ${nameOf(row)}${msg('punct.colon')}${format(row.value, byId.get(state.indicator)!)}`;
        tooltip.style.left = '12px';
        tooltip.style.top = '56px';
        tooltip.hidden = false;
      } else if (event.key === 'Enter' && highlighted) {
        openProfile(highlighted);
      } else if (event.key === 'Escape') {
        highlight(null);
        tooltip.hidden = true;
      }
    });
    container.addEventListener('blur', () => { tooltip.hidden = true; });
    map = m;
    return m;
  }

  const openProfile = (code: string) => {
    const row = rows.find((r) => r.code === code);
    if (row) location.href = `${data.profileBase}${state.level}/${row.slug}/`;
  };

  /** The selected territory stays highlighted when the pointer leaves, and travels in the URL. */
  function select(code: string | null) {
    state = { ...state, selected: code };
    history.replaceState(null, '', `?${encodeState(state)}`);
    $<HTMLAnchorElement>('[data-permalink]').href = location.href;
    for (const el of document.querySelectorAll('[data-code].selected')) el.classList.remove('selected');
    if (code) for (const el of document.querySelectorAll(`[data-code="${CSS.escape(code)}"]`)) el.classList.add('selected');
    highlight(code);
  }

  let hoverCode: string | null = null;
  function highlight(code: string | null) {
    highlighted = code;
    if (map && hoverCode) map.setFeatureState({ source: state.level === 'commune' ? 'communes' : 'provinces', id: hoverCode }, { hover: false });
    if (map && code) map.setFeatureState({ source: state.level === 'commune' ? 'communes' : 'provinces', id: code }, { hover: true });
    hoverCode = code;
    for (const el of document.querySelectorAll('[data-code].highlight')) el.classList.remove('highlight');
    if (code) for (const el of document.querySelectorAll(`[data-code="${CSS.escape(code)}"]`)) el.classList.add('highlight');
  }

  // ---- drawing --------------------------------------------------------------------------
  async function draw() {
    const ind = byId.get(state.indicator)!;
    const values = rows.map((r) => r.value ?? undefined);
    const classes = choropleth(values, { palette: state.palette, method: state.method, k: state.classes });
    const colour = new Map(rows.map((r) => [r.code, classes.colourOf(r.value ?? undefined)]));
    const title = state.year === 'change' ? `${ind.label} — ${msg('explorer.change')}` : `${ind.label} (${state.year})`;
    $('[data-title]').textContent = title;
    $('[data-definition]').textContent = ind.definition;
    $('[data-value-heading]').textContent = title;

    renderLegend($('[data-explorer-legend]'), classes.legend.map((e) => ({
      colour: e.colour, text: msg('map.range', { from: format(e.from, ind), to: format(e.to, ind) }),
      count: msg(e.count === 1 ? 'map.countOne' : 'map.countOther', { n: e.count }),
    })), classes.missing ? { colour: MISSING_COLOUR, text: `${msg('explorer.missing')} (${classes.missing})` } : undefined);

    // Bars: ranked, one per territory with a value.
    const ranked = rows.filter((r) => r.value !== null);
    const bars = Plot.plot({
      width: 460, height: 20 + ranked.length * 14, marginLeft: lang === 'ar' ? 10 : 190, marginRight: lang === 'ar' ? 190 : 10,
      x: { grid: true, label: null, reverse: lang === 'ar' }, y: { domain: ranked.map((r) => r.code), tickFormat: (c: string) => nameOf(rows.find((r) => r.code === c)!), label: null, axis: lang === 'ar' ? 'right' : 'left' },
      marks: [Plot.barX(ranked, { x: 'value', y: 'code', fill: (r: ExplorerRow) => colour.get(r.code), title: (r: ExplorerRow) => `${nameOf(r)}${msg('punct.colon')}${format(r.value, ind)}` }), Plot.ruleX([0])],
      ariaLabel: title,
    });
    bars.querySelectorAll('g[aria-label="bar"] rect').forEach((rect, i) => {
      const code = ranked[i]!.code;
      rect.setAttribute('data-code', code);
      rect.addEventListener('mouseenter', () => highlight(code));
      rect.addEventListener('click', () => openProfile(code));
    });
    for (const g of bars.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    $('[data-bars]').replaceChildren(bars);

    drawTable(ind, colour);
    if (map) recolour(map, colour);
    else void mapReady.then((m) => recolour(m, colour));
    if (state.selected) select(state.selected);
    else if (highlighted) highlight(highlighted);
  }

  function recolour(m: MapLibreMap, colour: Map<string, string>) {
    const visible = state.level === 'commune' ? 'communes' : 'provinces';
    const hidden = visible === 'communes' ? 'provinces' : 'communes';
    const expression: ExpressionSpecification = ['match', ['get', 'code'], ...[...colour].flat(), MISSING_COLOUR] as unknown as ExpressionSpecification;
    m.setPaintProperty(`${visible}-fill`, 'fill-color', expression);
    m.setLayoutProperty(`${visible}-fill`, 'visibility', 'visible');
    m.setLayoutProperty(`${hidden}-fill`, 'visibility', 'none');
    m.setLayoutProperty(`${hidden}-hover`, 'visibility', 'none');
    m.setLayoutProperty(`${visible}-hover`, 'visibility', 'visible');
    m.getContainer().dataset.indicator = state.indicator;
    m.getContainer().dataset.view = encodeState(state);
  }

  function drawTable(ind: ExplorerIndicator, colour: Map<string, string>) {
    const ranked = [...rows];
    const rank = new Map(rows.filter((r) => r.value !== null).map((r, i) => [r.code, i + 1]));
    const collator = new Intl.Collator(lang === 'ar' ? 'ar' : 'fr');
    ranked.sort((a, b) => {
      const d = sort.key === 'name' ? collator.compare(nameOf(a), nameOf(b))
        : sort.key === 'value' ? (a.value ?? -Infinity) - (b.value ?? -Infinity)
          : (rank.get(a.code) ?? Infinity) - (rank.get(b.code) ?? Infinity);
      return sort.desc ? -d : d;
    });
    const body = ranked.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.code = r.code;
      const th = document.createElement('th');
      th.scope = 'row';
      const a = document.createElement('a');
      a.href = `${data.profileBase}${state.level}/${r.slug}/`;
      a.textContent = nameOf(r);
      th.append(a);
      const rankCell = document.createElement('td');
      rankCell.textContent = rank.has(r.code) ? formatNumber(rank.get(r.code)!, lang) : '—';
      const valueCell = document.createElement('td');
      valueCell.className = 'num';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour.get(r.code)!;
      valueCell.append(format(r.value, ind), ' ', swatch);
      tr.append(rankCell, th, valueCell);
      tr.addEventListener('mouseenter', () => highlight(r.code));
      tr.addEventListener('click', (event) => {
        if ((event.target as Element).closest('a')) return;
        select(state.selected === r.code ? null : r.code);
      });
      return tr;
    });
    $('[data-table] tbody').replaceChildren(...body);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort as 'rank' | 'name' | 'value';
      sort = { key, desc: sort.key === key ? !sort.desc : key === 'value' };
      drawTable(byId.get(state.indicator)!, new Map([...document.querySelectorAll<HTMLElement>('[data-table] tr[data-code] .swatch')].map((s) => [s.closest('tr')!.dataset.code!, s.style.background])));
    });
  }

  async function drawScatter() {
    const x = byId.get(state.versus)!, y = byId.get(state.indicator)!;
    const target = $('[data-scatter]');
    if (state.year === 'change') { target.replaceChildren(); $('[data-correlation]').textContent = ''; return; }
    const { sql, params } = scatterQuery(x.id, y.id, state.level);
    const points = (await query(sql, params)).toArray().map((r) => r.toJSON() as { code: string; name_fr: string; name_ar: string; x: number; y: number });
    const r = points.length > 2 ? sampleCorrelation(points.map((p) => p.x), points.map((p) => p.y)) : NaN;
    $('[data-correlation]').textContent = Number.isFinite(r) ? msg('explorer.correlation', { r: formatNumber(r, lang, 2), n: points.length }) : '';
    const plot = Plot.plot({
      width: 640, height: 380, grid: true, x: { label: x.label }, y: { label: y.label },
      marks: [
        Plot.dot(points, { x: 'x', y: 'y', r: 3.5, fill: '#0b5f7a', fillOpacity: 0.7, title: (p: { name_fr: string; name_ar: string; x: number; y: number }) => `${nameOf(p)}${msg('punct.colon')}${format(p.x, x, '2024')} · ${format(p.y, y, '2024')}` }),
        ...(points.length > 2 ? [Plot.linearRegressionY(points, { x: 'x', y: 'y', stroke: '#e66101' })] : []),
      ],
      ariaLabel: `${y.label} / ${x.label}`,
    });
    plot.querySelectorAll('g[aria-label="dot"] circle').forEach((c, i) => c.setAttribute('data-code', points[i]!.code));
    for (const g of plot.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    target.replaceChildren(plot);
  }

  // ---- state changes --------------------------------------------------------------------
  async function update(next: ExplorerState) {
    state = next;
    syncControls();
    history.replaceState(null, '', `?${encodeState(state)}`);
    $<HTMLAnchorElement>('[data-permalink]').href = location.href;
    await ready;
    const { sql, params } = valuesQuery(state.indicator, state.level, state.year);
    rows = (await query(sql, params)).toArray().map((r) => r.toJSON() as ExplorerRow);
    await draw();
    await drawScatter();
    document.body.dataset.explorerView = encodeState(state);
  }

  // ---- exports --------------------------------------------------------------------------
  const stem = () => `souss-massa-${state.indicator}-${state.level}-${state.year}`;
  $('[data-export="csv"]').addEventListener('click', () => {
    const text = csvText(['code', 'name_fr', 'name_ar', 'indicator', 'year', 'value'], rows.map((r) => [r.code, r.name_fr, r.name_ar, state.indicator, state.year, r.value]));
    download(`${stem()}.csv`, new Blob(['\ufeff' + text], { type: 'text/csv' }));
  });
  $('[data-export="png"]').addEventListener('click', () => map?.getCanvas().toBlob((b) => b && download(`${stem()}.png`, b)));
  $('[data-export="svg"]').addEventListener('click', () => {
    const svg = $('[data-bars] svg').cloneNode(true) as SVGElement;
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    download(`${stem()}.svg`, new Blob([svg.outerHTML], { type: 'image/svg+xml' }));
  });

  // ---- first view -----------------------------------------------------------------------
  syncControls();
  $<HTMLAnchorElement>('[data-permalink]').href = location.href;
  const isDefault = encodeState(state) === encodeState(decodeState('', asCatalogue));
  if (isDefault) {
    // Drawn from the embedded rows at once; DuckDB takes over for the next change.
    void draw();
    void ready.then(drawScatter);
  } else {
    void update(state);
  }
}
