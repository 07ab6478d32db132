// When a reader shows intent to open the explorer or the SQL console (pointer over, or focus
// on, their links), fetch the query engine ahead so it is in the cache when the page starts.

import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export function prefetchEngineOnIntent(): void {
  let done = false;
  const prefetch = () => {
    if (done) return;
    done = true;
    for (const href of [ehWorker, ehWasm]) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      document.head.append(link);
    }
  };
  for (const a of document.querySelectorAll('[data-engine-intent]')) {
    a.addEventListener('pointerenter', prefetch, { once: true });
    a.addEventListener('focus', prefetch, { once: true });
  }
}
