import { describe, expect, it } from 'vitest';
import { csvText, parseCsv, writeCsv } from '../../src/lib/data/csv.ts';
import type { TableSpec } from '../../src/lib/tables.ts';

const spec: TableSpec = {
  name: 't', file: 't.csv', title: { fr: '', en: '' }, description: { fr: '', en: '' }, primaryKey: ['code'], orderBy: [], licence: 'hcp',
  columns: [
    { name: 'code', type: 'string', description: { fr: '', en: '' } },
    { name: 'n', type: 'number', nullable: true, description: { fr: '', en: '' } },
    { name: 'ok', type: 'boolean', description: { fr: '', en: '' } },
  ],
};

describe('writeCsv', () => {
  it('quotes every string so codes with leading zeros stay text', () => {
    expect(writeCsv(spec, [{ code: '09.001', n: 1.5, ok: true }])).toBe('code,n,ok\n"09.001",1.5,true\n');
  });
  it('doubles embedded quotes and keeps commas inside the field', () => {
    expect(writeCsv(spec, [{ code: 'a "b", c', n: null, ok: false }])).toBe('code,n,ok\n"a ""b"", c",,false\n');
  });
  it('writes the Excel flavour with a BOM and CRLF line ends', () => {
    const text = writeCsv(spec, [{ code: 'x', n: 2, ok: true }], { bom: true, eol: '\r\n' });
    expect(text.startsWith('\ufeffcode,n,ok\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
  it('never writes exponent notation or negative zero', () => {
    expect(writeCsv(spec, [{ code: 'x', n: -0, ok: true }])).toContain(',0,');
    expect(writeCsv(spec, [{ code: 'x', n: 3020431, ok: true }])).toContain(',3020431,');
  });
});

describe('parseCsv', () => {
  it('gives each record the line it starts on, across quoted newlines', () => {
    const { header, records } = parseCsv('a,b\n1,"x\ny"\n2,z\n');
    expect(header).toEqual(['a', 'b']);
    expect(records.map((r) => r.line)).toEqual([2, 4]);
  });
  it('ignores a byte-order mark and CRLF', () => {
    const { header, records } = parseCsv('\ufeffa,b\r\n1,2\r\n');
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });
  it('reads back what writeCsv wrote', () => {
    const text = writeCsv(spec, [{ code: 'a "b", c', n: 1, ok: true }], { eol: '\r\n' });
    expect(parseCsv(text).records[0]!.cells).toEqual(['a "b", c', '1', 'true']);
  });
});

describe('csvText', () => {
  it('quotes text, leaves numbers bare and missing values empty, for columns known only at run time', () => {
    expect(csvText(['code', 'n', 'x'], [['09.001', 3.5, null], ['a "b"', 0, undefined]])).toBe('code,n,x\r\n"09.001",3.5,\r\n"a ""b""",0,\r\n');
  });
});

describe('formula injection (OWASP CSV injection)', () => {
  const payloads = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1'];
  it('every text cell a spreadsheet would run starts with an apostrophe, in writeCsv and csvText', () => {
    for (const p of payloads) {
      const written = parseCsv(writeCsv(spec, [{ code: p, n: -1.5, ok: true }])).records[0]!.cells;
      expect(written[0]).toBe(`'${p}`);
      expect(written[1]).toBe('-1.5'); // numbers stay numbers
      expect(parseCsv(csvText(['x'], [[p]])).records[0]!.cells[0]).toBe(`'${p}`);
    }
    expect(parseCsv(writeCsv(spec, [{ code: 'Agadir = 1', n: 1, ok: true }])).records[0]!.cells[0]).toBe('Agadir = 1');
  });
  it('the canonical tables keep their values (keepFormulas)', () => {
    expect(writeCsv(spec, [{ code: '-x', n: 1, ok: true }], { keepFormulas: true })).toContain('"-x"');
  });
});
