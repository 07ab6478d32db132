// Reads one canonical CSV against its table spec: every cell is checked for its type, its
// allowed values and its pattern, and every row for a duplicate key. Problems are collected,
// not thrown, so one run reports everything wrong with a file.

import type { Problem } from './problems.ts';
import { parseCsv } from './csv.ts';
import type { Column, Row, TableSpec } from '../tables.ts';

export interface ReadResult {
  rows: Row[];
  /** Line on which each row starts, for later cross-table messages. */
  lines: number[];
  problems: Problem[];
}

export function readTable(spec: TableSpec, file: string, text: string): ReadResult {
  const problems: Problem[] = [];
  const { header, records } = parseCsv(text);
  if (header.length === 0) {
    return { rows: [], lines: [], problems: [{ file, line: 1, column: 1, rule: 'empty-file', message: 'the file has no header' }] };
  }
  header.forEach((name, i) => {
    if (!spec.columns.some((col) => col.name === name)) {
      problems.push({ file, line: 1, column: i + 1, rule: 'unknown-column', message: `column "${name}" is not part of table ${spec.name}` });
    }
    if (header.indexOf(name) !== i) {
      problems.push({ file, line: 1, column: i + 1, rule: 'duplicate-column', message: `column "${name}" appears twice` });
    }
  });
  const missing = spec.columns.filter((col) => !header.includes(col.name));
  for (const col of missing) {
    problems.push({ file, line: 1, column: header.length + 1, rule: 'missing-column', message: `required column "${col.name}" is missing` });
  }
  if (missing.length > 0) return { rows: [], lines: [], problems };

  const rows: Row[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.length !== header.length) {
      problems.push({ file, line, column: Math.min(cells.length, header.length) + 1, rule: 'field-count', message: `expected ${header.length} fields, found ${cells.length}` });
      continue;
    }
    const row: Row = {};
    for (const col of spec.columns) {
      const index = header.indexOf(col.name);
      const parsed = parseCell(col, cells[index]!);
      if ('error' in parsed) {
        problems.push({ file, line, column: index + 1, rule: parsed.rule, message: `${col.name}: ${parsed.error}` });
      } else {
        row[col.name] = parsed.value;
      }
    }
    const key = spec.primaryKey.map((k) => String(row[k])).join('\u0000');
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push({
        file, line, column: header.indexOf(spec.primaryKey[0]!) + 1, rule: 'duplicate-key',
        message: `${spec.primaryKey.join(', ')} = ${spec.primaryKey.map((k) => row[k]).join(', ')} already appears on line ${previous}`,
      });
    } else {
      seen.set(key, line);
    }
    rows.push(row);
    lines.push(line);
  }
  return { rows, lines, problems };
}

type Parsed = { value: Row[string] } | { error: string; rule: string };

export function parseCell(col: Column, raw: string): Parsed {
  if (raw === '') {
    return col.nullable ? { value: null } : { error: 'a value is required', rule: 'required' };
  }
  switch (col.type) {
    case 'integer':
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return { error: `"${raw}" is not a number`, rule: 'not-numeric' };
      const n = Number(raw);
      if (col.type === 'integer' && !Number.isInteger(n)) return { error: `"${raw}" is not a whole number`, rule: 'not-integer' };
      return { value: n };
    }
    case 'boolean':
      if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
      return { error: `"${raw}" is not true or false`, rule: 'not-boolean' };
    case 'string':
      if (col.enum && !col.enum.includes(raw)) return { error: `"${raw}" is not one of ${col.enum.join(', ')}`, rule: 'not-allowed' };
      if (col.pattern && !col.pattern.test(raw)) return { error: `"${raw}" does not match ${col.pattern}`, rule: 'bad-format' };
      return { value: raw };
  }
}
