import { describe, expect, it } from 'vitest';
import { ASSOCIATION_KINDS, OFFICE_LEVELS, ORIGIN_GROUPS, PROJECT_STATUSES, PUBLICS, SECTORS, SERVICES, SEXES } from '../../src/lib/contrib/datasets.ts';
import { CODE_LABELS } from '../../src/i18n/codes.ts';

describe('labels of contribution codes', () => {
  it('names every allowed code in French, Arabic and English', () => {
    for (const code of [...SERVICES, ...PUBLICS, ...SEXES, ...ORIGIN_GROUPS, ...OFFICE_LEVELS, ...ASSOCIATION_KINDS, ...PROJECT_STATUSES, ...SECTORS]) {
      const label = CODE_LABELS[code];
      expect(label, code).toBeDefined();
      expect(label!.ar, code).toMatch(/[\u0600-\u06ff]/);
      expect(label!.fr && label!.en, code).toBeTruthy();
    }
  });
});
