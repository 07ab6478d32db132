// Typed Arrow tables from spec'd rows. Strings are plain Utf8 (not dictionaries) so DuckDB
// and other readers see ordinary text columns; codes therefore keep their leading zeros.

import { Bool, Field, Float64, Int32, RecordBatch, Schema, Struct, Table, Utf8, makeData, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnType, Row, TableSpec } from '../tables.ts';

const arrowType = (t: ColumnType): DataType => (t === 'string' ? new Utf8() : t === 'integer' ? new Int32() : t === 'number' ? new Float64() : new Bool());

export function arrowTable(spec: TableSpec, rows: Row[], metadata: Record<string, string> = {}): Table {
  const fields = spec.columns.map((c) => new Field(c.name, arrowType(c.type), c.nullable ?? false));
  const schema = new Schema(fields, new Map(Object.entries(metadata)));
  const children = spec.columns.map((c) => {
    const type = arrowType(c.type);
    return vectorFromArray(rows.map((r) => r[c.name] ?? null), type).data[0] ?? makeData({ type, length: 0, nullCount: 0 } as never);
  });
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table([new RecordBatch(schema, data)]);
}
