// What the explorer shows for one state and its rows, computed without touching the page:
// classes and colours, the legend, the ranking. The map, legend, ranking and table are
// drawn from this one object, so they always agree.

import { choropleth, type LegendEntry } from '../site/choropleth.ts';
import type { ExplorerState } from './state.ts';

export interface ViewRow { code: string; value: number | null }

export interface ExplorerView<R extends ViewRow = ViewRow> {
  rows: R[];
  colours: Map<string, string>;
  legend: LegendEntry[];
  missing: number;
  /** Territories with a value, highest first (ties by code), and their rank from 1. */
  ranked: R[];
  rank: Map<string, number>;
}

export function explorerView<R extends ViewRow>(rows: R[], state: Pick<ExplorerState, 'palette' | 'method' | 'classes'>): ExplorerView<R> {
  const classes = choropleth(rows.map((r) => r.value ?? undefined), { palette: state.palette, method: state.method, k: state.classes });
  const ranked = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
  return {
    rows,
    colours: new Map(rows.map((r) => [r.code, classes.colourOf(r.value ?? undefined)])),
    legend: classes.legend,
    missing: classes.missing,
    ranked,
    rank: new Map(ranked.map((r, i) => [r.code, i + 1])),
  };
}

/**
 * Hands out request numbers so that only the newest answer is drawn: a query started for
 * an older state that resolves late is dropped instead of overwriting the newer view.
 */
export function newestOnly() {
  let latest = 0;
  return { begin: () => ++latest, isCurrent: (id: number) => id === latest };
}
