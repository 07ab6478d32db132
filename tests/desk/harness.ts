// Runs the desk as a child process (as `npm run desk` does) on a fresh database — the
// embedded one in a temporary folder, or a new database on the PostgreSQL server of
// DESK_TEST_DATABASE_URL — and talks to it over real HTTP.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The server the PostgreSQL run creates its databases on: DESK_TEST_DATABASE_URL, else DATABASE_URL.
const SERVER_URL = process.env.DESK_TEST_DATABASE_URL || process.env.DATABASE_URL || '';
export const BACKENDS = ['pglite', ...(SERVER_URL ? ['postgres'] : [])] as const;
// `node --import tsx`: one process, so that a SIGKILL reaches the desk itself, not a wrapper.
const NODE = [process.execPath, '--import', 'tsx'] as const;

const freePort = () => new Promise<number>((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });

export async function freshDatabaseUrl(): Promise<string> {
  const { default: pg } = await import('pg');
  const name = `desk_test_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database freshDatabaseUrl created, once its desk has stopped. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  if (!databaseUrl) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try { await client.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`); } finally { await client.end(); }
}

export interface Desk {
  url: string; dataDir: string; env: Record<string, string>; child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /** Peak resident memory since start or since the last resetPeak (VmHWM). */
  peakRssKiB: () => Promise<number>;
  resetPeak: () => Promise<void>;
}

export async function startDesk(env: Record<string, string>): Promise<Desk> {
  const port = await freePort();
  const full = { ...process.env, ...env, PORT: String(port) } as Record<string, string>;
  const child = spawn(NODE[0], [...NODE.slice(1), 'scripts/desk.ts'], { env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (c: Buffer) => { log += c; });
  child.stderr!.on('data', (c: Buffer) => { log += c; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`desk exited: ${log}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 2400) throw new Error(`desk did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, dataDir: env.DESK_DATA_DIR!, env: full, child,
    stop: (signal = 'SIGTERM') => new Promise((resolve) => { if (child.exitCode !== null || child.signalCode) return resolve(); child.once('exit', () => resolve()); child.kill(signal); }),
    peakRssKiB: async () => Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0),
    // Linux: writing 5 to clear_refs resets the peak to the current resident size.
    resetPeak: () => writeFile(`/proc/${child.pid}/clear_refs`, '5'),
  };
}

export async function deskEnv(backend: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-test-'));
  // The desk's own temporary folder: what it might write there is searched for, not all of /tmp.
  const tmp = join(dataDir, 'tmp');
  await mkdir(tmp);
  return { DESK_DATA_DIR: dataDir, TMPDIR: tmp, DESK_BUILD_COMMAND: '', DATABASE_URL: backend === 'postgres' ? await freshDatabaseUrl() : '', ...extra };
}

/** The admin command line, exactly as `npm run desk:admin -- …` runs it. */
export function admin(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE[0], [...NODE.slice(1), 'scripts/desk-admin.ts', ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c; });
    child.stderr.on('data', (c: Buffer) => { stderr += c; });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The same commands through the running desk's admin socket, without a process start each (embedded database only). */
export function adminFast(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; lines: string[] }> {
  if (env.DATABASE_URL) return admin(env, ...argv).then((r) => ({ code: r.code, lines: (r.stdout + r.stderr).trim().split('\n') }));
  return new Promise((resolve, reject) => {
    const conn = connect(join(env.DESK_DATA_DIR!, 'admin.sock'));
    let out = '';
    conn.on('connect', () => conn.write(JSON.stringify({ argv, operator: 'test' }) + '\n'));
    conn.on('data', (c) => { out += c; });
    conn.on('end', () => resolve(JSON.parse(out)));
    conn.on('error', reject);
  });
}

/** A browser-like client: cookie jar, CSRF token read from the page's forms. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async request(path: string, init: RequestInit = {}): Promise<{ status: number; text: string; location: string | null }> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const r = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const c of r.headers.getSetCookie()) { const [pair] = c.split(';'); const [k, v] = pair!.split('='); if (v) this.cookies.set(k!, v); else this.cookies.delete(k!); }
    return { status: r.status, text: await r.text(), location: r.headers.get('location') };
  }
  async csrf(path: string): Promise<string> {
    const page = await this.request(path);
    return /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  }
  async post(path: string, fields: Record<string, string | Blob>, csrfFrom?: string) {
    const form = new FormData();
    if (csrfFrom) form.set('_csrf', await this.csrf(csrfFrom));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return this.request(path, { method: 'POST', body: form });
  }
  async signIn(email: string, password: string) {
    const r = await this.post('/en/login', { email, password }, '/en/');
    if (r.status !== 303) throw new Error(`sign-in failed: ${r.status} ${r.text.slice(0, 200)}`);
  }
}

export async function upload(base: string, token: string, name: string, content: string | Uint8Array, fields: Record<string, string>) {
  const form = new FormData();
  form.set('file', new Blob([content as BlobPart]), name);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const r = await fetch(`${base}/api/v1/submissions`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  return { status: r.status, body: await r.json() as Record<string, unknown> & { problems?: { rule: string; line: number; column: number }[] } };
}
