// Contributions in the data build: every partner file is read safely and validated with the
// same code as the command line and the browser, its metadata too; of each contribution only
// the highest version is read. Any problem stops the build (nothing is published), otherwise
// the files become the published, disclosure-protected tables.

import { stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { datasetById } from '../../src/lib/contrib/datasets.ts';
import type { AuditReport } from '../../src/lib/contrib/disclosure.ts';
import { safeName } from '../../src/lib/contrib/limits.ts';
import { overlaps, parsePeriod, type Period } from '../../src/lib/contrib/period.ts';
import { publishContributions } from '../../src/lib/contrib/publish.ts';
import { validateFiles, type ContribProblem } from '../../src/lib/contrib/validate.ts';
import { DataError, type Problem } from '../../src/lib/data/problems.ts';
import type { Row } from '../../src/lib/tables.ts';
import { contextFrom, readContributions, today } from '../contrib/load.ts';

const asProblem = (p: ContribProblem): Problem => ({ file: safeName(p.file), line: p.line, column: p.column, rule: p.rule, message: `${p.message.fr} / ${p.message.en}` });

export async function loadContributions(dataDir: string, dir: string): Promise<{ tables: Record<string, Row[]>; synthetic: boolean; superseded: string[]; audit: AuditReport }> {
  const synthetic = await stat(join(dir, 'SYNTHETIC')).then(() => true, () => false);
  const { published, superseded, problems: readProblems } = await readContributions(dir, today());
  const context = await contextFrom(dataDir, null, today()); // every file is validated together below
  const results = await validateFiles(published, context);
  const problems: Problem[] = [...readProblems, ...results.flatMap((r) => r.problems)].map(asProblem);
  const withMeta = results.map((r, i) => ({ ...r, meta: published[i]!.meta }));
  const name = (file: string) => safeName(basename(file));

  // A key repeated across two files of the same dataset is as much an error as within one.
  const seen = new Map<string, string>();
  // So is one office's activity counted twice: a month in one file, its quarter in another.
  const officePeriods = new Map<string, { period: Period; file: string; organisation: string }[]>();
  const reported = new Set<string>();
  for (const r of withMeta) {
    const dataset = r.dataset ? datasetById(r.dataset) : undefined;
    if (!dataset) continue;
    const covered = parsePeriod(r.meta.period, true);
    r.records.forEach((record, i) => {
      const key = `${dataset.id}|${dataset.key.map((k) => JSON.stringify(record[k])).join('|')}`;
      const other = seen.get(key);
      if (other && other !== r.file) problems.push({ file: safeName(r.file), line: i + 2, column: 1, rule: 'duplicate-key', message: `${dataset.key.join(', ')} déjà dans ${name(other)} / already in ${name(other)}` });
      else seen.set(key, r.file);
      if (dataset.id !== 'baom-activity') return;
      const period = parsePeriod(String(record.period));
      if (!period) return;
      if (covered && (period.start < covered.start || period.end > covered.end)) {
        problems.push({ file: safeName(r.file), line: i + 2, column: 1, rule: 'period-outside-metadata', message: `la période ${period.id} n’est pas dans la période ${covered.id} déclarée dans les métadonnées / period ${period.id} is not within period ${covered.id} stated in the metadata` });
      }
      const office = String(record.office_id);
      const others = officePeriods.get(office) ?? [];
      const clash = others.find((o) => o.file !== r.file && o.period.id !== period.id && overlaps(o.period, period));
      // Once per pair of files, and not again when the metadata overlap was already reported.
      const pair = clash && `${clash.file}\u0000${r.file}`;
      if (clash && (clash.organisation === r.meta.organisation || reported.has(pair!))) return;
      if (clash) reported.add(pair!);
      if (clash) problems.push({ file: safeName(r.file), line: i + 2, column: 1, rule: 'overlapping-period', message: `bureau ${office} : la période ${period.id} chevauche ${clash.period.id} de ${name(clash.file)} / office ${office}: period ${period.id} overlaps ${clash.period.id} in ${name(clash.file)}` });
      else if (!others.some((o) => o.file === r.file && o.period.id === period.id)) officePeriods.set(office, [...others, { period, file: r.file, organisation: r.meta.organisation }]);
    });
  }
  if (problems.length) throw new DataError(problems);
  return { ...await publishContributions(withMeta, synthetic, (file) => relative(dir, file)), synthetic, superseded };
}
