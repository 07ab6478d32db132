// `npm run validate -- <files…> [--dataset ID] [--json]`: checks contribution files, one
// problem per line as file:line:column: rule: message (French / English). Exit 0 when every
// file passes. References are checked against the files given together and against the
// contributions already in data/contributions/. Files are only read, never changed.

import { readFile } from 'node:fs/promises';
import { formatContribProblem, validateFiles } from '../src/lib/contrib/validate.ts';
import { contextFrom, today } from './contrib/load.ts';

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
const inputs = await Promise.all(files.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(name)), dataset })));
const results = await validateFiles(inputs, context);
const problems = results.flatMap((r) => r.problems);
if (json) {
  console.log(JSON.stringify({ ok: problems.length === 0, files: results.map((r) => ({ file: r.file, dataset: r.dataset ?? null, rows: r.records.length, problems: r.problems })) }, null, 2));
} else {
  for (const p of problems) console.log(formatContribProblem(p));
  for (const r of results) console.error(`${r.file}: ${r.dataset ?? '?'} — ${r.records.length} row(s), ${r.problems.length} problem(s)`);
}
process.exit(problems.length === 0 ? 0 : 1);
