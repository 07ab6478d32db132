// `npm run desk`: the contribution desk on 127.0.0.1:$PORT (default 8787). Embedded database
// in .desk/ unless DATABASE_URL names a PostgreSQL server. See the README for the settings.

import { configFromEnv } from '../src/desk/config.ts';
import { startDesk } from '../src/desk/server.ts';

const config = configFromEnv();
const desk = await startDesk(config);
console.log(`desk listening on ${desk.url} (${desk.db.engine}${config.databaseUrl ? '' : `, data in ${config.dataDir}`})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { void desk.close().then(() => process.exit(0)); });
