// Starting the desk: database opened and migrated, the validator's knowledge of the territory
// loaded, HTTP on 127.0.0.1, and (embedded database only) the admin socket through which the
// command line reaches a running desk.

import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { contextFrom, today } from '../../scripts/contrib/load.ts';
import type { Context } from '../lib/contrib/validate.ts';
import { runAdmin } from './admin.ts';
import { createApp } from './app.ts';
import type { DeskConfig } from './config.ts';
import { openDb, type Db } from './db.ts';
import { migrate } from './migrations.ts';
import { newToken } from './secrets.ts';
import { setting } from './store.ts';

export const adminSocket = (dataDir: string) => join(dataDir, 'admin.sock');

export async function startDesk(config: DeskConfig): Promise<{ db: Db; url: string; close: () => Promise<void> }> {
  const db = await openDb(config);
  await migrate(db);
  const secret = await setting(db, 'csrf-secret', () => newToken());
  // Keyed by the day and by the publications recorded in the database: a publish by the command
  // line runs in another process (always, on PostgreSQL), and the offices it published must count.
  let cached: { key: string; context: Promise<Context> } | undefined;
  const context = async () => {
    const day = today();
    const [p] = await db.query<{ n: number; f: number }>('select count(*)::int as n, count(finished_at)::int as f from publications');
    const key = `${day} ${p!.n} ${p!.f}`;
    if (!cached || cached.key !== key) cached = { key, context: contextFrom(config.observatoryData, config.contributionsDir, day) };
    return cached.context;
  };
  await context();
  const app = createApp({ db, secret, context, onPublished: () => { cached = undefined; }, contributionsDir: config.contributionsDir, buildCommand: config.buildCommand, secureCookies: config.secureCookies });
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => { const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s)); });
  const address = http.address();
  const url = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`;

  let socket: Server | undefined;
  if (!config.databaseUrl) {
    const path = adminSocket(config.dataDir);
    await rm(path, { force: true });
    socket = createServer((conn) => {
      let input = '';
      conn.on('data', async (chunk) => {
        input += chunk.toString('utf8');
        if (!input.includes('\n')) return;
        const { argv, operator, buildCommand } = JSON.parse(input) as { argv: string[]; operator: string; buildCommand?: string | null };
        // The caller's own build command (its DESK_BUILD_COMMAND), as if it had opened the database
        // itself: only the desk's own user can reach this socket, so it runs nothing they could not.
        const result = await runAdmin(db, argv, { buildCommand: buildCommand === undefined ? config.buildCommand : buildCommand, operator });
        if (argv[0] === 'publish') cached = undefined;
        conn.end(JSON.stringify(result) + '\n');
      });
    });
    await new Promise<void>((resolve) => socket!.listen(path, resolve));
    await chmod(path, 0o600); // only the desk's own user may administer it
  }
  return {
    db, url,
    close: async () => {
      socket?.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await db.close();
    },
  };
}
