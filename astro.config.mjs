// @ts-check
import { defineConfig } from 'astro/config';

// A fully static site: every page is pre-rendered at build time from public/data/.
// OBSERVATOIRE_PUBLIC / OBSERVATOIRE_DIST let a second build (the synthetic demo, in the
// tests) use its own folders without touching the default build's, and OBSERVATOIRE_SRC
// its own source folder (the same code with only the pages it looks at).
export default defineConfig({
  output: 'static',
  srcDir: process.env.OBSERVATOIRE_SRC ?? './src',
  publicDir: process.env.OBSERVATOIRE_PUBLIC ?? 'public',
  outDir: process.env.OBSERVATOIRE_DIST ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  // Astro inlines small scripts into the page; the Content-Security-Policy runs no inline
  // script (src/lib/site/csp.ts), so every script stays a file. Other assets: Vite's default.
  // A worker's assets are named as the page's are, so a file both import (DuckDB's worker
  // script, its wasm) is one file at one address, not two copies under two hashes.
  vite: {
    build: { assetsInlineLimit: (file) => (/\.[cm]?[jt]s$/.test(file) ? false : undefined) },
    worker: { rollupOptions: { output: { assetFileNames: '_astro/[name].[hash][extname]' } } },
  },
});
