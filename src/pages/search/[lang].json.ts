// The header search's index for one language: communes and provinces with both names.

import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../lib/catalogue.ts';
import type { SearchEntry } from '../../lib/search.ts';
import { nameOf } from '../../lib/format.ts';
import { territories } from '../../lib/site/extracts.ts';
import { LANG_LIST, routes } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => LANG_LIST.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const all = territories();
  const byCode = new Map(all.map((x) => [x.code, x]));
  const region = all.find((x) => x.level === 'region')!;
  const entries: SearchEntry[] = all
    .filter((x) => x.level === 'commune' || x.level === 'province')
    .map((x) => ({
      code: x.code, name_fr: x.name_fr, name_ar: x.name_ar, href: routes.territory(lang, x.level, x.slug),
      context: x.level === 'commune' ? nameOf(byCode.get(x.province_code!)!, lang) : nameOf(region, lang),
    }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
