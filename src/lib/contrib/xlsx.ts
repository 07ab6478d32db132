// Reading an XLSX workbook with bounded memory, in Node and in the browser. The archive is
// inflated in small slices and each part is parsed as it inflates (SAX), so neither a part
// that inflates to gigabytes nor a cell reference like A99999999 makes anything grow beyond
// the limits below: the file is refused as soon as a limit is crossed. Cells are kept sparse,
// only where they hold a value. What the validator must not read silently (hidden sheets,
// rows and columns) is returned with the cells so that the caller can refuse it.

import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { SaxesParser } from 'saxes';
import { ReadError, READ_LIMITS } from './limits.ts';

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Excel row number → column index (0-based) → text of the cell. */
  rows: Map<number, Map<number, string>>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

interface RawCell { t: string; s: number; v: string }

// Small slices: a slice of deflate inflates at most ~1000 times, so no chunk exceeds a few MB.
const SLICE = 2 * 1024;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** "BC12" → [column index 54, row 12]; undefined when it is not a cell reference. */
export function parseRef(ref: string): [number, number] | undefined {
  const m = /^([A-Z]{1,3})(\d{1,10})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [col - 1, Number(m[2])];
}

const tooBig = (what: string, fr: string, en: string) => new ReadError('too-large', `classeur refusé : ${fr}`, `workbook refused: ${en}`, what);

/** Built-in number formats that are dates (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const isDateCode = (code: string) => /[dmyj]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^general$/i.test(code);

function excelDate(serial: number, date1904: boolean): string {
  const day = 86_400_000;
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = base + Math.round(serial * day);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 16);
}

function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  // Binary floating point as Excel stores it (0.30000000000000004) reads as Excel shows it.
  return String(Number.isSafeInteger(n) ? n : Number(n.toPrecision(15)));
}

/** Streams one part through a SAX parser, chunk by chunk, with a cap on its inflated size. */
class Part {
  readonly parser = new SaxesParser({ xmlns: false });
  private readonly decoder = new TextDecoder('utf-8');
  inflated = 0;
  constructor(readonly name: string) {}
  write(chunk: Uint8Array, final: boolean, total: { inflated: number }, compressed: number) {
    this.inflated += chunk.length;
    total.inflated += chunk.length;
    if (this.inflated > 10_000_000 && this.inflated > READ_LIMITS.xlsxRatio * compressed) {
      throw tooBig(this.name, `une partie de l’archive se décompresse plus de ${READ_LIMITS.xlsxRatio} fois (bombe de décompression)`, `a part of the archive inflates more than ${READ_LIMITS.xlsxRatio} times (decompression bomb)`);
    }
    if (this.inflated > READ_LIMITS.xlsxPartBytes || total.inflated > READ_LIMITS.xlsxTotalBytes) {
      throw tooBig(this.name, `une partie de l’archive dépasse ${READ_LIMITS.xlsxPartBytes / 1e6} Mo une fois décompressée`, `a part of the archive inflates beyond ${READ_LIMITS.xlsxPartBytes / 1e6} MB`);
    }
    this.parser.write(this.decoder.decode(chunk, { stream: !final }));
    if (final) this.parser.close();
  }
}

export function readWorkbook(bytes: Uint8Array): Sheet[] {
  const sheetsInWorkbook: { name: string; hidden: boolean; rid: string }[] = [];
  const rels = new Map<string, string>();
  const shared: string[] = [];
  let sharedChars = 0;
  const numFmts = new Map<number, string>();
  const cellXfs: number[] = [];
  let date1904 = false;
  const parsed = new Map<string, { cells: Map<number, Map<number, RawCell>>; hiddenRows: Set<number>; hiddenColumns: Set<number> }>();
  let cellCount = 0;
  const total = { inflated: 0 };
  let failure: unknown;

  const sheetHandlers = (part: Part) => {
    const cells = new Map<number, Map<number, RawCell>>();
    const hiddenRows = new Set<number>();
    const hiddenColumns = new Set<number>();
    parsed.set(part.name, { cells, hiddenRows, hiddenColumns });
    let row = 0;
    let col = -1;
    let cell: RawCell | undefined;
    let text: string | undefined;
    let inIs = false;
    part.parser.on('opentag', (tag) => {
      const name = local(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'row') {
        row = a.r ? Number(a.r) : row + 1;
        col = -1;
        if (!Number.isInteger(row) || row < 1) throw new ReadError('bad-xlsx', `numéro de ligne « ${a.r} » invalide`, `invalid row number "${a.r}"`);
        if (a.hidden === '1' || a.hidden === 'true') hiddenRows.add(row);
      } else if (name === 'c') {
        if (a.r) {
          const ref = parseRef(a.r);
          if (!ref) throw new ReadError('bad-xlsx', 'référence de cellule invalide', 'invalid cell reference', a.r);
          [col, row] = ref;
        } else col += 1;
        cell = { t: a.t ?? 'n', s: Number(a.s ?? 0), v: '' };
      } else if (name === 'col' && (a.hidden === '1' || a.hidden === 'true')) {
        const [min, max] = [Number(a.min), Math.min(Number(a.max), READ_LIMITS.columns)];
        for (let i = min; i <= max; i++) hiddenColumns.add(i - 1);
      } else if (name === 'v' || (name === 't' && inIs)) text = '';
      else if (name === 'is') inIs = true;
    });
    part.parser.on('text', (t) => { if (text !== undefined) text += t; });
    part.parser.on('cdata', (t) => { if (text !== undefined) text += t; });
    part.parser.on('closetag', (tag) => {
      const name = local(tag.name);
      if ((name === 'v' || name === 't') && text !== undefined && cell) { cell.v += text; text = undefined; }
      else if (name === 'is') inIs = false;
      else if (name === 'c' && cell) {
        if (cell.v !== '') {
          // Only a cell holding a value counts: formatting alone may reach far without cost.
          if (row > READ_LIMITS.rows) throw tooBig(`row ${row}`, `ligne ${row} au-delà de ${READ_LIMITS.rows} lignes`, `row ${row} beyond ${READ_LIMITS.rows} rows`);
          if (col >= READ_LIMITS.columns) throw tooBig(`column ${col + 1}`, `colonne ${col + 1} au-delà de ${READ_LIMITS.columns} colonnes`, `column ${col + 1} beyond ${READ_LIMITS.columns} columns`);
          if (++cellCount > READ_LIMITS.cells) throw tooBig('cells', `plus de ${READ_LIMITS.cells} cellules`, `more than ${READ_LIMITS.cells} cells`);
          let r = cells.get(row);
          if (!r) cells.set(row, (r = new Map()));
          r.set(col, cell);
        }
        cell = undefined;
      }
    });
  };

  const sharedHandlers = (part: Part) => {
    let current: string | undefined;
    let inT = false;
    let phonetic = 0;
    part.parser.on('opentag', (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) inT = true;
    });
    part.parser.on('text', (t) => {
      if (inT && current !== undefined) {
        current += t;
        sharedChars += t.length;
      }
    });
    part.parser.on('closetag', (tag) => {
      const name = local(tag.name);
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== undefined) {
        if (shared.length >= READ_LIMITS.cells) throw tooBig('sharedStrings', `plus de ${READ_LIMITS.cells} textes`, `more than ${READ_LIMITS.cells} strings`);
        shared.push(current);
        current = undefined;
      }
    });
  };

  const workbookHandlers = (part: Part) => {
    part.parser.on('opentag', (tag) => {
      const name = local(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'sheet') {
        const rid = Object.entries(a).find(([k]) => local(k) === 'id' && k.includes(':'))?.[1] ?? '';
        sheetsInWorkbook.push({ name: a.name ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden', rid });
      } else if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) date1904 = true;
    });
  };

  const relsHandlers = (part: Part) => {
    part.parser.on('opentag', (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (local(tag.name) === 'Relationship' && a.Id && a.Target) {
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`;
        rels.set(a.Id, target.replace(/\/\.\//g, '/'));
      }
    });
  };

  const stylesHandlers = (part: Part) => {
    let inXfs = false;
    part.parser.on('opentag', (tag) => {
      const name = local(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'numFmt') numFmts.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) cellXfs.push(Number(a.numFmtId ?? 0));
    });
    part.parser.on('closetag', (tag) => { if (local(tag.name) === 'cellXfs') inXfs = false; });
  };

  const unzip = new Unzip((file) => {
    const name = file.name;
    const handlers = name === 'xl/workbook.xml' ? workbookHandlers
      : name === 'xl/_rels/workbook.xml.rels' ? relsHandlers
        : name === 'xl/sharedStrings.xml' ? sharedHandlers
          : name === 'xl/styles.xml' ? stylesHandlers
            : /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? sheetHandlers : undefined;
    if (!handlers) return; // other parts are never inflated
    const part = new Part(name);
    part.parser.on('error', (e) => { throw new ReadError('bad-xlsx', 'XML invalide dans le classeur', 'invalid XML in the workbook', e.message); });
    handlers(part);
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      try {
        if (err) throw err;
        part.write(chunk, final, total, file.size ?? bytes.length);
      } catch (e) {
        failure = e;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let i = 0; i < bytes.length && !failure; i += SLICE) unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (e) {
    failure ??= e;
  }
  if (failure) {
    if (failure instanceof ReadError) throw failure;
    throw new ReadError('unreadable', 'ce fichier n’est pas un classeur XLSX lisible', 'this file is not a readable XLSX workbook', failure instanceof Error ? failure.message : String(failure));
  }

  const isDate = (style: number) => {
    const id = cellXfs[style] ?? 0;
    return DATE_FORMAT_IDS.has(id) || (numFmts.has(id) && isDateCode(numFmts.get(id)!));
  };
  const text = (c: RawCell): string => {
    switch (c.t) {
      case 's': return shared[Number(c.v)] ?? '';
      case 'inlineStr': case 'str': return c.v;
      case 'b': return c.v === '1' ? 'TRUE' : 'FALSE';
      case 'e': return c.v;
      case 'd': return c.v.slice(0, c.v.includes('T00:00:00') ? 10 : 16);
      default: {
        const n = Number(c.v);
        return Number.isFinite(n) && isDate(c.s) ? excelDate(n, date1904) : numberText(c.v);
      }
    }
  };
  if (sharedChars > READ_LIMITS.xlsxTotalBytes) throw tooBig('sharedStrings', 'textes trop longs', 'strings too long');
  const order = sheetsInWorkbook.length
    ? sheetsInWorkbook.map((s) => ({ ...s, part: rels.get(s.rid) ?? '' }))
    : [...parsed.keys()].sort().map((part) => ({ name: part, hidden: false, part }));
  return order.filter((s) => parsed.has(s.part)).map((s) => {
    const p = parsed.get(s.part)!;
    const rows = new Map<number, Map<number, string>>();
    for (const [r, cols] of [...p.cells].sort((a, b) => a[0] - b[0])) {
      rows.set(r, new Map([...cols].map(([c, cell]) => [c, text(cell)])));
    }
    return { name: s.name, hidden: s.hidden, rows, hiddenRows: p.hiddenRows, hiddenColumns: p.hiddenColumns };
  });
}
