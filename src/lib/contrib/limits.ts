// What the validator accepts to read at all, whatever the dataset: checked before decoding
// or inflating, so that no file can make the CLI, the build or a browser tab hang or run out
// of memory. Far above any real submission (the largest dataset allows 5 MB and 100,000 rows).

export const READ_LIMITS = {
  /** Bytes read from disk or accepted from a browser file, before anything is decoded. */
  bytes: 5_000_000,
  /** Rows and columns of a sheet, header included. */
  rows: 100_001,
  columns: 64,
  /** Cells holding a value, in all sheets of a workbook together. */
  cells: 1_000_000,
  /** Inflated size of one part of an XLSX archive, and of all parts read. */
  xlsxPartBytes: 60_000_000,
  xlsxTotalBytes: 120_000_000,
  /** Inflated ÷ compressed size beyond which a part past 10 MB is a decompression bomb (real sheets: 5–30). */
  xlsxRatio: 200,
  /** Problems reported per file; the rest are counted. */
  problems: 100,
  /** A metadata file. */
  metaBytes: 64_000,
} as const;

/** A file that cannot be read at all: refused with one problem, never a crash. */
export class ReadError extends Error {
  constructor(readonly rule: string, readonly fr: string, readonly en: string, readonly detail?: string) {
    super(en);
  }
}

// Characters that must never reach a terminal, a log or a page as they are: C0 and C1
// controls, DEL, bidirectional overrides and isolates, zero-width characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export const hasUnsafeChars = (s: string) => new RegExp(UNSAFE.source).test(s);

/** A value as it may be shown back: invisible characters made visible, at most `max` characters. */
export function excerpt(value: string, max = 40): string {
  const cut = [...value].length > max ? [...value].slice(0, max).join('') + '…' : value;
  return cut.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/** A file name as printed in messages: newlines, escapes and controls shown, never obeyed. */
export const safeName = (name: string) => excerpt(name, 200);
