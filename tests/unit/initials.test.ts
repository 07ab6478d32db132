import { describe, expect, it } from 'vitest';
import { initialOf, initialsOf } from '../../src/lib/initials.ts';

describe('directory initials', () => {
  it('files a Latin name under its first letter without accent', () => {
    expect(initialOf('Aït Baha')).toBe('A');
    expect(initialOf('Île Verte')).toBe('I');
    expect(initialOf('tafraout')).toBe('T');
    expect(initialOf("'Ain Chaïb")).toBe('A');
  });

  it('files every form of alef under ا', () => {
    expect(initialOf('أكادير')).toBe('ا');
    expect(initialOf('إنزكان')).toBe('ا');
    expect(initialOf('آيت ملول')).toBe('ا');
    expect(initialOf('تافراوت')).toBe('ت');
  });

  it('lists each initial once, in alphabetical order', () => {
    expect(initialsOf(['Tiznit', 'Agadir', 'Tata', 'Ammelne'], new Intl.Collator('fr'))).toEqual(['A', 'T']);
    expect(initialsOf(['تيزنيت', 'أكادير', 'بلفاع'], new Intl.Collator('ar'))).toEqual(['ا', 'ب', 'ت']);
  });
});
