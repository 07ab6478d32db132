// Invariants of the real data in data/: counts, codes, joins, totals, catalogue and sources.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCanonical } from '../../scripts/data/build.ts';
import { featuresOf } from '../../src/lib/geo/topology.ts';
import type { Row } from '../../src/lib/tables.ts';
import type { Topology } from 'topojson-specification';
import { neighbors } from 'topojson-client';
import { geoArea } from 'd3-geo';
import rewind from '@turf/rewind';

let t: Record<string, Row[]>;
let topology: Topology;
const value = new Map<string, number>();
const get = (code: string, id: string, year = 2024) => value.get(`${code}|${id}|${year}`);
const level = (l: string) => t.territories!.filter((r) => r.level === l);

beforeAll(async () => {
  ({ tables: t, topology } = await loadCanonical('data'));
  for (const r of t.census!) value.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value as number);
});

describe('territories', () => {
  it('has the region, 6 prefectures and provinces, 18 cercles and 175 communes', () => {
    expect(level('region')).toHaveLength(1);
    expect(level('province')).toHaveLength(6);
    expect(level('province').filter((p) => p.kind === 'prefecture').map((p) => p.code).sort()).toEqual(['09.001', '09.273']);
    expect(level('cercle')).toHaveLength(18);
    expect(level('commune')).toHaveLength(175);
  });
  it('has unique codes and unique slugs per level', () => {
    expect(new Set(t.territories!.map((r) => r.code)).size).toBe(t.territories!.length);
    for (const l of ['province', 'cercle', 'commune']) expect(new Set(level(l).map((r) => r.slug)).size).toBe(level(l).length);
  });
  it('joins every commune to a parent and its province, and names it in French and Arabic', () => {
    const codes = new Set(t.territories!.map((r) => r.code));
    for (const c of level('commune')) {
      expect(codes.has(c.parent_code as string)).toBe(true);
      expect(codes.has(c.province_code as string)).toBe(true);
      expect(c.name_fr).toBeTruthy();
      expect(c.name_ar as string).toMatch(/[\u0600-\u06ff]/);
    }
  });
  it('files rural communes under cercles and urban ones directly under their province', () => {
    for (const c of level('commune')) expect(c.kind === 'rural' ? c.cercle_code : c.parent_code).toBe(c.kind === 'rural' ? c.parent_code : c.province_code);
  });
});

describe('census values', () => {
  it('gives every commune its population in 2014 and 2024 and its households in 2024', () => {
    for (const c of level('commune')) {
      expect(get(c.code as string, 'population_legal', 2014)).toBeGreaterThan(0);
      expect(get(c.code as string, 'population_legal', 2024)).toBeGreaterThan(0);
      expect(get(c.code as string, 'households_count')).toBeGreaterThan(0);
    }
  });
  it('holds every HCP commune indicator for every commune except the documented gaps', () => {
    // How many there are is checked against the upstream file in import.test.ts.
    const hcp = t.indicators!.filter((i) => i.upstream_path && (i.years as string).split('|').includes('2024'));
    expect(hcp.length).toBeGreaterThan(0);
    const gaps: string[] = [];
    for (const c of level('commune')) for (const i of hcp) if (get(c.code as string, i.id as string) === undefined) gaps.push(`${c.code}:${i.id}`);
    // HCP prints "…" (nothing to report) for the distance to a paved road in urban communes.
    expect(gaps.every((g) => g.endsWith(':households_distance_to_paved_road_km'))).toBe(true);
    expect(gaps).toHaveLength(21);
  });
  it('adds communes up to the published province and region populations, within the documented differences', () => {
    const recon = new Map(t.reconciliation!.map((r) => [`${r.territory_code}|${r.indicator_id}|${r.year}`, r.difference as number]));
    for (const p of [...level('province'), ...level('region'), ...level('cercle')]) {
      const members = level('commune').filter((c) => (c.code as string).startsWith(`${p.code}.`));
      for (const id of ['population_legal', 'households_count']) {
        const sum = members.reduce((a, c) => a + get(c.code as string, id)!, 0);
        expect(get(p.code as string, id)! - sum).toBe(recon.get(`${p.code}|${id}|2024`));
      }
    }
    // RGPH 2024: population and households of the communes add up exactly to HCP's parents.
    const headcounts = t.reconciliation!.filter((r) => ['population_legal', 'households_count'].includes(r.indicator_id as string));
    expect(headcounts.length).toBeGreaterThan(0);
    expect(headcounts.every((r) => r.difference === 0)).toBe(true);
  });
  it('has the region’s known totals', () => {
    expect(get('09', 'population_legal')).toBe(3_020_431);
    expect(get('09', 'population_legal', 2014)).toBe(2_676_847);
    expect(get('09', 'households_count')).toBe(785_208);
    expect(get('09.163.01.01', 'population_legal', 2014)).toBe(76_646); // Aït Amira, HCP's most populous rural commune of 2014
  });
  it('recomputes the 2014→2024 change from the two populations', () => {
    for (const r of t.territories!) {
      const [a, b, change] = [get(r.code as string, 'population_legal', 2014)!, get(r.code as string, 'population_legal')!, get(r.code as string, 'population_change_pct')!];
      expect(Math.abs(change - ((b - a) / a) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    expect(get('09', 'population_change_pct')).toBe(12.84);
  });
  it('takes HCP’s own figures for Morocco, the region and provinces, and computes cercles only where exact', () => {
    const catalogue = new Map(t.indicators!.map((i) => [i.id as string, i]));
    const levelOf = new Map(t.territories!.map((r) => [r.code, r.level]));
    for (const r of t.census!) {
      const l = levelOf.get(r.territory_code);
      if (l === 'country' || l === 'region' || l === 'province') expect(['published', 'derived']).toContain(r.method);
      if (l === 'cercle' && r.method !== 'derived') {
        expect(catalogue.get(r.indicator_id as string)!.aggregation).not.toBe('none');
        expect(['published', 'sum_of_communes', 'ratio_of_sums']).toContain(r.method);
      }
    }
  });
  it('recomputes cercle rates from their counts, not from commune rates', () => {
    const cercle = level('cercle')[0]!.code as string;
    const active = get(cercle, 'labour_active')!, employed = get(cercle, 'labour_employed')!;
    expect(get(cercle, 'labour_unemployment_rate')).toBeCloseTo((100 * (active - employed)) / active, 2);
    expect(get(cercle, 'households_average_size')).toBeCloseTo(get(cercle, 'households_municipal_population')! / get(cercle, 'households_count')!, 2);
  });
  it('keeps HCP’s published parent rate and records how far the communes’ counts put it', () => {
    const rec = t.reconciliation!.find((r) => r.territory_code === '09' && r.indicator_id === 'labour_unemployment_rate' && r.year === 2024)!;
    const active = t.census!.filter((r) => level('commune').some((c) => c.code === r.territory_code) && r.year === 2024);
    const sum = (id: string) => active.filter((r) => r.indicator_id === id).reduce((a, r) => a + (r.value as number), 0);
    expect(rec.published).toBe(get('09', 'labour_unemployment_rate'));
    expect(rec.sum_of_communes).toBeCloseTo((100 * (sum('labour_active') - sum('labour_employed'))) / sum('labour_active'), 2);
  });
});

describe('catalogue and sources', () => {
  it('labels every indicator in three languages, with a unit, a definition and a known source', () => {
    const sources = new Set(t.sources!.map((s) => s.source_id));
    for (const i of t.indicators!) {
      for (const lang of ['fr', 'ar', 'en']) {
        expect(i[`label_${lang}`], `${i.id} label_${lang}`).toBeTruthy();
        expect(i[`definition_${lang}`], `${i.id} definition_${lang}`).toBeTruthy();
      }
      expect(i.label_ar as string).toMatch(/[\u0600-\u06ff]/);
      expect(i.unit).toBeTruthy();
      expect(sources.has(i.source_id)).toBe(true);
    }
  });
  it('gives every migration fact a publisher, a title, a URL and a period', () => {
    const sources = new Map(t.sources!.map((s) => [s.source_id, s]));
    expect(t.facts!).toHaveLength(136);
    for (const f of t.facts!) {
      const s = sources.get(f.source_id)!;
      expect(s.publisher).toBeTruthy();
      expect(s.title).toBeTruthy();
      expect(s.url as string).toMatch(/^https?:\/\//);
      expect(f.period).toBeTruthy();
    }
  });
  it('keeps the figures the curated notes warn about off the headline panels', () => {
    const off = t.facts!.filter((f) => !f.headline).map((f) => f.fact_id);
    expect(off).toEqual(expect.arrayContaining(['MIG-009', 'MIG-103', 'MIG-136']));
  });
});

describe('boundaries', () => {
  const communes = () => featuresOf(topology, 'communes');
  it('has one boundary per commune', () => {
    const codes = communes().map((f) => f.properties.code).sort();
    expect(codes).toEqual(level('commune').map((c) => c.code_digits).sort());
  });
  it('keeps every commune a real polygon close to its OpenStreetMap area after simplification', () => {
    const area = new Map(level('commune').map((c) => [c.code_digits, c.area_km2 as number]));
    const R = 6371.0088;
    for (const f of communes()) {
      // d3 measures spherical area with clockwise exteriors: reverse RFC 7946 winding for it.
      const km2 = geoArea(rewind(f, { reverse: true }) as never) * R * R;
      const expected = area.get(f.properties.code)!;
      expect(Math.abs(km2 - expected) / expected, f.properties.code).toBeLessThan(0.08);
    }
  });
  it('shares borders: every commune has a neighbour, and the region is exactly the union of communes', () => {
    const collection = topology.objects.communes as unknown as { geometries: never[] };
    const adj = neighbors(collection.geometries);
    expect(adj.every((n) => n.length > 0)).toBe(true);
    const R2 = 6371.0088 ** 2;
    const sum = communes().reduce((a, f) => a + geoArea(rewind(f, { reverse: true }) as never), 0) * R2;
    const region = geoArea(rewind(featuresOf(topology, 'region')[0]!, { reverse: true }) as never) * R2;
    expect(Math.abs(sum - region) / region).toBeLessThan(1e-6); // no gaps, no overlaps
  });
});
