// datapackage.json is a valid Frictionless Data Package: it validates against the published
// JSON Schema profiles (vendored in tests/data/frictionless/, no network), its resource names
// are unique, it says when it was created (the data version's date), and every licence has a
// name, an address and a title a reader can understand.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../src/lib/data/changelog.ts';

const profile = (name: string) => JSON.parse(readFileSync(`tests/data/frictionless/${name}.json`, 'utf8'));
const pkg = JSON.parse(readFileSync('public/data/datapackage.json', 'utf8'));
// The profiles use the formats `date-time`, `uri` and `email` (checked) and `textarea` (an editor hint).
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, formats: {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  email: /^\S+@\S+\.\S+$/,
  textarea: true,
} });
const errorsOf = (schema: object, value: unknown) => {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

describe('datapackage.json', () => {
  it('validates against the Frictionless Data Package profile', () => {
    expect(pkg.profile).toBe('data-package');
    expect(errorsOf(profile('data-package'), pkg)).toEqual([]);
  });

  it('has resources that validate as data resources, and tabular ones as tabular data resources', () => {
    const tabular = profile('tabular-data-resource');
    const resource = profile('data-resource');
    const errors = pkg.resources.flatMap((r: { name: string; schema?: unknown }) =>
      errorsOf(r.schema ? tabular : resource, r.schema ? { ...r, profile: 'tabular-data-resource' } : r).map((e) => `${r.name}: ${e}`));
    expect(errors).toEqual([]);
    expect(pkg.resources.filter((r: { schema?: unknown }) => r.schema).length).toBeGreaterThan(30);
  });

  it('names every resource once', () => {
    const names: string[] = pkg.resources.map((r: { name: string }) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.length).toBeGreaterThan(30);
  });

  it('says when it was created: the date of the current data version in data/CHANGELOG.md', () => {
    const [current] = parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8'));
    expect(pkg.version).toBe(readFileSync('data/VERSION', 'utf8').trim());
    expect(pkg.created).toBe(`${current!.date}T00:00:00Z`);
  });

  it('gives every licence a name, an address and a readable title (no bare code)', () => {
    const licences = [...pkg.licenses, ...pkg.resources.flatMap((r: { licenses: unknown[] }) => r.licenses)] as { name: string; path: string; title: string }[];
    for (const l of licences) {
      expect(l.name).toMatch(/^[-A-Za-z0-9.]+$/);
      expect(l.path).toMatch(/^(https:\/\/\S+|[a-z_]+\.csv)$/);
      expect(l.title.length).toBeGreaterThan(20);
    }
    expect(new Set(licences.map((l) => l.name))).toEqual(new Set(['CC-BY-4.0', 'ODbL-1.0', 'other-at']));
  });
});
