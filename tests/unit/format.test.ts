import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPercent, formatValue, valueParts } from '../../src/lib/format.ts';

describe('formatting per language', () => {
  it('groups thousands the French way', () => {
    expect(formatNumber(3020431, 'fr')).toBe('3\u202f020\u202f431');
  });
  it('uses Latin digits on Arabic pages', () => {
    expect(formatNumber(3020431, 'ar')).toMatch(/^3.020.431$/);
    expect(formatNumber(12.5, 'ar', 1)).not.toMatch(/[٠-٩]/);
  });
  it('writes English numbers with commas', () => {
    expect(formatNumber(3020431, 'en')).toBe('3,020,431');
  });
  it('signs changes', () => {
    expect(formatChange(12.8, 'en')).toBe('+12.8');
    expect(formatPercent(-14.6, 'en', 1, true)).toBe('\u221214.6%');
    expect(formatPercent(12.8, 'fr', 1, true)).toBe('+12,8\u202f%');
  });
  it('sets a unit in words apart from its number, and keeps a percent sign with it', () => {
    const ratio = { id: 'men_per_100_women', unit: 'men_per_100_women', decimals: 1 };
    expect(valueParts(98.4, ratio, 'fr')).toEqual({ number: '98,4', unit: 'hommes pour 100 femmes' });
    expect(formatValue(98.4, ratio, 'ar')).toBe('98,4 رجل لكل 100 امرأة');
    expect(valueParts(28.1, { id: 'share_aged_20_39', unit: 'percent', decimals: 1 }, 'fr')).toEqual({ number: '28,1\u202f%', unit: '' });
  });
  it('shows a dash, not zero, for a missing value', () => {
    expect(formatNumber(undefined, 'fr')).toBe('—');
    expect(formatPercent(null, 'en')).toBe('—');
  });
});
