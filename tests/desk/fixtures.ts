// Files partners could send: good ones of every dataset, bad ones (one rule each, every one
// carrying a marker string to look for afterwards), and hostile ones.

import { constants, crc32, deflateRawSync } from 'node:zlib';

export const OFFICES = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\n';
export const ACTIVITY = 'office_id,period,service,public,sex,age_group,origin_group,count\n';

export const GOOD = {
  offices: `${OFFICES}BAOM-T1,BAOM test Agadir,09.001.01.01,regional,Commune d'Agadir,2020-11,sante|social,,\nBAOM-T2,BAOM test Belfaa,09.163.05.11,local,Association test,2021-03,orientation,,\n`,
  associations: 'association_id,name,kind,commune_code,country_of_residence,founded,members,themes\nASSO-T1,Association test,diaspora,09.163.05.11,NL,1999,148,education|sante\n',
};

export const activity = (period: string, counts: number[]) => ACTIVITY + counts.map((c, i) =>
  `BAOM-T${1 + (i % 2)},${period},${['sante', 'social', 'orientation', 'education'][i % 4]},mre,${i % 3 === 0 ? 'F' : 'M'},${['0-17', '18-24', '25-34', '35-49', '50+', 'inconnu'][i % 6]},europe,${c}`).join('\n') + '\n';

/** One bad file per rule: [name, content, rule expected]. Each holds the marker. */
export const BAD = (marker: string): [string, string, string][] => [
  ['personal.csv', `${OFFICES.trim()},prenom\nBAOM-X,${marker},09.001.01.01,local,Op,2021-01,sante,,,Ahmed\n`, 'personal-data'],
  ['phone.csv', `${OFFICES}BAOM-X,Bureau ${marker} tel 0661234567,09.001.01.01,local,Op,2021-01,sante,,\n`, 'personal-data'],
  ['commune.csv', `${OFFICES}BAOM-X,${marker},99.999.99.99,local,Op,2021-01,sante,,\n`, 'unknown-commune'],
  ['level.csv', `${OFFICES}BAOM-X,${marker},09.001.01.01,national,Op,2021-01,sante,,\n`, 'not-allowed'],
  ['missing.csv', `office_id,name,commune_code\nBAOM-X,${marker},09.001.01.01\n`, 'unknown-dataset'],
  ['negative.csv', `${ACTIVITY}BAOM-T1,2024-Q1,sante,mre,F,25-34,europe,-3\n# ${marker}\n`, 'negative-count'],
  ['future.csv', `${OFFICES}BAOM-X,${marker},09.001.01.01,local,Op,2099-01,sante,,\n`, 'future-period'],
  ['duplicate.csv', `${OFFICES}BAOM-X,${marker},09.001.01.01,local,Op,2021-01,sante,,\nBAOM-X,${marker},09.001.01.01,local,Op,2021-01,sante,,\n`, 'duplicate-key'],
  ['notes.txt', `${marker}`, 'bad-extension'],
  ['empty.csv', '', 'empty-file'],
];

/** A ZIP with one stored entry per [name, data], written by hand so that sizes can lie. */
function zip(entries: { name: string; data: Buffer; size: number; crc: number }[]): Buffer {
  const locals: Buffer[] = [], centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14); local.writeUInt32LE(e.data.length, 18); local.writeUInt32LE(e.size >>> 0, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16); central.writeUInt32LE(e.data.length, 20); central.writeUInt32LE(e.size >>> 0, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data); centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const entry = (name: string, text: string) => { const b = Buffer.from(text); return { name, data: deflateRawSync(b), size: b.length, crc: crc32(b) }; };

/** An XLSX whose one sheet inflates to `gigabytes` GB (a cell of spaces): 2 GB fits in a few MB. */
export function xlsxBomb(gigabytes: number): Buffer {
  const head = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
  const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const chunk = Buffer.alloc(64 * 1024 * 1024, 0x20);
  const n = Math.round((gigabytes * 1024) / 64);
  // Independently compressed pieces ending on a byte boundary (full flush) concatenate into
  // one valid deflate stream: the chunk is compressed once and repeated.
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const packed = deflateRawSync(chunk, flush);
  let crc = crc32(head);
  for (let i = 0; i < n; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([deflateRawSync(head, flush), ...Array.from({ length: n }, () => packed), deflateRawSync(tail)]);
  const size = head.length + n * chunk.length + tail.length;
  return zip([
    entry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    entry('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    entry('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    { name: 'xl/worksheets/sheet1.xml', data, size: size > 0xffffffff ? 0xffffffff : size, crc },
  ]);
}
