// The header search's index for one language: the region, provinces and communes with both
// names, each saying what it is and where ("Commune rurale · Tata").

import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../lib/catalogue.ts';
import { searchEntries } from '../../lib/site/search-index.ts';
import { LANG_LIST } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => LANG_LIST.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchEntries(params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
