// A figure with the worst-case interval it is known within. The point value is computed
// from the published figures; the bounds by interval arithmetic from each input's own
// bounds, so no combination of roundings can lie outside them.

export interface Bounded {
  value: number;
  lo: number;
  hi: number;
}

export const exact = (value: number): Bounded => ({ value, lo: value, hi: value });

export const add = (a: Bounded, b: Bounded): Bounded => ({ value: a.value + b.value, lo: a.lo + b.lo, hi: a.hi + b.hi });

export const subtract = (a: Bounded, b: Bounded): Bounded => ({ value: a.value - b.value, lo: a.lo - b.hi, hi: a.hi - b.lo });

export const sum = (terms: readonly Bounded[]): Bounded => terms.reduce(add, exact(0));

/** Product of two non-negative quantities (counts, survival ratios). */
export function multiply(a: Bounded, b: Bounded): Bounded {
  if (a.lo < 0 || b.lo < 0) throw new RangeError('multiply: bounds must be non-negative');
  return { value: a.value * b.value, lo: a.lo * b.lo, hi: a.hi * b.hi };
}

/** Quotient of two non-negative quantities, the divisor bounded away from zero. */
export function divide(a: Bounded, b: Bounded): Bounded {
  if (a.lo < 0 || b.lo <= 0) throw new RangeError('divide: numerator must be non-negative and divisor positive');
  return { value: a.value / b.value, lo: a.lo / b.hi, hi: a.hi / b.lo };
}

/** Multiplication by an exact number (which may be negative: the bounds then swap). */
export function scale(a: Bounded, k: number): Bounded {
  return k >= 0 ? { value: a.value * k, lo: a.lo * k, hi: a.hi * k } : { value: a.value * k, lo: a.hi * k, hi: a.lo * k };
}

/** Which side of zero the whole interval lies on; `unclear` when it includes zero. */
export type Direction = 'gain' | 'loss' | 'unclear';
export const direction = (b: Bounded): Direction => (b.lo > 0 ? 'gain' : b.hi < 0 ? 'loss' : 'unclear');
