// The comparator at build time: the territories it offers, each one's figures, and the
// default comparison of every profile — a commune with the three neighbours it shares the
// longest border with (from the boundaries' shared arcs), a province with the region and
// Morocco, the region with Morocco.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { boundariesFile } from '../../config/observatory.ts';
import { THEMES, type Lang } from '../catalogue.ts';
import { countryName, nameOf } from '../format.ts';
import { sharedBorders } from '../geo/shared-borders.ts';
import { t } from '../../i18n/index.ts';
import { catalogue } from './catalogue.ts';
import { MAX_COMPARED, type ComparatorMeta, type ComparedPlace, type PlaceValues } from './comparator-view.ts';
import { censusIndex, PUBLIC_DIR, territories, type Territory } from './extracts.ts';
import { levelKey } from './profile.ts';
import { routes } from './routes.ts';

const COMPARED_LEVELS = ['country', 'region', 'province', 'commune'] as const;

/** Territories that can be compared, the widest first, then by name. */
export function comparable(): Territory[] {
  return territories()
    .filter((x) => (COMPARED_LEVELS as readonly string[]).includes(x.level))
    .sort((a, b) => COMPARED_LEVELS.indexOf(a.level as never) - COMPARED_LEVELS.indexOf(b.level as never) || a.code.localeCompare(b.code));
}

export function placeOf(x: Territory, lang: Lang): ComparedPlace {
  const tr = t(lang);
  const byCode = new Map(territories().map((y) => [y.code, y]));
  const level = x.level as ComparedPlace['level'];
  if (level === 'country') return { code: x.code, level, name: countryName(x.code, lang), context: tr('level.country'), href: undefined };
  const parent = level === 'commune' ? byCode.get(x.province_code!) : level === 'province' ? byCode.get(x.parent_code!) : undefined;
  return {
    code: x.code, level, name: nameOf(x, lang),
    context: parent ? tr('search.inProvince', { kind: tr(levelKey(x)), province: nameOf(parent, lang) }) : tr(levelKey(x)),
    href: routes.territory(lang, x.level, x.slug),
  };
}

export function comparatorMeta(lang: Lang): ComparatorMeta {
  const tr = t(lang);
  return {
    lang,
    places: comparable().map((x) => placeOf(x, lang)),
    indicators: [...catalogue().values()].map((i) => ({
      id: i.id, theme: i.theme, label: i.label[lang], definition: i.definition[lang], unit: i.unit, decimals: i.decimals,
      levels: i.levels, year: Math.max(...i.years),
    })),
    themes: Object.fromEntries(THEMES.map((th) => [th, tr(`theme.${th}`)])),
    notPublished: tr('profile.notAggregated'),
  };
}

/** A territory's figures, each indicator in its latest year. */
export function placeValues(code: string): PlaceValues {
  const value = censusIndex();
  const out: PlaceValues = {};
  for (const i of catalogue().values()) {
    const v = value(code, i.id, Math.max(...i.years));
    if (v !== undefined) out[i.id] = v;
  }
  return out;
}

let borders: ReturnType<typeof sharedBorders> | undefined;

/** The comparison a profile links to, the territory first. */
export function defaultSelection(x: Territory): string[] {
  const all = territories();
  const country = all.find((y) => y.level === 'country');
  const region = all.find((y) => y.level === 'region')!;
  const tail = (codes: (string | undefined)[]) => codes.filter((c): c is string => c !== undefined);
  if (x.level === 'region') return tail([x.code, country?.code]);
  if (x.level === 'province') return tail([x.code, region.code, country?.code]);
  if (!borders) {
    const topology = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data', boundariesFile()), 'utf8')) as Topology;
    borders = sharedBorders(topology, 'communes');
  }
  const byDigits = new Map(all.map((y) => [y.code_digits, y.code]));
  const neighbours = (borders.get(x.code_digits) ?? []).map((n) => byDigits.get(n.code)).filter((c): c is string => c !== undefined);
  // A commune with no neighbour in the region (an island) is compared with its province.
  return neighbours.length > 0 ? [x.code, ...neighbours.slice(0, MAX_COMPARED - 1)] : tail([x.code, x.province_code ?? undefined, region.code]);
}
