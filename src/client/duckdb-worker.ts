// DuckDB-WASM's worker, with one change. Where TransformStream exists, it pipes the wasm's
// download through one (to report progress) into a Response made by script, which has no
// URL: V8 then cannot keep the compiled code in the cache for a return visit, and every chunk
// passes through script on its way to the compiler. Without TransformStream it hands the
// fetch's own Response to `WebAssembly.instantiateStreaming`. Nothing else in it uses one.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

Reflect.deleteProperty(self, 'TransformStream');
(self as unknown as { importScripts: (url: string) => void }).importScripts(new URL(ehWorker, self.location.href).href);
