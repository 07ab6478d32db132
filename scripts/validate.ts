// `npm run validate -- <files…> [--dataset ID] [--json]`: checks contribution files, one
// problem per line as file:line:column: rule: message (French / English). Exit 0 when every
// file passes. References are checked against the files given together and against the
// contributions already in data/contributions/. A `<file>.meta.json` beside a file is checked
// too. Files are only read, never changed; a missing or special file is a problem, not a crash.

import { READ_LIMITS, ReadError, safeName } from '../src/lib/contrib/limits.ts';
import { checkMeta } from '../src/lib/contrib/meta.ts';
import { formatContribProblem, readProblem, validateFiles, type ContribProblem, type FileResult, type Input } from '../src/lib/contrib/validate.ts';
import { contextFrom, today } from './contrib/load.ts';
import { readRegularFile } from './contrib/read-safely.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const datasetIndex = args.indexOf('--dataset');
const dataset = datasetIndex >= 0 ? args[datasetIndex + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (datasetIndex < 0 || i !== datasetIndex + 1));

if (files.length === 0) {
  console.error('usage: npm run validate -- <file.csv|file.xlsx>… [--dataset baom-offices|baom-activity|associations|diaspora-projects] [--json]');
  process.exit(2);
}

const context = await contextFrom('data', process.env.CONTRIBUTIONS_DIR ?? 'data/contributions', today());
const inputs: Input[] = [];
const unreadable: FileResult[] = [];
const metaProblems: ContribProblem[] = [];
for (const name of files) {
  try {
    const bytes = await readRegularFile(name, { limit: READ_LIMITS.bytes, followLinks: true });
    inputs.push({ name, bytes, dataset });
    const meta = await readRegularFile(`${name}.meta.json`, { limit: READ_LIMITS.metaBytes, followLinks: true }).catch((e: unknown) => e);
    if (meta instanceof Uint8Array) metaProblems.push(...(await checkMeta(`${name}.meta.json`, new TextDecoder().decode(meta), bytes, today())).problems);
    else if (!(meta instanceof ReadError && meta.rule === 'missing-file')) metaProblems.push(readProblem(`${name}.meta.json`, meta));
  } catch (error) {
    unreadable.push({ file: name, records: [], problems: [readProblem(name, error)] });
  }
}
const results = [...unreadable, ...(await validateFiles(inputs, context))];
const problems = [...results.flatMap((r) => r.problems), ...metaProblems];
if (json) {
  console.log(JSON.stringify({ ok: problems.length === 0, files: results.map((r) => ({ file: r.file, dataset: r.dataset ?? null, rows: r.records.length, problems: r.problems })), metadata: metaProblems }, null, 2));
} else {
  for (const p of problems) console.log(formatContribProblem(p));
  for (const r of results) console.error(`${safeName(r.file)}: ${r.dataset ?? '?'} — ${r.records.length} row(s), ${r.problems.length} problem(s)`);
}
process.exit(problems.length === 0 ? 0 : 1);
