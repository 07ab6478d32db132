// A published table as an Excel workbook in one language: the data with labelled columns, a
// sheet of definitions and a sheet with the licence and credits. The CSV stays the file for
// programs; this is the file a French, Arabic or English spreadsheet opens as columns.

import writeXlsxFile from 'write-excel-file/node';
import { t } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/lib/catalogue.ts';
import { licencesOfTable } from '../../src/lib/licences.ts';
import type { Row, TableSpec } from '../../src/lib/tables.ts';

type Cell = { value: string | number | boolean | null; type?: typeof String | typeof Number | typeof Boolean; fontWeight?: 'bold'; wrap?: boolean } | null;

const TYPE_OF = { string: String, integer: Number, number: Number, boolean: Boolean } as const;

/** The workbook's bytes; entries dated by the data version so identical inputs give identical files. */
export async function tableWorkbook(spec: TableSpec, rows: Row[], lang: Lang, version: { number: string; date: string }): Promise<Uint8Array> {
  const tr = t(lang);
  const rtl = lang === 'ar';
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold', wrap: true });
  const text = (value: string): Cell => ({ value, type: String, wrap: true });

  const header = spec.columns.map((c) => bold(`${c.description[lang]} [${c.name}]`));
  const data = [header, ...rows.map((r) => spec.columns.map((c): Cell => {
    const v = r[c.name];
    return v === null || v === undefined ? null : { value: v, type: TYPE_OF[c.type] };
  }))];

  const definitions = [
    [bold(tr('xlsx.column')), bold(tr('xlsx.label')), bold(tr('xlsx.type')), bold(tr('xlsx.required')), bold(tr('xlsx.values'))],
    ...spec.columns.map((c) => [
      text(c.name), text(c.description[lang]), text(tr(`coltype.${c.type}`)), text(c.nullable ? tr('xlsx.no') : tr('xlsx.yes')),
      text(c.enum ? c.enum.join(' | ') : ''),
    ]),
  ];

  const licences = licencesOfTable(spec.licence);
  const credits = [
    ...(licences.some((l) => l.name === 'CC-BY-4.0') ? [tr('xlsx.creditHcp')] : []),
    ...(licences.some((l) => l.name === 'ODbL-1.0') ? [tr('xlsx.creditOsm')] : []),
    ...(spec.licence === 'sources' ? [tr('xlsx.creditSources')] : []),
  ];
  const about = [
    [bold(tr('site.name'))],
    [bold(tr('xlsx.table', { name: spec.name }))],
    [text(spec.title[lang])],
    [text(spec.description[lang])],
    [text(`${tr('xlsx.version')} ${version.number} (${version.date})`)],
    [null],
    [bold(tr('xlsx.licences'))],
    ...licences.map((l) => [text(`${l.title[lang]} — ${l.name} — ${l.path}`)]),
    [null],
    ...credits.map((c) => [text(c)]),
    [text(tr('xlsx.forPrograms'))],
  ];

  const width = (n: number) => Array.from({ length: n }, () => ({ width: 22 }));
  const buffer = await writeXlsxFile([
    { sheet: tr('xlsx.data'), data: data as never, columns: width(spec.columns.length), stickyRowsCount: 1, rightToLeft: rtl },
    { sheet: tr('xlsx.definitions'), data: definitions as never, columns: [{ width: 24 }, { width: 70 }, { width: 14 }, { width: 12 }, { width: 40 }], stickyRowsCount: 1, rightToLeft: rtl },
    { sheet: tr('xlsx.licence'), data: about as never, columns: [{ width: 120 }], rightToLeft: rtl },
  ] as never).toBuffer();
  return redated(new Uint8Array(buffer), version.date);
}

/**
 * The writer stamps zip entries with the clock; the data version's date makes the bytes
 * reproducible. Written into the archive's headers in place: unzipping and zipping again cost
 * a second compression of every workbook (a fifth of the data build).
 */
function redated(zip: Uint8Array, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day; // midnight: DOS time 0
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = out.length - 22; // the end-of-directory record, before a comment if there is one
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('workbook: no zip directory');
  let entry = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const local = view.getUint32(entry + 42, true);
    if (view.getUint32(entry, true) !== 0x02014b50 || view.getUint32(local, true) !== 0x04034b50) throw new Error('workbook: bad zip header');
    for (const time of [entry + 12, local + 10]) {
      view.setUint16(time, 0, true);
      view.setUint16(time + 2, dosDate, true);
    }
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return out;
}
