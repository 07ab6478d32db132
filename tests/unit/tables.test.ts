// One schema: a table's TypeScript row type is derived from its spec, so a column added,
// renamed, retyped or made nullable in src/lib/tables.ts changes the type the pages use.
import { describe, expectTypeOf, it } from 'vitest';
import type { CENSUS, CENSUS_SPLITS, RowOf, TERRITORIES } from '../../src/lib/tables.ts';

describe('row types derived from table specs', () => {
  it('types each column from its spec, nullable where the spec says so', () => {
    expectTypeOf<RowOf<typeof CENSUS>>().toEqualTypeOf<{ territory_code: string; indicator_id: string; year: number; value: number; method: string; source_id: string }>();
    expectTypeOf<RowOf<typeof TERRITORIES>['area_km2']>().toEqualTypeOf<number | null>();
    expectTypeOf<RowOf<typeof TERRITORIES>['code']>().toEqualTypeOf<string>();
    expectTypeOf<RowOf<typeof CENSUS_SPLITS>>().toHaveProperty('group');
  });
});
