// A partner types the period of a submission in the desk's form; the browser checks its
// shape before sending. The form must let through every period the validator reads, and its
// hint, in each language, must show periods the validator reads, written as that reader writes them.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/desk/i18n.ts';
import { parsePeriod, PERIOD_INPUT_PATTERN } from '../../../src/lib/contrib/period.ts';

// As a browser compiles an input's `pattern`: the whole value, with the `v` flag.
const field = new RegExp(`^(?:${PERIOD_INPUT_PATTERN})$`, 'v');

describe('the desk’s period field', () => {
  it.each(['2024-07', '2024-Q3', '2024-q3', '2024-T3', '2024', '2023-2024'])('lets %s through, as the validator reads it', (period) => {
    expect(parsePeriod(period, true)).toBeDefined();
    expect(field.test(period)).toBe(true);
  });
  it.each(['2024-13', '2024-Q5', '24-07', '2024-7', '2024/07', 'juillet 2024'])('stops %s, which the validator refuses', (period) => {
    expect(parsePeriod(period, true)).toBeUndefined();
    expect(field.test(period)).toBe(false);
  });
  it.each(['fr', 'ar', 'en'] as const)('%s: the hint gives examples the validator reads, and no letters of another language', (lang) => {
    const hint = MESSAGES[lang].periodHint;
    const examples = hint.match(/\d{4}(?:-[\dA-Z]+)?/g) ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const e of examples) expect(parsePeriod(e, true), e).toBeDefined();
    if (lang !== 'fr') expect(hint).not.toMatch(/AAAA|JJ/);
    expect(MESSAGES[lang].period).not.toMatch(/\d|[A-Z]{4}/); // a column heading too: the hint is apart
  });
});
