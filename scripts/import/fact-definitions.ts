// The observatory's own description of each kind of cited migration figure, and the
// caveats it attaches to particular figures. Values, periods and sources come from the
// curated upstream file; nothing numeric is written here.

import type { Localized } from '../../src/lib/catalogue.ts';
import type { FACT_PRODUCERS, FACT_RELIABILITY } from '../../src/lib/tables.ts';

export const FACT_THEMES = ['foreign_residents', 'emigration', 'remittances', 'programme', 'regularisation', 'protection', 'internal_migration'] as const;
export type FactTheme = (typeof FACT_THEMES)[number];

export const FACT_INDICATORS: Record<string, { theme: FactTheme; label: Localized }> = {
  foreign_residents: { theme: 'foreign_residents', label: { fr: 'Résidents étrangers', en: 'Foreign residents', ar: 'المقيمون الأجانب' } },
  foreign_residents_change: { theme: 'foreign_residents', label: { fr: 'Variation du nombre de résidents étrangers', en: 'Change in the number of foreign residents', ar: 'تغير عدد المقيمين الأجانب' } },
  foreign_residents_change_pct: { theme: 'foreign_residents', label: { fr: 'Croissance du nombre de résidents étrangers', en: 'Growth in the number of foreign residents', ar: 'نمو عدد المقيمين الأجانب' } },
  foreign_residents_share_of_population: { theme: 'foreign_residents', label: { fr: 'Part des étrangers dans la population', en: 'Foreigners as a share of the population', ar: 'نسبة الأجانب من مجموع السكان' } },
  foreign_residents_share_of_national_total: { theme: 'foreign_residents', label: { fr: 'Part du total national des résidents étrangers', en: 'Share of the national total of foreign residents', ar: 'الحصة من المجموع الوطني للمقيمين الأجانب' } },
  foreign_residents_share: { theme: 'foreign_residents', label: { fr: 'Répartition des résidents étrangers', en: 'Breakdown of foreign residents', ar: 'توزيع المقيمين الأجانب' } },
  third_country_nationals_resident: { theme: 'foreign_residents', label: { fr: 'Ressortissants de pays tiers résidents (déclaration, non recensement)', en: 'Third-country nationals living there (statement, not a census count)', ar: 'رعايا البلدان الأخرى المقيمون (تصريح، وليس إحصاءً)' } },
  non_migrants_intending_to_emigrate_share: { theme: 'emigration', label: { fr: 'Non-migrants ayant l’intention d’émigrer', en: 'Non-migrants intending to emigrate', ar: 'غير المهاجرين الذين ينوون الهجرة' } },
  current_emigrants_share: { theme: 'emigration', label: { fr: 'Répartition des émigrés actuels', en: 'Breakdown of current emigrants', ar: 'توزيع المهاجرين الحاليين' } },
  return_migrants: { theme: 'emigration', label: { fr: 'Migrants de retour', en: 'Return migrants', ar: 'المهاجرون العائدون' } },
  return_migrants_share: { theme: 'emigration', label: { fr: 'Répartition des migrants de retour', en: 'Breakdown of return migrants', ar: 'توزيع المهاجرين العائدين' } },
  moroccans_abroad: { theme: 'emigration', label: { fr: 'Marocains résidant à l’étranger', en: 'Moroccans living abroad', ar: 'المغاربة المقيمون بالخارج' } },
  mre_remittances: { theme: 'remittances', label: { fr: 'Transferts des MRE', en: 'Remittances from Moroccans abroad', ar: 'تحويلات مغاربة العالم' } },
  mre_remittances_change_pct: { theme: 'remittances', label: { fr: 'Évolution annuelle des transferts des MRE', en: 'Annual change in remittances', ar: 'التطور السنوي لتحويلات مغاربة العالم' } },
  mre_remittances_share: { theme: 'remittances', label: { fr: 'Transferts des MRE par pays de résidence', en: 'Remittances by country of residence', ar: 'تحويلات مغاربة العالم حسب بلد الإقامة' } },
  baom_offices: { theme: 'programme', label: { fr: 'Bureaux d’accueil et d’orientation des migrants (BAOM)', en: 'Migrant reception and orientation offices (BAOM)', ar: 'مكاتب استقبال وتوجيه المهاجرين' } },
  baom_supported_local_authorities: { theme: 'programme', label: { fr: 'Collectivités soutenues pour consolider un BAOM', en: 'Local authorities supported to consolidate a BAOM', ar: 'الجماعات المدعمة لتعزيز مكتب الاستقبال' } },
  prim_budget: { theme: 'programme', label: { fr: 'Financement du programme PRIM', en: 'PRIM programme funding', ar: 'تمويل برنامج PRIM' } },
  prim_projects_planned: { theme: 'programme', label: { fr: 'Projets prévus (PRIM)', en: 'Projects planned (PRIM)', ar: 'المشاريع المبرمجة (PRIM)' } },
  prim_projects_funded: { theme: 'programme', label: { fr: 'Projets financés (PRIM)', en: 'Projects funded (PRIM)', ar: 'المشاريع الممولة (PRIM)' } },
  prim_project_beneficiaries: { theme: 'programme', label: { fr: 'Bénéficiaires des projets (PRIM)', en: 'Project beneficiaries (PRIM)', ar: 'المستفيدون من المشاريع (PRIM)' } },
  prim_project_funding_invested: { theme: 'programme', label: { fr: 'Montant investi dans les projets (PRIM)', en: 'Funding invested in projects (PRIM)', ar: 'المبلغ المستثمر في المشاريع (PRIM)' } },
  prim_communes_supported_action_plans: { theme: 'programme', label: { fr: 'Communes accompagnées pour un plan d’action migration et genre', en: 'Communes supported on a migration and gender action plan', ar: 'الجماعات المواكبة لإعداد خطة عمل حول الهجرة والنوع' } },
  prim_call_projects_selected: { theme: 'programme', label: { fr: 'Projets associatifs retenus (appel régional)', en: 'Association projects selected (regional call)', ar: 'المشاريع الجمعوية المنتقاة (طلب إقليمي)' } },
  prim_call_applications: { theme: 'programme', label: { fr: 'Candidatures reçues (appel régional)', en: 'Applications received (regional call)', ar: 'الترشيحات المتوصل بها (طلب إقليمي)' } },
  prim_call_budget: { theme: 'programme', label: { fr: 'Enveloppe des projets retenus (appel régional)', en: 'Budget of the selected projects (regional call)', ar: 'غلاف المشاريع المنتقاة (طلب إقليمي)' } },
  prim_call_communes_covered: { theme: 'programme', label: { fr: 'Communes couvertes par les projets retenus', en: 'Communes covered by the selected projects', ar: 'الجماعات المشمولة بالمشاريع المنتقاة' } },
  regularisation_applications: { theme: 'regularisation', label: { fr: 'Demandes de régularisation', en: 'Regularisation applications', ar: 'طلبات التسوية' } },
  regularisation_favourable_share: { theme: 'regularisation', label: { fr: 'Part des avis favorables (régularisation)', en: 'Share of favourable decisions (regularisation)', ar: 'نسبة الموافقات (التسوية)' } },
  regularisation_cards_issued: { theme: 'regularisation', label: { fr: 'Cartes de séjour délivrées (régularisation)', en: 'Residence cards issued (regularisation)', ar: 'بطاقات الإقامة المسلمة (التسوية)' } },
  regularised_persons: { theme: 'regularisation', label: { fr: 'Personnes régularisées', en: 'People regularised', ar: 'الأشخاص الذين سويت وضعيتهم' } },
  refugees_and_asylum_seekers: { theme: 'protection', label: { fr: 'Réfugiés et demandeurs d’asile enregistrés (HCR)', en: 'Refugees and asylum seekers registered (UNHCR)', ar: 'اللاجئون وطالبو اللجوء المسجلون (المفوضية)' } },
  refugees: { theme: 'protection', label: { fr: 'Réfugiés enregistrés (HCR)', en: 'Refugees registered (UNHCR)', ar: 'اللاجئون المسجلون (المفوضية)' } },
  forced_migrants_share: { theme: 'protection', label: { fr: 'Répartition des migrants (enquête migration forcée)', en: 'Breakdown of migrants (forced-migration survey)', ar: 'توزيع المهاجرين (بحث الهجرة القسرية)' } },
  internal_lifetime_migrants: { theme: 'internal_migration', label: { fr: 'Migrants internes (au moins un changement de commune)', en: 'Internal lifetime migrants', ar: 'المهاجرون الداخليون مدى الحياة' } },
  population_living_in_commune_of_birth_share: { theme: 'internal_migration', label: { fr: 'Part vivant dans sa commune de naissance', en: 'Share living in their commune of birth', ar: 'نسبة المقيمين في جماعة الازدياد' } },
  internal_migrants_share: { theme: 'internal_migration', label: { fr: 'Répartition des migrants internes', en: 'Breakdown of internal migrants', ar: 'توزيع المهاجرين الداخليين' } },
  internal_migrations_share: { theme: 'internal_migration', label: { fr: 'Répartition des migrations internes', en: 'Breakdown of internal migrations', ar: 'توزيع الهجرات الداخلية' } },
  internal_migrants_received: { theme: 'internal_migration', label: { fr: 'Migrants internes accueillis', en: 'Internal migrants received', ar: 'المهاجرون الداخليون المستقبلون' } },
  internal_in_migrants_share_of_population: { theme: 'internal_migration', label: { fr: 'Part d’immigrants internes dans la population (tribune)', en: 'In-migrants as a share of the population (opinion column)', ar: 'نسبة المهاجرين الوافدين من السكان (مقال رأي)' } },
};

/**
 * Figures that must not be shown as headline numbers, and why (our words, from the curated
 * README's caveats). `headline: false` keeps them off the key-figure panels; `caveat` is
 * printed beside them wherever they appear.
 */
export const FACT_CAVEATS: Record<string, { headline: boolean; caveat: Localized }> = {
  'MIG-009': {
    headline: false,
    caveat: {
      fr: 'Part donnée par un article de 2024 ; elle ne concorde pas avec les 4 914 étrangers recensés en 2014 sur 86 206. À utiliser avec prudence.',
      en: 'Share given by a 2024 article; it does not agree with the 4,914 foreigners counted in 2014 out of 86,206. Use with caution.',
      ar: 'نسبة أوردها مقال سنة 2024، لا تتوافق مع 4914 أجنبياً أحصوا سنة 2014 من أصل 86206. تستعمل بحذر.',
    },
  },
  'MIG-103': {
    headline: false,
    caveat: {
      fr: 'Déclaration d’un programme (« plus de »), pas un chiffre du recensement.',
      en: 'A programme’s statement (“more than”), not a census figure.',
      ar: 'تصريح لبرنامج («أكثر من»)، وليس رقماً من الإحصاء.',
    },
  },
  'MIG-136': {
    headline: false,
    caveat: {
      fr: 'Tribune d’opinion qui ne cite pas de données ; elle donne aussi une population 2014 différente de celle du HCP.',
      en: 'An opinion column that cites no data; it also gives a 2014 population that differs from HCP’s.',
      ar: 'مقال رأي لا يستند إلى معطيات؛ ويورد عدد سكان لسنة 2014 يختلف عن رقم المندوبية.',
    },
  },
  'MIG-038': {
    headline: true,
    caveat: {
      fr: 'Base de la note HCP de 2017 (total national 84 001), différente de la population légale (86 206) : ne pas comparer directement au chiffre régional 2014.',
      en: 'On the basis of HCP’s 2017 note (national total 84,001), not the legal population (86,206): do not compare directly with the 2014 regional figure.',
      ar: 'على أساس مذكرة المندوبية لسنة 2017 (المجموع الوطني 84001)، وليس السكان القانونيين (86206): لا تقارن مباشرة بالرقم الجهوي لسنة 2014.',
    },
  },
  'MIG-005': {
    headline: true,
    caveat: {
      fr: 'Calculée sur les 84 001 étrangers de la note du HCP de 2017, et non sur la population légale de 2014 (86 206) : ne pas la mêler au taux de 71,86 %.',
      en: 'Computed on the 84,001 foreigners of HCP’s 2017 note, not on the 2014 legal population (86,206): do not mix it with the 71.86% rate.',
      ar: 'محسوبة على أساس 84001 أجنبي في مذكرة المندوبية لسنة 2017، وليس على السكان القانونيين لسنة 2014 (86206): لا تخلط بنسبة 71,86٪.',
    },
  },
  'MIG-092': {
    headline: false,
    caveat: {
      fr: 'Chiffre provisoire des indicateurs mensuels ; le rapport annuel de la balance des paiements donne 119 milliards de dirhams pour 2024.',
      en: 'A preliminary monthly figure; the annual balance-of-payments report gives 119 billion dirhams for 2024.',
      ar: 'رقم مؤقت من المؤشرات الشهرية؛ يورد التقرير السنوي لميزان الأداءات 119 مليار درهم لسنة 2024.',
    },
  },
  ...Object.fromEntries(['MIG-114', 'MIG-115', 'MIG-116'].map((id) => [id, {
    headline: false,
    caveat: {
      fr: 'D’autres comptes rendus de la même opération donnent des chiffres différents selon la date et l’interlocuteur.',
      en: 'Other reports of the same operation give different figures depending on the date and the speaker.',
      ar: 'تورد تقارير أخرى عن العملية نفسها أرقاماً مختلفة حسب التاريخ والمتحدث.',
    },
  }])),
  'MIG-135': {
    headline: true,
    caveat: {
      fr: 'L’article ne dit ni la période de migration ni s’il s’agit de migrations entre régions ou à l’intérieur de la région.',
      en: 'The article says neither the migration period nor whether moves between regions or within the region are counted.',
      ar: 'لا يحدد المقال فترة الهجرة ولا ما إذا كانت الهجرات بين الجهات أو داخل الجهة.',
    },
  },
  'MIG-040': {
    headline: false,
    caveat: {
      fr: 'La source parle de la ville d’Agadir ; il peut s’agir de la préfecture. Territoire non attribué.',
      en: 'The source names the city of Agadir; it may mean the prefecture. Not attributed to a territory.',
      ar: 'يذكر المصدر مدينة أكادير؛ وقد يتعلق الأمر بالعمالة. لم ينسب إلى مجال ترابي.',
    },
  },
};

// ---- The sub-population or basis of each figure, in our words -------------------------
// The curated file qualifies figures in `breakdown`, a `; `-separated list of notes written
// for checking. Each note is either described here in three languages, or `null` when it
// is a curation remark (what the article says, where a conflict is discussed) that readers
// get, if at all, as a caveat. An unknown note stops the import: it must be described first.

const L = (fr: string, en: string, ar: string): Localized => ({ fr, en, ar });

export const FACT_DETAILS: Record<string, Localized | null> = {
  '15 applications': L('sur 15 candidatures', 'out of 15 applications', 'من أصل 15 ترشيحاً'),
  '2004 to 2014': null,
  '2014 to 2024': null,
  '2014 value as given by the 2024-era article': null,
  '2024 vs 2023': L('par rapport à 2023', 'compared with 2023', 'مقارنة بسنة 2023'),
  'AFD financing, 4 years': L('financement de l’AFD sur quatre ans', 'AFD funding over four years', 'تمويل الوكالة الفرنسية للتنمية على أربع سنوات'),
  'Agadir, Belfaa, Taroudant, Sidi Bibi, Biougra, Aït Amira, Tata, Ammeln': L('Agadir, Belfaa, Taroudant, Sidi Bibi, Biougra, Aït Amira, Tata et Ammeln', 'Agadir, Belfaa, Taroudant, Sidi Bibi, Biougra, Aït Amira, Tata and Ammeln', 'أكادير، بلفاع، تارودانت، سيدي بيبي، بيوكرى، آيت عميرة، طاطا وأملن'),
  'ENMI definition of current migrant (Moroccan aged 15+ living abroad, former household member)': L('Marocains de 15 ans et plus vivant à l’étranger, anciens membres d’un ménage enquêté', 'Moroccans aged 15 and over living abroad who were members of a surveyed household', 'مغاربة في سن 15 سنة فأكثر يعيشون بالخارج كانوا أفراداً في أسرة مشمولة بالبحث'),
  'ENMI phase 1': L('enquête nationale sur la migration internationale du HCP', 'HCP national survey on international migration', 'البحث الوطني حول الهجرة الدولية للمندوبية'),
  'HCP estimate': L('estimation du HCP', 'HCP estimate', 'تقدير المندوبية'),
  'HCP forced-migration survey': L('enquête nationale du HCP sur la migration forcée', 'HCP national survey on forced migration', 'البحث الوطني للمندوبية حول الهجرة القسرية'),
  'HCP forced-migration survey (sample of 3,000 migrants aged 15+)': L('enquête du HCP sur la migration forcée, échantillon de 3 000 migrants de 15 ans et plus', 'HCP survey on forced migration, sample of 3,000 migrants aged 15 and over', 'بحث المندوبية حول الهجرة القسرية، عينة من 3000 مهاجر في سن 15 سنة فأكثر'),
  'RGPH 2024 first results (legal-population release, same release as the national 148,152)': L('premiers résultats du recensement 2024', 'first results of the 2024 census', 'النتائج الأولى لإحصاء 2024'),
  'age=0-14': L('âgés de moins de 15 ans', 'aged under 15', 'دون 15 سنة'),
  'age=15-44': L('âgés de 15 à 44 ans', 'aged 15 to 44', 'من 15 إلى 44 سنة'),
  'age=15-59': L('âgés de 15 à 59 ans', 'aged 15 to 59', 'من 15 إلى 59 سنة'),
  'age=60+': L('âgés de 60 ans et plus', 'aged 60 and over', '60 سنة فأكثر'),
  'as stated': null,
  'as stated by PRIM': L('selon le programme PRIM', 'according to the PRIM programme', 'حسب برنامج PRIM'),
  'balance of payments, annual report': L('balance des paiements, rapport annuel', 'balance of payments, annual report', 'ميزان الأداءات، التقرير السنوي'),
  'basis=84,001 in 2014 (HCP 2017 note count)': L('sur la base de 84 001 étrangers en 2014 (note du HCP de 2017)', 'on the basis of 84,001 foreigners in 2014 (HCP note of 2017)', 'على أساس 84001 أجنبي سنة 2014 (مذكرة المندوبية لسنة 2017)'),
  'basis=HCP 2017 note': L('selon la note du HCP de 2017', 'according to HCP’s 2017 note', 'حسب مذكرة المندوبية لسنة 2017'),
  'basis=HCP 2017 note (national total 84,001)': L('selon la note du HCP de 2017 (total national : 84 001)', 'according to HCP’s 2017 note (national total: 84,001)', 'حسب مذكرة المندوبية لسنة 2017 (المجموع الوطني: 84001)'),
  'basis=legal population': L('population légale', 'legal population', 'السكان القانونيون'),
  'basis=legal population (86,206 in 2014)': L('population légale (86 206 en 2014)', 'legal population (86,206 in 2014)', 'السكان القانونيون (86206 سنة 2014)'),
  'basis=legal population (décret)': L('population légale (décret)', 'legal population (decree)', 'السكان القانونيون (مرسوم)'),
  'basis=legal population (national total 86,206)': L('population légale (total national : 86 206)', 'legal population (national total: 86,206)', 'السكان القانونيون (المجموع الوطني: 86206)'),
  'both operations (2014 and 2016-2017), rounded figure cited by a minister': L('deux opérations (2014 et 2016-2017), chiffre arrondi donné par un ministre', 'both operations (2014 and 2016–2017), a rounded figure given by a minister', 'العمليتان (2014 و2016-2017)، رقم تقريبي قدمه وزير'),
  'call for projects of Sept. 2022': L('appel à projets de septembre 2022', 'call for projects of September 2022', 'طلب المشاريع لشتنبر 2022'),
  'cartes d\'immatriculation': L('cartes d’immatriculation', 'registration cards', 'بطاقات التسجيل'),
  'changed commune at least once in their life': L('ayant changé de commune au moins une fois dans leur vie', 'who changed commune at least once in their life', 'غيروا جماعة إقامتهم مرة واحدة على الأقل في حياتهم'),
  'communes supported in drafting action plans with a migration and gender dimension': null,
  'conflicts with 4,914 of 86,206 (see README)': null,
  'count reported Nov 2017': L('bilan de novembre 2017', 'count reported in November 2017', 'حصيلة نونبر 2017'),
  'country_of_residence=France': L('depuis la France', 'from France', 'من فرنسا'),
  'country_of_residence=Italy': L('depuis l’Italie', 'from Italy', 'من إيطاليا'),
  'country_of_residence=Saudi Arabia': L('depuis l’Arabie saoudite', 'from Saudi Arabia', 'من المملكة العربية السعودية'),
  'country_of_residence=Spain': L('depuis l’Espagne', 'from Spain', 'من إسبانيا'),
  'created or strengthened by PRIM': L('créés ou renforcés par le programme PRIM', 'created or strengthened by the PRIM programme', 'أحدثها أو عززها برنامج PRIM'),
  'declared having invested in Morocco': L('ayant déclaré avoir investi au Maroc', 'who said they had invested in Morocco', 'صرحوا بأنهم استثمروا في المغرب'),
  'destination=Europe': L('vivant en Europe', 'living in Europe', 'يعيشون في أوروبا'),
  'destination=France': L('vivant en France', 'living in France', 'يعيشون في فرنسا'),
  'destination=Italy': L('vivant en Italie', 'living in Italy', 'يعيشون في إيطاليا'),
  'destination=Spain': L('vivant en Espagne', 'living in Spain', 'يعيشون في إسبانيا'),
  'envelope for the 7 selected projects': L('pour les 7 projets retenus', 'for the 7 selected projects', 'للمشاريع السبعة المنتقاة'),
  'first exceptional operation': L('première opération exceptionnelle', 'first exceptional operation', 'العملية الاستثنائية الأولى'),
  'flow=rural to urban': L('du rural vers l’urbain', 'from rural to urban areas', 'من الوسط القروي إلى الحضري'),
  'flow=urban to urban': L('d’une ville à une autre', 'from one urban area to another', 'من وسط حضري إلى آخر'),
  'interim count at 8 March 2017, 69 prefectures': L('bilan provisoire au 8 mars 2017, 69 préfectures et provinces', 'interim count at 8 March 2017, 69 prefectures and provinces', 'حصيلة مؤقتة في 8 مارس 2017، 69 عمالة وإقليماً'),
  'local authorities where PRIM supports consolidation of the BAOM experience': null,
  'local development projects via the regional Migration fund (target)': L('projets de développement local du fonds régional migration (objectif)', 'local development projects of the regional migration fund (target)', 'مشاريع التنمية المحلية للصندوق الجهوي للهجرة (هدف)'),
  'lower bound (\'plus de\')': null,
  'main reason for return=family reunification or marriage': L('revenus pour rejoindre leur famille ou se marier', 'who came back to join their family or to marry', 'عادوا للالتحاق بأسرهم أو للزواج'),
  'migration period and intra-/inter-regional scope not specified in the article': null,
  'monthly foreign-trade indicators': L('indicateurs mensuels des échanges extérieurs', 'monthly foreign-trade indicators', 'المؤشرات الشهرية للمبادلات الخارجية'),
  'monthly foreign-trade indicators (preliminary)': L('indicateurs mensuels des échanges extérieurs, provisoires', 'monthly foreign-trade indicators, preliminary', 'المؤشرات الشهرية للمبادلات الخارجية، مؤقتة'),
  'nationality=Algeria': L('de nationalité algérienne', 'Algerian nationals', 'من جنسية جزائرية'),
  'nationality=Côte d\'Ivoire': L('de nationalité ivoirienne', 'Ivorian nationals', 'من جنسية إيفوارية'),
  'nationality=France': L('de nationalité française', 'French nationals', 'من جنسية فرنسية'),
  'nationality=Guinea': L('de nationalité guinéenne', 'Guinean nationals', 'من جنسية غينية'),
  'nationality=Senegal': L('de nationalité sénégalaise', 'Senegalese nationals', 'من جنسية سنغالية'),
  'nationality=Spain': L('de nationalité espagnole', 'Spanish nationals', 'من جنسية إسبانية'),
  'nationality=Syria': L('de nationalité syrienne', 'Syrian nationals', 'من جنسية سورية'),
  'nationality_group=Africa': L('ressortissants de pays africains', 'nationals of African countries', 'من رعايا البلدان الإفريقية'),
  'nationality_group=Asia': L('ressortissants de pays asiatiques', 'nationals of Asian countries', 'من رعايا البلدان الآسيوية'),
  'nationality_group=Europe': L('ressortissants de pays européens', 'nationals of European countries', 'من رعايا البلدان الأوروبية'),
  'nationality_group=Maghreb': L('ressortissants des pays du Maghreb', 'nationals of Maghreb countries', 'من رعايا بلدان المغرب الكبير'),
  'nationality_group=Middle East': L('ressortissants des pays du Moyen-Orient', 'nationals of Middle Eastern countries', 'من رعايا بلدان الشرق الأوسط'),
  'nationality_group=Middle East and North Africa (MENA)': L('ressortissants du Moyen-Orient et d’Afrique du Nord', 'nationals of the Middle East and North Africa', 'من رعايا الشرق الأوسط وشمال إفريقيا'),
  'nationality_group=North America': L('ressortissants d’Amérique du Nord', 'nationals of North America', 'من رعايا أمريكا الشمالية'),
  'nationality_group=Sub-Saharan Africa': L('ressortissants d’Afrique subsaharienne', 'nationals of sub-Saharan Africa', 'من رعايا إفريقيا جنوب الصحراء'),
  'not a census count': null,
  'opinion column': null,
  'outturn at project end': L('bilan en fin de programme', 'outturn at the end of the programme', 'الحصيلة عند نهاية البرنامج'),
  'period_of_arrival=arrived 2011-2020': L('arrivés entre 2011 et 2020', 'who arrived between 2011 and 2020', 'وصلوا بين 2011 و2020'),
  'period_of_arrival=arrived after 2021': L('arrivés depuis 2021', 'who arrived from 2021 on', 'وصلوا منذ 2021'),
  'period_of_arrival=arrived before 2000': L('arrivés avant 2000', 'who arrived before 2000', 'وصلوا قبل 2000'),
  'population=non-migrants': L('parmi les personnes n’ayant jamais émigré', 'among people who never emigrated', 'من بين الأشخاص الذين لم يهاجروا قط'),
  'reason_for_emigration=education': L('partis pour étudier', 'who left to study', 'هاجروا للدراسة'),
  'reason_for_emigration=family reunification or marriage': L('partis rejoindre leur famille ou se marier', 'who left to join their family or to marry', 'هاجروا للالتحاق بأسرهم أو للزواج'),
  'reason_for_emigration=work or better living conditions': L('partis pour travailler ou mieux vivre', 'who left to work or for a better life', 'هاجروا للعمل أو لتحسين ظروف العيش'),
  'reason_for_migration=conflict or insecurity (forced)': L('venus fuir un conflit ou l’insécurité', 'who came fleeing conflict or insecurity', 'قدموا فراراً من نزاع أو انعدام الأمن'),
  'reason_for_migration=family reunification': L('venus rejoindre leur famille', 'who came to join their family', 'قدموا للالتحاق بأسرهم'),
  'reason_for_migration=studies': L('venus pour étudier', 'who came to study', 'قدموا للدراسة'),
  'reason_for_migration=work': L('venus pour travailler', 'who came to work', 'قدموا للعمل'),
  'registered with Moroccan consulates': L('immatriculés dans les consulats du Maroc', 'registered with Morocco’s consulates', 'المسجلون في القنصليات المغربية'),
  'registered with UNHCR': L('enregistrés auprès du HCR', 'registered with UNHCR', 'المسجلون لدى المفوضية'),
  'regularised or irregular migrants': L('migrants régularisés ou en situation irrégulière', 'regularised or irregular migrants', 'مهاجرون سويت وضعيتهم أو في وضعية غير نظامية'),
  'residence=rural': L('vivant en milieu rural', 'living in rural areas', 'يقيمون بالوسط القروي'),
  'residence=urban': L('vivant en milieu urbain', 'living in urban areas', 'يقيمون بالوسط الحضري'),
  'returned since 1 Jan 2000 (ENMI estimate)': L('revenus depuis le 1er janvier 2000 (estimation de l’enquête)', 'who came back since 1 January 2000 (survey estimate)', 'عادوا منذ فاتح يناير 2000 (تقدير البحث)'),
  'second operation (launched Dec 2016)': L('deuxième opération (lancée en décembre 2016)', 'second operation (launched in December 2016)', 'العملية الثانية (انطلقت في دجنبر 2016)'),
  'sex=female': L('femmes', 'women', 'نساء'),
  'sex=male': L('hommes', 'men', 'رجال'),
  'source says \'environ\'': null,
  'source says \'plus de\'': null,
  'underlying data not cited': null,
};

/** Notes that qualify the value itself: the source says "more than" or "about". */
export const VALUE_QUALIFIERS: Record<string, 'more_than' | 'about'> = {
  "source says 'plus de'": 'more_than',
  "lower bound ('plus de')": 'more_than',
  "source says 'environ'": 'about',
};

// ---- Who produced each figure, and how it reached us ---------------------------------
// `source_publisher` reads "Outlet, citing Producer …" (a press report of an institution's
// figure) or names the producer itself. Figures are ranked by that: the producing
// institution's own publication first, then press reports of official producers, then
// press reports of programmes and registers, and opinion last (never a headline).

export type Producer = (typeof FACT_PRODUCERS)[number];
export type Reliability = (typeof FACT_RELIABILITY)[number];

const PRODUCER_PATTERNS: [RegExp, Producer][] = [
  [/\bHCP\b/, 'hcp'],
  [/Office des Changes/, 'office_des_changes'],
  [/\b(UNHCR|HCR)\b/, 'unhcr'],
  [/CNDH/, 'cndh'],
  [/Minist|authorities/i, 'government'],
  [/\bPRIM\b/, 'prim'],
  [/consular/i, 'consulates'],
];
const OFFICIAL: readonly Producer[] = ['hcp', 'office_des_changes', 'unhcr', 'government', 'cndh'];

export interface Origin { outlet: string; producer: Producer; reliability: Reliability }

/** Reads a curated `source_publisher`; undefined when it names no producer we know. */
export function originOf(publisher: string): Origin | undefined {
  if (/opinion column/i.test(publisher)) return { outlet: publisher.replace(/\s*\(.*$/, ''), producer: 'none', reliability: 'opinion' };
  const citing = publisher.match(/^(.*?),\s+citing\s+(.*)$/);
  const outlet = (citing ? citing[1]! : publisher.replace(/\s*\(.*$/, '')).trim();
  const producer = PRODUCER_PATTERNS.find(([re]) => re.test(citing ? citing[2]! : publisher))?.[1];
  if (!producer) return citing ? undefined : { outlet, producer: 'none', reliability: 'press_programme' };
  const reliability: Reliability = !citing ? 'institution' : OFFICIAL.includes(producer) ? 'press_official' : 'press_programme';
  return { outlet, producer, reliability };
}

/** A page title without the curation markers of the stored copy; the outlet when there was none. */
export function cleanTitle(title: string, outlet: string): string {
  if (title.startsWith('[no title in stored copy]')) return outlet;
  return title.replace(/\s*\[title reconstructed from URL(, truncated)?\]/, '').trim();
}

/** Places the curated file names with a checking note; their names in our words. */
export const FACT_PLACES: Record<string, string> = {
  'Agadir (named as a city by the source; commune or prefecture unclear, see README)': 'Agadir',
  'Souss-Massa and Oriental (PRIM pilot regions, combined)': 'Souss-Massa et Oriental',
};
