// One small file per rule, including what real spreadsheets produce: semicolons, a BOM,
// Windows-1252 accents, CRLF, decimal commas, header variants, XLSX.
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { validateFiles, formatContribProblem, type Context } from '../../../src/lib/contrib/validate.ts';

const context: Context = {
  communes: new Set(['09.163.05.01', '09.581.01.05', '09.001.01.01']),
  offices: new Set(['BAOM-EXIST']),
  associations: new Set(),
  today: '2026-11-29',
  contains: (code, lon, lat) => code === '09.001.01.01' && lon > -9.7 && lon < -9.5 && lat > 30.35 && lat < 30.5,
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const OFFICES = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\n';
const ACTIVITY = 'office_id,period,service,public,sex,age_group,origin_group,count\n';

async function check(name: string, content: string | Uint8Array, dataset?: string) {
  const [result] = await validateFiles([{ name, bytes: typeof content === 'string' ? utf8(content) : content, dataset }], context);
  return result!;
}
const rules = async (name: string, content: string | Uint8Array) => (await check(name, content)).problems.map((p) => `${p.line}:${p.column}:${p.rule}`);

describe('accepts what spreadsheets produce', () => {
  it('a clean comma-separated file', async () => {
    const r = await check('offices.csv', `${OFFICES}B1,BAOM Belfaa,09.163.05.01,local,Commune de Belfaa,2022-06,orientation|social,,\n`);
    expect(r.problems).toEqual([]);
    expect(r.dataset).toBe('baom-offices');
    expect(r.records[0]).toMatchObject({ office_id: 'B1', services: ['orientation', 'social'], commune_code: '09.163.05.01' });
  });
  it('semicolons, a BOM, CRLF and a decimal comma', async () => {
    const text = '\ufeff' + OFFICES.replace(/,/g, ';').replace('\n', '\r\n') + 'B1;BAOM Agadir;090010101;regional;Commune;2021-01-15;sante;30,42;-9,6\r\n';
    const r = await check('offices.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ latitude: 30.42, longitude: -9.6, commune_code: '09.001.01.01' });
  });
  it('Windows-1252 accents, detected rather than assumed', async () => {
    const bytes = Uint8Array.from([...utf8(OFFICES + 'B1,Bureau de Belfa'), 0xe2, ...utf8(',09.163.05.01,local,Op'), 0xe9, ...utf8('rateur,2022-06,social,,\n')]);
    const r = await check('offices.csv', bytes);
    expect(r.problems).toEqual([]);
    expect(r.records[0]!.name).toBe('Bureau de Belfaâ');
    expect(r.records[0]!.operator).toBe('Opérateur');
  });
  it('header names differing in case, accents and spaces', async () => {
    const r = await check('offices.csv', ' Office_ID , NAME,Commune Code,Level,Opérator,opened,services\nB1,X,09.163.05.01,local,Y,2022,social\n'.replace('Opérator', 'operator'));
    expect(r.problems.map((p) => p.rule)).toEqual(['bad-date']);
  });
  it('the first sheet of an XLSX workbook', async () => {
    const buffer = await writeXlsxFile([
      ['office_id', 'period', 'service', 'public', 'sex', 'age_group', 'origin_group', 'count'],
      ['BAOM-EXIST', '2024-Q1', 'sante', 'mre', 'F', '25-34', 'europe', 12],
    ].map((row) => row.map((value) => ({ value }))) as never).toBuffer();
    const r = await check('activity.xlsx', new Uint8Array(buffer));
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ count: 12, period: '2024-Q1' });
  });
});

describe('rejects, naming line, column and rule', () => {
  it('unknown and missing columns', async () => {
    expect(await rules('a.csv', ACTIVITY.replace(',count', ',nombre') + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3\n')).toEqual(expect.arrayContaining(['1:1:unknown-dataset']));
    expect(await rules('a.csv', ACTIVITY.replace('\n', ',extra\n') + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3,x\n')).toEqual(['1:9:unknown-column']);
  });
  it('columns that look like personal data', async () => {
    expect(await rules('a.csv', ACTIVITY.replace('\n', ',Prénom,Téléphone,Date de naissance\n') + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3,A,B,C\n'))
      .toEqual(['1:9:personal-data', '1:10:personal-data', '1:11:personal-data']);
  });
  it('personal data slipped into a text column', async () => {
    expect(await rules('o.csv', `${OFFICES}B1,contact: ali@example.org,09.163.05.01,local,X,2022-06,social,,\n`)).toEqual(['2:2:personal-data']);
  });
  it('values outside the allowed lists, bad types and unknown codes', async () => {
    expect(await rules('a.csv', ACTIVITY + 'BAOM-EXIST,2024-01,dentist,mre,X,0-17,europe,abc\n')).toEqual(['2:3:not-allowed', '2:5:not-allowed', '2:8:not-numeric']);
    expect(await rules('o.csv', `${OFFICES}B1,X,09.999.01.01,national,Y,2022-06,social,,\n`)).toEqual(['2:3:unknown-commune', '2:4:not-allowed']);
  });
  it('unknown office ids, unless declared in another file of the same call', async () => {
    expect(await rules('a.csv', ACTIVITY + 'B9,2024-01,sante,mre,F,0-17,europe,3\n')).toEqual(['2:1:unknown-office']);
    const results = await validateFiles([
      { name: 'a.csv', bytes: utf8(ACTIVITY + 'B9,2024-01,sante,mre,F,0-17,europe,3\n') },
      { name: 'o.csv', bytes: utf8(`${OFFICES}B9,X,09.163.05.01,local,Y,2022-06,social,,\n`) },
    ], context);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });
  it('a combination repeated in a file, with the line of its first occurrence', async () => {
    const p = (await check('a.csv', ACTIVITY + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,3\nBAOM-EXIST,2024-01,sante,mre,F,0-17,europe,4\n')).problems;
    expect(p.map((x) => `${x.line}:${x.rule}`)).toEqual(['3:duplicate-key']);
    expect(p[0]!.message.en).toContain('row 2');
  });
  it('negative and fractional counts', async () => {
    expect(await rules('a.csv', ACTIVITY + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,-2\nBAOM-EXIST,2024-02,sante,mre,F,0-17,europe,"2,5"\n')).toEqual(['2:8:negative-count', '3:8:fractional-count']);
  });
  it('periods in the future', async () => {
    expect(await rules('a.csv', ACTIVITY + 'BAOM-EXIST,2027-01,sante,mre,F,0-17,europe,2\nBAOM-EXIST,2026-Q4,sante,mre,F,0-17,europe,2\n')).toEqual(['2:2:future-period']);
  });
  it('a point outside the commune it names', async () => {
    expect(await rules('o.csv', `${OFFICES}B1,X,09.001.01.01,local,Y,2022-06,social,29.7,-9.7\n`)).toEqual(['2:8:outside-commune']);
  });
  it('empty files and files too large for their purpose', async () => {
    expect(await rules('e.csv', '')).toEqual(['1:1:empty-file']);
    expect(await rules('e.csv', ACTIVITY)).toEqual(['2:1:empty-file']);
    const big = OFFICES + Array.from({ length: 1001 }, (_, i) => `B${i},X,09.163.05.01,local,Y,2022-06,social,,`).join('\n');
    expect(await rules('o.csv', big)).toEqual(['1:1:too-large']);
  });
  it('formats each problem as file:line:column: rule: sentence, in one language', async () => {
    const [p] = (await check('a.csv', ACTIVITY + 'BAOM-EXIST,2024-01,sante,mre,F,0-17,europe,-2\n')).problems;
    expect(formatContribProblem(p!)).toBe('a.csv:2:8: negative-count: Ligne 2, colonne « count » : -2 est négatif : un nombre de personnes ou un montant est 0 ou plus');
    expect(formatContribProblem(p!, 'en')).toBe('a.csv:2:8: negative-count: Row 2, column “count”: -2 is negative: a number of people or an amount is 0 or more');
  });
});

describe('robustness', () => {
  it('reports instead of throwing, whatever the bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('x.csv', 'x.xlsx'), async (bytes, name) => {
      const [r] = await validateFiles([{ name, bytes }], context);
      expect(r!.problems.every((p) => p.rule !== 'internal-error')).toBe(true);
    }), { numRuns: 300 });
  });
  it('reports instead of throwing for any text under a real header', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 10 }), { maxLength: 8 }), async (rows) => {
      const text = ACTIVITY + rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
      const [r] = await validateFiles([{ name: 'a.csv', bytes: utf8(text) }], context);
      expect(r!.problems.every((p) => p.rule !== 'internal-error')).toBe(true);
    }), { numRuns: 300 });
  });
});
