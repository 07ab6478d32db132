// The CSV template of a dataset: its header and an example row (refused by the validator if
// left in), in UTF-8 with a BOM so Excel reads accents.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, datasetById } from '../../lib/contrib/datasets.ts';
import { csvText } from '../../lib/data/csv.ts';

export const getStaticPaths: GetStaticPaths = () => DATASETS.map((d) => ({ params: { dataset: d.id } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = datasetById(params.dataset!)!;
  return new Response(`\ufeff${csvText(dataset.fields.map((f) => f.name), [[...dataset.example]])}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
