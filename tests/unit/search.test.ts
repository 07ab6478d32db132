import { describe, expect, it } from 'vitest';
import { arabicKey, indexEntries, latinKey, search } from '../../src/lib/search.ts';

const index = indexEntries([
  { code: '09.163.01.01', name_fr: 'Ait Amira', name_ar: 'آيت عميرة', href: '/a', context: '' },
  { code: '09.541.05.01', name_fr: 'Oulad Teima', name_ar: 'أولاد تايمة', href: '/b', context: '' },
  { code: '09.001.05.13', name_fr: 'Ida Ou Tghouma', name_ar: 'إدا وتغومة', href: '/c', context: '' },
  { code: '09.163.05.01', name_fr: 'Belfaâ', name_ar: 'بلفاع', href: '/d', context: '' },
  { code: '09.273.01.05', name_fr: "Ait Melloul", name_ar: 'آيت ملول', href: '/e', context: '' },
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
