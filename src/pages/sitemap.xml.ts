// Every page in the three languages, each with its alternates (hreflang).
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site/config.ts';
import { territories } from '../lib/site/extracts.ts';
import { LANG_LIST, routes, switchLanguage } from '../lib/site/routes.ts';

export const GET: APIRoute = () => {
  const fixed = [routes.home, routes.communes, routes.explorer, routes.sql, routes.dataCatalogue, routes.method, routes.network, routes.associations, routes.diaspora, routes.results, routes.contribute].map((r) => r('fr'));
  const profiles = territories().filter((x) => ['region', 'province', 'commune'].includes(x.level)).map((x) => routes.territory('fr', x.level, x.slug));
  const urls = [...fixed, ...profiles].flatMap((path) => LANG_LIST.map((lang) => {
    const alternates = LANG_LIST.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${absolute(switchLanguage(path, l))}"/>`).join('');
    return `<url><loc>${absolute(switchLanguage(path, lang))}</loc>${alternates}</url>`;
  }));
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
