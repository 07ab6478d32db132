// One description per contribution dataset: the published table specs (Arrow, Parquet, CSV,
// datapackage) carry the same columns, types, optionality and allowed values as the
// validator's definitions, so the two cannot drift apart.
import { describe, expect, it } from 'vitest';
import { ASSOCIATION_LIST, OFFICES, PROJECTS } from '../../../src/lib/contrib/datasets.ts';
import { ASSOCIATIONS, BAOM_OFFICES, DIASPORA_PROJECTS } from '../../../src/lib/tables.ts';

describe('published contribution tables follow the dataset definitions', () => {
  for (const [dataset, spec] of [[OFFICES, BAOM_OFFICES], [ASSOCIATION_LIST, ASSOCIATIONS], [PROJECTS, DIASPORA_PROJECTS]] as const) {
    it(spec.name, () => {
      expect(spec.columns.map((c) => c.name)).toEqual([...dataset.fields.map((f) => f.name), 'source_file', 'synthetic']);
      for (const field of dataset.fields) {
        const column = spec.columns.find((c) => c.name === field.name)!;
        expect(Boolean(column.nullable), field.name).toBe(!field.required);
        expect(column.description).toEqual(field.description);
        if (field.type === 'enum') expect(column.enum).toEqual(field.values);
      }
      expect(spec.primaryKey).toEqual([...dataset.key]);
    });
  }
  it('counts and years are integers, amounts and coordinates numbers', () => {
    const type = (spec: typeof ASSOCIATIONS, name: string) => spec.columns.find((c) => c.name === name)!.type;
    expect([type(ASSOCIATIONS, 'members'), type(ASSOCIATIONS, 'founded'), type(DIASPORA_PROJECTS, 'amount_mad'), type(BAOM_OFFICES, 'latitude'), type(BAOM_OFFICES, 'services')]).toEqual(['integer', 'integer', 'number', 'number', 'string']);
  });
});

describe('templates', () => {
  it('carry an example row that is valid in every column, yet refused as the example if left in', async () => {
    const { DATASETS } = await import('../../../src/lib/contrib/datasets.ts');
    const { csvText } = await import('../../../src/lib/data/csv.ts');
    const { validateFiles } = await import('../../../src/lib/contrib/validate.ts');
    for (const d of DATASETS) {
      const text = csvText(d.fields.map((f) => f.name), [[...d.example]]);
      const [r] = await validateFiles([{ name: `${d.id}.csv`, bytes: new TextEncoder().encode(text) }], {
        communes: new Set(['09.581.01.07']), offices: new Set(['EXEMPLE-BAOM-1']), associations: new Set(['EXEMPLE-ASSO-1']), today: '2026-11-29',
      });
      expect(r!.dataset).toBe(d.id);
      expect(r!.problems.map((p) => `${p.line}:${p.column}:${p.rule}`)).toEqual(['2:1:example-row']);
    }
  });
});
