// What a profile page shows for one territory, computed at build time from the extracts:
// headline figures with ranks and the parents' values, themed sections, neighbours, facts.

import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundariesFile, OBSERVATORY } from '../../config/observatory.ts';
import type { Indicator, Lang } from '../catalogue.ts';
import { ranks } from '../rank.ts';
import { catalogue } from './catalogue.ts';
import { censusIndex, facts, PUBLIC_DIR, territories, type Fact, type Territory } from './extracts.ts';

export const HEADLINE: readonly string[] = OBSERVATORY.featured.profile;

export interface SectionSpec {
  id: 'population' | 'education' | 'labour' | 'housing';
  topics: string[];
  /** The chart of a commune section: a family of shares drawn as bars. */
  chart: { key: 'chart.age' | 'chart.education' | 'chart.employment' | 'chart.amenities'; topic: string };
}

export const SECTIONS: SectionSpec[] = [
  { id: 'population', topics: ['population', 'sex', 'age', 'maritalStatus', 'fertility', 'disability'], chart: { key: 'chart.age', topic: 'age' } },
  { id: 'education', topics: ['schooling', 'illiteracy', 'education', 'languagesReadAndWritten', 'localLanguages'], chart: { key: 'chart.education', topic: 'education' } },
  { id: 'labour', topics: ['labour', 'employmentStatus', 'commute'], chart: { key: 'chart.employment', topic: 'employmentStatus' } },
  { id: 'housing', topics: ['households', 'dwellingType', 'occupancy', 'dwellingAge', 'amenities', 'wastewater', 'householdWaste', 'cookingFuel'], chart: { key: 'chart.amenities', topic: 'amenities' } },
];

export interface HeadlineRow {
  indicator: Indicator;
  value: number | undefined;
  rankProvince?: { rank: number; of: number };
  rankRegion?: { rank: number; of: number };
  province?: number;
  region?: number;
}

export interface Profile {
  territory: Territory;
  province?: Territory;
  region: Territory;
  headline: HeadlineRow[];
  sections: { spec: SectionSpec; rows: { indicator: Indicator; value: number }[]; chart: { indicator: Indicator; value: number }[] }[];
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

  const peers = (scope: 'province' | 'region') => all.filter((t) => t.level === territory.level && (scope === 'region' || t.province_code === territory.province_code));
  const rankIn = (id: string, scope: 'province' | 'region') => ranks(new Map(peers(scope).map((t) => [t.code, value(t.code, id)]))).get(code);

  const headline: HeadlineRow[] = HEADLINE.map((id) => indicators.get(id)!)
    .filter((ind) => ind.levels.includes(territory.level as never))
    .map((indicator) => ({
      indicator,
      value: value(code, indicator.id),
      rankProvince: territory.level === 'commune' ? rankIn(indicator.id, 'province') : undefined,
      rankRegion: territory.level !== 'region' ? rankIn(indicator.id, 'region') : undefined,
      province: territory.level === 'commune' && province ? value(province.code, indicator.id) : undefined,
      region: territory.level !== 'region' ? value(region.code, indicator.id) : undefined,
    }));

  const sections = SECTIONS.map((spec) => {
    const rows = [...indicators.values()]
      .filter((i) => i.upstream_path && spec.topics.includes(i.topic))
      .map((indicator) => ({ indicator, value: value(code, indicator.id) }))
      .filter((r): r is { indicator: Indicator; value: number } => r.value !== undefined);
    const chart = rows.filter((r) => r.indicator.topic === spec.chart.topic && r.indicator.unit === 'percent');
    return { spec, rows, chart };
  });

  const neighbours = territory.level === 'commune'
    ? neighboursOf(territory.code_digits).map((d) => byDigits.get(d)!).sort((a, b) => a.name_fr.localeCompare(b.name_fr, 'fr'))
    : [];
  const children = all.filter((t) => t.level === (territory.level === 'region' ? 'province' : 'commune') && t.code.startsWith(`${code}.`) && territory.level !== 'commune');

  const cited = facts();
  const ownFacts = cited.filter((f) => f.geo_code === code);
  const wider = [province?.code, territory.level !== 'region' ? region.code : undefined].filter(Boolean);
  const widerFacts = cited.filter((f) => f.headline && wider.includes(f.geo_code ?? ''));
  return { territory, province, region, headline, sections, neighbours, children, ownFacts, widerFacts };
}

export const levelKey = (t: Territory): 'level.region' | 'level.prefecture' | 'level.province' | 'kind.urban' | 'kind.rural' =>
  t.level === 'region' ? 'level.region' : t.level === 'province' ? (t.kind === 'prefecture' ? 'level.prefecture' : 'level.province') : t.kind === 'urban' ? 'kind.urban' : 'kind.rural';

export type { Lang };
