// The desk's database: one small interface over two engines that run the same SQL. PGlite
// (PostgreSQL compiled to WebAssembly, in-process, data in a folder) by default, so a fresh
// clone needs no server; a real PostgreSQL server when DATABASE_URL is set.

import { mkdir } from 'node:fs/promises';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbConfig { databaseUrl?: string; dataDir: string }

export async function openDb(config: DbConfig): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(`${dataDir}/pg`);
  return {
    engine: 'pglite',
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
    exec: async (sql) => { await pg.exec(sql); },
    // PGlite has one connection: its transaction() queues callers, so concurrent requests
    // never interleave inside one another's transaction.
    transaction: (fn) => pg.transaction((tx) => fn({
      query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
      exec: async (sql) => { await tx.exec(sql); },
    })),
    close: () => pg.close(),
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  await pool.query('select 1');
  return {
    engine: 'postgres',
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    exec: async (sql) => { await pool.query(sql); },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
          exec: async (sql) => { await client.query(sql); },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
