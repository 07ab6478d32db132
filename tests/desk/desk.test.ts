// The contribution desk over real HTTP, on the embedded database and (when
// DESK_TEST_DATABASE_URL is set) on a PostgreSQL server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, BAD, GOOD, OFFICES, xlsxBomb } from './fixtures.ts';
import { admin, adminFast, BACKENDS, Client, deskEnv, dropDatabase, startDesk, upload, type Desk } from './harness.ts';

const PASSWORD = 'a long enough password';
// Asynchronous: a blocked event loop would let the desk close idle keep-alive connections unseen.
const grepTree = async (dir: string, needle: string) => (await promisify(execFile)('grep', ['-rl', '--binary-files=text', needle, dir], { maxBuffer: 1 << 24 }).catch((e: { stdout?: string }) => e)).stdout?.trim() ?? '';

describe.each(BACKENDS)('contribution desk on %s', { timeout: 180_000 }, (backend) => {
  let desk: Desk;
  let env: Record<string, string>;
  let publishDir: string;
  let tokenA = '', tokenB = '';
  const sql = async (query: string, params: unknown[] = []) => {
    // The embedded database is held by the desk: read it through a PostgreSQL URL only.
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try { return (await client.query(query, params)).rows; } finally { await client.end(); }
  };

  beforeAll(async () => {
    publishDir = await mkdtemp(join(tmpdir(), 'desk-publish-'));
    env = await deskEnv(backend, { DESK_CONTRIBUTIONS_DIR: publishDir });
    desk = await startDesk(env);
    // The command line as documented: organisations and tokens.
    expect((await admin(env, 'create-organisation', '--id', 'baom-test', '--name', 'BAOM test', '--kind', 'baom')).code).toBe(0);
    expect((await adminFast(env, 'create-organisation', '--id', 'asso-test', '--name', 'Association <b>test</b>', '--kind', 'association')).code).toBe(0);
    const created = await admin(env, 'create-token', '--organisation', 'baom-test');
    tokenA = created.stdout.trim().split('\n').at(-1)!;
    tokenB = (await adminFast(env, 'create-token', '--organisation', 'asso-test')).lines.at(-1)!;
    for (const [email, role, org] of [['pa@test.ma', 'partner', 'baom-test'], ['pb@test.ma', 'partner', 'asso-test'], ['rev@test.ma', 'reviewer', ''], ['adm@test.ma', 'administrator', '']]) {
      const r = await adminFast(env, 'create-person', '--email', email!, '--name', `Person ${email}`, '--role', role!, ...(org ? ['--organisation', org] : []), '--password', PASSWORD);
      expect(r.code, r.lines.join('\n')).toBe(0);
    }
  }, 400_000);
  afterAll(async () => { await desk?.stop(); await dropDatabase(env?.DATABASE_URL ?? ''); });

  it('prints a token as the last line of create-token, and stores only its hash', async () => {
    expect(tokenA).toMatch(/^desk_[A-Za-z0-9_-]{40,}$/);
    if (backend === 'postgres') expect(await sql('select count(*)::int as n from api_tokens where token_hash = $1', [tokenA])).toEqual([{ n: 0 }]);
    expect(await grepTree(desk.dataDir, tokenA)).toBe('');
  });

  it('refuses every bad file with its rule, and keeps nothing of it', async () => {
    const marker = `MARKER${Date.now()}X`;
    for (const [name, content, rule] of BAD(marker)) {
      const r = await upload(desk.url, tokenA, name, content, { period: '2024' });
      expect(r.status, name).toBe(422);
      expect(r.body.problems!.map((p) => p.rule), name).toContain(rule);
      expect(r.body.problems![0]).toMatchObject({ file: name, line: expect.any(Number), column: expect.any(Number) });
    }
    if (backend === 'postgres') {
      expect(await sql("select count(*)::int as n from submissions where convert_from(content, 'UTF8') like $1", [`%${marker}%`])).toEqual([{ n: 0 }]);
      expect(await sql('select count(*)::int as n from audit_log where detail::text like $1', [`%${marker}%`])).toEqual([{ n: 0 }]);
    }
    // The data folder holds the desk's TMPDIR too.
    expect(await grepTree(desk.dataDir, marker)).toBe('');
  });

  it('accepts good files, answers 201 pending, and a partner never sees another organisation’s submission', async () => {
    const a = await upload(desk.url, tokenA, 'offices.csv', GOOD.offices, { period: '2024' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ status: 'pending', organisation: 'baom-test', dataset: 'baom-offices', rows: 2 });
    const b = await upload(desk.url, tokenB, 'associations.csv', GOOD.associations, { period: '2024', licence: 'CC0-1.0' });
    expect(b.status).toBe(201);
    // API: another organisation's token gets 404, its own 200 with history.
    expect((await fetch(`${desk.url}/api/v1/submissions/${a.body.id}`, { headers: { Authorization: `Bearer ${tokenB}` } })).status).toBe(404);
    expect((await fetch(`${desk.url}/api/v1/submissions/${a.body.id}`)).status).toBe(401);
    const own = await (await fetch(`${desk.url}/api/v1/submissions/${a.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(own.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
    // Pages: partner B's list shows only B's, A's page is not found.
    const pb = new Client(desk.url);
    await pb.signIn('pb@test.ma', PASSWORD);
    const list = await pb.request('/fr/');
    expect(list.text).toContain(String(b.body.id));
    expect(list.text).not.toContain(String(a.body.id));
    expect((await pb.request(`/fr/submissions/${a.body.id}`)).status).toBe(404);
    const reviewer = new Client(desk.url);
    await reviewer.signIn('rev@test.ma', PASSWORD);
    const all = await reviewer.request('/en/');
    expect(all.text).toContain(String(a.body.id));
    expect(all.text).toContain(String(b.body.id));
    // A partner cannot approve its own file.
    const pa = new Client(desk.url);
    await pa.signIn('pa@test.ma', PASSWORD);
    expect((await pa.post(`/en/submissions/${a.body.id}/approve`, {}, `/en/submissions/${a.body.id}`)).status).toBe(403);
  });

  it('rate-limits sign-in and logs each failure', async () => {
    const c = new Client(desk.url);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.post('/en/login', { email: 'pb@test.ma', password: `wrong ${i}` }, '/en/')).status);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
    // Even the right password waits out the window.
    expect((await c.post('/en/login', { email: 'pb@test.ma', password: PASSWORD }, '/en/')).status).toBe(429);
  });

  it('refuses forms without their CSRF token, and changes nothing', async () => {
    const r = await upload(desk.url, tokenA, 'offices-csrf.csv', GOOD.offices.replace(/BAOM-T/g, 'BAOM-C'), { period: '2023' });
    const reviewer = new Client(desk.url);
    await reviewer.signIn('rev@test.ma', PASSWORD);
    expect((await reviewer.post(`/en/submissions/${r.body.id}/approve`, {})).status).toBe(403);
    expect((await reviewer.post(`/en/submissions/${r.body.id}/approve`, { _csrf: 'forged' })).status).toBe(403);
    const anonymous = new Client(desk.url);
    expect((await anonymous.post('/en/login', { email: 'rev@test.ma', password: PASSWORD })).status).toBe(403);
    const status = await (await fetch(`${desk.url}/api/v1/submissions/${r.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(status.status).toBe('pending');
    // withdraw it through the page, with the token this time
    const pa = new Client(desk.url);
    await pa.signIn('pa@test.ma', PASSWORD);
    expect((await pa.post(`/en/submissions/${r.body.id}/withdraw`, {}, `/en/submissions/${r.body.id}`)).status).toBe(303);
    const after = await (await fetch(`${desk.url}/api/v1/submissions/${r.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(after.status).toBe('withdrawn');
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'withdraw']);
  });

  it('reviews, rejects with a reason the partner reads, approves, supersedes, publishes under the version rule', async () => {
    const offices = (await upload(desk.url, tokenA, 'offices.csv', GOOD.offices, { period: '2025' })).body.id as string;
    expect((await admin(env, 'approve', offices)).code).toBe(0);
    expect((await adminFast(env, 'publish', '--to', publishDir, '--no-build')).code).toBe(0); // the activity below refers to these offices
    const first = await upload(desk.url, tokenA, 'activity.csv', activity('2024-Q1', [2, 10, 7, 12, 30, 1]), { period: '2024-Q1' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const reviewer = new Client(desk.url);
    await reviewer.signIn('rev@test.ma', PASSWORD);
    const page = await reviewer.request(`/fr/submissions/${first.body.id}`);
    // The preview suppresses 2 and 1 (and enough others to protect them), never shows them.
    expect(page.text).toContain('masqué');
    expect(page.text).toMatch(/Aucune version publiée/);
    const reason = 'Totaux du trimestre à vérifier';
    expect((await admin(env, 'reject', String(first.body.id), '--reason', reason)).code).toBe(0);
    const seen = await (await fetch(`${desk.url}/api/v1/submissions/${first.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(seen).toMatchObject({ status: 'rejected', reason });
    const v1 = await upload(desk.url, tokenA, 'activity.csv', activity('2024-Q1', [5, 10, 7, 12, 30, 6]), { period: '2024-Q1' });
    await reviewer.post(`/en/submissions/${v1.body.id}/approve`, {}, `/en/submissions/${v1.body.id}`);
    const v2 = await upload(desk.url, tokenA, 'activity-corrected.csv', activity('2024-Q1', [5, 11, 7, 12, 30, 6]), { period: '2024-Q1' });
    const diffPage = await reviewer.request(`/en/submissions/${v2.body.id}`);
    expect(diffPage.text).toMatch(/0 rows added, 0 rows removed, 1 values changed/);
    expect(diffPage.text).toMatch(/<del>10<\/del>.*<ins>11<\/ins>/s);
    await reviewer.post(`/en/submissions/${v2.body.id}/approve`, {}, `/en/submissions/${v2.body.id}`);
    const status = await (await fetch(`${desk.url}/api/v1/submissions/${v2.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(status).toMatchObject({ status: 'approved', version: 2 });
    // An overlapping period (a month of that quarter) is refused.
    const overlap = await upload(desk.url, tokenA, 'activity-month.csv', activity('2024-02', [9]), { period: '2024-02' });
    expect(overlap.body.problems?.map((p) => p.rule)).toEqual(['overlapping-period']);

    const out = await mkdtemp(join(tmpdir(), 'desk-build-'));
    const result = await admin({ ...env, DESK_BUILD_COMMAND: `CONTRIBUTIONS_DIR=${publishDir} ${join(process.cwd(), 'node_modules/.bin/tsx')} scripts/build-data.ts data ${out}` }, 'publish', '--to', publishDir);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const files = (await readdir(join(publishDir, 'baom-activity'))).sort();
    expect(files).toEqual(['baom-test--2024-Q1--v2.csv', 'baom-test--2024-Q1--v2.csv.meta.json']);
    const meta = JSON.parse(await readFile(join(publishDir, 'baom-activity', files[1]!), 'utf8'));
    expect(meta).toMatchObject({ organisation: 'baom-test', period: '2024-Q1', version: 2, licence: 'CC-BY-4.0', sha256: status.sha256 });
    expect(Object.keys(meta).sort()).toEqual(['approved', 'contact', 'licence', 'organisation', 'period', 'sha256', 'submitted', 'version']);
    // The rebuilt extracts hold the corrected figure (11, not 10, and not both): by hand, BAOM-T2's
    // 18-24 row is the one corrected record; its social service adds the corrected 11 and the 6.
    const published = await readFile(join(out, 'baom_activity.csv'), 'utf8');
    expect(published).toContain('"BAOM-T2","2024-Q1","age_group","18-24",11,false,');
    expect(published).toContain('"BAOM-T2","2024-Q1","service","social",17,false,');
    expect(published).not.toContain('"BAOM-T2","2024-Q1","age_group","18-24",10,');
    expect(published).not.toMatch(/,(1|2|3|4),false/);
  });

  it('a failing build loses nothing: the folder is put back and the desk shows the failure', async () => {
    const before = (await readdir(join(publishDir, 'baom-activity'))).sort();
    const v3 = await upload(desk.url, tokenA, 'activity-v3.csv', activity('2024-Q1', [5, 12, 7, 12, 30, 6]), { period: '2024-Q1' });
    await adminFast(env, 'approve', String(v3.body.id));
    const result = await admin({ ...env, DESK_BUILD_COMMAND: 'echo "build broke: disk full" >&2; exit 3' }, 'publish', '--to', publishDir);
    expect(result.code).toBe(1);
    expect((await readdir(join(publishDir, 'baom-activity'))).sort()).toEqual(before);
    const administrator = new Client(desk.url);
    await administrator.signIn('adm@test.ma', PASSWORD);
    const page = await administrator.request('/en/admin');
    expect(page.text).toContain('failed: the published site did not change');
    expect(page.text).toContain('build broke: disk full');
    const still = await (await fetch(`${desk.url}/api/v1/submissions/${v3.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(still).toMatchObject({ status: 'approved', version: 3 });
  });

  it('stores injection and script payloads inert and shows them escaped', async () => {
    const payload = `<script>alert(1)</script>'); DROP TABLE submissions; --`;
    const r = await upload(desk.url, tokenA, `${payload}.csv`, `${OFFICES}BAOM-I1,"${payload.replace(/"/g, '')}",09.001.01.01,local,Op,2021-01,sante,,\n`, { period: '2022', licence: 'CC-BY-4.0' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const p = await upload(desk.url, tokenA, 'x.csv', GOOD.offices, { period: payload });
    expect(p.body.problems?.[0]?.rule).toBe('bad-period');
    const reviewer = new Client(desk.url);
    await reviewer.signIn('rev@test.ma', PASSWORD);
    await reviewer.post(`/en/submissions/${r.body.id}/reject`, { reason: payload }, `/en/submissions/${r.body.id}`);
    const page = await reviewer.request(`/en/submissions/${r.body.id}`);
    expect(page.text).not.toContain('<script>');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const list = await reviewer.request('/en/');
    expect(list.status).toBe(200); // the table is still there
    const api = await (await fetch(`${desk.url}/api/v1/submissions/${r.body.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
    expect(api.reason).toBe(payload);
    // a failed sign-in with a payload as address is logged as data too
    expect((await new Client(desk.url).post('/en/login', { email: payload, password: payload }, '/en/')).status).toBe(403);
  });

  it('keeps the audit log append-only', async () => {
    if (backend !== 'postgres') return; // the same trigger; the embedded database is only reachable through the desk
    await expect(sql('update audit_log set actor = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_log')).rejects.toThrow(/append-only/);
    const actions = (await sql('select distinct action from audit_log')).map((r) => r.action).sort();
    expect(actions).toEqual(expect.arrayContaining(['approve', 'create-organisation', 'create-person', 'create-token', 'publish', 'reject', 'sign-in-failure', 'submit', 'withdraw']));
  });

  it('takes 20 simultaneous uploads, nothing lost or duplicated', async () => {
    const months = Array.from({ length: 20 }, (_, i) => `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const results = await Promise.all(months.map((m, i) => upload(desk.url, i % 2 ? tokenA : tokenB, `c-${m}.csv`,
      i % 2 ? `${OFFICES}BAOM-P${i},Bureau ${m},09.001.01.01,local,Op,2009-01,sante,,\n` : `association_id,name,kind,commune_code,country_of_residence,founded,members,themes\nASSO-P${i},Association ${m},osc_marocaine,09.001.01.01,,2001,10,education\n`,
      { period: m })));
    expect(results.map((r) => r.status)).toEqual(months.map(() => 201));
    const ids = results.map((r) => r.body.id as string);
    expect(new Set(ids).size).toBe(20);
    for (const [i, r] of results.entries()) {
      const s = await (await fetch(`${desk.url}/api/v1/submissions/${r.body.id}`, { headers: { Authorization: `Bearer ${i % 2 ? tokenA : tokenB}` } })).json();
      expect(s).toMatchObject({ period: months[i], status: 'pending', file: `c-${months[i]}.csv` });
    }
  });

  it('refuses oversized files and an XLSX that inflates to 2 GB, within bounded memory', async () => {
    const big = await upload(desk.url, tokenA, 'big.csv', new Uint8Array(6_000_000).fill(0x41), { period: '2024' });
    expect(big.status).toBe(413);
    // Without a Content-Length (chunked), the limit holds too.
    const chunked = await fetch(`${desk.url}/api/v1/submissions`, { method: 'POST', headers: { Authorization: `Bearer ${tokenA}`, 'Content-Type': 'multipart/form-data; boundary=x' }, duplex: 'half',
      body: new ReadableStream({ start(c) { for (let i = 0; i < 100; i++) c.enqueue(new Uint8Array(100_000)); c.close(); } }) } as RequestInit);
    expect(chunked.status).toBe(413);
    const bomb = xlsxBomb(2);
    expect(bomb.length).toBeLessThan(5_000_000);
    await desk.resetPeak();
    const before = await desk.peakRssKiB();
    const started = Date.now();
    const r = await upload(desk.url, tokenA, 'bomb.xlsx', bomb, { period: '2024' });
    expect(r.status).toBe(422);
    const peak = await desk.peakRssKiB();
    console.log(`[${backend}] XLSX bomb (${bomb.length} B → 2 GiB): refused in ${Date.now() - started} ms as ${r.body.problems?.map((p) => p.rule).join(',')}; desk peak RSS ${Math.round(before / 1024)} → ${Math.round(peak / 1024)} MiB`);
    expect(peak).toBeLessThan(1024 * 1024); // under 1 GiB: the 2 GiB were never held
  });

  // Last: it kills the desk that the tests above used, and restarts it on the same database.
  it('killed mid-upload, loses nothing acknowledged and keeps nothing half-stored', async () => {
    const acknowledged: { id: string; sha256: string }[] = [];
    const attempts = Array.from({ length: 30 }, (_, i) => (async () => {
      await new Promise((r) => setTimeout(r, i * 40));
      const r = await upload(desk.url, tokenA, `k${i}.csv`, `${OFFICES}BAOM-K${i},Bureau ${i},09.001.01.01,local,Op,2009-01,sante,,\n`, { period: `2015-${String((i % 12) + 1).padStart(2, '0')}` }).catch(() => undefined);
      if (r?.status === 201) acknowledged.push({ id: r.body.id as string, sha256: r.body.sha256 as string });
    })());
    // Kill once the first uploads are acknowledged, while the others are in flight.
    for (let i = 0; i < 600 && acknowledged.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    await desk.stop('SIGKILL');
    await Promise.all(attempts);
    desk = await startDesk(env);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(30);
    for (const a of acknowledged) {
      const s = await (await fetch(`${desk.url}/api/v1/submissions/${a.id}`, { headers: { Authorization: `Bearer ${tokenA}` } })).json();
      expect(s).toMatchObject({ id: a.id, sha256: a.sha256, status: 'pending' });
    }
    if (backend === 'postgres') {
      // Every stored submission is whole: its bytes hash to its sha256, and it has its audit entry.
      expect(await sql("select count(*)::int as n from submissions where encode(sha256(content), 'hex') <> sha256")).toEqual([{ n: 0 }]);
      expect(await sql("select count(*)::int as n from submissions s where not exists (select 1 from audit_log a where a.action = 'submit' and a.submission_id = s.id and a.sha256 = s.sha256)")).toEqual([{ n: 0 }]);
    }
    console.log(`[${backend}] killed mid-upload: ${acknowledged.length} of 30 acknowledged before SIGKILL, all found after restart`);
    const after = await upload(desk.url, tokenA, 'after.csv', `${OFFICES}BAOM-KZ,Bureau,09.001.01.01,local,Op,2009-01,sante,,\n`, { period: '2016' });
    expect(after.status).toBe(201);
  });
});
