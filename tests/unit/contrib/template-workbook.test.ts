// The XLSX templates as a partner opens them: drop-down lists on the listed columns, the lists,
// the region's communes with their codes; and the validator still reads only the data sheet.
import { unzipSync, strFromU8 } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ACTIVITY, DATASETS, OFFICES } from '../../../src/lib/contrib/datasets.ts';
import { dropDowns, templateWorkbook } from '../../../src/lib/contrib/template-workbook.ts';
import { validateFiles } from '../../../src/lib/contrib/validate.ts';
import { readWorkbook } from '../../../src/lib/contrib/xlsx.ts';
import type { Dataset } from '../../../src/lib/contrib/datasets.ts';

const COMMUNES = [
  { code: '09.581.01.07', name_fr: 'Tiznit', name_ar: 'تيزنيت' },
  { code: '09.001.01.01', name_fr: 'Agadir', name_ar: 'أكادير' },
  { code: '09.163.05.11', name_fr: 'Belfaâ', name_ar: 'بلفاع' },
];

async function workbook(dataset: Dataset) {
  const { sheets, validations, lastRow } = templateWorkbook(dataset, COMMUNES);
  return new Uint8Array(await writeXlsxFile(sheets as never, { features: [dropDowns(validations, lastRow)] } as never).toBuffer());
}
const validationsOf = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!).matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/g)]
  .map(([, attributes, formula]) => `${/sqref="([^"]+)"/.exec(attributes!)![1]} ${/errorStyle="(\w+)"/.exec(attributes!)![1]} ${formula!.replace(/&apos;/g, "'")}`);

describe('XLSX templates', () => {
  it('offer the allowed values of each listed column, and the communes for the commune column', async () => {
    // Offices: commune_code is C, level D (list 1 of the lists sheet), services G (list 2, several codes typed).
    expect(validationsOf(await workbook(OFFICES))).toEqual([
      "C2:C1001 warning 'communes'!$A$2:$A$4",
      "D2:D1001 stop 'listes-lists'!$A$2:$A$4",
      "G2:G1001 warning 'listes-lists'!$B$2:$B$10",
    ]);
    // Activity: service, public, sex, age_group, origin_group (C–G), one list each.
    expect(validationsOf(await workbook(ACTIVITY))).toEqual([
      "C2:C100001 stop 'listes-lists'!$A$2:$A$10",
      "D2:D100001 stop 'listes-lists'!$B$2:$B$5",
      "E2:E100001 stop 'listes-lists'!$C$2:$C$4",
      "F2:F100001 stop 'listes-lists'!$D$2:$D$7",
      "G2:G100001 stop 'listes-lists'!$E$2:$E$8",
    ]);
  });

  it('hold the lists and the region’s communes with their codes, sorted by code', async () => {
    const sheets = readWorkbook(await workbook(OFFICES));
    expect(sheets.map((s) => s.name)).toEqual(['donnees-data', 'colonnes-columns', 'listes-lists', 'communes']);
    const rows = (name: string) => [...sheets.find((s) => s.name === name)!.rows.values()].map((cols) => Array.from({ length: Math.max(...cols.keys()) + 1 }, (_, i) => cols.get(i) ?? ''));
    expect(rows('communes')).toEqual([['code', 'nom', 'الاسم'], ['09.001.01.01', 'Agadir', 'أكادير'], ['09.163.05.11', 'Belfaâ', 'بلفاع'], ['09.581.01.07', 'Tiznit', 'تيزنيت']]);
    expect(rows('listes-lists')).toEqual([
      ['level', 'services'], ['local', 'sante'], ['provincial', 'education'], ['regional', 'etat_civil'], ['', 'emploi_formation'],
      ['', 'logement'], ['', 'juridique_administratif'], ['', 'social'], ['', 'orientation'], ['', 'autre'],
    ]);
  });

  it('are read by the validator from their data sheet only: the example row is all it refuses', async () => {
    for (const d of DATASETS) {
      const [r] = await validateFiles([{ name: `${d.id}.xlsx`, bytes: await workbook(d) }], {
        communes: new Set(COMMUNES.map((c) => c.code)), offices: new Set(['EXEMPLE-BAOM-1']), associations: new Set(['EXEMPLE-ASSO-1']), today: '2026-11-29',
      });
      expect(r!.dataset, d.id).toBe(d.id);
      expect(r!.problems.map((p) => `${p.line}:${p.column}:${p.rule}`), d.id).toEqual(['2:1:example-row']);
    }
  });
});
