// After the site build: a brotli (.br) and a gzip (.gz) copy beside every compressible file
// of dist/, so any static host (and the test server) sends compressed bytes without
// compressing on the fly. Deterministic: the same file always compresses to the same bytes.
//
// Time budget: dist/ holds ~280 MB of compressible bytes (220 MB of profile pages), and the
// whole build runs in CI. Brotli quality 11 costs ~1.5 s per MB on these machines, quality 5
// ~0.05 s, so quality 11 goes only where a reader waits for the bytes and they are few: the
// files every explorer or home visit loads (content-addressed data in /data/h/, the pages'
// scripts and styles) and the home and explorer pages. Everything else gets quality 5, which
// is within 10–15 % of 11 on HTML and beats gzip -9 everywhere. Identical files (the latest,
// versioned and content-addressed copies of each extract) are compressed once.
//
// Why two gzip encoders: Node 20 bundles Chromium's zlib fork, whose SIMD hash chains skip
// short matches; on our Arrow streams level 9 gives ~530 KB for census.arrows where reference
// zlib (GNU gzip, fflate) gives ~330 KB. fflate is 5–10× slower, so it runs on Arrow files
// only, where it wins; the fork does the rest.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { gzipSync as fflateGzip } from 'fflate';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|csv|arrow|arrows|topojson|geojson|wasm|txt|xml)$/;
/** What a home or explorer visit waits for: best brotli (small files, read on every visit). */
const HOT = /^(data\/h\/|_astro\/(?!maplibre-gl).*\.(js|css)$|(fr|ar|en)\/(index|explor[a-z]*\/index)\.html$)/;
const HOT_LIMIT = 4 * 1024 * 1024;
/** Files whose sizes the build prints: the data the explorer loads, the boundaries, the home page. */
const REPORTED = /^(data\/census\.arrows|data\/boundaries\/[^/]+\.topojson|(fr|ar)\/index\.html|_astro\/duckdb-eh\.[^/]+\.wasm)$/;

const brotli = promisify(brotliCompress);
const nodeGzip = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Brotli quality for a file of dist/ (path relative to dist/). */
export function brotliQuality(path: string, size: number): number {
  return HOT.test(path) && size <= HOT_LIMIT ? 11 : 5;
}

export async function compress(bytes: Uint8Array, quality: number, arrow: boolean): Promise<{ gz: Uint8Array; br: Uint8Array }> {
  const [gz, br] = await Promise.all([
    arrow ? Promise.resolve(fflateGzip(bytes, { level: 9, mem: 12, mtime: 0 })) : nodeGzip(bytes, { level: 9 }),
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { gz, br };
}

interface Row { path: string; raw: number; gz: number; br: number; quality: number }

async function main() {
  const t0 = performance.now();
  const root = process.argv[2] ?? 'dist';
  // Identical bytes under several names (latest, versioned, content-addressed) are compressed
  // once, at the best quality any of their names asks for.
  const byContent = new Map<string, { paths: { path: string; rel: string }[]; quality: number; arrow: boolean }>();
  for await (const path of files(root)) {
    const bytes = await readFile(path);
    if (bytes.length < 512) continue;
    const rel = relative(root, path).split('\\').join('/');
    const key = createHash('sha256').update(bytes).digest('hex');
    const group = byContent.get(key) ?? { paths: [], quality: 0, arrow: false };
    group.paths.push({ path, rel });
    group.quality = Math.max(group.quality, brotliQuality(rel, bytes.length));
    group.arrow ||= /\.arrows?$/.test(rel);
    byContent.set(key, group);
  }
  // Best quality first so the long jobs do not end up alone on one core at the end.
  const queue = [...byContent.values()].sort((a, b) => b.quality - a.quality);
  const rows: Row[] = [];
  // Two at a time: zlib's async calls run on libuv's thread pool; two cores here.
  const work = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      const bytes = await readFile(group.paths[0]!.path);
      const { gz, br } = await compress(bytes, group.quality, group.arrow);
      for (const { path, rel } of group.paths) {
        await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
        rows.push({ path: rel, raw: bytes.length, gz: gz.length, br: br.length, quality: group.quality });
      }
    }
  };
  await Promise.all([work(), work()]);
  const sum = (k: 'raw' | 'gz' | 'br') => rows.reduce((a, r) => a + r[k], 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`compressed ${rows.length} files (${byContent.size} distinct) in ${seconds} s: ${kb(sum('raw'))} → ${kb(sum('gz'))} gzip, ${kb(sum('br'))} brotli`);
  const shown = rows.filter((r) => REPORTED.test(r.path)).sort((a, b) => b.raw - a.raw);
  console.table(Object.fromEntries(shown.map((r) => [r.path, { raw: kb(r.raw), gzip: kb(r.gz), brotli: kb(r.br), 'brotli quality': r.quality }])));
}

await main();
