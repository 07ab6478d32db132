// `npm run desk:admin -- <command> …`: administers the desk (see USAGE). With the embedded
// database, a running desk holds it: the command then goes through the desk's admin socket;
// otherwise it opens the database itself.

import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { USAGE, runAdmin } from '../src/desk/admin.ts';
import { configFromEnv } from '../src/desk/config.ts';
import { openDb } from '../src/desk/db.ts';
import { migrate } from '../src/desk/migrations.ts';
import { adminSocket } from '../src/desk/server.ts';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help') { console.log(USAGE); process.exit(argv.length ? 0 : 2); }
const config = configFromEnv();
const operator = process.env.DESK_OPERATOR ?? userInfo().username;

function viaSocket(): Promise<{ code: number; lines: string[] } | undefined> {
  return new Promise((resolve) => {
    const conn = connect(adminSocket(config.dataDir));
    let output = '';
    conn.on('connect', () => conn.write(JSON.stringify({ argv, operator, buildCommand: config.buildCommand }) + '\n'));
    conn.on('data', (chunk) => { output += chunk.toString('utf8'); });
    conn.on('end', () => resolve(JSON.parse(output) as { code: number; lines: string[] }));
    conn.on('error', () => resolve(undefined)); // no desk running: open the database directly
  });
}

let result = config.databaseUrl ? undefined : await viaSocket();
if (!result) {
  const db = await openDb(config);
  await migrate(db);
  result = await runAdmin(db, argv, { buildCommand: config.buildCommand, operator });
  await db.close();
}
for (const line of result.lines) (result.code === 0 ? console.log : console.error)(line);
process.exit(result.code);
