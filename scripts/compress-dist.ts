// After the site build: a gzip copy beside every compressible file of dist/, so any static
// host (and the test server) can send compressed bytes without compressing on the fly.
// Level 9 and no timestamp in the header: the same file always compresses to the same bytes.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|csv|arrow|arrows|topojson|geojson|wasm|txt|xml)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

const root = process.argv[2] ?? 'dist';
let count = 0, raw = 0, packed = 0;
for await (const path of files(root)) {
  const bytes = await readFile(path);
  if (bytes.length < 512) continue;
  const gz = gzipSync(bytes, { level: 9 });
  await writeFile(`${path}.gz`, gz);
  count++; raw += bytes.length; packed += gz.length;
}
console.log(`compressed ${count} files: ${(raw / 1048576).toFixed(1)} MiB → ${(packed / 1048576).toFixed(1)} MiB gzip`);
