// From the bytes a partner sends to rows of text cells, accepting what Excel and LibreOffice
// really write: UTF-8 with or without BOM, or Windows-1252 (detected: a file that is not
// valid UTF-8 is read as Windows-1252), comma or semicolon separators, CRLF, and the first
// sheet of an XLSX workbook. The same code runs in the command line and in the browser.

import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

export interface Grid {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** What was detected, for messages and tests. */
  format: { kind: 'csv' | 'xlsx'; encoding?: 'utf-8' | 'windows-1252'; delimiter?: ',' | ';' };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator is the one that splits the header line into more fields. */
export function detectDelimiter(firstLine: string): ',' | ';' {
  const count = (c: string) => firstLine.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

export function parseDelimited(text: string): Grid['rows'] & { delimiter?: ',' | ';' } {
  const delimiter = detectDelimiter(text.split(/\r\n|\n|\r/, 1)[0] ?? '');
  const rows: Grid['rows'] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line, cells: result.data });
      for (let i = consumed; i < result.meta.cursor && i < text.length; i++) {
        if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      consumed = result.meta.cursor;
    },
  });
  return Object.assign(rows.filter((r) => r.cells.some((c) => c.trim() !== '')), { delimiter });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function decodeFile(name: string, bytes: Uint8Array): Promise<Grid> {
  if (isZip(bytes) || /\.xlsx$/i.test(name)) {
    const sheet = await readSheet(bytes.slice().buffer as ArrayBuffer);
    const rows = sheet.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) })).filter((r) => r.cells.some((c) => c.trim() !== ''));
    const [head, ...body] = rows;
    return { header: head?.cells ?? [], rows: body, format: { kind: 'xlsx' } };
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = parseDelimited(text);
  const [head, ...body] = parsed;
  return { header: head?.cells ?? [], rows: body, format: { kind: 'csv', encoding, delimiter: parsed.delimiter } };
}

/** Header names compared the way people mistype them: case, accents, spaces, hyphens. */
export function normaliseHeader(name: string): string {
  return name.replace(/^\ufeff/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s\-.]+/g, '_');
}
