// The contribution datasets partners send: every column with its type, allowed values and
// meaning in French and English, described once. The validator, the templates, the
// "Contribuer" page, the published table specs (Arrow, Parquet, CSV, datapackage: tables.ts)
// and the pages' row types (RowOf) are all derived from these definitions.

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
  description: { fr: string; en: string };
}

export interface Dataset {
  id: 'baom-offices' | 'baom-activity' | 'associations' | 'diaspora-projects';
  title: { fr: string; en: string };
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

export const SERVICES = ['sante', 'education', 'etat_civil', 'emploi_formation', 'logement', 'juridique_administratif', 'social', 'orientation', 'autre'] as const;
export const PUBLICS = ['ressortissant_pays_tiers', 'mre', 'migrant_de_retour', 'autre'] as const;
export const SEXES = ['F', 'M', 'inconnu'] as const;
export const AGE_GROUPS = ['0-17', '18-24', '25-34', '35-49', '50+', 'inconnu'] as const;
export const ORIGIN_GROUPS = ['afrique_subsaharienne', 'afrique_du_nord', 'moyen_orient', 'europe', 'asie', 'ameriques', 'inconnu'] as const;
export const OFFICE_LEVELS = ['local', 'provincial', 'regional'] as const;
export const ASSOCIATION_KINDS = ['ressortissants_pays_tiers', 'diaspora', 'osc_marocaine', 'osc_internationale'] as const;
export const PROJECT_STATUSES = ['projet', 'en_cours', 'realise'] as const;
export const SECTORS = ['agriculture', 'eau_assainissement', 'education', 'sante', 'energie', 'infrastructures', 'economie_sociale', 'tourisme', 'culture', 'autre'] as const;

const f = <const N extends string, const T extends FieldType, const R extends boolean>(name: N, type: T, required: R, fr: string, en: string, values?: readonly string[], range: { min?: number; max?: number } = {}) =>
  ({ name, type, required, values, ...range, description: { fr, en } }) as Field & { name: N; type: T; required: R };

/** How a field's values are published: numbers for years, counts, amounts and coordinates, text otherwise. */
export type PublishedValue<T extends FieldType> = T extends 'year' | 'count' | 'amount' | 'latitude' | 'longitude' ? number : string;
export const publishedType = (t: FieldType): 'string' | 'integer' | 'number' => (t === 'year' || t === 'count' ? 'integer' : t === 'amount' || t === 'latitude' || t === 'longitude' ? 'number' : 'string');
/** The row a dataset publishes, one property per field, null where a field is optional. */
export type RowOf<D extends { fields: readonly Field[] }> = { [F in D['fields'][number] as F['name']]: F['required'] extends true ? PublishedValue<F['type']> : PublishedValue<F['type']> | null };

export const OFFICES = {
  id: 'baom-offices',
  title: { fr: 'Bureaux d’accueil et d’orientation des migrants (BAOM)', en: 'Migrant reception and orientation offices (BAOM)' },
  key: ['office_id'], maxBytes: 1_000_000, maxRows: 1_000,
  example: ['EXEMPLE-BAOM-1', 'BAOM de la commune de Tiznit', '09.581.01.07', 'provincial', 'Commune de Tiznit', '2022-06', 'orientation|social', '', ''],
  fields: [
    f('office_id', 'id', true, 'Identifiant stable du bureau, choisi par le contributeur (lettres, chiffres, tirets)', 'Stable office identifier chosen by the contributor (letters, digits, hyphens)'),
    f('name', 'text', true, 'Nom du bureau (pas le nom d’une personne)', 'Name of the office (not a person’s name)'),
    f('commune_code', 'commune', true, 'Code HCP de la commune du bureau, forme pointée (09.163.05.01) ou 9 chiffres', 'HCP code of the office’s commune, dotted (09.163.05.01) or 9 digits'),
    f('level', 'enum', true, 'Niveau du bureau', 'Level of the office', OFFICE_LEVELS),
    f('operator', 'text', true, 'Organisme qui gère le bureau (commune, association…)', 'Body that runs the office (commune, association…)'),
    f('opened', 'date', true, 'Date d’ouverture, AAAA-MM ou AAAA-MM-JJ', 'Opening date, YYYY-MM or YYYY-MM-DD'),
    f('services', 'enum-list', true, 'Services offerts, codes séparés par |', 'Services offered, codes separated by |', SERVICES),
    f('latitude', 'latitude', false, 'Latitude (WGS 84), dans la commune indiquée', 'Latitude (WGS 84), inside the commune given'),
    f('longitude', 'longitude', false, 'Longitude (WGS 84), dans la commune indiquée', 'Longitude (WGS 84), inside the commune given'),
  ]
} as const satisfies Dataset;

export const ACTIVITY = {
  id: 'baom-activity',
  title: { fr: 'Activité des BAOM (agrégats)', en: 'BAOM activity (aggregates)' },
  key: ['office_id', 'period', 'service', 'public', 'sex', 'age_group', 'origin_group'], maxBytes: 5_000_000, maxRows: 100_000,
  example: ['EXEMPLE-BAOM-1', '2024-Q3', 'sante', 'mre', 'F', '25-34', 'europe', '12'],
  fields: [
    f('office_id', 'office-ref', true, 'Identifiant du bureau, tel que déclaré dans baom-offices', 'Office identifier, as declared in baom-offices'),
    f('period', 'period', true, 'Mois (AAAA-MM) ou trimestre (AAAA-Tn, AAAA-Qn)', 'Month (YYYY-MM) or quarter (YYYY-Qn)'),
    f('service', 'enum', true, 'Service rendu', 'Service provided', SERVICES),
    f('public', 'enum', true, 'Public accueilli', 'Public received', PUBLICS),
    f('sex', 'enum', true, 'Sexe', 'Sex', SEXES),
    f('age_group', 'enum', true, 'Groupe d’âge', 'Age group', AGE_GROUPS),
    f('origin_group', 'enum', true, 'Région d’origine', 'Region of origin', ORIGIN_GROUPS),
    // At most 20,000 per row: the sum of 100,000 rows stays within the published 32-bit integers.
    f('count', 'count', true, 'Nombre de personnes (entier de 0 à 20 000) pour cette combinaison', 'Number of people (whole number from 0 to 20,000) for this combination', undefined, { max: 20_000 }),
  ]
} as const satisfies Dataset;

export const ASSOCIATION_LIST = {
  id: 'associations',
  title: { fr: 'Associations de ressortissants de pays tiers et de la diaspora', en: 'Associations of third-country nationals and of the diaspora' },
  key: ['association_id'], maxBytes: 1_000_000, maxRows: 5_000,
  example: ['EXEMPLE-ASSO-1', 'Association exemple', 'diaspora', '09.581.01.07', 'FR', '2015', '40', 'education|sante'],
  fields: [
    f('association_id', 'id', true, 'Identifiant stable de l’association', 'Stable association identifier'),
    f('name', 'text', true, 'Nom de l’association', 'Name of the association'),
    f('kind', 'enum', true, 'Nature de l’association', 'Kind of association', ASSOCIATION_KINDS),
    f('commune_code', 'commune', true, 'Code HCP de la commune du siège ou de l’activité dans la région', 'HCP code of the commune of its seat or activity in the region'),
    f('country_of_residence', 'country', false, 'Pays de résidence des membres (ISO 3166-1 alpha-2), obligatoire pour la diaspora', 'Members’ country of residence (ISO 3166-1 alpha-2), required for the diaspora'),
    f('founded', 'year', true, 'Année de création', 'Year founded', undefined, { min: 1900 }),
    f('members', 'count', false, 'Nombre de membres', 'Number of members', undefined, { max: 1_000_000 }),
    f('themes', 'text', false, 'Thèmes d’action, séparés par |', 'Themes of action, separated by |'),
  ]
} as const satisfies Dataset;

export const PROJECTS = {
  id: 'diaspora-projects',
  title: { fr: 'Projets portés par la diaspora', en: 'Diaspora-led projects' },
  key: ['project_id'], maxBytes: 1_000_000, maxRows: 5_000,
  example: ['EXEMPLE-PROJ-1', '09.581.01.07', 'eau_assainissement', '2023', '250000', 'en_cours', 'EXEMPLE-ASSO-1'],
  fields: [
    f('project_id', 'id', true, 'Identifiant stable du projet', 'Stable project identifier'),
    f('commune_code', 'commune', true, 'Code HCP de la commune du projet', 'HCP code of the project’s commune'),
    f('sector', 'enum', true, 'Secteur', 'Sector', SECTORS),
    f('year', 'year', true, 'Année de lancement', 'Year launched', undefined, { min: 2000 }),
    f('amount_mad', 'amount', false, 'Montant en dirhams (≥ 0)', 'Amount in dirhams (≥ 0)', undefined, { max: 1e12 }),
    f('status', 'enum', true, 'État d’avancement', 'Status', PROJECT_STATUSES),
    f('association_id', 'association-ref', false, 'Association porteuse, telle que déclarée dans associations', 'Association carrying it, as declared in associations'),
  ]
} as const satisfies Dataset;

export const DATASETS: Dataset[] = [OFFICES, ACTIVITY, ASSOCIATION_LIST, PROJECTS];

export const datasetById = (id: string) => DATASETS.find((d) => d.id === id);
