// Versioned migrations, applied in order, each once, inside a transaction that holds an
// advisory lock (two desks starting together on one server never apply one twice). A
// migration is never edited after release: a change is a new entry.

import type { Db } from './db.ts';

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'accounts, submissions, audit log',
    sql: `
      create table organisations (
        id text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
        name text not null,
        kind text not null check (kind in ('baom', 'association', 'commune', 'province', 'service', 'other')),
        contact text not null default '',
        created_at timestamptz not null default now()
      );
      create table people (
        id serial primary key,
        email text not null unique,
        name text not null,
        role text not null check (role in ('partner', 'reviewer', 'administrator')),
        organisation_id text references organisations (id),
        password_hash text not null,
        created_at timestamptz not null default now(),
        check (role <> 'partner' or organisation_id is not null)
      );
      create table sessions (
        token_hash text primary key,
        person_id integer not null references people (id),
        expires_at timestamptz not null
      );
      create table api_tokens (
        id serial primary key,
        organisation_id text not null references organisations (id),
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create sequence submission_numbers;
      create table submissions (
        id text primary key default ('S-' || lpad(nextval('submission_numbers')::text, 6, '0')),
        organisation_id text not null references organisations (id),
        dataset text not null,
        period text not null,
        licence text not null,
        file_name text not null,
        extension text not null check (extension in ('csv', 'xlsx')),
        sha256 text not null,
        content bytea not null,
        rows integer not null,
        summary jsonb not null,
        submitted_by text not null,
        submitted_at timestamptz not null default now(),
        status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
        version integer,
        decided_by text,
        decided_at timestamptz,
        reason text,
        unique (organisation_id, dataset, period, version)
      );
      create index submissions_identity on submissions (organisation_id, dataset, period);
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        actor text not null,
        action text not null,
        organisation_id text,
        submission_id text,
        sha256 text,
        detail jsonb not null default '{}'
      );
      create function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only';
      end $$;
      create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function audit_log_is_append_only();
      create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_is_append_only();
      create table publications (
        id serial primary key,
        started_at timestamptz not null default now(),
        finished_at timestamptz,
        actor text not null,
        target text not null,
        files integer not null default 0,
        status text not null default 'running' check (status in ('running', 'ok', 'failed')),
        output text not null default ''
      );
      create table settings (key text primary key, value text not null);
    `,
  },
];

export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(4242011)');
    await tx.query('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
