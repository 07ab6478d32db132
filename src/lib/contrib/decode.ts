// From the bytes a partner sends to rows of text cells, accepting what Excel and LibreOffice
// really write — UTF-8 with or without BOM, Windows-1252, UTF-16 ("Unicode text", tab
// separated), comma, semicolon or tab separators, a `sep=;` first line, CRLF, trailing empty
// columns and rows, XLSX workbooks — and refusing, with a message saying how to save the file,
// what cannot be read without guessing. The same code runs in the command line, the build and
// the browser (Windows-1252 through iconv-lite: Node 20's TextDecoder misreads it).

import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { ReadError, READ_LIMITS, excerpt } from './limits.ts';
import { readWorkbook, type Sheet } from './xlsx.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

export interface Grid {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** What was detected, for messages and tests. */
  format: { kind: 'csv' | 'xlsx'; encoding?: Encoding; delimiter?: Delimiter; sheet?: string };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

const SAVE_AS = {
  fr: 'enregistrez-le en « CSV UTF-8 » (Excel : Fichier › Enregistrer sous › CSV UTF-8 ; LibreOffice : Enregistrer sous › CSV, jeu de caractères Unicode (UTF-8)) ou en XLSX',
  en: 'save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8; LibreOffice: Save As › CSV, character set Unicode (UTF-8)) or as XLSX',
};

// Windows-1252 characters from 0x80–0x9F that French, Arabic-transliterated or English text
// really uses; the others (Ž, ˆ, ‰, †…) are what Mac Roman accents look like when misread.
const CP1252_PLAUSIBLE = new Set('€‚„…‹›Œœ‘’“”•–—™');
// …and those of them that are never a letter's neighbour on both sides: between two letters
// they are a Mac Roman letter misread (Ö → …, ô → ™, ï → •).
const CP1252_NOT_INSIDE_WORD = new Set('€…•™“”‘‹›„‚');
// A UTF-8 multi-byte sequence: a file holding one is UTF-8 with stray bytes, not Windows-1252.
const UTF8_SEQUENCE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0, hi = bytes.length;
  // Binary search on prefixes: the first offset at which decoding fails.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try { decoder.decode(bytes.subarray(0, mid), { stream: true }); lo = mid; } catch { hi = mid; }
  }
  return lo;
}

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 10 ? 1 : 0), 1);

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const refuse = (fr: string, en: string) => new ReadError('bad-encoding', `${fr} : ${SAVE_AS.fr}`, `${en}: ${SAVE_AS.en}`);
  const utf16 = (encoding: 'utf-16le' | 'utf-16be') => {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      throw refuse('le fichier commence comme de l’UTF-16 mais ne l’est pas', 'the file starts as UTF-16 but is not');
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be');
  // UTF-16 without a byte-order mark: ASCII text with a zero byte beside every character.
  const head = bytes.subarray(0, 2000);
  const zeros = (parity: number) => head.filter((b, i) => i % 2 === parity && b === 0).length;
  if (head.length >= 4 && zeros(1) > head.length / 4) return utf16('utf-16le');
  if (head.length >= 4 && zeros(0) > head.length / 4) return utf16('utf-16be');
  if (bytes.includes(0)) throw refuse('le fichier contient des octets nuls : ce n’est pas un texte CSV', 'the file holds zero bytes: it is not CSV text');

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }; // strips a BOM
  } catch {
    // not UTF-8: Windows-1252 if it is plausibly that, refused otherwise
  }
  const latin = Array.from(bytes.subarray(0, 1_000_000), (b) => String.fromCharCode(b)).join('');
  const offset = firstInvalidUtf8(bytes);
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || UTF8_SEQUENCE.test(latin)) {
    throw refuse(`le fichier est en UTF-8 mais contient un octet invalide (ligne ${lineAt(bytes, offset)}), sans doute collé depuis un autre fichier ; corrigez ce caractère ou`, `the file is UTF-8 but holds an invalid byte (line ${lineAt(bytes, offset)}), probably pasted from another file; fix that character or`);
  }
  const text = iconv.decode(bytes, 'windows-1252');
  // Single-byte: character i is byte i.
  const letter = (i: number) => /\p{L}/u.test(text[i] ?? '');
  const implausible = bytes.findIndex((b, i) => b >= 0x80 && b <= 0x9f
    && (!CP1252_PLAUSIBLE.has(text[i]!) || (CP1252_NOT_INSIDE_WORD.has(text[i]!) && letter(i - 1) && letter(i + 1))));
  if (implausible >= 0) {
    const line = lineAt(bytes, implausible);
    throw refuse(`le fichier n’est ni en UTF-8 ni en Windows-1252 (peut-être Mac Roman ; caractère douteux ligne ${line})`, `the file is neither UTF-8 nor Windows-1252 (perhaps Mac Roman; doubtful character on line ${line})`);
  }
  return { text, encoding: 'windows-1252' };
}

/** The separator is the one that splits the header line into more fields. */
export function detectDelimiter(firstLine: string): Delimiter {
  const count = (c: string) => firstLine.split(c).length;
  return (['\t', ';', ','] as const).reduce((best, c) => (count(c) > count(best) ? c : best), ',' as Delimiter);
}

export function parseDelimited(text: string): { rows: Grid['rows']; delimiter: Delimiter } {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  // Excel's "sep=;" first line names the separator.
  const hint = /^"?sep=([,;\t|])"?[,;\t]*(\r\n|\n|\r)/i.exec(body);
  if (hint) { body = body.slice(hint[0].length); line = 2; }
  const delimiter = (hint?.[1] === '|' ? ',' : hint?.[1] as Delimiter | undefined) ?? detectDelimiter(body.split(/\r\n|\n|\r/, 1)[0] ?? '');
  const rows: Grid['rows'] = [];
  let consumed = 0;
  let overflow: ReadError | undefined;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.data.some((c) => c.trim() !== '')) rows.push({ line, cells: result.data });
      if (rows.length > READ_LIMITS.rows) {
        overflow = new ReadError('too-large', `plus de ${READ_LIMITS.rows} lignes`, `more than ${READ_LIMITS.rows} rows`);
        parser.abort();
      }
      for (let i = consumed; i < result.meta.cursor && i < body.length; i++) {
        if (body.charCodeAt(i) === 10 || (body.charCodeAt(i) === 13 && body.charCodeAt(i + 1) !== 10)) line++;
      }
      consumed = result.meta.cursor;
    },
  });
  if (overflow) throw overflow;
  return { rows, delimiter };
}

/** Header and data rows, without the empty columns spreadsheets leave after the last one. */
function toGrid(rows: Grid['rows'], format: Grid['format']): Grid {
  const [head, ...body] = rows;
  const header = [...(head?.cells ?? [])];
  while (header.length && header[header.length - 1]!.trim() === '') header.pop();
  if (header.length > READ_LIMITS.columns) {
    throw new ReadError('too-large', `l’en-tête a ${header.length} colonnes (au plus ${READ_LIMITS.columns})`, `the header has ${header.length} columns (at most ${READ_LIMITS.columns})`);
  }
  return { header, rows: body, format };
}

function sheetRows(sheet: Sheet): Grid['rows'] {
  return [...sheet.rows].map(([line, cols]) => {
    const width = Math.max(...cols.keys()) + 1;
    return { line, cells: Array.from({ length: width }, (_, i) => cols.get(i) ?? '') };
  }).filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/**
 * The sheet to read: the visible one whose first row is a dataset's header. Hidden sheets,
 * rows and columns holding data are refused rather than read (or skipped) without a word.
 */
function chooseSheet(sheets: Sheet[], isHeader: (header: string[]) => boolean): { sheet: Sheet; rows: Grid['rows'] } {
  const candidates = sheets.map((sheet) => ({ sheet, rows: sheetRows(sheet) }));
  const withHeader = candidates.filter((c) => c.rows.length && isHeader(c.rows[0]!.cells));
  const visible = withHeader.filter((c) => !c.sheet.hidden);
  if (visible.length > 1) {
    throw new ReadError('several-sheets', `plusieurs feuilles contiennent des données (${visible.map((c) => `« ${excerpt(c.sheet.name)} »`).join(', ')}) : gardez-en une par fichier`, `several sheets hold data (${visible.map((c) => `"${excerpt(c.sheet.name)}"`).join(', ')}): keep one per file`);
  }
  if (visible.length === 0 && withHeader.length) {
    const name = excerpt(withHeader[0]!.sheet.name);
    throw new ReadError('hidden-sheet', `la feuille de données « ${name} » est masquée : affichez-la (clic droit sur les onglets › Afficher) ou supprimez-la`, `the data sheet "${name}" is hidden: unhide it (right-click the sheet tabs › Unhide) or delete it`);
  }
  const chosen = visible[0] ?? candidates.find((c) => !c.sheet.hidden && c.rows.length) ?? candidates.find((c) => !c.sheet.hidden);
  if (!chosen) return { sheet: sheets[0] ?? { name: '', hidden: false, rows: new Map(), hiddenRows: new Set(), hiddenColumns: new Set() }, rows: [] };
  const hiddenRows = chosen.rows.filter((r) => chosen.sheet.hiddenRows.has(r.line)).map((r) => r.line);
  if (hiddenRows.length) {
    const list = hiddenRows.slice(0, 10).join(', ') + (hiddenRows.length > 10 ? '…' : '');
    throw new ReadError('hidden-rows', `des lignes masquées ou filtrées contiennent des données (lignes ${list}) : affichez-les et supprimez celles qui ne doivent pas être envoyées`, `hidden or filtered rows hold data (rows ${list}): unhide them and delete those that should not be sent`);
  }
  const hiddenCols = [...chosen.sheet.hiddenColumns].filter((c) => chosen.rows.some((r) => (r.cells[c] ?? '').trim() !== ''));
  if (hiddenCols.length) {
    throw new ReadError('hidden-columns', `des colonnes masquées contiennent des données (colonne ${hiddenCols[0]! + 1}) : affichez-les`, `hidden columns hold data (column ${hiddenCols[0]! + 1}): unhide them`);
  }
  return chosen;
}

export async function decodeFile(name: string, bytes: Uint8Array, isHeader: (header: string[]) => boolean = () => true): Promise<Grid> {
  if (bytes.length > READ_LIMITS.bytes) {
    throw new ReadError('too-large', `fichier de plus de ${READ_LIMITS.bytes / 1e6} Mo`, `file larger than ${READ_LIMITS.bytes / 1e6} MB`);
  }
  if (isZip(bytes) || /\.xlsx$/i.test(name)) {
    if (!isZip(bytes)) throw new ReadError('unreadable', 'ce fichier n’est pas un classeur XLSX', 'this file is not an XLSX workbook');
    const { sheet, rows } = chooseSheet(readWorkbook(bytes), isHeader);
    return toGrid(rows, { kind: 'xlsx', sheet: sheet.name });
  }
  const { text, encoding } = decodeText(bytes);
  const { rows, delimiter } = parseDelimited(text);
  return toGrid(rows, { kind: 'csv', encoding, delimiter });
}

/** Header names compared the way people mistype them: case, accents, spaces, hyphens. */
export function normaliseHeader(name: string): string {
  return name.replace(/^\ufeff/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s\-.]+/g, '_');
}
