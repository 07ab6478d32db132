// The XLSX template of a dataset, for people who fill it in by hand: the sheet to fill (header
// and example row) with a drop-down list on every column whose values are listed, the lists
// themselves, the region's communes with their codes, and what each column means. Only the
// first sheet has a dataset header, so the validator reads that one and nothing else.

import type { Feature } from 'write-excel-file/node';
// The feature only transforms XML text: it never reads or writes a file's bytes.
type XmlFeature = Feature<never>;
import { getCellAddress, getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings, sanitizeTextContent } from 'write-excel-file/utility';
import { neutraliseFormula } from '../data/csv.ts';
import type { Dataset } from './datasets.ts';
import { columnSheet } from './templates.ts';

export interface TemplateCommune { code: string; name_fr: string; name_ar: string }

export const SHEETS = { data: 'donnees-data', columns: 'colonnes-columns', lists: 'listes-lists', communes: 'communes' } as const;

/** One drop-down: the data sheet's column `column` (0-based) offers the cells of `source`. */
export interface ListValidation { column: number; source: string; strict: boolean; prompt: string }

const absolute = (sheet: string, column: number, first: number, last: number) => {
  const [a, b] = [getCellAddress(first, column), getCellAddress(last, column)].map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
  return `'${sheet}'!${a}:${b}`;
};

/** The sheets' cells and the drop-downs of the data sheet. */
export function templateWorkbook(dataset: Dataset, communes: readonly TemplateCommune[]) {
  const listed = dataset.fields.filter((f) => f.values);
  const longest = Math.max(0, ...listed.map((f) => f.values!.length));
  const lists = [listed.map((f) => f.name), ...Array.from({ length: longest }, (_, i) => listed.map((f) => f.values![i] ?? ''))];
  const communeRows = [['code', 'nom', 'الاسم'], ...[...communes].sort((a, b) => a.code.localeCompare(b.code)).map((c) => [c.code, c.name_fr, c.name_ar])];
  const validations: ListValidation[] = [];
  dataset.fields.forEach((f, column) => {
    if (f.values) {
      const at = listed.indexOf(f);
      // A list of several codes ("sante|social") is typed, not picked: the drop-down then helps without refusing.
      const strict = f.type === 'enum';
      validations.push({ column, source: absolute(SHEETS.lists, at, 1, f.values.length), strict, prompt: strict ? 'liste / القائمة / list' : 'a|b' });
    } else if (f.type === 'commune' && communes.length) {
      // The 9-digit form is accepted too: a warning, not a refusal.
      validations.push({ column, source: absolute(SHEETS.communes, 0, 1, communes.length), strict: false, prompt: 'code' });
    }
  });
  const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value: neutraliseFormula(value), type: String })));
  return {
    sheets: [
      { sheet: SHEETS.data, data: cells([dataset.fields.map((f) => f.name), [...dataset.example]]) },
      { sheet: SHEETS.columns, data: cells(columnSheet(dataset)) },
      { sheet: SHEETS.lists, data: cells(lists) },
      { sheet: SHEETS.communes, data: cells(communeRows) },
    ],
    validations,
    lastRow: dataset.maxRows + 1,
  };
}

/** A write-excel-file feature writing the data sheet's `<dataValidations>`. */
export function dropDowns(validations: readonly ListValidation[], lastRow: number): XmlFeature {
  const markup = (v: ListValidation) => {
    const column = getCellAddress(0, v.column).replace(/\d+$/, '');
    const open = getSelfClosingTagMarkup('dataValidation', {
      type: 'list', allowBlank: 1, showInputMessage: 1, showErrorMessage: 1, errorStyle: v.strict ? 'stop' : 'warning',
      errorTitle: 'Valeur / القيمة / Value',
      error: v.strict ? 'Choisissez dans la liste — اختاروا من القائمة — choose from the list' : 'Valeur absente de la liste — قيمة خارج القائمة — value not in the list',
      prompt: v.prompt, sqref: `${column}2:${column}${lastRow}`,
    }).replace(/\/>$/, '>');
    return `${open}<formula1>${sanitizeTextContent(v.source)}</formula1></dataValidation>`;
  };
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) => {
            if (sheetIndex !== 0 || validations.length === 0) return xml;
            const element = `<dataValidations count="${validations.length}">${validations.map(markup).join('')}</dataValidations>`;
            return insertElementMarkupAccordingToOrderOfSiblings(xml, element, getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!, 'worksheet');
          },
        },
      },
    },
  } as unknown as XmlFeature;
}
