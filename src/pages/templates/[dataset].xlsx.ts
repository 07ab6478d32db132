// The XLSX template of a dataset (src/lib/contrib/template-workbook.ts): the sheet to fill with
// drop-down lists, the lists, the region's communes with their codes, and the columns explained.
import type { APIRoute, GetStaticPaths } from 'astro';
import writeXlsxFile from 'write-excel-file/node';
import { DATASETS, datasetById } from '../../lib/contrib/datasets.ts';
import { dropDowns, templateWorkbook } from '../../lib/contrib/template-workbook.ts';
import { territories } from '../../lib/site/extracts.ts';

export const getStaticPaths: GetStaticPaths = () => DATASETS.map((d) => ({ params: { dataset: d.id } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetById(params.dataset!)!;
  const communes = territories().filter((t) => t.level === 'commune');
  const { sheets, validations, lastRow } = templateWorkbook(dataset, communes);
  const buffer = await writeXlsxFile(sheets as never, { features: [dropDowns(validations, lastRow)] } as never).toBuffer();
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
