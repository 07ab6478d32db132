// `publish`: the latest approved version of every contribution written into
// data/contributions/<dataset>/ under the shared naming rule, with its .meta.json, then the
// data and site build. Files are written through temporary names renamed into place; if the
// build fails, the folder is put back as it was (the approvals stand, the site is unchanged)
// and the failure is recorded for the desk to show.

import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DATASETS } from '../lib/contrib/datasets.ts';
import type { Db } from './db.ts';
import { audit, latestApproved, organisation, type Actor, type Submission } from './store.ts';

/** Names the desk owns: `<organisation>--<period>--v<version>.<ext>` and its metadata twin. */
const DESK_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*--\d{4}(-Q[1-4]|-\d{2})?--v\d+\.(csv|xlsx)(\.meta\.json)?$/;

export const fileName = (s: Pick<Submission, 'organisation_id' | 'period' | 'version' | 'extension'>) => `${s.organisation_id}--${s.period}--v${s.version}.${s.extension}`;

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

export interface PublishResult { id: number; status: 'ok' | 'failed'; files: number; output: string }

export async function publish(db: Db, actor: Actor, target: string, buildCommand: string | null, cwd = process.cwd()): Promise<PublishResult> {
  if (actor.role !== 'administrator' && actor.role !== 'reviewer') throw new Error('not allowed for this account');
  const [run] = await db.query<{ id: number }>('insert into publications (actor, target) values ($1, $2) returning id', [actor.label, target]);
  const latest = await latestApproved(db);
  const wanted = new Map<string, Uint8Array | string>();
  for (const s of latest) {
    const org = await organisation(db, s.organisation_id);
    const name = fileName(s);
    wanted.set(join(s.dataset, name), s.content);
    wanted.set(join(s.dataset, `${name}.meta.json`), JSON.stringify({
      organisation: s.organisation_id, contact: org?.contact || org?.name || s.organisation_id, licence: s.licence, period: s.period,
      submitted: day(s.submitted_at), approved: day(s.decided_at), version: s.version, sha256: s.sha256,
    }, null, 2) + '\n');
  }

  // What the desk wrote before, kept to put back if the build fails.
  const before = new Map<string, Buffer>();
  for (const d of DATASETS) {
    const names = await readdir(join(target, d.id)).catch(() => [] as string[]);
    for (const n of names.filter((n) => DESK_NAME.test(n))) before.set(join(d.id, n), await readFile(join(target, d.id, n)));
  }
  const write = async (files: Map<string, Uint8Array | string>) => {
    for (const [rel, data] of files) {
      await mkdir(join(target, rel, '..'), { recursive: true });
      const tmp = join(target, `${rel}.tmp-${process.pid}`);
      await writeFile(tmp, data);
      await rename(tmp, join(target, rel));
    }
  };
  const removeExcept = async (keep: Map<string, unknown>, among: Iterable<string>) => {
    for (const rel of among) if (!keep.has(rel)) await rm(join(target, rel), { force: true });
  };
  await write(wanted);
  await removeExcept(wanted, before.keys());

  let status: 'ok' | 'failed' = 'ok';
  let output = '';
  if (buildCommand) {
    const built = await runBuild(buildCommand, cwd, resolve(target));
    output = built.output;
    if (built.code !== 0) {
      status = 'failed';
      await removeExcept(before, wanted.keys());
      await write(before);
    }
  }
  await db.transaction(async (tx) => {
    await tx.query('update publications set finished_at = now(), status = $2, files = $3, output = $4 where id = $1', [run!.id, status, latest.length, output]);
    await audit(tx, actor.label, 'publish', { detail: { publication: run!.id, status, target, files: latest.map((s) => ({ file: join(s.dataset, fileName(s)), submission: s.id, sha256: s.sha256 })) } });
  });
  return { id: run!.id, status, files: latest.length, output };
}

/** The build's exit code and the end of its output (enough to read the error). */
function runBuild(command: string, cwd: string, contributionsDir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, { cwd, shell: true, env: { ...process.env, CONTRIBUTIONS_DIR: contributionsDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-20_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => done({ code: 127, output: output + String(e) }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

export const publications = (db: Db) => db.query<{ id: number; started_at: Date; finished_at: Date | null; actor: string; target: string; files: number; status: string; output: string }>(
  'select id, started_at, finished_at, actor, target, files, status, output from publications order by id desc limit 20');
