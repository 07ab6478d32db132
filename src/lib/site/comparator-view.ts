// The comparator's view in one language: two to four territories, every indicator that any
// of them has, grouped by theme, each with its figures as text and the bars drawn from them.
// Pure and free of Node: the build renders the default comparisons with it, and the browser
// renders a reader's own selection with the same code from the comparator's JSON files.

import { THEMES, type Lang } from '../catalogue.ts';
import { barsChart, slotSwatch, slotSymbols } from '../charts/bars.ts';
import { formatNumber, formatPercent, formatValue } from '../format.ts';

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

/** A territory as the comparator names it, in the page's language. */
export interface ComparedPlace {
  code: string;
  level: 'country' | 'region' | 'province' | 'commune';
  name: string;
  /** "Rural commune, Tiznit" */
  context: string;
  /** Its profile; Morocco has none. */
  href: string | undefined;
}

export interface IndicatorMeta {
  id: string;
  theme: string;
  label: string;
  definition: string;
  unit: string;
  decimals: number;
  /** Levels at which the indicator is published. */
  levels: string[];
  /** The year compared: the latest census that has the indicator. */
  year: number;
}

/** What the comparator shows in one language; the browser fetches it as JSON. */
export interface ComparatorMeta {
  lang: Lang;
  places: ComparedPlace[];
  indicators: IndicatorMeta[];
  themes: Record<string, string>;
  notPublished: string;
}

/** One territory's figures: indicator id → value in the indicator's year. */
export type PlaceValues = Record<string, number>;

export interface Cell { slot: number; name: string; text: string; notPublished: boolean }
export interface Row { id: string; label: string; definition: string; chart: string; cells: Cell[] }
export interface Group { theme: string; title: string; rows: Row[] }
export interface ComparatorView { places: (ComparedPlace & { slot: number; swatch: string })[]; groups: Group[] }

/** Codes of a selection as the URL carries them (`?t=<commune code>,<province code>`): known, distinct, at most four. */
export function parseSelection(param: string | null, known: (code: string) => boolean): string[] {
  const codes = (param ?? '').split(',').map((c) => c.trim()).filter((c) => c && known(c));
  return [...new Set(codes)].slice(0, MAX_COMPARED);
}

export function comparatorView(meta: ComparatorMeta, selected: { place: ComparedPlace; values: PlaceValues }[]): ComparatorView {
  const lang = meta.lang;
  const places = selected.map((s, slot) => ({ ...s.place, slot, swatch: slotSwatch(slot) }));
  const tick = (unit: string) => (v: number) => (unit === 'percent' ? formatPercent(v, lang, Number.isInteger(v) ? 0 : 1) : formatNumber(v, lang, Number.isInteger(v) ? 0 : 1));
  const rows: (Row & { theme: string })[] = [];
  for (const ind of meta.indicators) {
    const values = selected.map((s) => s.values[ind.id]);
    if (values.every((v) => v === undefined)) continue;
    const cells = selected.map((s, slot) => {
      const v = values[slot];
      const notPublished = v === undefined && !ind.levels.includes(s.place.level);
      return { slot, name: s.place.name, text: v !== undefined ? formatValue(v, ind, lang) : notPublished ? meta.notPublished : '—', notPublished };
    });
    const label = ind.year === 2024 ? ind.label : `${ind.label} (${ind.year})`;
    const chart = barsChart(values.map((value, slot) => ({ slot, value })), { unit: ind.unit, tick: tick(ind.unit), rtl: lang === 'ar' });
    rows.push({ id: ind.id, theme: ind.theme, label, definition: ind.definition, chart, cells });
  }
  const order = (theme: string) => { const i = (THEMES as readonly string[]).indexOf(theme); return i < 0 ? THEMES.length : i; };
  const themes = [...new Set(rows.map((r) => r.theme))].sort((a, b) => order(a) - order(b));
  return {
    places,
    groups: themes.map((theme) => ({
      theme, title: meta.themes[theme] ?? theme,
      rows: rows.filter((r) => r.theme === theme).map(({ theme: _, ...row }) => row),
    })),
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The comparison's markup, shared by the build and the browser so that a reader's own
 * selection looks exactly like the pre-rendered default.
 */
export function comparatorHtml(view: ComparatorView, texts: { legend: string; groups: string }): string {
  const legend = `<ol class="cmp-places" aria-label="${esc(texts.legend)}" data-compared>${view.places.map((p) =>
    `<li data-code="${esc(p.code)}">${p.swatch}<span><strong>${p.href ? `<a href="${esc(p.href)}">${esc(p.name)}</a>` : esc(p.name)}</strong> <span class="source">${esc(p.context)}</span></span></li>`).join('')}</ol>`;
  const toc = `<nav class="cmp-toc" aria-label="${esc(texts.groups)}"><ul>${view.groups.map((g) => `<li><a href="#cmp-${esc(g.theme)}">${esc(g.title)}</a></li>`).join('')}</ul></nav>`;
  const groups = view.groups.map((g) => `<section class="cmp-group" aria-labelledby="cmp-${esc(g.theme)}"><h2 id="cmp-${esc(g.theme)}">${esc(g.title)}</h2><ul class="cmp-rows">${g.rows.map((r) =>
    `<li data-indicator="${esc(r.id)}"><p class="cmp-label"><abbr title="${esc(r.definition)}">${esc(r.label)}</abbr></p>${r.chart}<dl>${r.cells.map((c) =>
      `<div data-slot="${c.slot}"${c.notPublished ? ' data-not-published=""' : ''}><dt>${slotSwatch(c.slot)}${esc(c.name)}</dt><dd>${esc(c.text)}</dd></div>`).join('')}</dl></li>`).join('')}</ul></section>`).join('');
  return slotSymbols(view.places.length) + legend + toc + groups;
}
