// The comparator's data for the browser: `meta-{lang}.json` (territories, indicators and
// theme names in one language) and one `{code}.json` per territory (its figures), so that a
// reader's own selection fetches four small files, not the whole census.

import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../lib/catalogue.ts';
import { comparable, comparatorMeta, placeValues } from '../../lib/site/comparator.ts';
import { LANG_LIST } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => [
  ...LANG_LIST.map((lang) => ({ params: { file: `meta-${lang}` }, props: { lang } })),
  ...comparable().map((x) => ({ params: { file: x.code }, props: { code: x.code } })),
];

export const GET: APIRoute = ({ props }) => {
  const body = props.lang ? comparatorMeta(props.lang as Lang) : placeValues(props.code as string);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
