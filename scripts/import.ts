// Import: upstream extracts (default ../shared/sources) → the project's canonical tables in
// data/. Run on demand (`npm run import -- [upstream-dir]`); its output is committed, so a
// fresh clone builds without the upstream folder.

import { resolve } from 'node:path';
import { importData, RETRIEVED } from './import/run.ts';

const upstream = resolve(process.argv[2] ?? '../shared/sources');
importData({ upstream, out: resolve('data') }).then((s) => {
  console.log(`imported from ${upstream}: ${s.territories} territories, ${s.indicators} indicators, ${s.census} census values, ${s.splits} split values, ${s.reconciliation} reconciliation rows, ${s.facts} facts, ${s.sources} sources (retrieved ${RETRIEVED})`);
  if (s.unread2014.length) console.log(`2014 parent fields not yet in the catalogue (${s.unread2014.length}): ${s.unread2014.join(', ')}`);
}, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
