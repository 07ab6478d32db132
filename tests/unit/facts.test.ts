import { describe, expect, it } from 'vitest';
import { rankFacts, splitFacts } from '../../src/lib/facts.ts';
import { FACT_DETAILS, cleanTitle, originOf } from '../../scripts/import/fact-definitions.ts';

describe('ranking cited figures', () => {
  const f = (fact_id: string, reliability: string, headline = true) => ({ fact_id, reliability, headline });
  it('puts the producing institution first, press reports of official producers next, opinion last', () => {
    const ranked = rankFacts([f('MIG-001', 'press_official'), f('MIG-002', 'opinion', false), f('MIG-003', 'institution'), f('MIG-004', 'press_programme')]);
    expect(ranked.map((x) => x.fact_id)).toEqual(['MIG-003', 'MIG-001', 'MIG-004', 'MIG-002']);
  });
  it('keeps figures that are not headlines apart from the headline panel', () => {
    const { headline, caution } = splitFacts([f('MIG-136', 'opinion', false), f('MIG-101', 'press_programme')]);
    expect(headline.map((x) => x.fact_id)).toEqual(['MIG-101']);
    expect(caution.map((x) => x.fact_id)).toEqual(['MIG-136']);
  });
});

describe('where a cited figure comes from', () => {
  it('reads the outlet and the producer from "Outlet, citing Producer"', () => {
    expect(originOf('Le Matin, citing HCP (RGPH 2024)')).toEqual({ outlet: 'Le Matin', producer: 'hcp', reliability: 'press_official' });
    expect(originOf('EcoActu, citing Office des Changes, rapport annuel 2024 (balance des paiements)')).toMatchObject({ producer: 'office_des_changes', reliability: 'press_official' });
    expect(originOf('Journaux Afrique, citing UNHCR (HCR) Morocco statistics')).toMatchObject({ producer: 'unhcr' });
    expect(originOf('Bladi.net, citing the Minister Delegate to the Minister of Interior (answer in Parliament)')).toMatchObject({ producer: 'government' });
  });
  it('ranks an institution publishing its own figure as such, and an opinion column as opinion', () => {
    expect(originOf("HCP, Direction régionale d'Agadir (RGPH 2014)")).toEqual({ outlet: "HCP, Direction régionale d'Agadir", producer: 'hcp', reliability: 'institution' });
    expect(originOf('Agadir Today (opinion column by El Hassan Ferkakoum); underlying source of the migrant share not stated')).toMatchObject({ outlet: 'Agadir Today', reliability: 'opinion' });
  });
  it('refuses a press report that names no producer it knows', () => {
    expect(originOf('Some Paper, citing a friend')).toBeUndefined();
  });
  it('drops the curation markers from page titles', () => {
    expect(cleanTitle('Transferts des MRE : un niveau record [title reconstructed from URL]', 'EcoActu')).toBe('Transferts des MRE : un niveau record');
    expect(cleanTitle('Migration interne : près de 15 millions … [title reconstructed from URL, truncated]', 'Kaayxol')).toBe('Migration interne : près de 15 millions …');
    expect(cleanTitle('[no title in stored copy] Résultats du RGPH 2024 par région (article en arabe)', 'Anbaé TV')).toBe('Anbaé TV');
  });
  it('describes every sub-population in three languages, Arabic in Arabic script', () => {
    for (const [note, d] of Object.entries(FACT_DETAILS)) {
      if (!d) continue;
      expect(d.fr && d.en && d.ar, note).toBeTruthy();
      expect(d.ar, note).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
