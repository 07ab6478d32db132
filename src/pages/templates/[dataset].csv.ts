// The CSV template of a dataset: its header, in UTF-8 with a BOM so Excel reads accents.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, datasetById } from '../../lib/contrib/datasets.ts';

export const getStaticPaths: GetStaticPaths = () => DATASETS.map((d) => ({ params: { dataset: d.id } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = datasetById(params.dataset!)!;
  return new Response(`\ufeff${dataset.fields.map((f) => f.name).join(',')}\r\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
