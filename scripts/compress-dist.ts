// After the site build: a brotli (.br) and a gzip (.gz) copy beside every compressible file
// of dist/, so any static host (and the test server) sends compressed bytes without
// compressing on the fly. Deterministic: the same file always compresses to the same bytes.
//
// Why two gzip encoders: Node 20 bundles Chromium's zlib fork (process.versions.zlib
// "1.3.1-e00f703"), whose SIMD hash chains skip short matches; on our Arrow files level 9
// gives 297 KB for census.arrows where reference zlib (GNU gzip, fflate) gives ~189 KB. On
// the DuckDB wasm the fork wins. Each file keeps the smaller of the two, and both are valid
// gzip. Brotli runs at quality 11 except on the multi-megabyte engine, where quality 11 takes
// minutes on these machines; results are cached by content hash so later builds are fast.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { gzipSync as fflateGzip } from 'fflate';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|csv|arrow|arrows|topojson|geojson|wasm|txt|xml)$/;
const CACHE = join('node_modules', '.cache', 'observatoire-compress', 'v1');
const LARGE = 4 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const nodeGzip = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

async function cached(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const path = join(CACHE, key);
  try { return await readFile(path); } catch { /* not cached yet */ }
  const bytes = await make();
  await writeFile(path, bytes);
  return bytes;
}

export async function compress(bytes: Uint8Array): Promise<{ gz: Uint8Array; br: Uint8Array }> {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const gz = await cached(`${hash}.gz`, async () => {
    const reference = fflateGzip(bytes, { level: 9, mem: 12, mtime: 0 });
    const fork = await nodeGzip(bytes, { level: 9 });
    return reference.length <= fork.length ? reference : fork;
  });
  const br = await cached(`${hash}.br`, () => brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: bytes.length > LARGE ? 9 : 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
  return { gz, br };
}

async function main() {
  const root = process.argv[2] ?? 'dist';
  await mkdir(CACHE, { recursive: true });
  const rows: { path: string; raw: number; gz: number; br: number }[] = [];
  const queue: string[] = [];
  for await (const path of files(root)) queue.push(path);
  // Two at a time: zlib's async calls run on libuv's thread pool, one per core here.
  const work = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const bytes = await readFile(path);
      if (bytes.length < 512) continue;
      const { gz, br } = await compress(bytes);
      await writeFile(`${path}.gz`, gz);
      await writeFile(`${path}.br`, br);
      rows.push({ path: relative(root, path), raw: bytes.length, gz: gz.length, br: br.length });
    }
  };
  await Promise.all([work(), work()]);
  const sum = (k: 'raw' | 'gz' | 'br') => rows.reduce((a, r) => a + r[k], 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`compressed ${rows.length} files: ${kb(sum('raw'))} → ${kb(sum('gz'))} gzip, ${kb(sum('br'))} brotli`);
  // The files a reader's browser fetches most: the data tables, the boundaries, the engine.
  const shown = rows.filter((r) => /(^|\/)data\/[^/]+\.(arrows|topojson)$|\.wasm$|maplibre-gl\.[^/]+\.js$/.test(r.path)).sort((a, b) => b.raw - a.raw);
  console.table(Object.fromEntries(shown.map((r) => [r.path, { raw: kb(r.raw), gzip: kb(r.gz), brotli: kb(r.br) }])));
}

await main();
