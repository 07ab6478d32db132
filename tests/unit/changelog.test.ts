// The data changelog: one section per version, the three languages each with the same changes,
// and its newest version must be the one the data declares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentRelease, parseChangelog } from '../../src/lib/data/changelog.ts';

const log = (body: string) => `# Data changelog\n\n${body}`;

describe('data changelog', () => {
  it('reads versions, newest first, with their date, kind and changes in three languages', () => {
    const releases = parseChangelog(log('## 1.1.0 — 2027-01-05 — minor\n\n### fr\n- Nouvelle colonne.\n\n### ar\n- عمود جديد.\n\n### en\n- New column.\n\n## 1.0.0 — 2026-12-02 — first\n\n### fr\n- Première.\n### ar\n- الأولى.\n### en\n- First.\n'));
    expect(releases.map((r) => [r.version, r.date, r.kind])).toEqual([['1.1.0', '2027-01-05', 'minor'], ['1.0.0', '2026-12-02', 'first']]);
    expect(releases[0]!.changes).toEqual([{ fr: 'Nouvelle colonne.', ar: 'عمود جديد.', en: 'New column.' }]);
  });

  it('refuses a version whose languages do not list the same changes', () => {
    expect(() => parseChangelog(log('## 1.0.0 — 2026-12-02 — first\n\n### fr\n- Un.\n- Deux.\n\n### ar\n- واحد.\n\n### en\n- One.\n- Two.\n'))).toThrow(/1\.0\.0 needs the same number of changes in fr, ar and en \(has 2, 1, 2\)/);
  });

  it('refuses a heading that is not "version — date — kind", naming the line', () => {
    expect(() => parseChangelog(log('## 1.0 (December)\n'), 'data/CHANGELOG.md')).toThrow(/^data\/CHANGELOG\.md:3: a version heading/);
  });

  it('refuses a data version that is not the newest described', () => {
    expect(() => currentRelease(log('## 1.0.0 — 2026-12-02 — first\n### fr\n- a\n### ar\n- ب\n### en\n- a\n'), '1.0.1')).toThrow(/newest version is 1\.0\.0, data\/VERSION says 1\.0\.1/);
  });

  it('describes the current data version in the committed changelog, with each change in French, Arabic and English', () => {
    const current = currentRelease(readFileSync('data/CHANGELOG.md', 'utf8'), readFileSync('data/VERSION', 'utf8').trim());
    expect(current.changes.length).toBeGreaterThan(0);
    for (const c of current.changes) expect(c.ar).toMatch(/[\u0600-\u06FF]{3}/);
  });
});
