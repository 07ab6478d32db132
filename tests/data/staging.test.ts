// Interrupted builds: the new tree is written outside public/ and swapped in by one rename
// of a link, so a build killed at any moment leaves public/ holding only the last good
// `data`, nothing that Astro would copy into dist/ and deploy; leftovers are cleaned up.
import { spawn } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/data/build.ts';

// One published tree for the three tests, in order, as successive builds of one site meet it:
// each test starts from the last good build the previous one left (a full build costs
// 10–20 s here), the first one's killed build included, which the second must clean up.
let root: string;
let out: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'observatoire-staging-'));
  out = join(root, 'public', 'data');
  await buildData({ dataDir: 'data', outDir: out });
}, 240_000);

describe('staging and swap', () => {
  it('a build killed mid-way leaves public/ with only the previous data, intact', async () => {
    const before = await readFile(join(out, 'datapackage.json'), 'utf8');
    const child = spawn('npx', ['tsx', 'scripts/build-data.ts', 'data', out], { stdio: 'ignore', detached: true });
    // Kill once the new tree is being written (its folder exists beside the current one).
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 25));
      if ((await readdir(join(root, '.data-builds')).catch(() => [])).length > 1) break;
    }
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // npx's own exit comes before its children's: wait until the whole killed group is gone,
    // or the next build sees the killed tree's owner still alive and rightly keeps it.
    for (let i = 0; i < 400; i++) {
      try { process.kill(-child.pid!, 0); } catch { break; }
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(await readdir(join(root, 'public'))).toEqual(['data']);
    expect(await readFile(join(out, 'datapackage.json'), 'utf8')).toBe(before);
  }, 240_000);

  it('cleans stale trees of interrupted builds and old staging folders left inside public/', async () => {
    const [current] = await readdir(join(root, '.data-builds'));
    const slug = current!.split('-')[0];
    await mkdir(join(root, '.data-builds', `${slug}-1-999999`), { recursive: true }); // a dead build
    await mkdir(join(root, 'public', '.data.staging-4242'), { recursive: true });
    await writeFile(join(root, 'public', '.data.staging-4242', 'census.csv'), 'x');
    await buildData({ dataDir: 'data', outDir: out });
    expect(await readdir(join(root, 'public'))).toEqual(['data']);
    expect(await readdir(join(root, '.data-builds'))).toHaveLength(1);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
  }, 240_000);

  it('readers never find the extracts missing while a build swaps them', async () => {
    let missing = 0, reads = 0, done = false;
    const poll = (async () => { while (!done) { reads++; await readFile(join(out, 'datapackage.json')).catch(() => missing++); } })();
    await buildData({ dataDir: 'data', outDir: out });
    done = true;
    await poll;
    expect(reads).toBeGreaterThan(10);
    expect(missing).toBe(0);
  }, 240_000);
});
