// The explorer's map. First the SVG drawn at build time, recoloured in place (hover, touch
// and keyboard through svg-map.ts); MapLibre replaces it when the reader asks to zoom, or
// once DuckDB has started and the page is idle, so that its 450 KB never compete with the
// engine's start. Both draw from the same view.

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ExplorerLevel } from '../../lib/explorer/state.ts';
import type { ExplorerView } from '../../lib/explorer/view.ts';
import { MISSING_COLOUR } from '../../lib/palette.ts';
import type { ExplorerRow } from '../../lib/site/explorer-data.ts';
import { boundariesFile } from '../../config/observatory.ts';
import { publishedUrl } from '../data-urls.ts';
import { enhanceSvgMap } from '../svg-map.ts';

export interface MapInput { view: ExplorerView<ExplorerRow>; level: ExplorerLevel; indicator: string; describe: (code: string) => { name: string; text: string; href?: string } | undefined }

export interface ExplorerMap {
  recolour: (input: MapInput) => void;
  highlight: (code: string | null) => void;
  /** Loads MapLibre (once); resolves when the live map has replaced the SVG. */
  upgrade: () => Promise<void>;
  svg: SVGSVGElement;
}

/** `codeOf` maps the boundaries' digit codes to territory codes, for every commune whatever the view. */
export function explorerMap(root: HTMLElement, openLabel: string, onHighlight: (code: string | null) => void, codeOf: Map<string, string>): ExplorerMap {
  const svg = root.querySelector<SVGSVGElement>('[data-explorer-svg]')!;
  const tooltip = root.querySelector<HTMLElement>('[data-map-tooltip]')!;
  const container = root.querySelector<HTMLElement>('[data-explorer-map]')!;
  const groups = { commune: svg.querySelector<SVGGElement>('g[data-level="commune"]')!, province: svg.querySelector<SVGGElement>('g[data-level="province"]')! };
  const paths = new Map([...svg.querySelectorAll<SVGPathElement>('g[data-level] path[data-code]')].map((p) => [p.dataset.code!, p]));
  let input: MapInput | undefined;
  let live: LiveMap | undefined;
  let upgrading: Promise<void> | undefined;

  const svgMap = enhanceSvgMap({
    svg, tooltip, openLabel,
    describe: (code) => input?.describe(code),
    order: () => input?.view.ranked.map((r) => r.code) ?? [],
    numbered: true, onHighlight,
  });

  return {
    svg,
    recolour(next) {
      input = next;
      live?.recolour(next);
      container.dataset.indicator = next.indicator;
      groups.commune.style.display = next.level === 'commune' ? '' : 'none';
      groups.province.style.display = next.level === 'province' ? '' : 'none';
      groups.province.removeAttribute('display');
      for (const r of next.view.rows) paths.get(r.code)?.setAttribute('fill', next.view.colours.get(r.code) ?? MISSING_COLOUR);
    },
    highlight(code) {
      svgMap.highlight(code);
      live?.highlight(code);
    },
    upgrade() {
      return (upgrading ??= startLiveMap(container, tooltip, () => input, onHighlight, codeOf).then((m) => {
        live = m;
        if (input) m.recolour(input);
        // A reader walking the SVG from the keyboard keeps the focus on the map that replaces it.
        const focused = document.activeElement === svg;
        svg.style.display = 'none';
        svgMap.hide();
        if (focused) container.focus();
      }));
    },
  };
}

interface LiveMap { recolour: (input: MapInput) => void; highlight: (code: string | null) => void }

async function startLiveMap(container: HTMLElement, tooltip: HTMLElement, current: () => MapInput | undefined, notify: (code: string | null) => void, codeOf: Map<string, string>): Promise<LiveMap> {
  const [maplibregl, { default: workerUrl }, { feature }, topology] = await Promise.all([
    import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'), import('topojson-client'),
    fetch(publishedUrl(boundariesFile())).then((r) => r.json()),
  ]);
  maplibregl.setWorkerUrl(workerUrl);
  const communes = feature(topology, topology.objects.communes) as unknown as GeoJSON.FeatureCollection;
  const provinces = feature(topology, topology.objects.provinces) as unknown as GeoJSON.FeatureCollection;
  // The TopoJSON keys communes by digits; both layers are keyed by dotted code here (not from
  // the current view, which may not be loaded yet, or be of provinces).
  communes.features.forEach((f) => { f.properties = { code: codeOf.get(f.properties!.code) ?? f.properties!.code }; });
  container.hidden = false;
  const m: MapLibreMap = new maplibregl.Map({
    container, style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f5f8' } }] },
    bounds: [-10.02, 28.3, -6.34, 31.18], fitBoundsOptions: { padding: 8 }, dragRotate: false, pitchWithRotate: false,
    keyboard: false, attributionControl: false, canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  m.touchZoomRotate.disableRotation();
  (window as unknown as { observatoireMap: unknown }).observatoireMap = m;
  await new Promise<void>((resolve) => m.once('load', () => resolve()));
  m.addSource('communes', { type: 'geojson', data: communes, promoteId: 'code' });
  m.addSource('provinces', { type: 'geojson', data: provinces, promoteId: 'code' });
  for (const level of ['communes', 'provinces'] as const) {
    // The colour is each feature's state, so a recolour touches paint buffers only: a paint
    // expression keyed on a property (a `match`) makes MapLibre re-tile the whole source.
    m.addLayer({ id: `${level}-fill`, type: 'fill', source: level, paint: { 'fill-color': ['to-color', ['feature-state', 'fill'], MISSING_COLOUR] } });
    m.addLayer({ id: `${level}-line`, type: 'line', source: level, paint: { 'line-color': level === 'provinces' ? '#1d2433' : '#ffffff', 'line-width': level === 'provinces' ? 1.2 : 0.5 } });
    m.addLayer({ id: `${level}-hover`, type: 'line', source: level, paint: { 'line-color': '#1d2433', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0] } });
  }
  const sourceOf = () => (current()?.level === 'province' ? 'provinces' : 'communes');
  let hovered: { source: string; id: string } | undefined;
  const highlight = (code: string | null) => {
    if (hovered) m.setFeatureState(hovered, { hover: false });
    hovered = code ? { source: sourceOf(), id: code } : undefined;
    if (hovered) m.setFeatureState(hovered, { hover: true });
  };
  const show = (code: string | undefined, point: { x: number; y: number }) => {
    const info = code ? current()?.describe(code) : undefined;
    if (!info) { tooltip.hidden = true; return; }
    tooltip.textContent = `${info.name} — ${info.text}`;
    tooltip.style.left = `${point.x + 12}px`;
    tooltip.style.top = `${point.y + 12}px`;
    tooltip.hidden = false;
  };
  let tapped: string | undefined;
  for (const level of ['communes', 'provinces']) {
    m.on('mousemove', `${level}-fill`, (e) => {
      const code = e.features?.[0]?.properties.code as string | undefined;
      notify(code ?? null);
      show(code, e.point);
      m.getCanvas().style.cursor = code ? 'pointer' : '';
    });
    m.on('mouseleave', `${level}-fill`, () => { notify(null); tooltip.hidden = true; });
    m.on('click', `${level}-fill`, (e) => {
      const code = e.features?.[0]?.properties.code as string | undefined;
      const href = code ? current()?.describe(code)?.href : undefined;
      // On a touch screen the first tap shows the value, the second opens the profile.
      const touch = (e.originalEvent as PointerEvent).pointerType === 'touch' || matchMedia('(hover: none)').matches;
      if (touch && code !== tapped) { tapped = code; notify(code ?? null); show(code, e.point); return; }
      if (href) location.href = href;
    });
  }
  // Keyboard: arrows walk the territories in rank order, Enter opens the profile.
  let cursor = -1;
  container.addEventListener('keydown', (event) => {
    const input = current();
    const ranked = input?.view.ranked ?? [];
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key) && ranked.length) {
      event.preventDefault();
      cursor = (cursor + (event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1) + ranked.length) % ranked.length;
      const row = ranked[cursor]!;
      notify(row.code);
      show(row.code, { x: 0, y: 44 });
      tooltip.textContent = `${cursor + 1}. ${tooltip.textContent}`;
    } else if (event.key === 'Enter' && hovered) {
      const href = input?.describe(hovered.id)?.href;
      if (href) location.href = href;
    } else if (event.key === 'Escape') {
      notify(null);
      tooltip.hidden = true;
    } else if (event.key === '+' || event.key === '-') {
      m.zoomTo(m.getZoom() + (event.key === '+' ? 1 : -1));
    }
  });
  container.addEventListener('blur', () => { tooltip.hidden = true; });

  const codes = { communes: communes.features.map((f) => f.properties!.code as string), provinces: provinces.features.map((f) => f.properties!.code as string) };
  const recolour = (input: MapInput) => {
    const visible = input.level === 'commune' ? 'communes' : 'provinces';
    const hidden = visible === 'communes' ? 'provinces' : 'communes';
    for (const id of codes[visible]) m.setFeatureState({ source: visible, id }, { fill: input.view.colours.get(id) ?? MISSING_COLOUR });
    // Unchanged visibilities are no-ops for MapLibre (a changed one reloads the source: a level change only).
    m.setLayoutProperty(`${visible}-fill`, 'visibility', 'visible');
    m.setLayoutProperty(`${hidden}-fill`, 'visibility', 'none');
    m.setLayoutProperty(`${hidden}-hover`, 'visibility', 'none');
    m.setLayoutProperty(`${visible}-hover`, 'visibility', 'visible');
  };
  const first = current();
  if (first) recolour(first);
  await new Promise<void>((resolve) => m.once('idle', () => resolve()));
  container.dataset.mapReady = 'true';
  performance.mark('map-ready');
  return { recolour, highlight };
}
