// Typed Arrow tables from spec'd rows. Strings are plain Utf8 (not dictionaries) so DuckDB
// and other readers see ordinary text columns; codes therefore keep their leading zeros.

import { Bool, Field, Float64, Int32, RecordBatch, Schema, Struct, Table, Utf8, makeData, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnType, Row, TableSpec } from '../tables.ts';

const arrowType = (t: ColumnType): DataType => (t === 'string' ? new Utf8() : t === 'integer' ? new Int32() : t === 'number' ? new Float64() : new Bool());

export function arrowTable(spec: TableSpec, rows: Row[]): Table {
  const fields = spec.columns.map((c) => new Field(c.name, arrowType(c.type), c.nullable ?? false));
  const children = spec.columns.map((c) => vectorFromArray(rows.map((r) => r[c.name] ?? null), arrowType(c.type)).data[0]!);
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table([new RecordBatch(new Schema(fields), data)]);
}
