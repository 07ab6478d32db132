// The explorer's whole state, and its round trip through the URL's query string so that a
// copied link reopens the same view. Decoding checks every field against the catalogue and
// the allowed lists; anything unknown falls back to the default rather than reaching SQL.

import { REGION } from '../../config/observatory.ts';
import { METHODS, type Method } from '../classify.ts';
import type { Indicator } from '../catalogue.ts';

/** A territory the URL may select: the region, a province or a commune (not a cercle). */
const SELECTABLE = new RegExp(`^${REGION.code}(\\.\\d{3}(\\.\\d{2}\\.\\d{2})?)?$`);

export const EXPLORER_LEVELS = ['commune', 'province'] as const;
export type ExplorerLevel = (typeof EXPLORER_LEVELS)[number];
export type Year = '2014' | '2024' | 'change';

export interface ExplorerState {
  indicator: string;
  level: ExplorerLevel;
  year: Year;
  method: Method;
  classes: number;
  palette: 'sequential' | 'diverging';
  /** Second indicator of the scatter plot. */
  versus: string;
  /** Selected territory code, if any. */
  selected: string | null;
}

export const DEFAULT_STATE: ExplorerState = {
  indicator: 'population_change_pct', level: 'commune', year: '2024', method: 'jenks', classes: 5, palette: 'diverging', versus: 'share_aged_20_39', selected: null,
};

/** Years an indicator offers: each census year it has, and their change when the catalogue says the two measure the same thing. */
export function yearsOf(indicator: Pick<Indicator, 'years' | 'comparable_2014_2024'>): Year[] {
  const years = indicator.years.map(String) as Year[];
  return indicator.comparable_2014_2024 && indicator.years.includes(2014) && indicator.years.includes(2024) ? [...years, 'change'] : years;
}

/**
 * How a 2014→2024 change reads: counts (and densities) in % of their 2014 value, shares and
 * rates in percentage points, other measures (years, children per woman…) as a difference
 * in their own unit.
 */
export type ChangeKind = 'percent' | 'points' | 'difference';
export function changeKind(indicator: Pick<Indicator, 'unit'>): ChangeKind {
  if (['people', 'households', 'people_per_km2'].includes(indicator.unit)) return 'percent';
  return indicator.unit === 'percent' ? 'points' : 'difference';
}

export function levelsOf(indicator: Indicator): ExplorerLevel[] {
  return EXPLORER_LEVELS.filter((l) => indicator.levels.includes(l));
}

export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('i', state.indicator);
  params.set('l', state.level);
  params.set('y', state.year);
  params.set('m', state.method);
  params.set('k', String(state.classes));
  params.set('p', state.palette);
  params.set('x', state.versus);
  if (state.selected) params.set('s', state.selected);
  return params.toString();
}

export function decodeState(search: string, catalogue: Map<string, Indicator>): ExplorerState {
  const params = new URLSearchParams(search);
  const known = (id: string | null, fallback: string) => (id && catalogue.has(id) ? id : fallback);
  const indicator = catalogue.get(known(params.get('i'), DEFAULT_STATE.indicator))!;
  const levels = levelsOf(indicator);
  const level = levels.includes(params.get('l') as ExplorerLevel) ? (params.get('l') as ExplorerLevel) : levels[0] ?? 'commune';
  const years = yearsOf(indicator);
  const year = years.includes(params.get('y') as Year) ? (params.get('y') as Year) : years[years.length - 1]!.replace('change', '2024') as Year;
  const method = (METHODS as readonly string[]).includes(params.get('m') ?? '') ? (params.get('m') as Method) : DEFAULT_STATE.method;
  const k = Number(params.get('k'));
  const classes = Number.isInteger(k) && k >= 3 && k <= 7 ? k : DEFAULT_STATE.classes;
  const palette = params.get('p') === 'sequential' || params.get('p') === 'diverging' ? (params.get('p') as 'sequential' | 'diverging') : indicator.palette;
  const versus = known(params.get('x'), DEFAULT_STATE.versus);
  const selected = SELECTABLE.test(params.get('s') ?? '') ? params.get('s') : null;
  return { indicator: indicator.id, level, year, method, classes, palette, versus, selected };
}
