// The crawl's detectors catch what they claim to: a broken link, a missing anchor, French or
// English words on an Arabic page, French sentences on an English page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, foreignText, linkTargetProblems } from '../e2e/crawl-lib.ts';

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'crawl-'));
  mkdirSync(join(dist, 'fr/commune/tata'), { recursive: true });
  writeFileSync(join(dist, 'fr/index.html'), '<html><a href="/fr/commune/tata/#headline">ok</a><a href="/fr/commune/nowhere/">broken</a><a href="/fr/commune/tata/#missing">no anchor</a><a href="https://www.openstreetmap.org/copyright">external</a></html>');
  writeFileSync(join(dist, 'fr/commune/tata/index.html'), '<html><h2 id="headline">x</h2></html>');
  return dist;
}

describe('crawl helpers', () => {
  it('report a link to no page and an anchor that does not exist, not external links', () => {
    expect(linkTargetProblems(fakeDist(), '/fr/')).toEqual(['/fr/commune/nowhere/: no such file', '/fr/commune/tata/#missing: no anchor #missing']);
  });
  it('classify built pages by type', () => {
    expect(builtPages(fakeDist()).map((p) => `${p.lang} ${p.type}`)).toEqual(['fr home', 'fr commune/*']);
  });
  it('flag Latin words on an Arabic page but not acronyms, formats or file names', () => {
    expect(foreignText('ar', ['المصدر: HCP، RGPH 2024', 'ملف census.csv بصيغة CSV', 'Name in French'])).toEqual(['Name in French']);
  });
  it('flag French sentences on an English page', () => {
    expect(foreignText('en', ['Population of the communes', 'Chiffres publiés pour les communes'])).toEqual(['Chiffres publiés pour les communes']);
  });
});
