// The cited figures as readers get them: in our words, with a producer, ranked, and the
// figures the curated notes warn about kept off every headline panel.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCanonical } from '../../scripts/data/build.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Row } from '../../src/lib/tables.ts';

let t: Record<string, Row[]>;
let upstream: Record<string, string>[];
beforeAll(async () => {
  ({ tables: t } = await loadCanonical('data'));
  const { header, records } = parseCsv(await readFile('../shared/sources/curated/migration-facts.csv', 'utf8'));
  upstream = records.map(({ cells }) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
});

const CURATION = /\[title reconstructed|\[no title in stored copy|see README|\bbasis=|[a-z_]+=|source says|opinion column by/;

describe('cited figures', () => {
  it('shows readers no curation note: no upstream qualifier, title marker or README pointer in any published text', () => {
    const texts = [
      ...t.facts!.flatMap((f) => ['geo_name', 'label_fr', 'label_ar', 'label_en', 'detail_fr', 'detail_ar', 'detail_en', 'caveat_fr', 'caveat_ar', 'caveat_en'].map((k) => [f.fact_id, f[k]])),
      ...t.sources!.filter((s) => t.facts!.some((f) => f.source_id === s.source_id)).flatMap((s) => ['publisher', 'title'].map((k) => [s.source_id, s[k]])),
    ].filter(([, v]) => typeof v === 'string') as [string, string][];
    expect(texts.filter(([, v]) => CURATION.test(v))).toEqual([]);
    expect(t.facts![0]).not.toHaveProperty('breakdown');
  });

  it('describes every qualified figure in three languages, Arabic in Arabic script', () => {
    const qualified = upstream.filter((u) => u.breakdown && !/^(2004|2014) to (2014|2024)$/.test(u.breakdown)).map((u) => u.fact_id);
    const byId = new Map(t.facts!.map((f) => [f.fact_id, f]));
    const described = qualified.filter((id) => byId.get(id)!.detail_fr);
    expect(described.length).toBeGreaterThan(qualified.length * 0.8);
    for (const id of described) {
      const f = byId.get(id)!;
      expect(f.detail_en, id).toBeTruthy();
      expect(f.detail_ar as string, id).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('keeps values as published, with "more than" and "about" where the source says so', () => {
    const byId = new Map(t.facts!.map((f) => [f.fact_id, f]));
    for (const u of upstream) expect(byId.get(u.fact_id!)!.value, u.fact_id).toBe(Number(u.value));
    expect(byId.get('MIG-130')!.value_qualifier).toBe('more_than');
    expect(byId.get('MIG-112')!.value_qualifier).toBe('about');
  });

  it('names a producer for every figure, and ranks the producers’ own publications as such', () => {
    const byId = new Map(t.facts!.map((f) => [f.fact_id, f]));
    expect(byId.get('MIG-037')).toMatchObject({ producer: 'hcp', reliability: 'institution' }); // HCP's regional directorate
    expect(byId.get('MIG-090')).toMatchObject({ producer: 'office_des_changes', reliability: 'press_official' });
    expect(byId.get('MIG-120')).toMatchObject({ producer: 'unhcr' });
    expect(byId.get('MIG-136')).toMatchObject({ reliability: 'opinion', headline: false });
  });

  it('keeps opinion, contradicted and ambiguous figures off headline panels', () => {
    const off = new Set(t.facts!.filter((f) => !f.headline).map((f) => f.fact_id));
    for (const id of ['MIG-009', 'MIG-040', 'MIG-092', 'MIG-103', 'MIG-114', 'MIG-136']) expect(off.has(id), id).toBe(true);
    for (const f of t.facts!.filter((x) => x.reliability === 'opinion')) expect(f.headline).toBe(false);
    for (const f of t.facts!.filter((x) => !x.headline)) expect(f.caveat_fr, String(f.fact_id)).toBeTruthy();
  });
});
