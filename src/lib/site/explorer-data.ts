// What the explorer page embeds at build time: the catalogue in the page's language and the
// first view's rows, so that view is drawn before DuckDB-WASM has started.

import type { Lang } from '../catalogue.ts';
import { THEMES } from '../catalogue.ts';
import { catalogue } from './catalogue.ts';
import { censusIndex, sources, territories } from './extracts.ts';
import { explorerView } from '../explorer/view.ts';
import { routes } from './routes.ts';
import { DEFAULT_STATE } from '../explorer/state.ts';

export interface ExplorerIndicator {
  id: string; theme: string; label: string; definition: string; unit: string; decimals: number;
  levels: string[]; years: number[]; palette: 'sequential' | 'diverging';
  /** Publisher and title of the indicator's source, as exports credit it. */
  source: string;
  comparable_2014_2024: boolean;
  /** What changed between the censuses, or why there is no comparison. */
  note: string | null;
}
export interface ExplorerRow { code: string; code_digits: string; name_fr: string; name_ar: string; slug: string; value: number | null }

export function explorerData(lang: Lang) {
  const value = censusIndex();
  const sourceOf = new Map(sources().map((s) => [s.source_id, `${s.publisher}, ${s.title}`]));
  const indicators: ExplorerIndicator[] = [...catalogue().values()]
    .sort((a, b) => THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme))
    .map((i) => ({
      id: i.id, theme: i.theme, label: i.label[lang], definition: i.definition[lang], unit: i.unit,
      decimals: i.decimals, levels: i.levels, years: i.years, palette: i.palette, source: sourceOf.get(i.source_id) ?? i.source_id,
      comparable_2014_2024: i.comparable_2014_2024, note: i.note?.[lang] ?? null,
    }));
  const first: ExplorerRow[] = territories()
    .filter((t) => t.level === DEFAULT_STATE.level)
    .map((t) => ({ code: t.code, code_digits: t.code_digits, name_fr: t.name_fr, name_ar: t.name_ar, slug: t.slug, value: value(t.code, DEFAULT_STATE.indicator) ?? null }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.code.localeCompare(b.code));
  const colours = Object.fromEntries(explorerView(first, DEFAULT_STATE).colours);
  return { lang, indicators, first, colours, profileBase: routes.territory(lang, 'commune', '').replace(/commune\/\/$/, '') };
}
