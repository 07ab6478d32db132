// `npm run data`: validate data/ and publish public/data/. Exits non-zero, naming file, line,
// column and rule of every problem, when the canonical data is invalid.

import { resolve } from 'node:path';
import { formatProblem, DataError } from '../src/lib/data/problems.ts';
import { PROTECTION_WIDTH } from '../src/lib/contrib/disclosure.ts';
import { buildData } from './data/build.ts';

const started = performance.now();
try {
  const dataDir = resolve(process.argv[2] ?? 'data');
  const { resources, disclosure: d } = await buildData({
    dataDir, outDir: resolve(process.argv[3] ?? 'public/data'),
    contributionsDir: resolve(process.env.CONTRIBUTIONS_DIR ?? `${dataDir}/contributions`),
  });
  const bytes = resources.reduce((a, r) => a + r.bytes, 0);
  console.log(`disclosure audit: ${d.suppressed} of ${d.cells} activity cells suppressed (${d.primary} primary), narrowest interval ${d.suppressed ? d.narrowest.toFixed(0) : 'none'} (at least ${PROTECTION_WIDTH} required), ${d.rounds} round(s), ${d.solves} programmes solved in ${(d.ms / 1000).toFixed(2)} s`);
  console.log(`data: ${resources.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof DataError) {
    for (const p of error.problems) console.error(formatProblem(p));
    console.error(`data build failed: ${error.problems.length} problem(s); public/data was left as it was`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
