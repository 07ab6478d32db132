// Language details a reader notices: plural agreement (French "0 commune", Arabic's six
// forms), "million" singular below two, country names from Intl.DisplayNames, one minus
// sign (U+2212) and one percent sign per language, and Arabic age-band labels.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factUnit } from '../../src/i18n/fact-units.ts';
import { plural } from '../../src/i18n/index.ts';
import { countryName, formatChange, formatNumber, formatPercent } from '../../src/lib/format.ts';

describe('plurals', () => {
  it('says "0 commune" and "1 commune" in French, "2 communes" from two', () => {
    expect(plural('fr', 'map.count', 0)).toBe('0 commune');
    expect(plural('fr', 'map.count', 1)).toBe('1 commune');
    expect(plural('fr', 'map.count', 2)).toBe('2 communes');
    expect(plural('en', 'map.count', 0)).toBe('0 communes');
    expect(plural('en', 'map.count', 1)).toBe('1 commune');
  });
  it('uses the six Arabic forms', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((n) => plural('ar', 'map.count', n))).toEqual([
      'لا جماعة', 'جماعة واحدة', 'جماعتان', '3 جماعات', '10 جماعات', '11 جماعة', '99 جماعة', '100 جماعة',
    ]);
  });
  it('writes "million" in the singular below two in French', () => {
    expect(factUnit('million persons', 'fr', 1.5)).toBe('million de personnes');
    expect(factUnit('million persons', 'fr', 1)).toBe('million de personnes');
    expect(factUnit('million persons', 'fr', 2.4)).toBe('millions de personnes');
    expect(factUnit('million MAD', 'fr', 1.9)).toBe('million de dirhams');
    expect(factUnit('billion MAD', 'fr', 117)).toBe('milliards de dirhams');
    expect(factUnit('million persons', 'ar', 5)).toBe('ملايين شخص');
    expect(factUnit('million persons', 'ar', 5.5)).toBe('مليون شخص');
    expect(factUnit('persons', 'fr', 1)).toBe('personne');
    expect(factUnit('persons', 'en', 3)).toBe('people');
    expect(factUnit('cards', 'fr', 3)).toBe('cartes');
  });
});

describe('country names', () => {
  it('come from the locale data', () => {
    expect(countryName('MA', 'fr')).toBe('Maroc');
    expect(countryName('MA', 'ar')).toBe('المغرب');
    expect(countryName('MA', 'en')).toBe('Morocco');
    expect(countryName('ES', 'fr')).toBe('Espagne');
  });
});

describe('signs', () => {
  it('writes negative numbers with the minus sign U+2212 in every language', () => {
    expect(formatNumber(-1234, 'fr')).toBe('\u22121\u202f234');
    expect(formatNumber(-1234, 'en')).toBe('\u22121,234');
    expect(formatChange(-14.6, 'en')).toBe('\u221214.6');
    // Left-to-right marks on both sides of the sign keep it before the digits inside Arabic text.
    expect(formatNumber(-12.5, 'ar', 1)).toBe('\u200e\u2212\u200e12,5');
    expect(formatChange(3, 'ar', 0)).toBe('\u200e+\u200e3');
    expect(formatChange(3, 'fr', 0)).toBe('+3');
  });
  it('uses one percent sign per language', () => {
    expect(formatPercent(12.5, 'fr')).toBe('12,5\u202f%');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(12.5, 'ar')).toBe('12,5٪');
    expect(formatPercent(-3, 'ar', 0, true)).toBe('\u200e\u2212\u200e3٪');
  });
});

describe('Arabic age-band labels', () => {
  it('name the age group, not "adults"', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    const bands = rows.filter((r) => /^age_\d/.test(r.id!));
    expect(bands).toHaveLength(16);
    expect(bands.find((r) => r.id === 'age_0_4')!.label_ar).toBe('نسبة الفئة العمرية 0–4 سنوات');
    expect(bands.find((r) => r.id === 'age_75_plus')!.label_ar).toBe('نسبة الفئة العمرية 75 سنة فأكثر');
    expect(bands.filter((r) => r.label_ar!.includes('البالغين'))).toEqual([]);
  });
});
