// Build-time view model of the net migration estimate for one territory or for the home
// page: the estimate with its interval and direction, ranks, the parents' and Morocco's
// reference, the cohorts, and the texts each page shows, in the page's language.

import type { Lang } from '../catalogue.ts';
import { formatChange, formatNumber, nameOf } from '../format.ts';
import { t } from '../../i18n/index.ts';
import { direction, type Bounded, type Direction } from '../migration/bounded.ts';
import { ranks } from '../rank.ts';
import type { CohortDatum } from '../charts/migration.ts';
import { censusIndex, readExtract, territories, type Territory } from './extracts.ts';

export const NET = 'net_migration_2014_2024';
export const RATE = 'net_migration_rate_2014_2024';

interface CohortRow { territory_code: string; age_2024: string; age_2014: string; survival_ratio: number; observed: number; expected: number; net: number; net_low: number; net_high: number }

export interface Estimate { net: Bounded; rate: Bounded; direction: Direction }

export function estimateOf(code: string): Estimate | undefined {
  const value = censusIndex();
  const b = (id: string): Bounded | undefined => {
    const v = value(code, id), lo = value(code, `${id}_low`), hi = value(code, `${id}_high`);
    return v === undefined || lo === undefined || hi === undefined ? undefined : { value: v, lo, hi };
  };
  const net = b(NET), rate = b(RATE);
  return net && rate ? { net, rate, direction: direction(net) } : undefined;
}

export function cohortsOf(code: string): CohortDatum[] {
  return readExtract<CohortRow & Record<string, unknown>>('migration_cohorts')
    .filter((r) => r.territory_code === code)
    .map((r) => ({ age: r.age_2024, observed: r.observed, expected: r.expected, net: r.net, netLow: r.net_low, netHigh: r.net_high }));
}

/** Texts of an estimate in the page's language: "+107 441 personnes", "de +29 273 à +184 181", "arrivées nettes". */
export function describe(e: Estimate, lang: Lang) {
  const tr = t(lang);
  const persons = (v: number) => formatChange(Math.round(v), lang, 0);
  const rate = (v: number) => `${formatChange(v, lang, 1)}${lang === 'en' ? ' per 1,000' : '\u202f‰'}`;
  return {
    net: tr('migration.persons', { n: persons(e.net.value) }),
    netInterval: tr('migration.interval', { lo: persons(e.net.lo), hi: persons(e.net.hi) }),
    rate: rate(e.rate.value),
    rateInterval: tr('migration.interval', { lo: rate(e.rate.lo), hi: rate(e.rate.hi) }),
    direction: tr(`migration.direction.${e.direction}`),
  };
}

export const formatPersons = (v: number, lang: Lang) => formatNumber(v, lang, 0);

/** Communes ranked by rate: the k that gained most and the k that lost most. */
export function extremes(k: number): { gained: { t: Territory; e: Estimate }[]; lost: { t: Territory; e: Estimate }[] } {
  const rows = territories().filter((x) => x.level === "commune").flatMap((x): { t: Territory; e: Estimate }[] => { const e = estimateOf(x.code); return e ? [{ t: x, e }] : []; });
  const sorted = rows.sort((a, b) => b.e.rate.value - a.e.rate.value);
  return { gained: sorted.slice(0, k), lost: sorted.slice(-k).reverse() };
}

/** Ranks by rate among the same level, in the province and in the region (1 = most arrivals). */
export function rankOf(x: Territory): { region?: { rank: number; of: number }; province?: { rank: number; of: number } } {
  const peers = territories().filter((p) => p.level === x.level);
  const rate = (p: Territory) => estimateOf(p.code)?.rate.value;
  const inProvince = x.level === 'commune' ? ranks(new Map(peers.filter((p) => p.province_code === x.province_code).map((p) => [p.code, rate(p)]))).get(x.code) : undefined;
  return { region: x.level === 'region' ? undefined : ranks(new Map(peers.map((p) => [p.code, rate(p)]))).get(x.code), province: inProvince };
}

/** The territory's parents with their own estimates (province, region); Morocco is 0 by construction. */
export function referencesOf(x: Territory, lang: Lang): { name: string; estimate?: Estimate }[] {
  const all = territories();
  const byCode = new Map(all.map((p) => [p.code, p]));
  const parents = [x.level === 'commune' ? byCode.get(x.province_code!) : undefined, x.level !== 'region' ? all.find((p) => p.level === 'region') : undefined].filter((p) => p !== undefined) as Territory[];
  return parents.map((p) => ({ name: nameOf(p, lang), estimate: estimateOf(p.code) }));
}

/** The home page's migration summary: the region's estimate, who gained and lost most, and which ages. */
export function homeMigration(lang: Lang, k = 5) {
  const region = territories().find((x) => x.level === 'region')!;
  const estimate = estimateOf(region.code);
  const { gained, lost } = extremes(k);
  const row = ({ t: x, e }: { t: Territory; e: Estimate }) => ({ territory: x, name: nameOf(x, lang), ...describe(e, lang), direction: e.direction });
  return {
    region,
    estimate: estimate && { ...describe(estimate, lang), direction: estimate.direction },
    gained: gained.map(row),
    lost: lost.map(row),
    cohorts: cohortsOf(region.code),
  };
}
