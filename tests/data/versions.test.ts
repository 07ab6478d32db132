// Corrections, overlaps and identity (notes/version-rule): a contribution is (organisation,
// dataset, period); the highest version is published, the others kept but not read; the
// same version twice, or overlapping periods of one organisation and dataset, are refused
// naming both files. Hand-worked: an office's quarter of 12 people, corrected once.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContributions } from '../../scripts/data/contributions.ts';
import { DataError } from '../../src/lib/data/problems.ts';
import type { Row } from '../../src/lib/tables.ts';

const HEAD = 'office_id,period,service,public,sex,age_group,origin_group,count\n';
const OFFICES = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\nB1,BAOM Belfaa,09.163.05.11,local,Commune,2020-01,social,,\n';

async function set(files: Record<string, { csv: string; meta: Record<string, unknown> }>) {
  const dir = await mkdtemp(join(tmpdir(), 'observatoire-versions-'));
  await mkdir(join(dir, 'baom-offices'), { recursive: true });
  await mkdir(join(dir, 'baom-activity'), { recursive: true });
  const meta = (m: Record<string, unknown>) => JSON.stringify({ organisation: 'baom-belfaa', contact: 'baom@example.org', licence: 'CC-BY-4.0', submitted: '2024-10-15', version: 1, ...m });
  await writeFile(join(dir, 'baom-offices', 'offices.csv'), OFFICES);
  await writeFile(join(dir, 'baom-offices', 'offices.csv.meta.json'), meta({ period: '2024' }));
  for (const [name, f] of Object.entries(files)) {
    await writeFile(join(dir, 'baom-activity', name), HEAD + f.csv);
    await writeFile(join(dir, 'baom-activity', `${name}.meta.json`), meta(f.meta));
  }
  return dir;
}
const rows = (period: string, f: number, m: number) => `B1,${period},social,mre,F,25-34,europe,${f}\nB1,${period},social,mre,M,25-34,europe,${m}\n`;
const total = (tables: Record<string, Row[]>, period: string) => tables.baom_activity!.find((r) => r.office_id === '_region' && r.period === period && r.dimension === 'sex' && r.category === '_total')?.count;
const failure = async (dir: string) => ((await loadContributions('data', dir).catch((e: unknown) => e)) as DataError).problems;

describe('corrections', () => {
  it('a corrected file beside the original: the highest version is published, not the sum (12, not 24)', async () => {
    const dir = await set({
      'baom-belfaa--2024-Q3--v1.csv': { csv: rows('2024-Q3', 5, 7), meta: { period: '2024-Q3', version: 1 } },
      'baom-belfaa--2024-Q3--v2.csv': { csv: rows('2024-Q3', 6, 6), meta: { period: '2024-Q3', version: 2 } },
    });
    const { tables, superseded } = await loadContributions('data', dir);
    expect(total(tables, '2024-Q3')).toBe(12);
    expect(tables.contributions!.filter((c) => c.dataset === 'baom-activity').map((c) => [c.file, c.version])).toEqual([['baom-activity/baom-belfaa--2024-Q3--v2.csv', 2]]);
    expect(superseded.map((f) => f.split('/').pop())).toEqual(['baom-belfaa--2024-Q3--v1.csv']);
    expect(tables.baom_activity!.find((r) => r.office_id === 'B1' && r.period === '2024-Q3' && r.category === 'F')?.count).toBe(6);
  });

  it('two files of one identity with the same version are refused, naming both', async () => {
    const problems = await failure(await set({
      'a.csv': { csv: rows('2024-Q3', 5, 7), meta: { period: '2024-Q3' } },
      'b.csv': { csv: rows('2024-Q3', 6, 6), meta: { period: '2024-Q3' } },
    }));
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.rule}`)).toEqual(['b.csv.meta.json:duplicate-version']);
    expect(problems[0]!.message).toMatch(/a\.csv.*version 2/);
  });

  it('a quarter and its months from one office are refused naming both files (146, never 292)', async () => {
    const problems = await failure(await set({
      'q3.csv': { csv: rows('2024-Q3', 70, 76), meta: { period: '2024-Q3' } },
      'jul.csv': { csv: rows('2024-07', 30, 20), meta: { period: '2024-07' } },
      'aug.csv': { csv: rows('2024-08', 20, 30), meta: { period: '2024-08' } },
      'sep.csv': { csv: rows('2024-09', 26, 20), meta: { period: '2024-09' } },
    }));
    const overlaps = problems.filter((p) => p.rule === 'overlapping-period');
    expect(overlaps).toHaveLength(3);
    expect(overlaps.every((p) => p.message.includes('q3.csv'))).toBe(true);
  });

  it('the same office sent by two organisations as a quarter and a month is refused too', async () => {
    const problems = await failure(await set({
      'q3.csv': { csv: rows('2024-Q3', 70, 76), meta: { period: '2024-Q3' } },
      'jul.csv': { csv: rows('2024-07', 30, 20), meta: { period: '2024-07', organisation: 'province-chtouka' } },
    }));
    expect(problems.map((p) => p.rule)).toEqual(['overlapping-period']);
  });

  it('rows outside the period the metadata states are refused', async () => {
    const problems = await failure(await set({ 'q3.csv': { csv: rows('2024-Q4', 5, 7), meta: { period: '2024-Q3' } } }));
    expect(problems.map((p) => p.rule)).toEqual(['period-outside-metadata', 'period-outside-metadata']);
  });
});

describe('metadata is validated like the data', () => {
  const one = (meta: Record<string, unknown>) => set({ 'q3.csv': { csv: rows('2024-Q3', 5, 7), meta: { period: '2024-Q3', ...meta } } });
  it.each([
    [{ licence: 'proprietary-no-reuse' }, 'bad-licence'],
    [{ organisation: 'x'.repeat(65) }, 'too-long'],
    [{ organisation: 'Bureau <script>' }, 'bad-format'],
    [{ version: 0 }, 'bad-version'],
    [{ version: '2' }, 'bad-version'],
    [{ period: '1999-Q4' }, 'implausible-period'],
    [{ submitted: '2999-01-01' }, 'bad-date'],
    [{ contact: 'a\u202eb' }, 'control-character'],
    [{ sha256: '0'.repeat(64) }, 'checksum-mismatch'],
    [{ extra: 1 }, 'unknown-field'],
  ])('%j is refused (%s)', async (meta, rule) => {
    expect((await failure(await one(meta))).map((p) => p.rule)).toContain(rule);
  });
  it('a missing version is refused', async () => {
    const problems = await failure(await one({ version: undefined }));
    expect(problems.map((p) => p.rule)).toEqual(['bad-version']);
  });
});
