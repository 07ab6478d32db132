// Every metadata string exists in French, Arabic and English: table and column descriptions,
// contribution datasets and their columns, column types, licences and the sources' terms.
// The type check refuses a missing language; this test refuses an empty one, an "Arabic" text
// that is French or English, or one copied from another language.
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/contrib/datasets.ts';
import { TYPE_LABELS } from '../../src/lib/contrib/templates.ts';
import { CC_BY, CITED, ODBL, SOURCE_TERMS } from '../../src/lib/licences.ts';
import { PUBLISHED_TABLES } from '../../src/lib/tables.ts';

type T = { fr?: string; ar?: string; en?: string };
const texts: [string, T][] = [
  ...PUBLISHED_TABLES.flatMap((s) => [[`${s.name} title`, s.title], [`${s.name} description`, s.description], ...s.columns.map((c) => [`${s.name}.${c.name}`, c.description])] as [string, T][]),
  ...DATASETS.flatMap((d) => [[`${d.id} title`, d.title], ...d.fields.map((f) => [`${d.id}.${f.name}`, f.description])] as [string, T][]),
  ...Object.entries(TYPE_LABELS).map(([k, v]) => [`type ${k}`, v] as [string, T]),
  ...[CC_BY, ODBL, CITED].map((l) => [`licence ${l.name}`, l.title] as [string, T]),
  ...Object.entries(SOURCE_TERMS).map(([k, v]) => [`terms ${k.slice(0, 30)}`, v] as [string, T]),
];

/** Latin words that are not codes, identifiers, formats or proper names. */
const latinWords = (s: string) => (s.match(/[A-Za-zÀ-ÿ]{4,}/g) ?? []).filter((w) => !/^(ODbL|OpenStreetMap|BAOM|WGS|ISO|alpha|YYYY|RFC|Arrow|Parquet|Creative|Commons|Open|Database|License|Haut|Commissariat|Plan)$/.test(w) && !/[_]/.test(w));

describe('metadata in every language', () => {
  it('covers every table, column, dataset, type, licence and source terms', () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it.each(texts)('%s is written in French, Arabic and English', (_, t) => {
    for (const lang of ['fr', 'ar', 'en'] as const) expect(t[lang]?.trim(), lang).toBeTruthy();
    expect(t.ar).toMatch(/[\u0600-\u06FF]{2,}/);
    expect(t.ar).not.toBe(t.fr);
    expect(t.ar).not.toBe(t.en);
  });

  it('keeps the Arabic free of French and English words, bar codes, formats and proper names', () => {
    const mixed = texts.filter(([, t]) => latinWords((t.ar ?? '').replace(/_[a-z]+|\b[a-z]+_[a-z_]+\b|\b(?:sum|ratio|none|men|women|urban|rural|sequential|diverging|more_than|about|suppressed|census|indicators|sources|territories|associations|baom-offices|office_id|association_id|census_splits)\b/g, '')).length > 0);
    expect(mixed.map(([k, t]) => `${k}: ${t.ar}`)).toEqual([]);
  });
});
