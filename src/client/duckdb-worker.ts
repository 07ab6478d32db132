// DuckDB-WASM's worker, with two changes made before its script is loaded.
//
// - The wasm is fetched and compiled from the worker's first line, while the page is still
//   loading DuckDB's JavaScript and before it asks for an instance: compiling 34 MB takes
//   longer than downloading it, so it should start with the first bytes. DuckDB's own request
//   for the wasm, which comes later, is then answered with that module.
// - TransformStream is hidden. Where it exists, DuckDB pipes its download through one (to
//   report progress) and compiles what comes out, which would bypass the module compiled
//   here (and a Response made by script has no URL for V8's code cache). Without it, DuckDB
//   takes the plain `instantiateStreaming(fetch(url))` path, the one the first change answers.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const wasmUrl = new URL(ehWasm, self.location.href).href;
let early: Promise<WebAssembly.Module> | undefined = WebAssembly.compileStreaming(fetch(wasmUrl));
// A failure is DuckDB's to report, when it asks for the instance; not an unhandled rejection before.
early.catch(() => undefined);

const nativeFetch = self.fetch.bind(self);
const nativeInstantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
/** The one Response that stands for the wasm already on its way; no request is made for it. */
const placeholder = new Response(null, { headers: { 'content-type': 'application/wasm' } });

self.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  early && new Request(input).url === wasmUrl ? Promise.resolve(placeholder) : nativeFetch(input, init);

WebAssembly.instantiateStreaming = async (source, imports) => {
  const response = await source;
  const compiled = response === placeholder ? early : undefined;
  if (!compiled) return nativeInstantiateStreaming(response, imports);
  early = undefined;
  const module = await compiled;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};

Reflect.deleteProperty(self, 'TransformStream');
(self as unknown as { importScripts: (url: string) => void }).importScripts(new URL(ehWorker, self.location.href).href);
