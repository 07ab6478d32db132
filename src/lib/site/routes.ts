// Every URL of the site in one place. Paths are the same in every language after the
// language prefix, so switching language keeps the reader on the same page.

import type { Lang } from '../catalogue.ts';

export const LANG_LIST: Lang[] = ['fr', 'ar', 'en'];

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  communes: (lang: Lang) => `/${lang}/communes/`,
  explorer: (lang: Lang) => `/${lang}/explorer/`,
  sql: (lang: Lang) => `/${lang}/sql/`,
  dataCatalogue: (lang: Lang) => `/${lang}/donnees/`,
  staticApi: (lang: Lang) => `/${lang}/donnees/api/`,
  method: (lang: Lang) => `/${lang}/methode/`,
  network: (lang: Lang) => `/${lang}/reseau-baom/`,
  office: (lang: Lang, id: string) => `/${lang}/reseau-baom/${id.toLowerCase()}/`,
  associations: (lang: Lang) => `/${lang}/associations/`,
  diaspora: (lang: Lang) => `/${lang}/diaspora/`,
  results: (lang: Lang) => `/${lang}/resultats/`,
  contribute: (lang: Lang) => `/${lang}/contribuer/`,
  template: (dataset: string, format: 'csv' | 'xlsx') => `/templates/${dataset}.${format}`,
  territory: (lang: Lang, level: string, slug: string) => `/${lang}/${level === 'province' ? 'province' : level === 'region' ? 'region' : 'commune'}/${slug}/`,
  profileCsv: (code: string) => `/profiles/${code}.csv`,
  data: () => '/data/datapackage.json',
};

/** The same page in another language. */
export function switchLanguage(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(fr|ar|en)(?=\/|$)/, `/${to}`);
}

/** getStaticPaths of a page that exists once per language. */
export const onePagePerLanguage = () => LANG_LIST.map((lang) => ({ params: { lang } }));
