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
  /** The comparator: a profile's default comparison, or the chooser (any selection in ?t=). */
  compare: (lang: Lang, level?: string, slug?: string) => (level && slug ? `/${lang}/comparer/${level}/${slug}/` : `/${lang}/comparer/`),
  profileCsv: (code: string) => `/profiles/${code}.csv`,
  data: () => '/data/datapackage.json',
  dataFile: (path: string) => `/data/${path}`,
  changelog: (lang: Lang) => `/${lang}/donnees/versions/`,
  indicators: (lang: Lang) => `/${lang}/indicateurs/`,
  /** One page per indicator of the catalogue, under its id (e.g. /fr/indicateurs/population_legal/). */
  indicator: (lang: Lang, id: string) => `/${lang}/indicateurs/${id}/`,
  about: (lang: Lang) => `/${lang}/a-propos/`,
};

/** The same page in another language; a page outside the language folders (the 404 page) leads to the home page. */
export function switchLanguage(pathname: string, to: Lang): string {
  return /^\/(fr|ar|en)(?=\/|$)/.test(pathname) ? pathname.replace(/^\/(fr|ar|en)(?=\/|$)/, `/${to}`) : `/${to}/`;
}

/** getStaticPaths of a page that exists once per language. */
export const onePagePerLanguage = () => LANG_LIST.map((lang) => ({ params: { lang } }));
