// The one module that knows how DuckDB-WASM is started. The engine, its worker and its wasm
// are served by this site (no CDN); extension auto-install and auto-load are off, so it never
// reaches out to the internet. It starts once, behind a shared promise, and loads the
// published tables from their Arrow stream files. Queries go in, Arrow tables come out.

import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { Table } from 'apache-arrow';
import { EXPLORER_TABLES } from '../lib/explorer/query.ts';
import { engineWorker } from './engine-worker.ts';
import { publishedUrl } from './data-urls.ts';

/**
 * Every published table, loaded under its own name, in this order: the explorer's statements
 * read the first ones only (`EXPLORER_TABLES`), so they are in, and a first result comes,
 * before the others are loaded.
 */
export const TABLES = ['territories', 'census', 'indicators', 'facts', 'sources', 'reconciliation', 'migration_cohorts', 'communes'] as const;
export type TableName = (typeof TABLES)[number];

interface Started { conn: duckdb.AsyncDuckDBConnection; loaded: Map<TableName, Promise<void>> }
let started: Promise<Started> | undefined;

/** The connection, once the tables named are loaded (all of them unless told). */
export async function engine(tables: readonly TableName[] = TABLES): Promise<duckdb.AsyncDuckDBConnection> {
  const { conn, loaded } = await (started ??= start());
  await Promise.all(tables.map((t) => loaded.get(t)));
  return conn;
}

async function start(): Promise<Started> {
  const t0 = performance.now();
  // The tables download while the engine compiles, not after.
  const downloads = TABLES.map(async (name) => new Uint8Array(await (await fetch(publishedUrl(`${name}.arrows`))).arrayBuffer()));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), engineWorker());
  await db.instantiate(new URL(ehWasm, location.href).href);
  performance.mark('duckdb-instantiated');
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true }, allowUnsignedExtensions: false });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  performance.mark('duckdb-opened');
  // The worker answers in order: each insert is sent once the one before it is in.
  const loaded = new Map<TableName, Promise<void>>();
  let previous = Promise.resolve();
  TABLES.forEach((name, i) => {
    previous = previous.then(async () => { await conn.insertArrowFromIPCStream(await downloads[i]!, { name, create: true }); });
    loaded.set(name, previous);
  });
  await Promise.all(EXPLORER_TABLES.map((t) => loaded.get(t)));
  // A first query proves the census tables are there; its end is the "engine ready" the benchmark times.
  await conn.query('SELECT count(*) FROM census JOIN territories ON territory_code = code');
  performance.mark('duckdb-ready', { detail: { ms: performance.now() - t0 } });
  // The SQL console waits for every table (`engine()`), so no reader's SQL runs before the lock.
  const all = previous.then(() => lockDown(conn)).then(() => { performance.mark('duckdb-all-tables'); });
  for (const name of TABLES) if (!(EXPLORER_TABLES as readonly string[]).includes(name)) loaded.set(name, all);
  return { conn, loaded };
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
 * Runs a statement with `?` parameters bound by DuckDB (never pasted into the SQL text), as
 * soon as the tables it reads are loaded.
 * Each statement is prepared once and kept: the explorer's few statement shapes then cost
 * one round trip to the worker per query instead of three.
 */
export async function query({ sql, params, tables }: { sql: string; params: (string | number)[]; tables: readonly TableName[] }): Promise<Table> {
  const conn = await engine(tables);
  // Counted, so that a test can tell a view drawn from memory from one that waited for the engine.
  performance.mark('duckdb-query');
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
  return started ? (await started).conn.cancelSent() : false;
}
