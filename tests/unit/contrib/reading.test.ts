// Reading files right: real LibreOffice exports (tests/fixtures/spreadsheets, see make.sh),
// and what Excel writes (sep= line, UTF-16 "Unicode text", trailing empty columns), every
// encoding either read exactly or refused with a message saying how to save the file.
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/contrib/decode.ts';
import { validateFiles, type Context } from '../../../src/lib/contrib/validate.ts';
import { rezip } from '../../fixtures/hostile.ts';

const context: Context = {
  communes: new Set(['09.163.05.01', '09.163.05.11', '09.581.01.07', '09.001.01.01']),
  offices: new Set(['BAOM-EXIST']), associations: new Set(), today: '2026-11-29',
  opened: new Map([['BAOM-EXIST', '2021-06']]),
};
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/spreadsheets/${name}`));
const utf8 = (s: string) => new TextEncoder().encode(s);
const check = async (name: string, bytes: Uint8Array | string, dataset?: string) => (await validateFiles([{ name, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes, dataset }], context))[0]!;
const rules = async (name: string, bytes: Uint8Array | string) => (await check(name, bytes)).problems.map((p) => `${p.line}:${p.column}:${p.rule}`);
const OFFICES = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\n';
const ACTIVITY = 'office_id,period,service,public,sex,age_group,origin_group,count\n';
const B1 = { office_id: 'B1', name: 'Bureau d’accueil — Belfaâ', operator: 'Œuvre sociale “Cœur” … 5 €', opened: '2022-06-15', services: ['orientation', 'social'] };

describe('LibreOffice exports are read exactly', () => {
  for (const [file, encoding] of [
    ['libreoffice-windows-1252-semicolon.csv', 'windows-1252'], ['libreoffice-utf-16-tab.csv', 'utf-16le'], ['libreoffice-xlsx-to-utf-8.csv', 'utf-8'], ['libreoffice-offices.xlsx', undefined],
  ] as const) {
    it(`${file}`, async () => {
      const r = await check(file, fixture(file));
      expect(r.problems).toEqual([]);
      expect(r.records[0]).toMatchObject(B1);
      expect(r.records[1]).toMatchObject({ office_id: 'B2', opened: '2021-03' });
      if (encoding) expect(decodeText(fixture(file)).encoding).toBe(encoding);
    });
  }
  it('a Mac Roman export is refused with how to save it, not misread', async () => {
    const [p] = (await check('mac.csv', fixture('libreoffice-mac-roman.csv'))).problems;
    expect(p!.rule).toBe('bad-encoding');
    expect(p!.message.en).toMatch(/neither UTF-8 nor Windows-1252.*CSV UTF-8/);
  });
});

describe('encodings', () => {
  it('Windows-1252 ’ — œ € … read the same as the browser reads them (iconv-lite, not Node’s TextDecoder)', () => {
    const text = 'l’office — cœur 5 € …';
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });
  it('a UTF-8 file with one stray byte is refused, naming the line', async () => {
    const bytes = Uint8Array.from([...utf8(`${OFFICES}B1,Bureau de Belfaâ,09.163.05.01,local,Op,2022-06,social,,\nB2,X`), 0xe9, ...utf8(',09.163.05.01,local,Op,2022-06,social,,\n')]);
    const [p] = (await check('o.csv', bytes)).problems;
    expect(p!.rule).toBe('bad-encoding');
    expect(p!.message.en).toMatch(/UTF-8 but holds an invalid byte \(line 3\)/);
  });
  it('UTF-16 without BOM (tab separated) is read', async () => {
    const r = await check('o.txt', iconv.encode(`${OFFICES}B1\tBAOM\t09.163.05.01\tlocal\tOp\t2022-06\tsocial\t\t\n`.replace(/,/g, '\t'), 'utf-16le'));
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ office_id: 'B1', operator: 'Op' });
  });
});

describe('what Excel writes', () => {
  it('a sep=; first line, trailing empty columns and rows', async () => {
    const text = `sep=;\r\n${OFFICES.trim().replace(/,/g, ';')};;;\r\nB1;BAOM;09.163.05.01;local;Op;2022-06;social;;;;;\r\n;;;;;;;;;;;;\r\n;;;;\r\n`;
    const r = await check('o.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(1);
  });
  it('line numbers count the sep= line', async () => {
    expect(await rules('o.csv', `sep=;\n${OFFICES.trim().replace(/,/g, ';')}\nB1;BAOM;09.163.05.01;national;Op;2022-06;social;;\n`)).toEqual(['3:4:not-allowed']);
  });
});

describe('XLSX', () => {
  const parts = () => unzipSync(fixture('libreoffice-offices.xlsx'));
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  it('turns Excel date serials into dates (44727 is 2022-06-15)', async () => {
    expect(text(parts()['xl/worksheets/sheet1.xml']!)).toContain('<v>44727</v>');
    expect((await check('o.xlsx', fixture('libreoffice-offices.xlsx'))).records[0]!.opened).toBe('2022-06-15');
  });
  it('refuses a hidden data sheet', async () => {
    const p = parts();
    const book = rezip(p, { 'xl/workbook.xml': strToU8(text(p['xl/workbook.xml']!).replace('state="visible"', 'state="hidden"')) });
    expect(await rules('o.xlsx', book)).toEqual(['1:1:hidden-sheet']);
  });
  it('refuses hidden rows holding data', async () => {
    const p = parts();
    const book = rezip(p, { 'xl/worksheets/sheet1.xml': strToU8(text(p['xl/worksheets/sheet1.xml']!).replace(/(<row r="3"[^>]*?)hidden="false"/, '$1hidden="true"')) });
    const [problem] = (await check('o.xlsx', book)).problems;
    expect(problem!.rule).toBe('hidden-rows');
    expect(problem!.message.en).toContain('rows 3');
  });
  it('chooses the sheet by its header, not its position', async () => {
    const p = parts();
    const sheet = text(p['xl/worksheets/sheet1.xml']!);
    const notes = sheet.replace(/<sheetData>.*<\/sheetData>/s, '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notes</t></is></c></row></sheetData>');
    const book = rezip(p, {
      'xl/workbook.xml': strToU8(text(p['xl/workbook.xml']!).replace('<sheet name="offices"', '<sheet name="notes" sheetId="2" state="visible" r:id="rIdN"/><sheet name="offices"')),
      'xl/_rels/workbook.xml.rels': strToU8(text(p['xl/_rels/workbook.xml.rels']!).replace('</Relationships>', '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet0.xml"/></Relationships>')),
      'xl/worksheets/sheet0.xml': strToU8(notes),
    });
    const r = await check('o.xlsx', book);
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(2);
  });
});

describe('numbers, ranges, periods', () => {
  it('refuses "1,234" and "1.234" in a count or an amount as ambiguous, accepts "1 234" and "2,5"', async () => {
    expect(await rules('a.csv', `${ACTIVITY}BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,"1,234"\nBAOM-EXIST,2024-02,sante,mre,F,0-17,europe,1.234\nBAOM-EXIST,2024-03,sante,mre,F,0-17,europe,1 234\n`)).toEqual(['2:8:ambiguous-number', '3:8:ambiguous-number']);
    const r = await check('p.csv', 'project_id,commune_code,sector,year,amount_mad,status\nP1,09.163.05.01,sante,2022,"12,000",projet\nP2,09.163.05.01,sante,2022,"2,5",projet\n');
    expect(r.problems.map((p) => `${p.line}:${p.rule}`)).toEqual(['2:ambiguous-number']);
    expect(r.records[1]!.amount_mad).toBe(2.5);
  });
  it('refuses counts beyond what can be published, and periods before 2000 or before the office opened', async () => {
    expect(await rules('a.csv', `${ACTIVITY}BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3000000000\nBAOM-EXIST,1999-Q4,sante,mre,F,0-17,europe,3\nBAOM-EXIST,2021-Q1,sante,mre,F,0-17,europe,3\n`))
      .toEqual(['2:8:out-of-range', '3:2:implausible-period', '3:2:before-opening', '4:2:before-opening']);
    expect(await rules('o.csv', `${OFFICES}B1,X,09.163.05.01,local,Y,1995-06,social,,\n`)).toEqual(['2:6:implausible-date']);
  });
  it('refuses a quarter and one of its months for the same office in one file', async () => {
    expect(await rules('a.csv', `${ACTIVITY}BAOM-EXIST,2024-Q3,sante,mre,F,0-17,europe,3\nBAOM-EXIST,2024-07,sante,mre,F,0-17,europe,3\n`)).toEqual(['3:2:overlapping-period']);
  });
});

describe('text cells', () => {
  it('refuses control characters, bidi overrides and zero-width characters, and does not trim "\\t=" into "="', async () => {
    const r = await check('o.csv', `${OFFICES}B1,"\t=HYPERLINK(""http://x"")",09.163.05.01,local,Op\u202eer,2022-06,social,,\nB2,BA\u200bOM,09.163.05.01,local,Op,2022-06,social,,\n`);
    expect(r.problems.map((p) => `${p.line}:${p.column}:${p.rule}`)).toEqual(['2:2:control-character', '2:5:control-character', '3:2:control-character']);
    expect(r.problems[0]!.message.en).toContain('\\u{0009}=HYPERLINK');
  });
  it('shows at most a short, escaped excerpt of a bad value', async () => {
    const [p] = (await check('a.csv', `${ACTIVITY}BAOM-EXIST,2024-01,${'x'.repeat(5000)},mre,F,0-17,europe,3\n`)).problems;
    expect(p!.message.en.length).toBeLessThan(400);
    expect(p!.message.en).toContain('x'.repeat(40) + '…');
  });
  it('caps the problems reported per file, and refuses a header wider than any dataset in one problem', async () => {
    const many = await check('a.csv', ACTIVITY + Array.from({ length: 5000 }, (_, i) => `BAOM-EXIST,2024-01,nope${i},mre,F,0-17,europe,3`).join('\n'));
    expect(many.problems).toHaveLength(101);
    expect(many.problems.at(-1)!.rule).toBe('too-many-problems');
    const wide = await check('w.csv', ACTIVITY.trim() + ',x'.repeat(500_000) + '\n');
    expect(wide.problems.map((p) => p.rule)).toEqual(['too-large']);
    const empty = await check('e.csv', ACTIVITY.trim() + ','.repeat(1_000_000) + '\nBAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3\n');
    expect(empty.problems).toEqual([]);
  });
  it('accepts listed values differing only by case or accents, and suggests the codes for "Santé, orientation"', async () => {
    const r = await check('o.csv', `${OFFICES}B1,X,09.163.05.01,Local,Y,2022-06,Santé|ORIENTATION,,\nB2,X,09.163.05.01,local,Y,2022-06,"Santé, orientation",,\n`);
    expect(r.records[0]).toMatchObject({ level: 'local', services: ['sante', 'orientation'] });
    expect(r.problems.map((p) => p.rule)).toEqual(['not-allowed']);
    expect(r.problems[0]!.message.en).toContain('did you mean "sante|orientation"?');
  });
});

describe('personal data written into text cells', () => {
  const values = [
    'Bureau de M. Ahmed Alaoui (tel 0661234567)', 'Bureau de M. Ahmed Alaoui', 'Contact 06 61 23 45 67', 'Tél. : +212 661-234-567',
    'CIN JB123456', 'Association, C.I.N. n° AB 123456', 'JB123456', 'Fatima, née le 12/03/1985', 'born on 12/03/1985', 'date de naissance : 1985-03-12',
    'Mme Fatima Zahra', 'Dr Karim', 'مكتب السيد أحمد العلوي', 'ولد في 12/03/1985', 'رقم البطاقة الوطنية JB123456', 'الهاتف 0661234567',
  ];
  for (const value of values) {
    it(`refuses "${value}"`, async () => {
      expect(await rules('o.csv', `${OFFICES}B1,"${value}",09.163.05.01,local,Y,2022-06,social,,\n`)).toEqual(['2:2:personal-data']);
    });
  }
  for (const value of ['BAOM de la commune de Tiznit', 'Bureau d’accueil — Agadir 2', 'Association Al Amal', 'مكتب الاستقبال تيزنيت', 'Maison des migrants, RN10 km 5']) {
    it(`accepts "${value}"`, async () => {
      expect(await rules('o.csv', `${OFFICES}B1,"${value}",09.163.05.01,local,Y,2022-06,social,,\n`)).toEqual([]);
    });
  }
});
