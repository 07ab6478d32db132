// What the search can find, in one language: built once for the JSON index and the list page.
import { t } from '../../i18n/index.ts';
import type { Lang } from '../catalogue.ts';
import { nameOf } from '../format.ts';
import type { SearchEntry } from '../search.ts';
import { territories } from './extracts.ts';
import { levelKey } from './profile.ts';
import { routes } from './routes.ts';

export function searchEntries(lang: Lang): SearchEntry[] {
  const tr = t(lang);
  const all = territories();
  const byCode = new Map(all.map((x) => [x.code, x]));
  const region = all.find((x) => x.level === 'region')!;
  return all
    .filter((x) => x.level === 'commune' || x.level === 'province' || x.level === 'region')
    .map((x) => ({
      code: x.code, level: x.level as SearchEntry['level'], name_fr: x.name_fr, name_ar: x.name_ar,
      href: routes.territory(lang, x.level, x.slug),
      context: x.level === 'region' ? tr(levelKey(x))
        : tr('search.inProvince', { kind: tr(levelKey(x)), province: nameOf(x.level === 'commune' ? byCode.get(x.province_code!)! : region, lang) }),
    }));
}
