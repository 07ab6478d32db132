// What the desk does with its database: accounts, sessions, tokens, submissions and their
// decisions, every action appended to the audit log in the same transaction as the change.

import type { Db, Queryable } from './db.ts';
import { DUMMY_HASH, hashPassword, newToken, sha256, verifyPassword } from './secrets.ts';

export const ROLES = ['partner', 'reviewer', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const KINDS = ['baom', 'association', 'commune', 'province', 'service', 'other'] as const;
export const STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export interface Person { id: number; email: string; name: string; role: Role; organisation_id: string | null }
export interface Organisation { id: string; name: string; kind: string; contact: string }
/** Who acts: a person signed in, an organisation's API token, or the admin command line. */
export interface Actor { label: string; role: Role; organisation: string | null }

export interface Submission {
  id: string; organisation_id: string; dataset: string; period: string; licence: string;
  file_name: string; extension: 'csv' | 'xlsx'; sha256: string; rows: number; summary: Summary;
  submitted_by: string; submitted_at: Date; status: Status; version: number | null;
  decided_by: string | null; decided_at: Date | null; reason: string | null;
}
export interface Summary { dataset: string; rows: number; columns: string[]; format: string }
export interface AuditEntry { id: string; at: Date; actor: string; action: string; organisation_id: string | null; submission_id: string | null; sha256: string | null; detail: Record<string, unknown> }

export class DeskError extends Error {
  constructor(readonly status: 400 | 403 | 404 | 409 | 422 | 429, readonly code: string, message: string) { super(message); }
}

export const personActor = (p: Person): Actor => ({ label: p.email, role: p.role, organisation: p.organisation_id });
export const SESSION_HOURS = 8;
const LOGIN_WINDOW_MINUTES = 15, LOGIN_FAILURES_PER_ACCOUNT = 5, LOGIN_FAILURES_PER_ADDRESS = 20;

export async function audit(q: Queryable, actor: string, action: string, e: { organisation?: string | null; submission?: string | null; sha256?: string | null; detail?: Record<string, unknown> } = {}) {
  await q.query('insert into audit_log (actor, action, organisation_id, submission_id, sha256, detail) values ($1, $2, $3, $4, $5, $6)',
    [actor, action, e.organisation ?? null, e.submission ?? null, e.sha256 ?? null, JSON.stringify(e.detail ?? {})]);
}

export async function createOrganisation(db: Db, actor: Actor, o: Organisation): Promise<Organisation> {
  requireRole(actor, 'administrator');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(o.id)) throw new DeskError(400, 'bad-id', 'organisation id: letters, digits, - and _ only');
  if (!(KINDS as readonly string[]).includes(o.kind)) throw new DeskError(400, 'bad-kind', `kind must be one of ${KINDS.join(', ')}`);
  if (!o.name.trim()) throw new DeskError(400, 'bad-name', 'a name is required');
  return db.transaction(async (tx) => {
    if ((await tx.query('select 1 from organisations where id = $1', [o.id])).length) throw new DeskError(409, 'exists', `organisation ${o.id} already exists`);
    await tx.query('insert into organisations (id, name, kind, contact) values ($1, $2, $3, $4)', [o.id, o.name.trim(), o.kind, o.contact.trim()]);
    await audit(tx, actor.label, 'create-organisation', { organisation: o.id, detail: { name: o.name, kind: o.kind } });
    return o;
  });
}

export async function createPerson(db: Db, actor: Actor, p: { email: string; name: string; role: string; organisation: string | null; password: string }): Promise<Person> {
  requireRole(actor, 'administrator');
  if (!(ROLES as readonly string[]).includes(p.role)) throw new DeskError(400, 'bad-role', `role must be one of ${ROLES.join(', ')}`);
  if (!/^[^\s@]+@[^\s@]+$/.test(p.email)) throw new DeskError(400, 'bad-email', 'an e-mail address is required');
  if (p.password.length < 12) throw new DeskError(400, 'weak-password', 'a password of at least 12 characters is required');
  if (p.role === 'partner' && !p.organisation) throw new DeskError(400, 'no-organisation', 'a partner belongs to an organisation (--organisation)');
  const hash = await hashPassword(p.password);
  return db.transaction(async (tx) => {
    if (p.organisation && !(await tx.query('select 1 from organisations where id = $1', [p.organisation])).length) throw new DeskError(404, 'no-organisation', `no organisation ${p.organisation}`);
    if ((await tx.query('select 1 from people where lower(email) = lower($1)', [p.email])).length) throw new DeskError(409, 'exists', `${p.email} already has an account`);
    const [row] = await tx.query<{ id: number }>('insert into people (email, name, role, organisation_id, password_hash) values ($1, $2, $3, $4, $5) returning id',
      [p.email.toLowerCase(), p.name, p.role, p.organisation, hash]);
    await audit(tx, actor.label, 'create-person', { organisation: p.organisation, detail: { email: p.email.toLowerCase(), role: p.role } });
    return { id: row!.id, email: p.email.toLowerCase(), name: p.name, role: p.role as Role, organisation_id: p.organisation };
  });
}

export async function createToken(db: Db, actor: Actor, organisation: string): Promise<string> {
  requireRole(actor, 'administrator');
  const token = newToken('desk_');
  await db.transaction(async (tx) => {
    if (!(await tx.query('select 1 from organisations where id = $1', [organisation])).length) throw new DeskError(404, 'no-organisation', `no organisation ${organisation}`);
    await tx.query('insert into api_tokens (organisation_id, token_hash) values ($1, $2)', [organisation, sha256(token)]);
    await audit(tx, actor.label, 'create-token', { organisation });
  });
  return token;
}

export async function tokenActor(db: Db, token: string): Promise<Actor | undefined> {
  const [row] = await db.query<{ id: number; organisation_id: string }>('select id, organisation_id from api_tokens where token_hash = $1 and revoked_at is null', [sha256(token)]);
  return row ? { label: `token:${row.organisation_id}#${row.id}`, role: 'partner', organisation: row.organisation_id } : undefined;
}

/** Signs in: a session token, or why not. Failures are counted in the audit log itself. */
export async function signIn(db: Db, email: string, password: string, address: string): Promise<{ token: string; person: Person } | 'invalid' | 'rate-limited'> {
  const normalised = email.trim().toLowerCase();
  const [counts] = await db.query<{ account: number; address: number }>(
    `select count(*) filter (where detail->>'email' = $1)::int as account, count(*) filter (where detail->>'address' = $2)::int as address
       from audit_log where action = 'sign-in-failure' and at > now() - ($3 || ' minutes')::interval`, [normalised, address, String(LOGIN_WINDOW_MINUTES)]);
  if (counts!.account >= LOGIN_FAILURES_PER_ACCOUNT || counts!.address >= LOGIN_FAILURES_PER_ADDRESS) {
    await audit(db, normalised, 'sign-in-failure', { detail: { email: normalised, address, reason: 'rate-limited' } });
    return 'rate-limited';
  }
  const [row] = await db.query<Person & { password_hash: string }>('select id, email, name, role, organisation_id, password_hash from people where email = $1', [normalised]);
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok) {
    await audit(db, normalised, 'sign-in-failure', { detail: { email: normalised, address } });
    return 'invalid';
  }
  const token = newToken();
  await db.query(`insert into sessions (token_hash, person_id, expires_at) values ($1, $2, now() + interval '${SESSION_HOURS} hours')`, [sha256(token), row.id]);
  const { password_hash: _, ...person } = row;
  return { token, person };
}

export async function sessionPerson(db: Db, token: string): Promise<Person | undefined> {
  const [row] = await db.query<Person>('select p.id, p.email, p.name, p.role, p.organisation_id from sessions s join people p on p.id = s.person_id where s.token_hash = $1 and s.expires_at > now()', [sha256(token)]);
  return row;
}

export const signOut = (db: Db, token: string) => db.query('delete from sessions where token_hash = $1', [sha256(token)]);

export async function organisation(db: Queryable, id: string): Promise<Organisation | undefined> {
  return (await db.query<Organisation>('select id, name, kind, contact from organisations where id = $1', [id]))[0];
}
export const organisations = (db: Db) => db.query<Organisation>('select id, name, kind, contact from organisations order by id');

function requireRole(actor: Actor, ...roles: Role[]) {
  if (!roles.includes(actor.role) && actor.role !== 'administrator') throw new DeskError(403, 'forbidden', 'not allowed for this account');
}

const canSee = (actor: Actor, s: { organisation_id: string }) => actor.role !== 'partner' || actor.organisation === s.organisation_id;

const COLUMNS = 'id, organisation_id, dataset, period, licence, file_name, extension, sha256, rows, summary, submitted_by, submitted_at, status, version, decided_by, decided_at, reason';

export async function submit(db: Db, actor: Actor, s: { dataset: string; period: string; licence: string; fileName: string; extension: 'csv' | 'xlsx'; bytes: Uint8Array; rows: number; summary: Summary }): Promise<Submission> {
  if (!actor.organisation) throw new DeskError(403, 'no-organisation', 'only an organisation’s account or token submits files');
  const hash = sha256(s.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Submission>(`insert into submissions (organisation_id, dataset, period, licence, file_name, extension, sha256, content, rows, summary, submitted_by)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${COLUMNS}`,
    [actor.organisation, s.dataset, s.period, s.licence, s.fileName, s.extension, hash, Buffer.from(s.bytes), s.rows, JSON.stringify(s.summary), actor.label]);
    await audit(tx, actor.label, 'submit', { organisation: actor.organisation, submission: row!.id, sha256: hash, detail: { dataset: s.dataset, period: s.period, file: s.fileName, rows: s.rows } });
    return row!;
  });
}

export async function submission(db: Queryable, actor: Actor, id: string): Promise<Submission> {
  const [row] = await db.query<Submission>(`select ${COLUMNS} from submissions where id = $1`, [id]);
  // Another organisation's submission is "not found", not "forbidden": its existence is not told.
  if (!row || !canSee(actor, row)) throw new DeskError(404, 'not-found', `no submission ${id}`);
  return row;
}

export async function content(db: Queryable, id: string): Promise<Uint8Array> {
  const [row] = await db.query<{ content: Uint8Array }>('select content from submissions where id = $1', [id]);
  return row!.content;
}

export async function submissions(db: Db, actor: Actor): Promise<Submission[]> {
  return actor.role === 'partner'
    ? db.query<Submission>(`select ${COLUMNS} from submissions where organisation_id = $1 order by submitted_at desc, id desc`, [actor.organisation])
    : db.query<Submission>(`select ${COLUMNS} from submissions order by (status = 'pending') desc, submitted_at desc, id desc`);
}

/** Other submissions of the same organisation and dataset, for the versions and overlaps. */
export const sameIdentity = (db: Queryable, s: { organisation_id: string; dataset: string; period: string }) =>
  db.query<Submission>(`select ${COLUMNS} from submissions where organisation_id = $1 and dataset = $2 and period = $3 order by submitted_at, id`, [s.organisation_id, s.dataset, s.period]);

export const activePeriods = (db: Queryable, organisation: string, dataset: string) =>
  db.query<{ period: string }>(`select distinct period from submissions where organisation_id = $1 and dataset = $2 and status in ('pending', 'approved')`, [organisation, dataset]);

export async function history(db: Queryable, actor: Actor, id: string): Promise<AuditEntry[]> {
  await submission(db, actor, id);
  return db.query<AuditEntry>('select id, at, actor, action, organisation_id, submission_id, sha256, detail from audit_log where submission_id = $1 order by id', [id]);
}

/** The latest approved version of every identity: what `publish` writes. */
export const latestApproved = (db: Queryable) => db.query<Submission & { content: Uint8Array }>(
  `select distinct on (organisation_id, dataset, period) ${COLUMNS}, content from submissions where status = 'approved'
    order by organisation_id, dataset, period, version desc`);

async function decide(db: Db, actor: Actor, id: string, action: 'approve' | 'reject' | 'withdraw', reason: string | null): Promise<Submission> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.query<Submission>(`select ${COLUMNS} from submissions where id = $1 for update`, [id]);
    if (!locked || !canSee(actor, locked)) throw new DeskError(404, 'not-found', `no submission ${id}`);
    const allowed = action === 'withdraw' ? ['pending', 'approved'] : ['pending'];
    if (!allowed.includes(locked.status)) throw new DeskError(409, 'not-pending', `submission ${id} is ${locked.status}`);
    let version: number | null = locked.version;
    if (action === 'approve') {
      // One identity's versions are numbered in approval order; a withdrawn number is never reused.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`${locked.organisation_id}|${locked.dataset}|${locked.period}`]);
      const [max] = await tx.query<{ v: number }>('select coalesce(max(version), 0)::int as v from submissions where organisation_id = $1 and dataset = $2 and period = $3', [locked.organisation_id, locked.dataset, locked.period]);
      version = max!.v + 1;
    }
    const status = { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' }[action];
    const [row] = await tx.query<Submission>(`update submissions set status = $2, version = $3, decided_by = $4, decided_at = now(), reason = coalesce($5, reason) where id = $1 returning ${COLUMNS}`,
      [id, status, version, actor.label, reason]);
    await audit(tx, actor.label, action, { organisation: locked.organisation_id, submission: id, sha256: locked.sha256, detail: { ...(reason ? { reason } : {}), ...(version ? { version } : {}) } });
    return row!;
  });
}

export function approve(db: Db, actor: Actor, id: string) {
  requireRole(actor, 'reviewer');
  return decide(db, actor, id, 'approve', null);
}
export function reject(db: Db, actor: Actor, id: string, reason: string) {
  requireRole(actor, 'reviewer');
  if (!reason.trim()) throw new DeskError(400, 'no-reason', 'a rejection needs a reason the partner will read');
  return decide(db, actor, id, 'reject', reason.trim());
}
export const withdraw = (db: Db, actor: Actor, id: string) => decide(db, actor, id, 'withdraw', null);

export async function setting(db: Db, key: string, make: () => string): Promise<string> {
  await db.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', [key, make()]);
  return (await db.query<{ value: string }>('select value from settings where key = $1', [key]))[0]!.value;
}
