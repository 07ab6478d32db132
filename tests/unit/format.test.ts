import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPercent } from '../../src/lib/format.ts';

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
  it('shows a dash, not zero, for a missing value', () => {
    expect(formatNumber(undefined, 'fr')).toBe('—');
    expect(formatPercent(null, 'en')).toBe('—');
  });
});
