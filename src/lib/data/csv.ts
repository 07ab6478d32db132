// CSV in and out. Reading goes through papaparse (quotes, embedded separators); writing is
// ours because the output must be byte-for-byte reproducible and typed: string columns are
// always quoted so that codes with leading zeros stay text in any reader.

import Papa from 'papaparse';
import type { Row, TableSpec } from '../tables.ts';

export interface ParsedCsv {
  header: string[];
  /** Data records with the 1-based line each starts on. */
  records: { line: number; cells: string[] }[];
}

export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      rows.push({ line, cells: result.data });
      line += countNewlines(body, consumed, end);
      consumed = end;
    },
  });
  // A trailing newline yields one empty record; blank lines carry no data.
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const [head, ...records] = nonEmpty;
  return { header: head ? head.cells : [], records };
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && i < s.length; i++) {
    if (s.charCodeAt(i) === 10) n++;
    else if (s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

export interface WriteOptions {
  bom?: boolean;
  eol?: '\n' | '\r\n';
  /** Leave text that a spreadsheet would run as a formula as it is: only for our canonical tables, never for exports. */
  keepFormulas?: boolean;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

// OWASP CSV injection: a cell starting with = + - @ (or their full-width forms), a tab or a
// carriage return is run as a formula by Excel and LibreOffice; a leading apostrophe makes it
// text. Quoting alone does not help: spreadsheets unquote before they evaluate.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
export const neutraliseFormula = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

export function formatCell(value: Row[string], type: string, keepFormulas = false): string {
  if (value === null || value === undefined) return '';
  if (type === 'string') return quote(keepFormulas ? String(value) : neutraliseFormula(String(value)));
  if (type === 'boolean') return value ? 'true' : 'false';
  return formatNumber(value as number);
}

/** Shortest round-trip representation, never exponent notation for our magnitudes. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return Object.is(n, -0) ? '0' : String(n);
}

export function writeCsv(spec: TableSpec, rows: Row[], options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const lines = [spec.columns.map((col) => col.name).join(',')];
  for (const row of rows) lines.push(spec.columns.map((col) => formatCell(row[col.name] ?? null, col.type, options.keepFormulas)).join(','));
  return (options.bom ? '\ufeff' : '') + lines.join(eol) + eol;
}

/**
 * CSV for columns known only at run time (query results, browser exports): text quoted,
 * numbers as they are, missing values empty, CRLF line ends, formulas neutralised.
 */
export function csvText(header: string[], rows: unknown[][]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' || typeof v === 'bigint' ? String(v) : quote(neutraliseFormula(String(v))));
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
