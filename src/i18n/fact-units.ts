// The units of cited figures, as the curated file writes them (English), in each language.

import type { Lang, Localized } from '../lib/catalogue.ts';

const UNITS: Record<string, Localized> = {
  persons: { fr: 'personnes', ar: 'شخص', en: 'people' },
  'million persons': { fr: 'millions de personnes', ar: 'مليون شخص', en: 'million people' },
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
  'billion MAD': { fr: 'milliards de dirhams', ar: 'مليار درهم', en: 'billion dirhams' },
  'million MAD': { fr: 'millions de dirhams', ar: 'مليون درهم', en: 'million dirhams' },
  'million EUR': { fr: 'millions d’euros', ar: 'مليون أورو', en: 'million euros' },
  applications: { fr: 'demandes', ar: 'طلب', en: 'applications' },
  cards: { fr: 'cartes', ar: 'بطاقة', en: 'cards' },
  communes: { fr: 'communes', ar: 'جماعة', en: 'communes' },
  'local authorities': { fr: 'collectivités', ar: 'جماعة ترابية', en: 'local authorities' },
  offices: { fr: 'bureaux', ar: 'مكتب', en: 'offices' },
  projects: { fr: 'projets', ar: 'مشروع', en: 'projects' },
};

export function factUnit(unit: string, lang: Lang): string {
  return UNITS[unit]?.[lang] ?? unit;
}
