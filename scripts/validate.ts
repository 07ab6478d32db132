// `npm run validate -- <files…> [--dataset ID] [--lang fr|ar|en] [--json]`: checks contribution
// files, one problem per line as file:line:column: rule: sentence (in French unless --lang or
// LANG says otherwise). Exit 0 when every
// file passes. References are checked against the files given together and against the
// contributions already in data/contributions/. A `<file>.meta.json` beside a file is checked
// too. Files are only read, never changed; a missing or special file is a problem, not a crash.

import { READ_LIMITS, ReadError, safeName } from '../src/lib/contrib/limits.ts';
import { checkMeta } from '../src/lib/contrib/meta.ts';
import { plural } from '../src/i18n/index.ts';
import { LANGS, type Lang } from '../src/lib/contrib/message.ts';
import { formatContribProblem, readProblem, validateFiles, type ContribProblem, type FileResult, type Input } from '../src/lib/contrib/validate.ts';
import { contextFrom, today } from './contrib/load.ts';
import { readRegularFile } from './contrib/read-safely.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dataset = option('--dataset');
const requested = option('--lang') ?? process.env.LANG?.slice(0, 2);
const lang: Lang = (LANGS as readonly string[]).includes(requested ?? '') ? requested as Lang : 'fr';
const files = args.filter((a, i) => !a.startsWith('--') && !['--dataset', '--lang'].includes(args[i - 1] ?? ''));

if (files.length === 0) {
  console.error('usage: npm run validate -- <file.csv|file.xlsx>… [--dataset baom-offices|baom-activity|associations|diaspora-projects] [--lang fr|ar|en] [--json]');
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
  for (const p of problems) console.log(formatContribProblem(p, lang));
  // The same summary as the contribute page's, in the reader's language.
  for (const r of results) {
    const file = safeName(r.file);
    console.error(r.problems.length
      ? plural(lang, 'contribute.problems', r.problems.length, { file })
      : plural(lang, 'contribute.ok', r.records.length, { file, dataset: r.dataset ?? '?' }));
  }
}
process.exit(problems.length === 0 ? 0 : 1);
