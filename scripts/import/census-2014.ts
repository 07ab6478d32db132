// How the 2014 census reads against 2024, in the observatory's own words. fields-2014.json
// says which 2014 field can be read against which 2024 field (`comparableTo`) and, where the
// question changed, a note in English: each such note gets a translation here, keyed by the
// 2014 path, and the import refuses a note it has no words for.

import type { Localized } from '../../src/lib/catalogue.ts';

export const CHANGE_NOTES: Record<string, Localized> = {
  'householdWaste.municipalBin': {
    fr: 'En 2014, tout ce qui n’était ni un bac ni un camion formait une seule catégorie ; en 2024 le HCP compte à part les déchets jetés à l’air libre. La part « bac » se compare, mais les autres modes ne se suivent pas d’un recensement à l’autre.',
    en: 'In 2014 everything that was neither a bin nor a truck formed one category; in 2024 HCP counts waste dumped in the open separately. The “bin” share compares, but the other ways of disposal do not carry across the censuses.',
    ar: 'في 2014 كان كل ما ليس حاوية ولا شاحنة فئة واحدة؛ وفي 2024 تحصي المندوبية على حدة النفايات الملقاة في العراء. نسبة «الحاوية» قابلة للمقارنة، لكن الطرق الأخرى لا تتتبع من إحصاء إلى آخر.',
  },
  'householdWaste.truck': {
    fr: 'En 2014, tout ce qui n’était ni un bac ni un camion formait une seule catégorie ; en 2024 le HCP compte à part les déchets jetés à l’air libre. La part « camion » se compare, mais les autres modes ne se suivent pas d’un recensement à l’autre.',
    en: 'In 2014 everything that was neither a bin nor a truck formed one category; in 2024 HCP counts waste dumped in the open separately. The “truck” share compares, but the other ways of disposal do not carry across the censuses.',
    ar: 'في 2014 كان كل ما ليس حاوية ولا شاحنة فئة واحدة؛ وفي 2024 تحصي المندوبية على حدة النفايات الملقاة في العراء. نسبة «الشاحنة» قابلة للمقارنة، لكن الطرق الأخرى لا تتتبع من إحصاء إلى آخر.',
  },
};

/** Said of an indicator with 2024 figures only. */
export const NO_2014: Localized = {
  fr: 'Pas de comparaison avec 2014 : le HCP ne rapproche aucun champ du recensement de 2014 de celui-ci.',
  en: 'No comparison with 2014: HCP pairs no field of the 2014 census with this one.',
  ar: 'لا مقارنة مع 2014: لا تقابل المندوبية أي حقل من إحصاء 2014 بهذا الحقل.',
};

/** Said of an indicator with 2014 figures only. */
export const ONLY_2014: Localized = {
  fr: 'Champ du recensement de 2014 que le HCP ne rapproche d’aucun champ de 2024 : pas d’évolution calculée.',
  en: 'A 2014 census field HCP pairs with no 2024 field: no change is computed.',
  ar: 'حقل من إحصاء 2014 لا تقابله المندوبية بأي حقل من 2024: لا يُحسب أي تطور.',
};

/** Said of population_change_pct, which is itself the change between the censuses. */
export const IS_CHANGE: Localized = {
  fr: 'Cet indicateur est lui-même l’évolution entre les recensements de 2014 et de 2024.',
  en: 'This indicator is itself the change between the 2014 and 2024 censuses.',
  ar: 'هذا المؤشر هو نفسه التطور بين إحصاءي 2014 و2024.',
};

/** Said of a derived indicator whose inputs HCP does not publish for 2014. */
export const NO_2014_INPUTS: Localized = {
  fr: 'Pas de valeur 2014 : les chiffres dont il se calcule ne sont pas publiés pour 2014.',
  en: 'No 2014 value: the figures it is computed from are not published for 2014.',
  ar: 'لا قيمة لسنة 2014: الأرقام التي يُحسب منها غير منشورة لسنة 2014.',
};
