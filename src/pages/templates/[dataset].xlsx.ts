// The XLSX template of a dataset: a sheet to fill (header and an example row, refused by the
// validator if left in), and a sheet explaining each column in French and English.
import type { APIRoute, GetStaticPaths } from 'astro';
import writeXlsxFile from 'write-excel-file/node';
import { DATASETS, datasetById } from '../../lib/contrib/datasets.ts';
import { columnSheet } from '../../lib/contrib/templates.ts';
import { neutraliseFormula } from '../../lib/data/csv.ts';

export const getStaticPaths: GetStaticPaths = () => DATASETS.map((d) => ({ params: { dataset: d.id } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset!)!;
  const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value: neutraliseFormula(value), type: String })));
  const buffer = await writeXlsxFile([
    { sheet: 'donnees-data', data: cells([dataset.fields.map((f) => f.name), [...dataset.example]]) as never },
    { sheet: 'colonnes-columns', data: cells(columnSheet(dataset)) as never },
  ] as never).toBuffer();
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
