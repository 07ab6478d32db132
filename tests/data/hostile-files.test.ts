// Files built to hurt the pipeline, in the command line and in the data build: links to
// /proc/self/environ and /dev/zero, a FIFO, an XLSX that inflates to gigabytes, a 3 KB XLSX
// whose cell sits at A99999999, a file name made of escapes. Each must be refused with one
// clear problem, quickly, within bounded memory, printing nothing of what it points to.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContributions } from '../../scripts/data/contributions.ts';
import { DataError } from '../../src/lib/data/problems.ts';
import { bombWorkbook, farCellWorkbook } from '../fixtures/hostile.ts';

const run = promisify(execFile);
let root: string;
const SECRET = 'hostile-test-secret-value-1234';

async function cli(files: string[], env: Record<string, string> = {}) {
  const r = await run('npx', ['tsx', 'scripts/validate.ts', ...files], { env: { ...process.env, SECRET_FOR_TEST: SECRET, ...env }, timeout: 60_000 }).catch((e: { stdout: string; stderr: string; code: number }) => e);
  return { stdout: r.stdout, stderr: r.stderr, code: (r as { code?: number }).code ?? 0 };
}

const withMeta = async (path: string) => writeFile(`${path}.meta.json`, JSON.stringify({ organisation: path.split('/').pop()!.replace(/\W/g, '-'), contact: 'x@example.org', licence: 'CC-BY-4.0', period: '2024-Q1', submitted: '2024-05-01', version: 1 }));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'observatoire-hostile-'));
  await writeFile(join(root, 'bomb.xlsx'), await bombWorkbook(2));
  await writeFile(join(root, 'far.xlsx'), await farCellWorkbook('A99999999'));
  await writeFile(join(root, 'row50m.xlsx'), await farCellWorkbook('B50000000'));
  await symlink('/proc/self/environ', join(root, 'environ.csv'));
  await symlink('/dev/zero', join(root, 'zero.csv'));
  execFileSync('mkfifo', [join(root, 'fifo.csv')]);
}, 120_000);

describe('the command line', () => {
  it('refuses a 4 MB XLSX inflating to 2 GB within a 192 MB heap', async () => {
    const r = await cli([join(root, 'bomb.xlsx')], { NODE_OPTIONS: '--max-old-space-size=192' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bomb\.xlsx:1:1: too-large: .*(inflates beyond|decompression bomb)/);
  }, 90_000);

  it('refuses cell references far out of range instead of allocating them', async () => {
    const r = await cli([join(root, 'far.xlsx'), join(root, 'row50m.xlsx')], { NODE_OPTIONS: '--max-old-space-size=192' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/far\.xlsx:1:1: too-large: .*row 99999999 beyond/);
    expect(r.stdout).toMatch(/row50m\.xlsx:1:1: too-large: .*row 50000000 beyond/);
  }, 90_000);

  it('refuses a FIFO and a device without hanging, and a missing file without a stack trace', async () => {
    const r = await cli([join(root, 'fifo.csv'), join(root, 'zero.csv'), join(root, 'missing.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fifo.csv:1:1: not-a-file:');
    expect(r.stdout).toContain('zero.csv:1:1: not-a-file:');
    expect(r.stdout).toContain('missing.csv:1:1: missing-file:');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('prints a file name made of newlines and terminal escapes as visible escapes', async () => {
    const name = join(root, 'a\n\u001b[31mevil\u202e.csv');
    await writeFile(name, 'x');
    const r = await cli([name]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('a\\u{000a}\\u{001b}[31mevil\\u{202e}.csv');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 90_000);
});

describe('the data build', () => {
  it('refuses links, FIFOs and devices in data/contributions by name, before opening them, and prints nothing they point to', async () => {
    const dir = join(root, 'contributions');
    await mkdir(join(dir, 'baom-activity'), { recursive: true });
    for (const [link, target] of [['environ.csv', '/proc/self/environ'], ['zero.csv', '/dev/zero']]) {
      await symlink(target!, join(dir, 'baom-activity', link!));
      await withMeta(join(dir, 'baom-activity', link!));
    }
    execFileSync('mkfifo', [join(dir, 'baom-activity', 'fifo.csv')]);
    process.env.SECRET_FOR_TEST = SECRET;
    const started = Date.now();
    const error = await loadContributions('data', dir).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(error).toBeInstanceOf(DataError);
    const problems = (error as DataError).problems;
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.rule}`).sort()).toEqual(['environ.csv:not-a-file', 'fifo.csv:not-a-file', 'zero.csv:not-a-file']);
    expect(JSON.stringify(problems)).not.toContain(SECRET);
    expect(problems[0]!.message).toMatch(/symbolic link|named pipe|device/);
  }, 60_000);

  it('refuses the hostile workbooks in data/contributions with one problem each', async () => {
    const dir = join(root, 'contributions-xlsx');
    await mkdir(join(dir, 'baom-activity'), { recursive: true });
    for (const f of ['bomb.xlsx', 'far.xlsx']) {
      await cp(join(root, f), join(dir, 'baom-activity', f));
      await withMeta(join(dir, 'baom-activity', f));
    }
    const error = await loadContributions('data', dir).catch((e: unknown) => e);
    expect((error as DataError).problems.map((p) => `${p.file.split('/').pop()}:${p.rule}`)).toEqual(expect.arrayContaining(['bomb.xlsx:too-large', 'far.xlsx:too-large']));
  }, 60_000);
});
