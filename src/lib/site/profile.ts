// What a profile page shows for one territory, computed at build time from the extracts:
// every indicator with its rank and the figures of the levels above it (headline first, then
// themed sections), the age pyramid, the summary's inputs, neighbours, children, facts.

import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundariesFile, OBSERVATORY } from '../../config/observatory.ts';
import type { Indicator, Lang } from '../catalogue.ts';
import { catalogue } from './catalogue.ts';
import { compare, type Comparison, type Context, type ReferenceLevel } from './compare.ts';
import { pyramidOf, type Pyramid } from './pyramid.ts';
import type { SummaryInput } from './summary.ts';
import { censusIndex, facts, PUBLIC_DIR, territories, type Fact, type Territory } from './extracts.ts';

export const HEADLINE: readonly string[] = OBSERVATORY.featured.profile;

export interface SectionSpec {
  id: 'population' | 'education' | 'labour' | 'housing';
  topics: string[];
}

export const SECTIONS: SectionSpec[] = [
  { id: 'population', topics: ['population', 'sex', 'age', 'maritalStatus', 'fertility', 'disability'] },
  { id: 'education', topics: ['schooling', 'illiteracy', 'education', 'languagesReadAndWritten', 'localLanguages'] },
  { id: 'labour', topics: ['labour', 'employmentStatus', 'commute'] },
  { id: 'housing', topics: ['households', 'dwellingType', 'occupancy', 'dwellingAge', 'amenities', 'wastewater', 'householdWaste', 'cookingFuel'] },
];

export interface Profile {
  territory: Territory;
  province?: Territory;
  region: Territory;
  context: Context;
  headline: Comparison[];
  /** Every indicator HCP publishes for the territory, by theme; age bands go to the pyramid. */
  sections: { spec: SectionSpec; comparisons: Comparison[] }[];
  pyramid: Pyramid | undefined;
  summary: SummaryInput;
  neighbours: Territory[];
  children: Territory[];
  ownFacts: Fact[];
  widerFacts: Fact[];
}

let neighbourIndex: Map<string, string[]> | undefined;
function neighboursOf(digits: string): string[] {
  if (!neighbourIndex) {
    const topology = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data', boundariesFile()), 'utf8')) as Topology;
    const geometries = (topology.objects.communes as GeometryCollection<{ code: string }>).geometries;
    const codes = geometries.map((g) => (g.properties as { code: string }).code);
    const adjacency = neighbors(geometries as never);
    neighbourIndex = new Map(codes.map((code, i) => [code, adjacency[i]!.map((j) => codes[j]!)]));
  }
  return neighbourIndex.get(digits) ?? [];
}

export function profileOf(code: string): Profile {
  const all = territories();
  const byCode = new Map(all.map((t) => [t.code, t]));
  const byDigits = new Map(all.map((t) => [t.code_digits, t]));
  const territory = byCode.get(code)!;
  const region = all.find((t) => t.level === 'region')!;
  const province = territory.province_code ? byCode.get(territory.province_code) : undefined;
  const value = censusIndex();
  const indicators = catalogue();

  const country = all.find((t) => t.level === 'country');
  const peersOf = (scope: 'province' | 'region') => all.filter((t) => t.level === territory.level && (scope === 'region' || t.province_code === territory.province_code));
  const context: Context = {
    subject: territory,
    references: ([
      ['province', territory.level === 'commune' ? province : undefined],
      ['region', territory.level !== 'region' ? region : undefined],
      ['country', country],
    ] as [ReferenceLevel, Territory | undefined][]).flatMap(([level, place]) => (place ? [{ level, place }] : [])),
    peers: { province: territory.level === 'commune' ? peersOf('province') : [], region: territory.level === 'region' ? [] : peersOf('region') },
  };
  const hasFigure = (c: Comparison) => c.value !== undefined || c.value2014 !== undefined;

  const headline = HEADLINE.map((id) => compare(indicators.get(id)!, context, value)).filter(hasFigure);
  const inPyramid = (i: Indicator) => i.upstream_path.startsWith('age.');
  const sections = SECTIONS.map((spec) => ({
    spec,
    comparisons: [...indicators.values()]
      .filter((i) => i.upstream_path && spec.topics.includes(i.topic) && !inPyramid(i))
      .map((i) => compare(i, context, value))
      .filter(hasFigure),
  }));
  const byId = (id: string) => headline.find((c) => c.indicator.id === id);
  const against = context.references[0];
  const summary: SummaryInput = {
    population: byId('population_legal'),
    change: byId('population_change_pct'),
    featured: headline.filter((c) => !['people', 'households'].includes(c.indicator.unit) && c.indicator.id !== 'population_change_pct'),
    against,
  };

  const neighbours = territory.level === 'commune'
    ? neighboursOf(territory.code_digits).map((d) => byDigits.get(d)!).sort((a, b) => a.name_fr.localeCompare(b.name_fr, 'fr'))
    : [];
  const children = all.filter((t) => t.level === (territory.level === 'region' ? 'province' : 'commune') && t.code.startsWith(`${code}.`) && territory.level !== 'commune');

  const cited = facts();
  const ownFacts = cited.filter((f) => f.geo_code === code);
  const wider = [province?.code, territory.level !== 'region' ? region.code : undefined].filter(Boolean);
  const widerFacts = cited.filter((f) => f.headline && wider.includes(f.geo_code ?? ''));
  return { territory, province, region, context, headline, sections, pyramid: pyramidOf(code, indicators.values(), value), summary, neighbours, children, ownFacts, widerFacts };
}

export const levelKey = (t: Territory): 'level.region' | 'level.prefecture' | 'level.province' | 'kind.urban' | 'kind.rural' =>
  t.level === 'region' ? 'level.region' : t.level === 'province' ? (t.kind === 'prefecture' ? 'level.prefecture' : 'level.province') : t.kind === 'urban' ? 'kind.urban' : 'kind.rural';

export type { Lang };
