import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, listFiles } from '../../scripts/data/build.ts';

async function checksums(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir)) out[f] = createHash('sha256').update(await readFile(join(dir, f))).digest('hex');
  return out;
}

describe('reproducible data build', () => {
  // Against public/data, which `npm run data` wrote from the same inputs in another process
  // (as `npm test` does before the tests): a second, independent build, started at another
  // time with another process's state, must give the same bytes.
  it('gives byte-identical extracts from the same inputs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'observatoire-repro-'));
    await buildData({ dataDir: 'data', outDir: join(root, 'again') });
    const [published, again] = [await checksums('public/data'), await checksums(join(root, 'again'))];
    expect(Object.keys(published).length).toBeGreaterThan(30);
    expect(again, 'public/data differs from a new build of data/: not reproducible, or public/data is stale (npm run data)').toEqual(published);
  }, 240_000);
});
