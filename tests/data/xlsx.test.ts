// The spreadsheets opened by another reader than the one that wrote them (ExcelJS): each table
// has a workbook per language, whose data sheet has one labelled column per field and the same
// figures as the CSV, a sheet of definitions and a sheet with the licence and credits.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv.ts';

async function open(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(`public/data/${path}`);
  return wb;
}
const text = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
function csv(name: string) {
  const { header, records } = parseCsv(readFileSync(`public/data/${name}.csv`, 'utf8'));
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]!]))) };
}

describe('XLSX workbooks', () => {
  // Three 60,000-row workbooks read in full: slow on a loaded machine.
  it('label the census columns in the reader’s language, and hold the CSV’s figures', { timeout: 180_000 }, async () => {
    const { header, rows } = csv('census');
    // Agadir Ida-Outanane, legal population 2024, read from the CSV (the file programs use).
    const expected = rows.find((r) => r.territory_code === '09.001' && r.indicator_id === 'population_legal' && r.year === '2024')!;
    for (const [lang, label] of [['fr', 'Code du territoire'], ['ar', 'رمز المجال الترابي'], ['en', 'Territory code']] as const) {
      const wb = await open(`census.${lang}.xlsx`);
      const data = wb.worksheets[0]!;
      expect(text(data, 1)).toHaveLength(header.length);
      expect(text(data, 1)[0]).toBe(`${label} [territory_code]`);
      expect(data.rowCount).toBe(rows.length + 1);
      let found: unknown[] | undefined;
      data.eachRow((row) => { const v = row.values as unknown[]; if (v[1] === '09.001' && v[2] === 'population_legal' && v[3] === 2024) found = v; });
      expect(found![4]).toBe(Number(expected.value));
      expect(typeof found![4]).toBe('number');
      expect(data.views[0]!.rightToLeft ?? false).toBe(lang === 'ar');
    }
  });

  it('have a sheet of definitions, one row per column, in the reader’s language', async () => {
    const wb = await open('communes.ar.xlsx');
    const defs = wb.worksheets[1]!;
    expect(defs.name).toBe('التعاريف');
    expect(defs.rowCount).toBe(csv('communes').header.length + 1);
    expect(text(defs, 2).slice(0, 3)).toEqual(['code', 'الرمز الجغرافي للمندوبية السامية للتخطيط', 'نص']);
  });

  it('carry the licence and the credits: HCP CC BY 4.0, and © OpenStreetMap contributors (ODbL) where boundaries are involved', async () => {
    const sheet = async (path: string) => { const ws = (await open(path)).worksheets[2]!; const lines: string[] = []; ws.eachRow((r) => lines.push(text(r.worksheet, r.number).join(' '))); return lines.join('\n'); };
    const communes = await sheet('communes.fr.xlsx');
    expect(communes).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(communes).toContain('Haut-Commissariat au Plan');
    expect(communes).toContain('© contributeurs OpenStreetMap');
    expect(communes).toContain('ODbL');
    const census = await sheet('census.en.xlsx');
    expect(census).toContain('CC BY 4.0');
    expect(census).not.toContain('OpenStreetMap');
    expect(await sheet('territories.ar.xlsx')).toContain('© المساهمون في OpenStreetMap');
  });
});
