// How to cite the data: a sentence in the reader's language and a BibTeX entry, both naming
// the data version and the sources whose licences require credit (HCP, OpenStreetMap).

import { REGION } from '../../config/observatory.ts';
import { observatoryName, t } from '../../i18n/index.ts';
import type { Lang } from '../catalogue.ts';
import { absolute } from './config.ts';
import { routes } from './routes.ts';

export interface Citation { text: string; url: string; bibtex: string }

export function citation(lang: Lang, version: string, date: string): Citation {
  const tr = t(lang);
  const year = date.slice(0, 4);
  const url = absolute(routes.dataCatalogue(lang));
  return {
    text: tr('cite.text', { author: observatoryName(lang), year, version }),
    url,
    bibtex: [
      `@misc{observatoire_migrations_${REGION.slug.replace(/-/g, '_')}_${version.replace(/\./g, '_')},`,
      `  author       = {{${observatoryName('fr')}}},`,
      `  title        = {Census and migration data for ${REGION.name.en}: region, prefectures and provinces, communes},`,
      `  year         = {${year}},`,
      `  version      = {${version}},`,
      `  howpublished = {\\url{${url}}},`,
      `  note         = {Data version ${version} (${date}). After Haut-Commissariat au Plan, RGPH 2014 and 2024 (CC BY 4.0), and {\\copyright} OpenStreetMap contributors (ODbL 1.0)},`,
      '}',
    ].join('\n'),
  };
}
