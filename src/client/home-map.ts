// The home map. The page arrives with a static SVG map and its data; this script makes the
// indicator choice, hover, keyboard and touch work on that SVG. MapLibre (450 KB) comes only
// when the reader asks for what it adds, zooming and panning: the home page then weighs a
// tenth as much. The live map is drawn from the site's own boundaries (no tiles, no other host).

import { boundariesFile } from '../config/observatory.ts';
import type { HomeMapData, MapIndicator } from '../lib/site/home-map.ts';
import { renderLegend } from './legend.ts';
import { publishedUrl } from './data-urls.ts';
import { enhanceSvgMap } from './svg-map.ts';
import type { ExpressionSpecification } from 'maplibre-gl';

const MISSING = '#d9d9d9';

export function startHomeMap(): void {
  const section = document.querySelector<HTMLElement>('[data-home-map]');
  const json = section?.querySelector('[data-map-data]')?.textContent;
  if (!section || !json) return;
  const data = JSON.parse(json) as HomeMapData;
  const select = section.querySelector<HTMLSelectElement>('[data-indicator-select]')!;
  const svg = section.querySelector<SVGSVGElement>('svg[data-map="static"]')!;
  const svgPaths = new Map([...svg.querySelectorAll<SVGPathElement>('path[data-code]')].map((p) => [p.dataset.code!, p]));
  const index = new Map(data.codes.map((code, i) => [code, i]));
  let current: MapIndicator = data.indicators[0]!;
  let live: LiveMap | undefined;

  section.querySelector<HTMLElement>('[data-map-controls]')!.hidden = false;
  section.querySelector<HTMLElement>('[data-map-keyboard]')!.hidden = false;
  const alphabetical = [...data.codes].sort((a, b) => data.names[index.get(a)!]!.localeCompare(data.names[index.get(b)!]!));
  enhanceSvgMap({
    svg, tooltip: section.querySelector<HTMLElement>('[data-map-tooltip]')!, openLabel: section.dataset.openLabel ?? '',
    describe: (code) => {
      const i = index.get(code);
      return i === undefined ? undefined : { name: data.names[i]!, text: `${current.label}${data.colon}${current.texts[i]}`, href: data.hrefs[i] };
    },
    order: () => alphabetical,
  });

  const apply = (indicator: MapIndicator) => {
    current = indicator;
    live?.recolour(indicator);
    data.codes.forEach((code, i) => {
      const path = svgPaths.get(code);
      if (!path) return;
      path.setAttribute('fill', indicator.colours[i] ?? MISSING);
      path.querySelector('title')!.textContent = `${data.names[i]}${data.colon}${indicator.texts[i]}`;
    });
    renderLegend(section.querySelector('[data-legend]')!, indicator.legend, indicator.missing ? { colour: MISSING, text: indicator.missing } : undefined);
    section.querySelector('[data-map-definition]')!.textContent = indicator.definition;
    for (const [sel, text] of [['[data-legend-title]', indicator.legendTitle], ['[data-map-caption]', indicator.caption]] as const) section.querySelector(sel)!.textContent = text;
    section.querySelector('svg[data-map="static"] title')!.textContent = indicator.label;
    section.dataset.indicator = indicator.id;
  };
  select.addEventListener('change', () => apply(data.indicators.find((i) => i.id === select.value)!));
  section.dataset.indicator = current.id;

  const zoom = section.querySelector<HTMLButtonElement>('[data-map-zoom]');
  zoom?.addEventListener('click', () => {
    zoom.disabled = true;
    zoom.textContent = zoom.dataset.loading ?? zoom.textContent;
    void startLiveMap(section, data, () => current).then((m) => { live = m; zoom.hidden = true; });
  }, { once: true });
}

interface LiveMap { recolour: (indicator: MapIndicator) => void }

async function startLiveMap(section: HTMLElement, data: HomeMapData, current: () => MapIndicator): Promise<LiveMap | undefined> {
  const container = section.querySelector<HTMLElement>('[data-live-map]')!;
  const tooltip = section.querySelector<HTMLElement>('[data-map-tooltip]')!;
  const [maplibregl, { default: workerUrl }, { feature }, topology] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('topojson-client'),
    fetch(publishedUrl(boundariesFile())).then((r) => r.json()),
  ]);
  maplibregl.setWorkerUrl(workerUrl);

  const idOf = new Map(data.codes.map((code, i) => [code, i]));
  const communes = feature(topology, topology.objects.communes) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, Record<string, string>>;
  // Every featured indicator's colour rides on the feature (c0, c1…): switching indicator is
  // then one paint-property change, not 175 feature-state updates.
  communes.features.forEach((f) => {
    const id = idOf.get(f.properties.code!) ?? -1;
    f.id = id;
    data.indicators.forEach((indicator, n) => { f.properties[`c${n}`] = indicator.colours[id] ?? MISSING; });
  });
  const provinces = feature(topology, topology.objects.provinces) as unknown as GeoJSON.FeatureCollection;
  const bounds = boundsOf(communes);
  const centres = communes.features.map((f) => ({ id: f.id as number, centre: centreOf(f) }));

  const svg = section.querySelector<SVGSVGElement>('svg[data-map="static"]')!;
  container.style.aspectRatio = `${svg.viewBox.baseVal.width} / ${svg.viewBox.baseVal.height}`;
  container.hidden = false;
  const map = new maplibregl.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f5f8' } }] },
    bounds: bounds, fitBoundsOptions: { padding: 8 },
    dragRotate: false, pitchWithRotate: false, keyboard: false, renderWorldCopies: false,
    // Credits are in the caption under the map (and MapLibre's stylesheet is not loaded).
    attributionControl: false,
  });
  map.touchZoomRotate.disableRotation();
  (window as unknown as { observatoireMap: unknown }).observatoireMap = map;

  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  map.addSource('communes', { type: 'geojson', data: communes });
  map.addSource('provinces', { type: 'geojson', data: provinces });
  const fillOf = (indicator: MapIndicator): ExpressionSpecification => ['coalesce', ['get', `c${data.indicators.indexOf(indicator)}`], MISSING];
  map.addLayer({ id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': fillOf(current()) } });
  map.addLayer({ id: 'communes-line', type: 'line', source: 'communes', paint: { 'line-color': '#ffffff', 'line-width': 0.5 } });
  map.addLayer({ id: 'provinces-line', type: 'line', source: 'provinces', paint: { 'line-color': '#1d2433', 'line-width': 1.2 } });
  map.addLayer({
    id: 'communes-hover', type: 'line', source: 'communes',
    paint: { 'line-color': '#1d2433', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0] },
  });

  const recolour = (indicator: MapIndicator) => {
    map.setPaintProperty('communes-fill', 'fill-color', fillOf(indicator));
    container.dataset.indicator = indicator.id;
  };
  recolour(current());

  let hovered: number | undefined;
  const highlight = (id: number | undefined, point?: { x: number; y: number }, withLink = false) => {
    if (hovered !== undefined) map.setFeatureState({ source: 'communes', id: hovered }, { hover: false });
    hovered = id;
    tooltip.classList.remove('tappable');
    if (id === undefined || id < 0) { tooltip.hidden = true; return; }
    map.setFeatureState({ source: 'communes', id }, { hover: true });
    const indicator = current();
    tooltip.innerHTML = '';
    const strong = document.createElement('strong');
    strong.textContent = data.names[id]!;
    tooltip.append(strong, document.createElement('br'), `${indicator.label}${data.colon}${indicator.texts[id]}`);
    // After a tap the tooltip carries the link, and takes taps itself.
    tooltip.style.pointerEvents = withLink ? 'auto' : '';
    if (withLink) {
      const link = document.createElement('a');
      link.href = data.hrefs[id]!;
      link.textContent = data.openProfile;
      link.dataset.tooltipLink = '';
      tooltip.append(document.createElement('br'), link);
    }
    tooltip.hidden = false;
    if (point) {
      tooltip.style.left = `${point.x + 12}px`;
      tooltip.style.top = `${point.y + 12}px`;
    }
  };
  let pointer = 'mouse';
  map.on('mousemove', 'communes-fill', (e) => {
    if (pointer !== 'mouse') return; // the mouse events a browser derives from a tap
    map.getCanvas().style.cursor = 'pointer';
    highlight(e.features?.[0]?.id as number | undefined, e.point);
  });
  map.on('mouseleave', 'communes-fill', () => { if (pointer !== 'mouse') return; map.getCanvas().style.cursor = ''; highlight(undefined); });
  // A mouse hovers before it clicks, so a click opens the profile. A finger cannot hover: its
  // first tap on a commune shows the value and a link, a second tap on it opens the profile.
  let tapped: number | undefined;
  map.getCanvas().addEventListener('pointerdown', (e) => { pointer = e.pointerType; });
  map.on('click', 'communes-fill', (e) => {
    const id = e.features?.[0]?.id as number | undefined;
    if (id === undefined || id < 0) return;
    if (pointer !== 'mouse' && tapped !== id) { tapped = id; highlight(id, e.point, true); return; }
    window.location.href = data.hrefs[id]!;
  });

  // Keyboard: communes in alphabetical order of their name in the page's language.
  const order = [...centres].filter((c) => c.id >= 0).sort((a, b) => data.names[a.id]!.localeCompare(data.names[b.id]!));
  let cursor = -1;
  container.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      cursor = (cursor + step + order.length) % order.length;
      const { id, centre } = order[cursor]!;
      highlight(id, map.project(centre));
    } else if (event.key === 'Enter' && hovered !== undefined && hovered >= 0) {
      window.location.href = data.hrefs[hovered]!;
    } else if (event.key === 'Escape') {
      highlight(undefined);
    } else if (event.key === '+' || event.key === '-') {
      map.zoomTo(map.getZoom() + (event.key === '+' ? 1 : -1));
    }
  });
  container.addEventListener('blur', () => highlight(undefined));

  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  svg.style.display = 'none';
  container.focus();
  container.dataset.mapReady = 'true';
  performance.mark('map-ready');
  return { recolour };
}

function boundsOf(fc: GeoJSON.FeatureCollection): [number, number, number, number] {
  let [x0, y0, x1, y1] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    } else (c as unknown[]).forEach(visit);
  };
  fc.features.forEach((f) => visit((f.geometry as GeoJSON.Polygon).coordinates));
  return [x0, y0, x1, y1];
}

/** Centre of the bounding box of the largest ring: good enough to place a keyboard tooltip. */
function centreOf(f: GeoJSON.Feature): [number, number] {
  const fc = { type: 'FeatureCollection', features: [f] } as GeoJSON.FeatureCollection;
  const [x0, y0, x1, y1] = boundsOf(fc);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}
