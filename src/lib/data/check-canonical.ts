// Rules that span tables: every reference resolves, every commune has a parent, a boundary
// and census values. Each problem names the file and line of the offending row.

import { configuredIndicatorIds, OBSERVATORY, type ObservatoryConfig } from '../../config/observatory.ts';
import type { Problem } from './problems.ts';
import type { Row } from '../tables.ts';

export interface LoadedTable {
  file: string;
  rows: Row[];
  lines: number[];
  header: string[];
}

export interface Canonical {
  sources: LoadedTable;
  territories: LoadedTable;
  indicators: LoadedTable;
  census: LoadedTable;
  census_splits: LoadedTable;
  reconciliation: LoadedTable;
  migration_cohorts: LoadedTable;
  facts: LoadedTable;
  programme_targets: LoadedTable;
  /** Boundary features' codes (9 digits) in file order. */
  boundaries: { file: string; codes: string[] };
}

const col = (t: LoadedTable, name: string) => Math.max(1, t.header.indexOf(name) + 1);

export function checkCanonical(data: Canonical, config: ObservatoryConfig = OBSERVATORY): Problem[] {
  const problems: Problem[] = [];
  const report = (t: LoadedTable, i: number, column: string, rule: string, message: string) =>
    problems.push({ file: t.file, line: t.lines[i] ?? 1, column: col(t, column), rule, message });

  const territories = new Map(data.territories.rows.map((r) => [r.code as string, r]));
  const sources = new Set(data.sources.rows.map((r) => r.source_id as string));
  const indicators = new Map(data.indicators.rows.map((r) => [r.id as string, r]));

  const region = config.region.code;
  data.territories.rows.forEach((t, i) => {
    const { code, level, parent_code: parent, province_code: province, cercle_code: cercle, code_digits: digits } = t as Record<string, string | null>;
    if (digits !== code!.replace(/\./g, '')) report(data.territories, i, 'code_digits', 'code-mismatch', `code_digits ${digits} does not spell code ${code}`);
    if (level === 'country') {
      if (code !== config.country.code) report(data.territories, i, 'code', 'unknown-country', `the country is ${code}, the configuration says ${config.country.code}`);
      if (parent) report(data.territories, i, 'parent_code', 'country-has-parent', `the country ${code} cannot have a parent`);
      return;
    }
    if (code !== region && !code!.startsWith(region + '.')) report(data.territories, i, 'code', 'outside-region', `${level} ${code} is not in region ${region} (src/config/observatory.ts)`);
    if (level === 'region') {
      if (code !== region) report(data.territories, i, 'code', 'wrong-region', `region ${code} is not the configured region ${region}`);
      if (parent && territories.get(parent)?.level !== 'country') report(data.territories, i, 'parent_code', 'bad-parent-level', `the region's parent ${parent} is not the country`);
      return;
    }
    if (!parent) return report(data.territories, i, 'parent_code', 'orphan', `${level} ${code} has no parent`);
    const p = territories.get(parent);
    if (!p) return report(data.territories, i, 'parent_code', 'unknown-parent', `${level} ${code}: parent ${parent} is not a territory`);
    const expected = level === 'province' ? ['region'] : level === 'cercle' ? ['province'] : ['province', 'cercle'];
    if (!expected.includes(p.level as string)) report(data.territories, i, 'parent_code', 'bad-parent-level', `${level} ${code}: parent ${parent} is a ${p.level}, expected ${expected.join(' or ')}`);
    if (!code!.startsWith(parent + '.')) report(data.territories, i, 'parent_code', 'code-not-nested', `${code} is not nested in its parent ${parent}`);
    if (level !== 'province' && province !== code!.slice(0, 6)) report(data.territories, i, 'province_code', 'bad-province', `${code}: province_code ${province} does not match`);
    if (level === 'commune' && cercle && cercle !== parent) report(data.territories, i, 'cercle_code', 'bad-cercle', `${code}: cercle_code ${cercle} differs from parent ${parent}`);
  });

  const hasValue = new Set<string>();
  data.census.rows.forEach((r, i) => {
    const code = r.territory_code as string, id = r.indicator_id as string;
    const t = territories.get(code);
    if (!t) report(data.census, i, 'territory_code', 'unknown-territory', `territory ${code} is not in territories`);
    const ind = indicators.get(id);
    if (!ind) report(data.census, i, 'indicator_id', 'unknown-indicator', `indicator ${id} is not in the catalogue`);
    else {
      if (!(ind.years as string).split('|').includes(String(r.year))) report(data.census, i, 'year', 'year-not-catalogued', `indicator ${id} is not catalogued for ${r.year}`);
      if (t && !(ind.levels as string).split('|').includes(t.level as string)) report(data.census, i, 'territory_code', 'level-not-catalogued', `indicator ${id} is not catalogued at level ${t.level}`);
    }
    if (!sources.has(r.source_id as string)) report(data.census, i, 'source_id', 'unknown-source', `source ${r.source_id} is not in sources`);
    hasValue.add(`${code}|${id}|${r.year}`);
  });

  data.census_splits.rows.forEach((r, i) => {
    const code = r.territory_code as string, id = r.indicator_id as string;
    if (!territories.has(code)) report(data.census_splits, i, 'territory_code', 'unknown-territory', `territory ${code} is not in territories`);
    const ind = indicators.get(id);
    if (!ind) report(data.census_splits, i, 'indicator_id', 'unknown-indicator', `indicator ${id} is not in the catalogue`);
    else if (!((ind.splits as string | null) ?? '').split('|').includes(r.group as string)) report(data.census_splits, i, 'group', 'group-not-catalogued', `indicator ${id} is not catalogued for the part ${r.group}`);
    if (!sources.has(r.source_id as string)) report(data.census_splits, i, 'source_id', 'unknown-source', `source ${r.source_id} is not in sources`);
  });

  data.indicators.rows.forEach((r, i) => {
    if (!sources.has(r.source_id as string)) report(data.indicators, i, 'source_id', 'unknown-source', `source ${r.source_id} is not in sources`);
  });
  for (const { where, id } of configuredIndicatorIds(config)) {
    if (!indicators.has(id)) problems.push({ file: 'src/config/observatory.ts', line: 1, column: 1, rule: 'unknown-indicator', message: `${where} names indicator ${id}, which is not in ${data.indicators.file}` });
  }

  data.facts.rows.forEach((r, i) => {
    if (!sources.has(r.source_id as string)) report(data.facts, i, 'source_id', 'unknown-source', `source ${r.source_id} is not in sources`);
    const code = r.geo_code as string | null;
    if (code && code.startsWith(region + '.') && !territories.has(code)) report(data.facts, i, 'geo_code', 'unknown-territory', `territory ${code} is not in territories`);
  });

  data.programme_targets.rows.forEach((r, i) => {
    if (!sources.has(r.source_id as string)) report(data.programme_targets, i, 'source_id', 'unknown-source', `source ${r.source_id} is not in sources`);
  });

  data.reconciliation.rows.forEach((r, i) => {
    if (!territories.has(r.territory_code as string)) report(data.reconciliation, i, 'territory_code', 'unknown-territory', `territory ${r.territory_code} is not in territories`);
    // Differences of rates are rounded to the rates' own decimals, hence the tolerance.
    if (Math.abs((r.published as number) - (r.sum_of_communes as number) - (r.difference as number)) > 1e-6) report(data.reconciliation, i, 'difference', 'bad-difference', 'difference is not published − sum_of_communes');
  });

  data.migration_cohorts.rows.forEach((r, i) => {
    if (!territories.has(r.territory_code as string)) report(data.migration_cohorts, i, 'territory_code', 'unknown-territory', `territory ${r.territory_code} is not in territories`);
    if ((r.observed as number) - (r.expected as number) - (r.net as number) > 1 || (r.net_low as number) > (r.net as number) || (r.net as number) > (r.net_high as number)) report(data.migration_cohorts, i, 'net', 'bad-net', 'net must be observed − expected, within net_low … net_high');
  });

  const communeDigits = new Map<string, number>();
  data.territories.rows.forEach((t, i) => { if (t.level === 'commune') communeDigits.set(t.code_digits as string, i); });
  const withBoundary = new Set<string>();
  data.boundaries.codes.forEach((code, i) => {
    if (!communeDigits.has(code)) problems.push({ file: data.boundaries.file, line: 1, column: 1, rule: 'unknown-boundary-code', message: `boundary #${i + 1} has code ${code}, which is not a commune` });
    if (withBoundary.has(code)) problems.push({ file: data.boundaries.file, line: 1, column: 1, rule: 'duplicate-boundary', message: `commune ${code} has two boundaries` });
    withBoundary.add(code);
  });
  for (const [digits, i] of communeDigits) {
    const code = data.territories.rows[i]!.code as string;
    if (!withBoundary.has(digits)) report(data.territories, i, 'code', 'missing-boundary', `commune ${code} has no boundary in ${data.boundaries.file}`);
    if (!hasValue.has(`${code}|population_legal|2024`)) report(data.territories, i, 'code', 'missing-census', `commune ${code} has no population_legal 2024 in census`);
  }
  return problems;
}
