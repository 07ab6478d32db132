// The one module that knows how DuckDB-WASM is started. The engine, its worker and its wasm
// are served by this site (no CDN); extension auto-install and auto-load are off, so it never
// reaches out to the internet. It starts once, behind a shared promise, and loads the
// published tables from their Arrow stream files. Queries go in, Arrow tables come out.

import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { Table } from 'apache-arrow';
import { publishedUrl } from './data-urls.ts';

/** Every published table, loaded under its own name. */
export const TABLES = ['territories', 'census', 'indicators', 'facts', 'sources', 'reconciliation', 'migration_cohorts', 'communes'] as const;

let started: Promise<duckdb.AsyncDuckDBConnection> | undefined;

export function engine(): Promise<duckdb.AsyncDuckDBConnection> {
  return (started ??= start());
}

async function start(): Promise<duckdb.AsyncDuckDBConnection> {
  const t0 = performance.now();
  // The tables download while the engine compiles, not after.
  const downloads = TABLES.map(async (name) => new Uint8Array(await (await fetch(publishedUrl(`${name}.arrows`))).arrayBuffer()));
  const worker = new Worker(ehWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(ehWasm, location.href).href);
  performance.mark('duckdb-instantiated');
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true }, allowUnsignedExtensions: false });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  await Promise.all(TABLES.map(async (name, i) => conn.insertArrowFromIPCStream(await downloads[i]!, { name, create: true })));
  await lockDown(conn);
  // A first query proves the tables are there; its end is the "engine ready" the benchmark times.
  await conn.query('SELECT count(*) FROM communes');
  performance.mark('duckdb-ready', { detail: { ms: performance.now() - t0 } });
  return conn;
}

/**
 * After start-up the engine reads nothing but the tables already loaded: no file, no URL
 * (read_csv('http://…'), COPY … TO, ATTACH), no extension. The configuration is then locked,
 * so a query cannot SET any of it back (autoinstall, external access…).
 */
async function lockDown(conn: duckdb.AsyncDuckDBConnection): Promise<void> {
  await conn.query('SET enable_external_access = false');
  await conn.query('SET lock_configuration = true');
}

const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

/**
 * Runs a statement with `?` parameters bound by DuckDB (never pasted into the SQL text).
 * Each statement is prepared once and kept: the explorer's few statement shapes then cost
 * one round trip to the worker per query instead of three.
 */
export async function query(sql: string, params: (string | number)[] = []): Promise<Table> {
  const conn = await engine();
  if (params.length === 0) return conn.query(sql);
  let statement = prepared.get(sql);
  if (!statement) {
    statement = conn.prepare(sql);
    prepared.set(sql, statement);
    statement.catch(() => prepared.delete(sql));
  }
  return (await statement).query(...params);
}

/** Runs user SQL so that it can be cancelled; resolves with the whole result. */
export async function runCancellable(sql: string): Promise<Table> {
  const conn = await engine();
  const reader = await conn.send(sql, true);
  const batches = [];
  for await (const batch of reader) batches.push(batch);
  return new Table(reader.schema, batches);
}

export async function cancel(): Promise<boolean> {
  return started ? (await started).cancelSent() : false;
}
