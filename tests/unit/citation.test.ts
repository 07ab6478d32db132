// The citation file names the data version that is published, so a citation can be traced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('CITATION.cff', () => {
  it('cites the current data version, with the HCP and OpenStreetMap licences', () => {
    const cff = readFileSync('CITATION.cff', 'utf8');
    expect(/^version: "([^"]+)"$/m.exec(cff)?.[1]).toBe(readFileSync('data/VERSION', 'utf8').trim());
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain('license: ODbL-1.0');
    expect(cff).toContain('license: CC-BY-4.0');
  });
});
