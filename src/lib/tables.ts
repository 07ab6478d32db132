// The shape of every canonical table in data/ and every tabular extract in public/data/.
// One description drives validation, the Arrow and Parquet schemas, CSV writing and the
// Frictionless datapackage, so they cannot drift apart.

import { ASSOCIATION_LIST, OFFICES, PROJECTS, publishedType, type Dataset } from './contrib/datasets.ts';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** A column that may be empty. Codes are never nullable unless said here. */
  nullable?: boolean;
  enum?: readonly string[];
  pattern?: RegExp;
  description: { fr: string; en: string };
}

export interface TableSpec {
  name: string;
  /** File in data/ (canonical) and stem in public/data/. */
  file: string;
  title: { fr: string; en: string };
  description: { fr: string; en: string };
  columns: Column[];
  /** Columns that identify a row; checked for duplicates. */
  primaryKey: string[];
  /** Sort order of published rows (reproducible output). */
  orderBy: string[];
  /** Licence of the table's content: figures from HCP, or geometry-derived (ODbL). */
  licence: 'hcp' | 'odbl' | 'mixed-hcp-odbl' | 'sources';
}

export const LEVEL_VALUES = ['country', 'region', 'province', 'cercle', 'commune'] as const;
export const KIND_VALUES = ['country', 'region', 'prefecture', 'province', 'cercle', 'urban', 'rural'] as const;
export const METHOD_VALUES = ['published', 'sum_of_communes', 'ratio_of_sums', 'derived'] as const;
export const FACT_PRODUCERS = ['hcp', 'office_des_changes', 'unhcr', 'government', 'cndh', 'prim', 'consulates', 'none'] as const;
/** In the order figures are ranked: the producer's own publication first, opinion last. */
export const FACT_RELIABILITY = ['institution', 'press_official', 'press_programme', 'opinion'] as const;
/** The parts of a unit HCP publishes besides the whole: its men, its women, its urban and its rural part. */
export const GROUP_VALUES = ['men', 'women', 'urban', 'rural'] as const;

// Any HCP code: the country (two letters), a region (two digits) and the units nested in it.
// Which region a build holds is configuration (src/config/observatory.ts), checked across tables.
const CODE = /^([A-Z]{2}|\d{2}(\.\d{3}(\.\d{2}(\.\d{2})?)?)?)$/;
const DIGITS = /^([A-Z]{2}|\d{2}(\d{3}(\d{2}(\d{2})?)?)?)$/;
const ID = /^[a-z][a-z0-9_]*$/;

/** A column; its name, type and nullability stay literal so that row types derive from the spec. */
function c<const N extends string, const T extends ColumnType, const X extends Partial<Column> = {}>(name: N, type: T, fr: string, en: string, extra?: X) {
  return { name, type, description: { fr, en }, ...extra } as { name: N; type: T; description: { fr: string; en: string } } & X;
}

type ValueOf<T extends ColumnType> = T extends 'string' ? string : T extends 'boolean' ? boolean : number;
type CellOf<C> = C extends { type: infer T extends ColumnType; nullable: true } ? ValueOf<T> | null : C extends { type: infer T extends ColumnType } ? ValueOf<T> : never;

/** The TypeScript type of one row of a table, derived from its spec: `RowOf<typeof CENSUS>`. */
export type RowOf<S extends { columns: readonly { name: string }[] }> = { [C in S['columns'][number] as C['name']]: CellOf<C> };

export const TERRITORIES = {
  name: 'territories',
  file: 'territories.csv',
  title: { fr: 'Territoires', en: 'Territories' },
  description: {
    fr: 'Le Maroc (niveau de comparaison), la région, ses préfectures et provinces, ses cercles et ses communes, avec les codes géographiques du HCP.',
    en: 'Morocco (for comparison), the region, its prefectures and provinces, its cercles and its communes, with HCP geographic codes.',
  },
  columns: [
    c('code', 'string', 'Code géographique HCP (forme pointée)', 'HCP geographic code (dotted form)', { pattern: CODE }),
    c('code_digits', 'string', 'Code HCP sur 2, 5, 7 ou 9 chiffres (clé des contours) ; MA pour le Maroc', 'HCP code as 2, 5, 7 or 9 digits (boundary key); MA for Morocco', { pattern: DIGITS }),
    c('level', 'string', 'Niveau', 'Level', { enum: LEVEL_VALUES }),
    c('kind', 'string', 'Nature : pays, région, préfecture, province, cercle, commune urbaine ou rurale', 'Kind: country, region, prefecture, province, cercle, urban or rural commune', { enum: KIND_VALUES }),
    c('name_fr', 'string', 'Nom en français', 'Name in French'),
    c('name_ar', 'string', 'Nom en arabe', 'Name in Arabic'),
    c('slug', 'string', 'Identifiant d’URL', 'URL slug', { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }),
    c('parent_code', 'string', 'Code du territoire parent (pays pour la région, région pour une province, province pour une commune urbaine ou un cercle, cercle pour une commune rurale)', 'Code of the parent (country for the region, region for a province, province for an urban commune or a cercle, cercle for a rural commune)', { nullable: true, pattern: CODE }),
    c('province_code', 'string', 'Code de la préfecture ou province', 'Prefecture or province code', { nullable: true, pattern: CODE }),
    c('cercle_code', 'string', 'Code du cercle (communes rurales)', 'Cercle code (rural communes)', { nullable: true, pattern: CODE }),
    c('area_km2', 'number', 'Superficie en km², calculée sur les contours OpenStreetMap (ODbL)', 'Area in km², computed from the OpenStreetMap boundaries (ODbL)', { nullable: true }),
  ],
  primaryKey: ['code'],
  orderBy: ['code'],
  licence: 'mixed-hcp-odbl',
} satisfies TableSpec;

export const CENSUS = {
  name: 'census',
  file: 'census.csv',
  title: { fr: 'Recensement : valeurs par territoire', en: 'Census: values by territory' },
  description: {
    fr: 'Valeurs des indicateurs du recensement (RGPH 2014 et 2024) en format long, pour l’ensemble de chaque territoire. Maroc, région et provinces : chiffres publiés par le HCP ; cercles : sommes de comptages ou rapports de sommes, seulement lorsqu’ils sont exacts.',
    en: 'Census indicator values (RGPH 2014 and 2024) in long form, for each territory as a whole. Morocco, the region and provinces: figures published by HCP; cercles: sums of counts or ratios of sums, only where exact.',
  },
  columns: [
    c('territory_code', 'string', 'Code du territoire', 'Territory code', { pattern: CODE }),
    c('indicator_id', 'string', 'Identifiant de l’indicateur (voir indicators)', 'Indicator id (see indicators)', { pattern: ID }),
    c('year', 'integer', 'Année du recensement', 'Census year'),
    c('value', 'number', 'Valeur, dans l’unité de l’indicateur', 'Value, in the indicator’s unit'),
    c('method', 'string', 'Origine : publié par le HCP, somme des communes, rapport de sommes, ou dérivé', 'Origin: published by HCP, sum of communes, ratio of sums, or derived', { enum: METHOD_VALUES }),
    c('source_id', 'string', 'Source (voir sources)', 'Source (see sources)', { pattern: /^[a-z0-9-]+$/ }),
  ],
  primaryKey: ['territory_code', 'indicator_id', 'year'],
  orderBy: ['territory_code', 'indicator_id', 'year'],
  licence: 'hcp',
} satisfies TableSpec;

export const INDICATORS = {
  name: 'indicators',
  file: 'indicators.csv',
  title: { fr: 'Catalogue des indicateurs', en: 'Indicator catalogue' },
  description: {
    fr: 'Chaque indicateur publié : libellés en français, arabe et anglais, définition, unité, thème, niveaux et années disponibles, source.',
    en: 'Every published indicator: labels in French, Arabic and English, definition, unit, theme, levels and years available, source.',
  },
  columns: [
    c('id', 'string', 'Identifiant', 'Identifier', { pattern: ID }),
    c('theme', 'string', 'Thème', 'Theme'),
    c('topic', 'string', 'Sujet HCP', 'HCP topic'),
    c('label_fr', 'string', 'Libellé (français)', 'Label (French)'),
    c('label_ar', 'string', 'Libellé (arabe)', 'Label (Arabic)'),
    c('label_en', 'string', 'Libellé (anglais)', 'Label (English)'),
    c('definition_fr', 'string', 'Définition (français)', 'Definition (French)'),
    c('definition_ar', 'string', 'Définition (arabe)', 'Definition (Arabic)'),
    c('definition_en', 'string', 'Définition (anglais)', 'Definition (English)'),
    c('unit', 'string', 'Unité', 'Unit'),
    c('decimals', 'integer', 'Décimales affichées', 'Decimals shown'),
    c('aggregation', 'string', 'Agrégation vers les parents : sum, ratio ou none', 'Aggregation to parents: sum, ratio or none', { enum: ['sum', 'ratio', 'none'] }),
    c('formula', 'string', 'Formule (indicateurs dérivés et rapports)', 'Formula (derived indicators and ratios)', { nullable: true }),
    c('levels', 'string', 'Niveaux disponibles, séparés par |', 'Levels available, |-separated'),
    c('years', 'string', 'Années disponibles, séparées par |', 'Years available, |-separated'),
    c('comparable_2014_2024', 'boolean', 'Comparable entre 2014 et 2024 (le HCP rapproche le champ de 2014 de celui de 2024)', 'Comparable between 2014 and 2024 (HCP reads the 2014 field against the 2024 one)'),
    c('note_fr', 'string', 'Ce qui a changé entre les deux recensements, ou pourquoi il n’y a pas de comparaison (français)', 'What changed between the two censuses, or why there is no comparison (French)', { nullable: true }),
    c('note_ar', 'string', 'Ce qui a changé entre les deux recensements (arabe)', 'What changed between the two censuses (Arabic)', { nullable: true }),
    c('note_en', 'string', 'Ce qui a changé entre les deux recensements (anglais)', 'What changed between the two censuses (English)', { nullable: true }),
    c('splits', 'string', 'Parties publiées à part (men, women, urban, rural), séparées par | ; voir census_splits', 'Parts published separately (men, women, urban, rural), |-separated; see census_splits', { nullable: true }),
    c('source_id', 'string', 'Source (voir sources)', 'Source (see sources)'),
    c('palette', 'string', 'Palette : sequential ou diverging', 'Palette: sequential or diverging', { enum: ['sequential', 'diverging'] }),
    c('polarity', 'string', 'Sens de lecture', 'Reading direction', { enum: ['neutral', 'higher_is_better', 'higher_is_worse'] }),
    c('upstream_path', 'string', 'Chemin de l’indicateur dans la source', 'Indicator path upstream', { nullable: true }),
    c('featured', 'boolean', 'Indicateur mis en avant sur la carte d’accueil', 'Featured on the home map'),
  ],
  primaryKey: ['id'],
  orderBy: [],
  licence: 'hcp',
} satisfies TableSpec;

export const FACTS = {
  name: 'facts',
  file: 'facts.csv',
  title: { fr: 'Chiffres de la migration cités', en: 'Cited migration figures' },
  description: {
    fr: 'Chiffres publiés sur la migration (Maroc, région, provinces), chacun avec sa source. Les valeurs sont reprises telles que publiées, jamais recalculées.',
    en: 'Published migration figures (Morocco, region, provinces), each with its source. Values are kept as published, never recomputed.',
  },
  columns: [
    c('fact_id', 'string', 'Identifiant', 'Identifier', { pattern: /^MIG-\d{3}$/ }),
    c('geo_level', 'string', 'Niveau géographique', 'Geographic level', { enum: ['country', 'region', 'province', 'commune'] }),
    c('geo_code', 'string', 'Code du territoire (MA, code de région ou code HCP) ; vide si le territoire n’est pas unique ou certain', 'Territory code (MA, region code or HCP code); empty when not a single or certain territory', { nullable: true }),
    c('geo_name', 'string', 'Nom du territoire', 'Territory name'),
    c('theme', 'string', 'Thème', 'Theme'),
    c('indicator', 'string', 'Indicateur', 'Indicator', { pattern: ID }),
    c('label_fr', 'string', 'Libellé (français)', 'Label (French)'),
    c('label_ar', 'string', 'Libellé (arabe)', 'Label (Arabic)'),
    c('label_en', 'string', 'Libellé (anglais)', 'Label (English)'),
    c('detail_fr', 'string', 'Sous-population ou base du chiffre, dans nos mots (français)', 'Sub-population or basis of the figure, in our words (French)', { nullable: true }),
    c('detail_ar', 'string', 'Sous-population ou base du chiffre, dans nos mots (arabe)', 'Sub-population or basis of the figure, in our words (Arabic)', { nullable: true }),
    c('detail_en', 'string', 'Sous-population ou base du chiffre, dans nos mots (anglais)', 'Sub-population or basis of the figure, in our words (English)', { nullable: true }),
    c('value_qualifier', 'string', 'La source dit « plus de » (more_than) ou « environ » (about)', 'The source says “more than” (more_than) or “about” (about)', { nullable: true, enum: ['more_than', 'about'] }),
    c('value', 'number', 'Valeur telle que publiée', 'Value as published'),
    c('unit', 'string', 'Unité', 'Unit'),
    c('period', 'string', 'Période ou date de référence', 'Reference period or date'),
    c('producer', 'string', 'Institution qui a produit le chiffre', 'Institution that produced the figure', { enum: FACT_PRODUCERS }),
    c('reliability', 'string', 'Comment le chiffre nous parvient : publication de l’institution, presse citant un producteur officiel, presse citant un programme ou un registre, tribune', 'How the figure reaches us: the institution’s own publication, press citing an official producer, press citing a programme or register, opinion column', { enum: FACT_RELIABILITY }),
    c('headline', 'boolean', 'Peut figurer parmi les chiffres clés', 'May appear among key figures'),
    c('caveat_fr', 'string', 'Mise en garde (français)', 'Caveat (French)', { nullable: true }),
    c('caveat_ar', 'string', 'Mise en garde (arabe)', 'Caveat (Arabic)', { nullable: true }),
    c('caveat_en', 'string', 'Mise en garde (anglais)', 'Caveat (English)', { nullable: true }),
    c('source_id', 'string', 'Source (voir sources)', 'Source (see sources)', { pattern: /^[a-z0-9-]+$/ }),
  ],
  primaryKey: ['fact_id'],
  orderBy: ['fact_id'],
  licence: 'sources',
} satisfies TableSpec;

export const SOURCES = {
  name: 'sources',
  file: 'sources.csv',
  title: { fr: 'Sources', en: 'Sources' },
  description: {
    fr: 'Chaque source citée : éditeur, titre, adresse, millésime, licence.',
    en: 'Every source cited: publisher, title, address, vintage, licence.',
  },
  columns: [
    c('source_id', 'string', 'Identifiant', 'Identifier', { pattern: /^[a-z0-9-]+$/ }),
    c('kind', 'string', 'Nature de la source', 'Kind of source', { enum: ['census', 'boundaries', 'press', 'institution'] }),
    c('publisher', 'string', 'Éditeur', 'Publisher'),
    c('title', 'string', 'Titre', 'Title'),
    c('url', 'string', 'Adresse', 'URL', { pattern: /^https?:\/\/\S+$/ }),
    c('vintage', 'string', 'Millésime des données', 'Data vintage'),
    c('licence', 'string', 'Licence ou conditions', 'Licence or terms'),
    c('retrieved', 'string', 'Date de consultation', 'Date retrieved', { pattern: /^\d{4}-\d{2}-\d{2}$/ }),
  ],
  primaryKey: ['source_id'],
  orderBy: ['source_id'],
  licence: 'sources',
} satisfies TableSpec;

export const RECONCILIATION = {
  name: 'reconciliation',
  file: 'reconciliation.csv',
  title: { fr: 'Écarts entre chiffres publiés et sommes des communes', en: 'Differences between published figures and sums of communes' },
  description: {
    fr: 'Pour chaque chiffre publié par le HCP pour un parent (région, province, cercle) qui peut aussi se recalculer à partir des communes, la valeur recalculée et l’écart. Le chiffre du HCP est celui publié.',
    en: 'For each figure HCP publishes for a parent (region, province, cercle) that can also be computed from its communes, the computed value and the difference. HCP’s figure is the one published.',
  },
  columns: [
    c('territory_code', 'string', 'Code du territoire', 'Territory code', { pattern: CODE }),
    c('indicator_id', 'string', 'Indicateur', 'Indicator', { pattern: ID }),
    c('year', 'integer', 'Année', 'Year'),
    c('published', 'number', 'Chiffre publié par le HCP', 'Figure published by HCP'),
    c('sum_of_communes', 'number', 'Valeur recalculée à partir des communes (somme, ou rapport de sommes)', 'Value computed from the communes (a sum, or a ratio of sums)'),
    c('difference', 'number', 'Écart (publié − recalculé)', 'Difference (published − computed)'),
    c('computed_as', 'string', 'Calcul : somme des communes ou rapport de sommes', 'Computation: sum of communes or ratio of sums', { enum: ['sum_of_communes', 'ratio_of_sums'] }),
  ],
  primaryKey: ['territory_code', 'indicator_id', 'year'],
  orderBy: ['territory_code', 'indicator_id', 'year'],
  licence: 'hcp',
} satisfies TableSpec;

export const CENSUS_SPLITS = {
  name: 'census_splits',
  file: 'census_splits.csv',
  title: { fr: 'Recensement : hommes, femmes, urbain, rural', en: 'Census: men, women, urban, rural' },
  description: {
    fr: 'Les valeurs que le HCP publie pour les hommes, pour les femmes, pour la partie urbaine et pour la partie rurale du Maroc, de la région et des provinces (RGPH 2014 et 2024), en format long. L’ensemble de chaque territoire est dans census.',
    en: 'The values HCP publishes for the men, the women, the urban part and the rural part of Morocco, the region and the provinces (RGPH 2014 and 2024), in long form. Each territory as a whole is in census.',
  },
  columns: [
    c('territory_code', 'string', 'Code du territoire', 'Territory code', { pattern: CODE }),
    c('indicator_id', 'string', 'Identifiant de l’indicateur (voir indicators)', 'Indicator id (see indicators)', { pattern: ID }),
    c('year', 'integer', 'Année du recensement', 'Census year'),
    c('group', 'string', 'Partie : men (hommes), women (femmes), urban (urbain), rural', 'Part: men, women, urban, rural', { enum: GROUP_VALUES }),
    c('value', 'number', 'Valeur, dans l’unité de l’indicateur (une part se lit dans la partie : % des femmes, % des ménages urbains…)', 'Value, in the indicator’s unit (a share is within the part: % of women, % of urban households…)'),
    c('method', 'string', 'Origine : publié par le HCP', 'Origin: published by HCP', { enum: METHOD_VALUES }),
    c('source_id', 'string', 'Source (voir sources)', 'Source (see sources)', { pattern: /^[a-z0-9-]+$/ }),
  ],
  primaryKey: ['territory_code', 'indicator_id', 'year', 'group'],
  orderBy: ['territory_code', 'indicator_id', 'year', 'group'],
  licence: 'hcp',
} satisfies TableSpec;

/** A published convenience table: one row per commune with its headline figures. */
export const COMMUNES = {
  name: 'communes',
  file: 'communes.csv',
  title: { fr: 'Communes : chiffres principaux', en: 'Communes: headline figures' },
  description: {
    fr: 'Une ligne par commune : codes, noms, rattachement, population 2014 et 2024, ménages, superficie. Construite à partir de territories et census.',
    en: 'One row per commune: codes, names, parents, population 2014 and 2024, households, area. Built from territories and census.',
  },
  columns: [
    c('code', 'string', 'Code géographique HCP', 'HCP geographic code', { pattern: CODE }),
    c('code_digits', 'string', 'Code HCP sur 9 chiffres', 'HCP code as 9 digits', { pattern: DIGITS }),
    c('name_fr', 'string', 'Nom en français', 'Name in French'),
    c('name_ar', 'string', 'Nom en arabe', 'Name in Arabic'),
    c('slug', 'string', 'Identifiant d’URL', 'URL slug'),
    c('kind', 'string', 'Commune urbaine ou rurale', 'Urban or rural commune', { enum: ['urban', 'rural'] }),
    c('province_code', 'string', 'Code de la préfecture ou province', 'Prefecture or province code', { pattern: CODE }),
    c('cercle_code', 'string', 'Code du cercle', 'Cercle code', { nullable: true, pattern: CODE }),
    c('population_2014', 'integer', 'Population légale 2014', 'Legal population 2014'),
    c('population_2024', 'integer', 'Population légale 2024', 'Legal population 2024'),
    c('population_change_pct', 'number', 'Évolution de la population 2014–2024 (%)', 'Population change 2014–2024 (%)'),
    c('households_2024', 'integer', 'Ménages 2024', 'Households 2024'),
    c('area_km2', 'number', 'Superficie (km², OpenStreetMap)', 'Area (km², OpenStreetMap)'),
  ],
  primaryKey: ['code'],
  orderBy: ['code'],
  licence: 'mixed-hcp-odbl',
} satisfies TableSpec;

export const PROGRAMME_TARGETS = {
  name: 'programme_targets',
  file: 'programme_targets.csv',
  title: { fr: 'Cibles du programme régional', en: 'Targets of the regional programme' },
  description: {
    fr: 'Les résultats attendus du programme régional 2020–2024 (bureaux, collectivités, associations, personnes accompagnées), à comparer aux contributions publiées.',
    en: 'The expected results of the 2020–2024 regional programme (offices, local authorities, associations, people accompanied), to compare with the published contributions.',
  },
  columns: [
    c('target_id', 'string', 'Identifiant', 'Identifier', { enum: ['offices', 'authorities', 'diaspora', 'tcn', 'people'] }),
    c('value', 'integer', 'Cible', 'Target'),
    c('at_least', 'boolean', 'Cible minimale (« plus de »)', 'A lower bound ("more than")'),
    c('label_fr', 'string', 'Libellé (français)', 'Label (French)'),
    c('label_ar', 'string', 'Libellé (arabe)', 'Label (Arabic)'),
    c('label_en', 'string', 'Libellé (anglais)', 'Label (English)'),
    c('source_id', 'string', 'Source (voir sources)', 'Source (see sources)', { pattern: /^[a-z0-9-]+$/ }),
  ],
  primaryKey: ['target_id'],
  orderBy: [],
  licence: 'sources',
} satisfies TableSpec;

export const MIGRATION_COHORTS: TableSpec = {
  name: 'migration_cohorts',
  file: 'migration_cohorts.csv',
  title: { fr: 'Solde migratoire apparent 2014–2024 par génération', en: 'Apparent net migration 2014–2024 by cohort' },
  description: {
    fr: 'Pour chaque commune, province et la région, et chacune des 14 générations âgées de 10 ans et plus en 2024 : effectif observé en 2024, effectif attendu (effectif de 2014 × rapport de survie du Maroc), solde et ses bornes (arrondi des parts du HCP à ± 0,05 point). Méthode des rapports de survie nationaux ; estimation de l’Observatoire à partir des recensements du HCP. Valeurs arrondies à la personne ; les totaux (census) sont calculés avant arrondi.',
    en: 'For each commune, province and the region, and each of the 14 cohorts aged 10 and over in 2024: the count observed in 2024, the count expected (the 2014 count × Morocco’s survival ratio), the net balance and its bounds (HCP’s shares rounded to ± 0.05 point). National census survival ratio method; estimated by the Observatory from HCP’s censuses. Rounded to the person; totals (census) are computed before rounding.',
  },
  columns: [
    c('territory_code', 'string', 'Code du territoire', 'Territory code', { pattern: CODE }),
    c('age_2024', 'string', 'Âge de la génération en 2024', 'Age of the cohort in 2024', { enum: ['10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+'] }),
    c('age_2014', 'string', 'Âge de la même génération en 2014', 'Age of the same cohort in 2014', { enum: ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'] }),
    c('survival_ratio', 'number', 'Rapport de survie du Maroc : effectif 2024 / effectif 2014 de la génération', 'Morocco’s survival ratio: the cohort’s 2024 count / its 2014 count'),
    c('observed', 'integer', 'Effectif observé en 2024 (part × population municipale)', 'Count observed in 2024 (share × municipal population)'),
    c('expected', 'integer', 'Effectif attendu en 2024 sans migration (rapport de survie × effectif 2014)', 'Count expected in 2024 without migration (survival ratio × 2014 count)'),
    c('net', 'integer', 'Solde migratoire apparent (observé − attendu)', 'Apparent net migration (observed − expected)'),
    c('net_low', 'integer', 'Borne basse du solde', 'Low bound of the balance'),
    c('net_high', 'integer', 'Borne haute du solde', 'High bound of the balance'),
  ],
  primaryKey: ['territory_code', 'age_2024'],
  orderBy: ['territory_code', 'age_2024'],
  licence: 'hcp',
};

/** Canonical tables, in the order the build validates them (referenced before referencing). */
export const CANONICAL_TABLES = [SOURCES, TERRITORIES, INDICATORS, CENSUS, CENSUS_SPLITS, RECONCILIATION, MIGRATION_COHORTS, FACTS, PROGRAMME_TARGETS] as const;

export type Row = Record<string, string | number | boolean | null>;

/** Rows in the table's published order, so files come out the same on every build. */
export function sortRows(spec: TableSpec, rows: Row[]): Row[] {
  if (spec.orderBy.length === 0) return rows;
  return [...rows].sort((a, b) => {
    for (const k of spec.orderBy) {
      const x = a[k] as string | number, y = b[k] as string | number;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}

// ---- Tables published from partners' contributions (aggregates only) -----------------------

const SYN = c('synthetic', 'boolean', 'Donnée fictive de démonstration (jamais dans la publication réelle)', 'Synthetic demonstration data (never in the real publication)');

export const CONTRIBUTIONS = {
  name: 'contributions', file: 'contributions.csv',
  title: { fr: 'Contributions publiées', en: 'Published contributions' },
  description: { fr: 'Chaque fichier reçu d’un partenaire : jeu de données, organisation, licence, période couverte, date de dépôt.', en: 'Every file received from a partner: dataset, organisation, licence, period covered, date submitted.' },
  columns: [
    c('file', 'string', 'Fichier', 'File'), c('dataset', 'string', 'Jeu de données', 'Dataset'),
    c('organisation', 'string', 'Organisation contributrice', 'Contributing organisation'), c('licence', 'string', 'Licence', 'Licence'),
    c('period', 'string', 'Période couverte', 'Period covered'), c('submitted', 'string', 'Date de dépôt', 'Date submitted'),
    c('version', 'integer', 'Version (la plus haute de chaque organisation, jeu de données et période est publiée)', 'Version (the highest of each organisation, dataset and period is published)'),
    c('rows', 'integer', 'Lignes', 'Rows'), SYN,
  ],
  primaryKey: ['file'], orderBy: ['dataset', 'file'], licence: 'sources',
} satisfies TableSpec;

const SOURCE_FILE = c('source_file', 'string', 'Fichier de contribution', 'Contribution file');

/** A list partners send (offices, associations, projects), published with its columns as the dataset defines them. */
function contributionList(dataset: Dataset, description: { fr: string; en: string }): TableSpec {
  return {
    name: dataset.id.replace(/-/g, '_'), file: `${dataset.id.replace(/-/g, '_')}.csv`, title: dataset.title, description,
    columns: [
      ...dataset.fields.map((f): Column => ({
        name: f.name, type: publishedType(f.type), description: f.description, ...(f.required ? {} : { nullable: true }),
        ...(f.type === 'enum' ? { enum: f.values } : {}), ...(f.type === 'commune' ? { pattern: CODE } : {}),
      })),
      SOURCE_FILE, SYN,
    ],
    primaryKey: [...dataset.key], orderBy: [...dataset.key], licence: 'sources',
  };
}

export const BAOM_OFFICES = contributionList(OFFICES, { fr: 'Le réseau des BAOM déclaré par les partenaires.', en: 'The BAOM network as declared by the partners.' });

export const BAOM_ACTIVITY = {
  name: 'baom_activity', file: 'baom_activity.csv',
  title: { fr: 'Activité des BAOM, agrégée et protégée', en: 'BAOM activity, aggregated and protected' },
  description: {
    fr: 'Personnes accueillies par bureau, période et une dimension à la fois (service, public, sexe, âge, origine), avec totaux par bureau (_total) et pour la région (_region). Les comptes de 1 à 4 sont masqués (suppressed), avec masquage secondaire pour qu’aucun ne puisse être retrouvé à partir des totaux.',
    en: 'People received by office, period and one dimension at a time (service, public, sex, age, origin), with totals per office (_total) and for the region (_region). Counts from 1 to 4 are hidden (suppressed), with secondary suppression so none can be recovered from the totals.',
  },
  columns: [
    c('office_id', 'string', 'Bureau, ou _region', 'Office, or _region'), c('period', 'string', 'Période', 'Period'),
    c('dimension', 'string', 'Dimension', 'Dimension', { enum: ['service', 'public', 'sex', 'age_group', 'origin_group'] }),
    c('category', 'string', 'Catégorie, ou _total', 'Category, or _total'),
    c('count', 'integer', 'Nombre de personnes ; vide si masqué', 'Number of people; empty when suppressed', { nullable: true }),
    c('suppressed', 'boolean', 'Masqué pour protéger les personnes', 'Hidden to protect people'), SYN,
  ],
  primaryKey: ['office_id', 'period', 'dimension', 'category'], orderBy: ['period', 'dimension', 'office_id', 'category'], licence: 'sources',
} satisfies TableSpec;

export const ASSOCIATIONS = contributionList(ASSOCIATION_LIST, { fr: 'Les associations déclarées par les partenaires.', en: 'The associations declared by the partners.' });

export const DIASPORA_PROJECTS = contributionList(PROJECTS, { fr: 'Les projets déclarés par les partenaires.', en: 'The projects declared by the partners.' });

export const CONTRIBUTION_TABLES = [CONTRIBUTIONS, BAOM_OFFICES, BAOM_ACTIVITY, ASSOCIATIONS, DIASPORA_PROJECTS] as const;

export const PUBLISHED_TABLES = [...CANONICAL_TABLES, COMMUNES, ...CONTRIBUTION_TABLES] as const;
