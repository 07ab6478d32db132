// The contribution datasets partners send: every column with its type, allowed values and
// meaning in French, Arabic and English, described once. The validator, the templates, the
// "Contribuer" page, the published table specs (Arrow, Parquet, CSV, datapackage: tables.ts)
// and the pages' row types (RowOf) are all derived from these definitions.

import { OBSERVATORY } from '../../config/observatory.ts';
import type { Localized } from '../catalogue.ts';

export type FieldType =
  | 'id' | 'text' | 'commune' | 'enum' | 'enum-list' | 'date' | 'period' | 'year'
  | 'count' | 'amount' | 'latitude' | 'longitude' | 'country' | 'office-ref' | 'association-ref';

export interface Field {
  name: string;
  type: FieldType;
  required: boolean;
  values?: readonly string[];
  /** Plausible range of a number or year; counts also stay within the published integers. */
  min?: number;
  max?: number;
  description: Localized;
}

export interface Dataset {
  id: 'baom-offices' | 'baom-activity' | 'associations' | 'diaspora-projects';
  title: Localized;
  fields: readonly Field[];
  key: readonly string[];
  /** Largest file accepted, in bytes and rows: far above any real submission, far below abuse. */
  maxBytes: number;
  maxRows: number;
  /** The example row of the templates; its id starts with EXEMPLE, which the validator refuses. */
  example: readonly string[];
}

/** Ids of template example rows: a file still holding one is refused (the row was not replaced). */
export const EXAMPLE_ID = /^EXEMPLE/i;

// The examples name a real commune of the configured region, so that they pass every check but the example one.
const EXAMPLE = OBSERVATORY.exampleCommune;

export const SERVICES = ['sante', 'education', 'etat_civil', 'emploi_formation', 'logement', 'juridique_administratif', 'social', 'orientation', 'autre'] as const;
export const PUBLICS = ['ressortissant_pays_tiers', 'mre', 'migrant_de_retour', 'autre'] as const;
export const SEXES = ['F', 'M', 'inconnu'] as const;
export const AGE_GROUPS = ['0-17', '18-24', '25-34', '35-49', '50+', 'inconnu'] as const;
export const ORIGIN_GROUPS = ['afrique_subsaharienne', 'afrique_du_nord', 'moyen_orient', 'europe', 'asie', 'ameriques', 'inconnu'] as const;
export const OFFICE_LEVELS = ['local', 'provincial', 'regional'] as const;
export const ASSOCIATION_KINDS = ['ressortissants_pays_tiers', 'diaspora', 'osc_marocaine', 'osc_internationale'] as const;
export const PROJECT_STATUSES = ['projet', 'en_cours', 'realise'] as const;
export const SECTORS = ['agriculture', 'eau_assainissement', 'education', 'sante', 'energie', 'infrastructures', 'economie_sociale', 'tourisme', 'culture', 'autre'] as const;

const f = <const N extends string, const T extends FieldType, const R extends boolean>(name: N, type: T, required: R, description: Field['description'], values?: readonly string[], range: { min?: number; max?: number } = {}) =>
  ({ name, type, required, values, ...range, description }) as Field & { name: N; type: T; required: R };

/** How a field's values are published: numbers for years, counts, amounts and coordinates, text otherwise. */
export type PublishedValue<T extends FieldType> = T extends 'year' | 'count' | 'amount' | 'latitude' | 'longitude' ? number : string;
export const publishedType = (t: FieldType): 'string' | 'integer' | 'number' => (t === 'year' || t === 'count' ? 'integer' : t === 'amount' || t === 'latitude' || t === 'longitude' ? 'number' : 'string');
/** The row a dataset publishes, one property per field, null where a field is optional. */
export type RowOf<D extends { fields: readonly Field[] }> = { [F in D['fields'][number] as F['name']]: F['required'] extends true ? PublishedValue<F['type']> : PublishedValue<F['type']> | null };

export const OFFICES = {
  id: 'baom-offices',
  title: { fr: 'Bureaux d’accueil et d’orientation des migrants (BAOM)', ar: 'مكاتب استقبال وتوجيه المهاجرين', en: 'Migrant reception and orientation offices (BAOM)' },
  key: ['office_id'], maxBytes: 1_000_000, maxRows: 1_000,
  example: ['EXEMPLE-BAOM-1', `BAOM de la commune de ${EXAMPLE.name}`, EXAMPLE.code, 'provincial', `Commune de ${EXAMPLE.name}`, '2022-06', 'orientation|social', '', ''],
  fields: [
    f('office_id', 'id', true, { fr: 'Identifiant stable du bureau, choisi par le contributeur (lettres, chiffres, tirets)', ar: 'معرّف ثابت للمكتب يختاره المساهم (حروف وأرقام وشرطات)', en: 'Stable office identifier chosen by the contributor (letters, digits, hyphens)' }),
    f('name', 'text', true, { fr: 'Nom du bureau (pas le nom d’une personne)', ar: 'اسم المكتب (وليس اسم شخص)', en: 'Name of the office (not a person’s name)' }),
    f('commune_code', 'commune', true, { fr: `Code HCP de la commune du bureau, forme pointée (${EXAMPLE.code}) ou 9 chiffres`, ar: `رمز المندوبية السامية للتخطيط لجماعة المكتب، بالصيغة المنقّطة (${EXAMPLE.code}) أو 9 أرقام`, en: `HCP code of the office’s commune, dotted (${EXAMPLE.code}) or 9 digits` }),
    f('level', 'enum', true, { fr: 'Niveau du bureau', ar: 'مستوى المكتب', en: 'Level of the office' }, OFFICE_LEVELS),
    f('operator', 'text', true, { fr: 'Organisme qui gère le bureau (commune, association…)', ar: 'الهيئة التي تسيّر المكتب (جماعة، جمعية…)', en: 'Body that runs the office (commune, association…)' }),
    f('opened', 'date', true, { fr: 'Date d’ouverture, AAAA-MM ou AAAA-MM-JJ', ar: 'تاريخ الافتتاح، YYYY-MM أو YYYY-MM-DD', en: 'Opening date, YYYY-MM or YYYY-MM-DD' }),
    f('services', 'enum-list', true, { fr: 'Services offerts, codes séparés par |', ar: 'الخدمات المقدمة، رموز مفصولة بالعلامة |', en: 'Services offered, codes separated by |' }, SERVICES),
    f('latitude', 'latitude', false, { fr: 'Latitude (WGS 84), dans la commune indiquée', ar: 'خط العرض (WGS 84)، داخل الجماعة المذكورة', en: 'Latitude (WGS 84), inside the commune given' }),
    f('longitude', 'longitude', false, { fr: 'Longitude (WGS 84), dans la commune indiquée', ar: 'خط الطول (WGS 84)، داخل الجماعة المذكورة', en: 'Longitude (WGS 84), inside the commune given' }),
  ]
} as const satisfies Dataset;

export const ACTIVITY = {
  id: 'baom-activity',
  title: { fr: 'Activité des BAOM (agrégats)', ar: 'نشاط مكاتب الاستقبال (مجاميع)', en: 'BAOM activity (aggregates)' },
  key: ['office_id', 'period', 'service', 'public', 'sex', 'age_group', 'origin_group'], maxBytes: 5_000_000, maxRows: 100_000,
  example: ['EXEMPLE-BAOM-1', '2024-Q3', 'sante', 'mre', 'F', '25-34', 'europe', '12'],
  fields: [
    f('office_id', 'office-ref', true, { fr: 'Identifiant du bureau, tel que déclaré dans baom-offices', ar: 'معرّف المكتب، كما صُرّح به في baom-offices', en: 'Office identifier, as declared in baom-offices' }),
    f('period', 'period', true, { fr: 'Mois (AAAA-MM) ou trimestre (AAAA-Tn, AAAA-Qn)', ar: 'شهر (YYYY-MM) أو فصل (YYYY-Qn)', en: 'Month (YYYY-MM) or quarter (YYYY-Qn)' }),
    f('service', 'enum', true, { fr: 'Service rendu', ar: 'الخدمة المقدمة', en: 'Service provided' }, SERVICES),
    f('public', 'enum', true, { fr: 'Public accueilli', ar: 'الفئة المستقبَلة', en: 'Public received' }, PUBLICS),
    f('sex', 'enum', true, { fr: 'Sexe', ar: 'الجنس', en: 'Sex' }, SEXES),
    f('age_group', 'enum', true, { fr: 'Groupe d’âge', ar: 'الفئة العمرية', en: 'Age group' }, AGE_GROUPS),
    f('origin_group', 'enum', true, { fr: 'Région d’origine', ar: 'منطقة الأصل', en: 'Region of origin' }, ORIGIN_GROUPS),
    // At most 20,000 per row: the sum of 100,000 rows stays within the published 32-bit integers.
    f('count', 'count', true, { fr: 'Nombre de personnes (entier de 0 à 20 000) pour cette combinaison', ar: 'عدد الأشخاص (عدد صحيح من 0 إلى 20000) لهذه التركيبة', en: 'Number of people (whole number from 0 to 20,000) for this combination' }, undefined, { max: 20_000 }),
  ]
} as const satisfies Dataset;

export const ASSOCIATION_LIST = {
  id: 'associations',
  title: { fr: 'Associations de ressortissants de pays tiers et de la diaspora', ar: 'جمعيات رعايا البلدان الأخرى والجالية', en: 'Associations of third-country nationals and of the diaspora' },
  key: ['association_id'], maxBytes: 1_000_000, maxRows: 5_000,
  example: ['EXEMPLE-ASSO-1', 'Association exemple', 'diaspora', EXAMPLE.code, 'FR', '2015', '40', 'education|sante'],
  fields: [
    f('association_id', 'id', true, { fr: 'Identifiant stable de l’association', ar: 'معرّف ثابت للجمعية', en: 'Stable association identifier' }),
    f('name', 'text', true, { fr: 'Nom de l’association', ar: 'اسم الجمعية', en: 'Name of the association' }),
    f('kind', 'enum', true, { fr: 'Nature de l’association', ar: 'نوع الجمعية', en: 'Kind of association' }, ASSOCIATION_KINDS),
    f('commune_code', 'commune', true, { fr: 'Code HCP de la commune du siège ou de l’activité dans la région', ar: 'رمز المندوبية السامية للتخطيط لجماعة المقر أو النشاط في الجهة', en: 'HCP code of the commune of its seat or activity in the region' }),
    f('country_of_residence', 'country', false, { fr: 'Pays de résidence des membres (ISO 3166-1 alpha-2), obligatoire pour la diaspora', ar: 'بلد إقامة الأعضاء (ISO 3166-1 alpha-2)، إلزامي للجالية', en: 'Members’ country of residence (ISO 3166-1 alpha-2), required for the diaspora' }),
    f('founded', 'year', true, { fr: 'Année de création', ar: 'سنة التأسيس', en: 'Year founded' }, undefined, { min: 1900 }),
    f('members', 'count', false, { fr: 'Nombre de membres', ar: 'عدد الأعضاء', en: 'Number of members' }, undefined, { max: 1_000_000 }),
    f('themes', 'text', false, { fr: 'Thèmes d’action, séparés par |', ar: 'مجالات العمل، مفصولة بالعلامة |', en: 'Themes of action, separated by |' }),
  ]
} as const satisfies Dataset;

export const PROJECTS = {
  id: 'diaspora-projects',
  title: { fr: 'Projets portés par la diaspora', ar: 'مشاريع تحملها الجالية', en: 'Diaspora-led projects' },
  key: ['project_id'], maxBytes: 1_000_000, maxRows: 5_000,
  example: ['EXEMPLE-PROJ-1', EXAMPLE.code, 'eau_assainissement', '2023', '250000', 'en_cours', 'EXEMPLE-ASSO-1'],
  fields: [
    f('project_id', 'id', true, { fr: 'Identifiant stable du projet', ar: 'معرّف ثابت للمشروع', en: 'Stable project identifier' }),
    f('commune_code', 'commune', true, { fr: 'Code HCP de la commune du projet', ar: 'رمز المندوبية السامية للتخطيط لجماعة المشروع', en: 'HCP code of the project’s commune' }),
    f('sector', 'enum', true, { fr: 'Secteur', ar: 'القطاع', en: 'Sector' }, SECTORS),
    f('year', 'year', true, { fr: 'Année de lancement', ar: 'سنة الانطلاق', en: 'Year launched' }, undefined, { min: 2000 }),
    f('amount_mad', 'amount', false, { fr: 'Montant en dirhams (≥ 0)', ar: 'المبلغ بالدرهم (≥ 0)', en: 'Amount in dirhams (≥ 0)' }, undefined, { max: 1e12 }),
    f('status', 'enum', true, { fr: 'État d’avancement', ar: 'مرحلة الإنجاز', en: 'Status' }, PROJECT_STATUSES),
    f('association_id', 'association-ref', false, { fr: 'Association porteuse, telle que déclarée dans associations', ar: 'الجمعية الحاملة للمشروع، كما صُرّح بها في associations', en: 'Association carrying it, as declared in associations' }),
  ]
} as const satisfies Dataset;

export const DATASETS: Dataset[] = [OFFICES, ACTIVITY, ASSOCIATION_LIST, PROJECTS];

export const datasetById = (id: string) => DATASETS.find((d) => d.id === id);
