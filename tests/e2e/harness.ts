// End-to-end harness: serves dist/ on a free loopback port (sirv, as a static host would)
// and drives Debian's Chromium through playwright-core. Never downloads a browser.

import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';
import sirv from 'sirv';
import { CSP_HEADER } from '../../src/lib/site/csp.ts';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Paths whose bytes never change under the same name. */
export const IMMUTABLE = /^\/(_astro|data\/h)\//;

export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

/** `onRequest` sees every request the server answers (the benchmark counts a return visit's). */
export async function serveDist(dir = 'dist', onRequest?: (url: string) => void): Promise<{ origin: string; close: () => Promise<void> }> {
  // Headers a static host should send (README, "Deploying"): fingerprinted build assets and
  // content-addressed data are immutable (so the browser keeps DuckDB's compiled wasm in its
  // code cache and a return visit asks for nothing but the page), everything else
  // revalidates; the precompressed .br twin when the browser accepts it, else the .gz.
  const handler = sirv(dir, {
    dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('Content-Security-Policy', CSP_HEADER); // as public/_headers asks of the host
    },
  });
  const server: Server = createServer((req, res) => { onRequest?.(req.url ?? ''); return handler(req, res, () => { res.statusCode = 404; res.end('not found'); }); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launchBrowser(): Promise<BrowserContext> {
  await mkdir(ARTIFACTS, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'observatoire-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}
