// The data changelog (data/CHANGELOG.md): one section per data version, newest first, each
// saying in French, Arabic and English what changed. Versions follow semantic versioning for
// data: a new field or file is minor, a corrected figure a patch, a changed shape major.
// The data build refuses a changelog whose newest version is not data/VERSION.

import type { Localized } from '../catalogue.ts';

export type ChangeKind = 'major' | 'minor' | 'patch' | 'first';

export interface DataRelease {
  version: string;
  /** YYYY-MM-DD; also the datapackage's `created`. */
  date: string;
  kind: ChangeKind;
  changes: Localized[];
}

const HEADING = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2}) — (major|minor|patch|first)$/;
const LANGS = ['fr', 'ar', 'en'] as const;

/** Parses the changelog; throws with the line number on anything it does not expect. */
export function parseChangelog(text: string, file = 'data/CHANGELOG.md'): DataRelease[] {
  const releases: DataRelease[] = [];
  let lists: Record<string, string[]> | undefined;
  let lang: string | undefined;
  const fail = (line: number, message: string): never => { throw new Error(`${file}:${line}: ${message}`); };
  const close = (line: number) => {
    const r = releases.at(-1);
    if (!r || !lists) return;
    const counts = LANGS.map((l) => lists![l]?.length ?? 0);
    if (counts.some((n) => n === 0) || new Set(counts).size > 1) fail(line, `version ${r.version} needs the same number of changes in fr, ar and en (has ${counts.join(', ')})`);
    r.changes = lists.fr!.map((_, i) => ({ fr: lists!.fr![i]!, ar: lists!.ar![i]!, en: lists!.en![i]! }));
  };
  text.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    const h = HEADING.exec(line);
    if (h) {
      close(n);
      releases.push({ version: h[1]!, date: h[2]!, kind: h[3] as ChangeKind, changes: [] });
      lists = {};
      lang = undefined;
    } else if (/^## /.test(line)) fail(n, 'a version heading reads "## 1.2.3 — YYYY-MM-DD — major|minor|patch|first"');
    else if (/^### /.test(line)) {
      if (!lists) fail(n, 'a language heading outside a version');
      lang = line.slice(4).trim();
      if (!(LANGS as readonly string[]).includes(lang)) fail(n, `unknown language ${lang}`);
      lists![lang] = [];
    } else if (/^- /.test(line) && lists) {
      if (!lang) fail(n, 'a change outside a language section');
      lists[lang!]!.push(line.slice(2).trim());
    } else if (/^ {2}\S/.test(line) && lang && lists?.[lang]?.length) {
      const list = lists[lang]!;
      list[list.length - 1] += ` ${line.trim()}`;
    }
  });
  close(text.split(/\r?\n/).length);
  if (releases.length === 0) fail(1, 'no version');
  return releases;
}

/** The changelog's newest release, checked against the version the data declares. */
export function currentRelease(text: string, version: string, file?: string): DataRelease {
  const [newest] = parseChangelog(text, file);
  if (newest!.version !== version) throw new Error(`${file ?? 'data/CHANGELOG.md'}: the newest version is ${newest!.version}, data/VERSION says ${version}: say what changed in ${version}`);
  return newest!;
}
