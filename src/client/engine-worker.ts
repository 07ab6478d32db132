// DuckDB's worker, started by itself from a script too small to wait for: the worker begins
// downloading and compiling the engine's wasm the moment it runs (duckdb-worker.ts), so the
// page starts it before the engine's own JavaScript (~190 KB) has arrived. One worker per page.

let worker: Worker | undefined;

export function engineWorker(): Worker {
  return (worker ??= new Worker(new URL('./duckdb-worker.ts', import.meta.url)));
}
