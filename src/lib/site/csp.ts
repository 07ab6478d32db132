// The Content-Security-Policy of every page: only the site's own origin. What the engines
// need beyond that: DuckDB-WASM and MapLibre compile WebAssembly / run workers
// ('wasm-unsafe-eval', workers from the site or blob:), exports and map images use blob: and
// data: URLs. No inline script runs (Astro bundles every script into /_astro/; JSON data
// blocks are not executed). Inline styles stay allowed: the charts rendered at build time and
// the map legend carry style attributes and <style> elements, and a style cannot run code.

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self' blob:"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** For the <meta http-equiv> tag of every page. */
export const CSP = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** For a response header: frame-ancestors is only honoured there, not in a meta tag. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'self'`;
