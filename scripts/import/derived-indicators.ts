// Indicators the observatory computes from HCP's published figures, for every territory and
// census year whose inputs HCP publishes (communes, and HCP's own records for Morocco, the
// region and provinces). Each says its formula; none is a new measurement. Those built on
// HCP's rounded shares carry that rounding (±0.2 points for a sum of four shares) and are
// never recomputed for cercles, which HCP does not publish.

import { percentChange, round } from '../../src/lib/census/aggregate.ts';
import type { Indicator, Localized } from '../../src/lib/catalogue.ts';

type Get = (id: string, year?: number) => number | undefined;

/** Levels, years and parts follow from the values computed; the import fills them in. */
type Definition = Omit<Indicator, 'levels' | 'years' | 'splits'>;

export interface DerivedIndicator {
  indicator: Definition;
  /** Census years to compute; `get` reads that year unless told another. */
  years: number[];
  compute: (get: Get, areaKm2: number) => number | undefined;
  note?: Localized;
}

const base = {
  upstream_path: '', featured: false, comparable_2014_2024: false, palette: 'sequential' as const, polarity: 'neutral' as const,
};

const sumOf = (get: Get, ids: string[]) => {
  const values = ids.map((id) => get(id));
  return values.some((v) => v === undefined) ? undefined : round((values as number[]).reduce((a, b) => a + b, 0), 1);
};

export const DERIVED: DerivedIndicator[] = [
  {
    indicator: {
      ...base, id: 'population_change_pct', theme: 'migration_signals', topic: 'population', unit: 'percent', decimals: 1,
      aggregation: 'none', formula: '100 × (population_legal[2024] − population_legal[2014]) / population_legal[2014]',
      source_id: 'hcp-rgph-2024', palette: 'diverging',
      label: { fr: 'Évolution de la population 2014–2024', en: 'Population change 2014–2024', ar: 'تطور عدد السكان 2014–2024' },
      definition: {
        fr: 'Variation relative de la population légale entre les recensements de 2014 et de 2024 (même commune, codes rapprochés par la table de correspondance 2014–2024). Un recul signale souvent des départs, mais n’est pas un décompte de migrants.',
        en: 'Relative change in legal population between the 2014 and 2024 censuses (same commune, codes matched through the 2014–2024 crosswalk). A fall often signals departures, but it is not a count of migrants.',
        ar: 'التغير النسبي للسكان القانونيين بين إحصاءي 2014 و2024 (نفس الجماعة، مع مطابقة الرموز عبر جدول التقابل 2014–2024). غالباً ما يدل التراجع على المغادرة، لكنه ليس عدّاً للمهاجرين.',
      },
    },
    years: [2024],
    compute: (get) => {
      const before = get('population_legal', 2014), after = get('population_legal', 2024);
      return before && after !== undefined ? percentChange(before, after) : undefined;
    },
  },
  {
    indicator: {
      ...base, id: 'men_per_100_women', theme: 'migration_signals', topic: 'sex', unit: 'men_per_100_women', decimals: 1,
      aggregation: 'none', formula: '100 × sex_male / sex_female', source_id: 'hcp-rgph-2024-indicators',
      label: { fr: 'Hommes pour 100 femmes', en: 'Men per 100 women', ar: 'عدد الرجال لكل 100 امرأة' },
      definition: {
        fr: 'Rapport de masculinité calculé à partir des parts d’hommes et de femmes publiées (arrondies à 0,1 point). Un rapport bas signale souvent l’émigration des hommes ; ce n’est pas un décompte de migrants.',
        en: 'Sex ratio computed from the published shares of men and women (rounded to 0.1 point). A low ratio often signals the emigration of men; it is not a count of migrants.',
        ar: 'نسبة الذكورة محسوبة من نسبتي الرجال والنساء المنشورتين (مقربتين إلى 0,1 نقطة). تدل النسبة المنخفضة غالباً على هجرة الرجال؛ وهي ليست عدّاً للمهاجرين.',
      },
    },
    years: [2024],
    compute: (get) => {
      const m = get('sex_male'), f = get('sex_female');
      return m !== undefined && f ? round((100 * m) / f, 1) : undefined;
    },
  },
  {
    indicator: {
      ...base, id: 'share_aged_20_39', theme: 'migration_signals', topic: 'age', unit: 'percent', decimals: 1,
      aggregation: 'none', formula: 'age_20_24 + age_25_29 + age_30_34 + age_35_39', source_id: 'hcp-rgph-2024-indicators',
      label: { fr: 'Part des 20–39 ans', en: 'Share aged 20–39', ar: 'نسبة البالغين 20–39 سنة' },
      definition: {
        fr: 'Somme des parts publiées des groupes d’âge de 20 à 39 ans (arrondi ±0,2 point). Les âges où l’on émigre le plus : une part faible peut signaler des départs.',
        en: 'Sum of the published shares of the age groups 20 to 39 (rounding ±0.2 point). The ages at which people most often emigrate: a low share may signal departures.',
        ar: 'مجموع النسب المنشورة للفئات العمرية من 20 إلى 39 سنة (تقريب ±0,2 نقطة). وهي الأعمار الأكثر هجرة: قد تدل نسبة منخفضة على المغادرة.',
      },
    },
    years: [2014, 2024],
    compute: (get) => sumOf(get, ['age_20_24', 'age_25_29', 'age_30_34', 'age_35_39']),
  },
  {
    indicator: {
      ...base, id: 'share_aged_60_plus', theme: 'migration_signals', topic: 'age', unit: 'percent', decimals: 1,
      aggregation: 'none', formula: 'age_60_64 + age_65_69 + age_70_74 + age_75_plus', source_id: 'hcp-rgph-2024-indicators',
      label: { fr: 'Part des 60 ans et plus', en: 'Share aged 60 and over', ar: 'نسبة البالغين 60 سنة فأكثر' },
      definition: {
        fr: 'Somme des parts publiées des groupes d’âge de 60 ans et plus (arrondi ±0,2 point). Une population âgée peut refléter le départ des jeunes adultes.',
        en: 'Sum of the published shares of the age groups 60 and over (rounding ±0.2 point). An older population may reflect the departure of young adults.',
        ar: 'مجموع النسب المنشورة للفئات العمرية 60 سنة فأكثر (تقريب ±0,2 نقطة). قد تعكس شيخوخة السكان مغادرة الشباب.',
      },
    },
    years: [2014, 2024],
    compute: (get) => sumOf(get, ['age_60_64', 'age_65_69', 'age_70_74', 'age_75_plus']),
  },
  {
    indicator: {
      ...base, id: 'population_density', theme: 'population', topic: 'population', unit: 'people_per_km2', decimals: 1,
      aggregation: 'none', formula: 'population_legal / area_km2 (same census year)', source_id: 'hcp-rgph-2024',
      label: { fr: 'Densité de population', en: 'Population density', ar: 'الكثافة السكانية' },
      definition: {
        fr: 'Population légale du recensement (HCP, 2014 ou 2024) rapportée à la superficie calculée sur les contours OpenStreetMap actuels (ODbL), les mêmes pour les deux années.',
        en: 'Legal population at the census (HCP, 2014 or 2024) divided by the area computed from the current OpenStreetMap boundaries (ODbL), the same for both years.',
        ar: 'السكان القانونيون في الإحصاء (المندوبية، 2014 أو 2024) مقسومين على المساحة المحسوبة من حدود OpenStreetMap ‏(ODbL) الحالية، وهي نفسها للسنتين.',
      },
    },
    years: [2014, 2024],
    compute: (get, area) => {
      const p = get('population_legal');
      return p !== undefined && area > 0 ? round(p / area, 2) : undefined;
    },
  },
];
