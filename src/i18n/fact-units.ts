// The units of cited figures, as the curated file writes them (English), in each language.
// A unit that agrees with its number is written with plural forms (src/lib/plural.ts):
// French says "1,5 million" and "2,4 millions", Arabic "3 ملايين" but "11 مليون".

import { OBSERVATORY } from '../config/observatory.ts';
import type { Lang, Localized } from '../lib/catalogue.ts';
import { pluralOf } from '../lib/plural.ts';

const LOCALE = Object.fromEntries(OBSERVATORY.languages.map((l) => [l.code, l.locale])) as Record<Lang, string>;

const UNITS: Record<string, Localized> = {
  persons: { fr: 'one:personne|other:personnes', ar: 'two:شخصان|few:أشخاص|other:شخص', en: 'one:person|other:people' },
  'million persons': { fr: 'one:million de personnes|other:millions de personnes', ar: 'few:ملايين شخص|other:مليون شخص', en: 'million people' },
  percent: { fr: '%', ar: '٪', en: '%' },
  'percent of foreign residents': { fr: '% des résidents étrangers', ar: '٪ من المقيمين الأجانب', en: '% of foreign residents' },
  'percent of current migrants': { fr: '% des émigrés actuels', ar: '٪ من المهاجرين الحاليين', en: '% of current emigrants' },
  'percent of return migrants': { fr: '% des migrants de retour', ar: '٪ من المهاجرين العائدين', en: '% of return migrants' },
  'percent of MRE remittances': { fr: '% des transferts des MRE', ar: '٪ من تحويلات مغاربة العالم', en: '% of remittances' },
  'percent of applications': { fr: '% des demandes', ar: '٪ من الطلبات', en: '% of applications' },
  'percent of surveyed migrants': { fr: '% des migrants enquêtés', ar: '٪ من المهاجرين المستجوبين', en: '% of surveyed migrants' },
  'percent of internal migrants': { fr: '% des migrants internes', ar: '٪ من المهاجرين الداخليين', en: '% of internal migrants' },
  'percent of internal migrations': { fr: '% des migrations internes', ar: '٪ من الهجرات الداخلية', en: '% of internal migrations' },
  'percent of population': { fr: '% de la population', ar: '٪ من السكان', en: '% of the population' },
  'billion MAD': { fr: 'one:milliard de dirhams|other:milliards de dirhams', ar: 'few:مليارات درهم|other:مليار درهم', en: 'billion dirhams' },
  'million MAD': { fr: 'one:million de dirhams|other:millions de dirhams', ar: 'few:ملايين درهم|other:مليون درهم', en: 'million dirhams' },
  'million EUR': { fr: 'one:million d’euros|other:millions d’euros', ar: 'few:ملايين أورو|other:مليون أورو', en: 'million euros' },
  applications: { fr: 'demandes', ar: 'طلب', en: 'applications' },
  cards: { fr: 'cartes', ar: 'بطاقة', en: 'cards' },
  communes: { fr: 'communes', ar: 'جماعة', en: 'communes' },
  'local authorities': { fr: 'collectivités', ar: 'جماعة ترابية', en: 'local authorities' },
  offices: { fr: 'bureaux', ar: 'مكتب', en: 'offices' },
  projects: { fr: 'projets', ar: 'مشروع', en: 'projects' },
};

/** The unit of a cited figure, agreeing with its value. */
export function factUnit(unit: string, lang: Lang, value: number): string {
  const text = UNITS[unit]?.[lang];
  return text === undefined ? unit : text.includes(':') ? pluralOf(LOCALE[lang], text, value) : text;
}
