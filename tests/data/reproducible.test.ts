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
  it('gives byte-identical extracts from the same inputs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'observatoire-repro-'));
    await buildData({ dataDir: 'data', outDir: join(root, 'a') });
    await buildData({ dataDir: 'data', outDir: join(root, 'b') });
    const [a, b] = [await checksums(join(root, 'a')), await checksums(join(root, 'b'))];
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(b).toEqual(a);
  });
});
