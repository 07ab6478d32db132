// Broken inputs stop the build with the file, line, column and rule of each problem, and
// leave the previously published extracts untouched.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data/build.ts';
import { DataError, type Problem } from '../../src/lib/data/problems.ts';

let root: string;
let published: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'observatoire-broken-'));
  published = join(root, 'published');
  // The last good extracts: those `npm run data` published (a copy; a new build takes 10–20 s).
  await cp('public/data', published, { recursive: true, dereference: true });
});

/** A copy of data/ with one file edited. */
async function brokenData(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(root, 'data-'));
  await cp('data', dir, { recursive: true });
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), 'utf8')));
  return dir;
}

async function problemsOf(dataDir: string): Promise<Problem[]> {
  try {
    await buildData({ dataDir, outDir: published });
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('the build accepted broken data');
}

const lines = (text: string) => text.split('\n');
const replaceLine = (text: string, index: number, f: (line: string) => string) => lines(text).map((l, i) => (i === index ? f(l) : l)).join('\n');

describe('the data build fails loudly', () => {
  it('names a missing column', async () => {
    const dir = await brokenData('territories.csv', (t) => t.replace('name_ar,', 'nom_arabe,'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: join(dir, 'territories.csv'), line: 1, rule: 'missing-column', message: expect.stringContaining('name_ar') }));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'unknown-column', column: 6 }));
  });

  it('names a duplicate code with both lines', async () => {
    let appendedAt = 0;
    const dir = await brokenData('territories.csv', (t) => { const l = lines(t); appendedAt = l.length; return [...l.slice(0, -1), l[5], ''].join('\n'); });
    const problems = await problemsOf(dir);
    const dup = problems.find((p) => p.rule === 'duplicate-key')!;
    expect(dup).toMatchObject({ line: appendedAt, column: 1 });
    expect(dup.message).toContain('line 6');
  });

  it('names a commune with no parent', async () => {
    const dir = await brokenData('territories.csv', (t) => replaceLine(t, 30, (l) => l.replace(/^("[^"]+","[^"]+","commune","rural",(?:"[^"]*",){3})"[^"]+"/, '$1"09.999.99"')));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ line: 31, column: 8, rule: 'unknown-parent' }));
  });

  it('names a boundary whose code is no commune', async () => {
    const dir = await brokenData('boundaries/souss-massa.topojson', (t) => t.replace('"090010101"', '"099999999"'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: join(dir, 'boundaries/souss-massa.topojson'), rule: 'unknown-boundary-code' }));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'missing-boundary', message: expect.stringContaining('09.001.01.01') }));
  });

  it('names a non-numeric value with its line and column', async () => {
    const dir = await brokenData('census.csv', (t) => replaceLine(t, 10, (l) => l.replace(/,([\d.]+),"/, ',12a,"')));
    const problems = await problemsOf(dir);
    expect(problems).toEqual([expect.objectContaining({ file: join(dir, 'census.csv'), line: 11, column: 4, rule: 'not-numeric' })]);
  });

  it('refuses a data version the changelog does not describe', async () => {
    const dir = await brokenData('VERSION', () => '1.1.0\n');
    const error = await buildData({ dataDir: dir, outDir: published }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/CHANGELOG\.md: the newest version is 1\.0\.0, data\/VERSION says 1\.1\.0/);
  });

  it('refuses source terms and vintages written in words with no translation', async () => {
    const dir = await brokenData('sources.csv', (t) => t.replace('"Programme targets, cited"', '"Targets quoted"').replace('"2022 (article after June 2022)"', '"2022 (after June)"'));
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: join(dir, 'sources.csv'), rule: 'untranslated-terms', column: 7, message: expect.stringContaining('programme-brief') }));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'untranslated-vintage', column: 6 }));
  });

  it('leaves the last good extracts exactly as they were', async () => {
    const before = await readFile(join(published, 'datapackage.json'), 'utf8');
    const dir = await brokenData('census.csv', (t) => t.replace('"households_count"', '"no_such_indicator"'));
    expect((await problemsOf(dir)).map((p) => p.rule)).toContain('unknown-indicator');
    expect(await readFile(join(published, 'datapackage.json'), 'utf8')).toBe(before);
  });

  it('exits non-zero from the command line, printing file:line:column: rule: message', async () => {
    const dir = await brokenData('census.csv', (t) => replaceLine(t, 10, (l) => l.replace(/,([\d.]+),"/, ',12a,"')));
    const run = promisify(execFile)('npx', ['tsx', 'scripts/build-data.ts', dir, join(root, 'cli-out')]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`${join(dir, 'census.csv')}:11:4: not-numeric:`) });
  });
});
