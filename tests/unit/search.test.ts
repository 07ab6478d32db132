import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { arabicKey, indexEntries, latinKey, search, type SearchEntry } from '../../src/lib/search.ts';
import { plural } from '../../src/i18n/index.ts';

const index = indexEntries([
  { code: '09.163.01.01', name_fr: 'Ait Amira', name_ar: 'آيت عميرة', href: '/a', context: '', level: 'commune' },
  { code: '09.541.05.01', name_fr: 'Oulad Teima', name_ar: 'أولاد تايمة', href: '/b', context: '', level: 'commune' },
  { code: '09.001.05.13', name_fr: 'Ida Ou Tghouma', name_ar: 'إدا وتغومة', href: '/c', context: '', level: 'commune' },
  { code: '09.163.05.01', name_fr: 'Belfaâ', name_ar: 'بلفاع', href: '/d', context: '', level: 'commune' },
  { code: '09.273.01.05', name_fr: "Ait Melloul", name_ar: 'آيت ملول', href: '/e', context: '', level: 'commune' },
]);
const names = (q: string) => search(index, q).map((e) => e.name_fr);

describe('commune search', () => {
  it('finds "Aït Amira" typed as "ait amira"', () => {
    expect(names('ait amira')[0]).toBe('Ait Amira');
    expect(names('Aït-Amira')[0]).toBe('Ait Amira');
    expect(names('ayt amira')[0]).toBe('Ait Amira');
  });
  it('treats Ouled and Oulad as the same word', () => {
    expect(names('ouled teima')).toEqual(['Oulad Teima']);
    expect(names('oulad taima')).toEqual([]); // a different spelling of the name itself is not guessed
  });
  it('ignores accents and hyphens', () => {
    expect(names('belfaa')).toEqual(['Belfaâ']);
    expect(names('ida-ou-tghouma')).toEqual(['Ida Ou Tghouma']);
  });
  it('finds Arabic names whatever the form of alef', () => {
    expect(names('ايت عميرة')).toEqual(['Ait Amira']);
    expect(names('اولاد')).toEqual(['Oulad Teima']);
  });
  it('lists names that start with the query before names that contain it', () => {
    expect(names('ait')).toEqual(['Ait Amira', 'Ait Melloul']);
    expect(names('melloul')).toEqual(['Ait Melloul']);
  });
  it('returns nothing for an empty query', () => {
    expect(search(index, '  ')).toEqual([]);
  });
  it('builds stable keys', () => {
    expect(latinKey('Aït Amira')).toBe(latinKey('ait-amira'));
    expect(arabicKey('أولاد')).toBe(arabicKey('اولاد'));
  });
});

// The real territories of the region, as the data gives them (not through the site code).
const rows = Papa.parse<Record<string, string>>(readFileSync('data/territories.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const real = indexEntries(rows.filter((r) => ['region', 'province', 'commune'].includes(r.level!)).map((r) => ({
  code: r.code!, level: r.level as SearchEntry['level'], name_fr: r.name_fr!, name_ar: r.name_ar!, href: `/${r.slug}`, context: '',
})));
const found = (q: string) => search(real, q).map((e) => `${e.level}:${e.name_fr}`);

describe('search over the region\'s territories, as people type names', () => {
  it('"tafraoute" finds Tafraout (final e) first', () => {
    expect(found('tafraoute')[0]).toBe('commune:Tafraout');
    expect(found('Tafraout')[0]).toBe('commune:Tafraout');
  });
  it('"imaouene" and "imawen" find Imaouen (final e, ou/w)', () => {
    expect(found('imaouene')).toEqual(['commune:Imaouen']);
    expect(found('imawen')).toEqual(['commune:Imaouen']);
  });
  it('"Souss-Massa", "souss massa" and "sous massa" find the region', () => {
    expect(found('Souss-Massa')[0]).toBe('region:Souss-Massa');
    expect(found('souss massa')[0]).toBe('region:Souss-Massa');
    expect(found('sous massa')[0]).toBe('region:Souss-Massa');
    expect(found('سوس ماسة')[0]).toBe('region:Souss-Massa');
  });
  it('"Tata" lists the province before the commune of the same name, then names starting with it', () => {
    expect(found('Tata').slice(0, 3)).toEqual(['province:Tata', 'commune:Tata', 'commune:Tataoute']);
    expect(found('طاطا').slice(0, 2)).toEqual(['province:Tata', 'commune:Tata']);
  });
  it('tolerates doubled letters and the Arabic article', () => {
    expect(found('ait melul')[0]).toBe('commune:Ait Melloul');
    expect(found('تافراوت')[0]).toBe('commune:Tafraout');
  });
});

describe('plural forms from the language\'s rules', () => {
  it('says "0 résultat" in French and "2 résultats"', () => {
    expect(plural('fr', 'search.count', 0)).toBe('0 résultat');
    expect(plural('fr', 'search.count', 2)).toBe('2 résultats');
  });
  it('uses the six Arabic categories', () => {
    expect(plural('ar', 'search.count', 0)).toBe('لا نتيجة');
    expect(plural('ar', 'search.count', 2)).toBe('نتيجتان');
    expect(plural('ar', 'search.count', 3)).toBe('3 نتائج');
    expect(plural('ar', 'search.count', 11)).toBe('11 نتيجة');
    expect(plural('ar', 'search.count', 100)).toBe('100 نتيجة');
  });
});
