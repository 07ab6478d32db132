// Contributions in the data build: every partner file is validated with the same code as
// the command line and the browser; any problem stops the build (nothing is published),
// otherwise the files become the published, disclosure-protected tables.

import { readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { datasetById } from '../../src/lib/contrib/datasets.ts';
import type { AuditReport } from '../../src/lib/contrib/disclosure.ts';
import { publishContributions, type Meta } from '../../src/lib/contrib/publish.ts';
import { validateFiles, type ContribProblem } from '../../src/lib/contrib/validate.ts';
import { DataError, type Problem } from '../../src/lib/data/problems.ts';
import type { Row } from '../../src/lib/tables.ts';
import { contextFrom, contributionFiles, today } from '../contrib/load.ts';

const asProblem = (p: ContribProblem): Problem => ({ file: p.file, line: p.line, column: p.column, rule: p.rule, message: `${p.message.fr} / ${p.message.en}` });

async function readMeta(file: string, problems: Problem[]): Promise<Meta> {
  const path = `${file}.meta.json`;
  const fallback: Meta = { organisation: '', contact: '', licence: 'CC-BY-4.0', period: '', submitted: '' };
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    problems.push({ file: path, line: 1, column: 1, rule: 'missing-metadata', message: `métadonnées absentes ou illisibles / metadata missing or unreadable: ${error instanceof Error ? error.message : error}` });
    return fallback;
  }
  for (const key of ['organisation', 'contact', 'period', 'submitted']) {
    if (typeof meta[key] !== 'string' || !(meta[key] as string).trim()) problems.push({ file: path, line: 1, column: 1, rule: 'missing-metadata', message: `champ « ${key} » obligatoire / field "${key}" is required` });
  }
  if (typeof meta.submitted === 'string' && (!/^\d{4}-\d{2}-\d{2}$/.test(meta.submitted) || meta.submitted > today())) {
    problems.push({ file: path, line: 1, column: 1, rule: 'bad-date', message: `submitted « ${meta.submitted} » : date AAAA-MM-JJ passée attendue / a past date YYYY-MM-DD is expected` });
  }
  return { ...fallback, ...(meta as Partial<Meta>), licence: typeof meta.licence === 'string' && meta.licence ? meta.licence : 'CC-BY-4.0' };
}

export async function loadContributions(dataDir: string, dir: string): Promise<{ tables: Record<string, Row[]>; synthetic: boolean; audit: AuditReport }> {
  const synthetic = await stat(join(dir, 'SYNTHETIC')).then(() => true, () => false);
  const inputs = await contributionFiles(dir);
  const context = await contextFrom(dataDir, null, today()); // every file is validated together below
  const results = await validateFiles(inputs, context);
  const problems: Problem[] = results.flatMap((r) => r.problems.map(asProblem));
  const withMeta = [];
  for (const r of results) withMeta.push({ ...r, meta: await readMeta(r.file, problems) });

  // A key repeated across two files of the same dataset is as much an error as within one.
  const seen = new Map<string, string>();
  for (const r of results) {
    const dataset = r.dataset ? datasetById(r.dataset) : undefined;
    if (!dataset) continue;
    r.records.forEach((record, i) => {
      const key = `${dataset.id}|${dataset.key.map((k) => JSON.stringify(record[k])).join('|')}`;
      const other = seen.get(key);
      if (other && other !== r.file) problems.push({ file: r.file, line: i + 2, column: 1, rule: 'duplicate-key', message: `${dataset.key.join(', ')} déjà dans ${basename(other)} / already in ${basename(other)}` });
      else seen.set(key, r.file);
    });
  }
  if (problems.length) throw new DataError(problems);
  return { ...await publishContributions(withMeta, synthetic, (file) => relative(dir, file)), synthetic };
}
