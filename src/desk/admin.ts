// The admin command line's commands, run either directly on the database or, when a desk is
// running on the embedded database (one process only may open it), through the desk's admin
// socket. Each returns the lines to print; a token or password generated is the last line.

import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { Db } from './db.ts';
import { publish } from './publish.ts';
import { approve, createOrganisation, createPerson, createToken, DeskError, organisations, reject, type Actor } from './store.ts';

export const USAGE = `usage: npm run desk:admin -- <command>
  create-organisation --id ID --name NAME --kind baom|association|commune|province|service|other [--contact TEXT]
  create-person --email EMAIL --name NAME --role partner|reviewer|administrator [--organisation ID] [--password P]
  create-token --organisation ID
  approve SUBMISSION_ID
  reject SUBMISSION_ID --reason "…"
  publish --to DIR [--no-build]
  organisations`;

export async function runAdmin(db: Db, argv: string[], env: { buildCommand: string | null; operator: string }): Promise<{ code: number; lines: string[] }> {
  const actor: Actor = { label: `cli:${env.operator}`, role: 'administrator', organisation: null };
  const [command, ...rest] = argv;
  try {
    const { values: o, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: {
      id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, contact: { type: 'string' },
      email: { type: 'string' }, role: { type: 'string' }, organisation: { type: 'string' }, password: { type: 'string' },
      reason: { type: 'string' }, to: { type: 'string' }, 'no-build': { type: 'boolean' },
    } });
    const need = (v: string | undefined, flag: string) => { if (!v) throw new DeskError(400, 'usage', `${flag} is required\n${USAGE}`); return v; };
    switch (command) {
      case 'create-organisation': {
        const org = await createOrganisation(db, actor, { id: need(o.id, '--id'), name: need(o.name, '--name'), kind: need(o.kind, '--kind'), contact: o.contact ?? '' });
        return { code: 0, lines: [`organisation ${org.id} created`] };
      }
      case 'create-person': {
        const password = o.password ?? randomBytes(12).toString('base64url');
        const p = await createPerson(db, actor, { email: need(o.email, '--email'), name: need(o.name, '--name'), role: need(o.role, '--role'), organisation: o.organisation ?? null, password });
        return { code: 0, lines: [`${p.role} ${p.email} created${p.organisation_id ? ` for ${p.organisation_id}` : ''}`, ...(o.password ? [] : ['password (shown once):', password])] };
      }
      case 'create-token': {
        const token = await createToken(db, actor, need(o.organisation, '--organisation'));
        return { code: 0, lines: [`API token for ${o.organisation} (shown once; only its hash is kept):`, token] };
      }
      case 'approve': {
        const s = await approve(db, actor, need(positionals[0], 'SUBMISSION_ID'));
        return { code: 0, lines: [`${s.id} approved as version ${s.version} of ${s.organisation_id} ${s.dataset} ${s.period}`] };
      }
      case 'reject': {
        const s = await reject(db, actor, need(positionals[0], 'SUBMISSION_ID'), need(o.reason, '--reason'));
        return { code: 0, lines: [`${s.id} rejected`] };
      }
      case 'publish': {
        const r = await publish(db, actor, need(o.to, '--to'), o['no-build'] ? null : env.buildCommand);
        return { code: r.status === 'ok' ? 0 : 1, lines: [...(r.status === 'ok' ? [] : [r.output.slice(-4000)]), `publication #${r.id}: ${r.files} contribution(s) written to ${o.to}; build ${r.status}`] };
      }
      case 'organisations':
        return { code: 0, lines: (await organisations(db)).map((x) => `${x.id}\t${x.kind}\t${x.name}`) };
      default:
        return { code: 2, lines: [USAGE] };
    }
  } catch (e) {
    return { code: e instanceof DeskError && e.code === 'usage' ? 2 : 1, lines: [`error: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
