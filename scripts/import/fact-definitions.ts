// The observatory's own description of each kind of cited migration figure, and the
// caveats it attaches to particular figures. Values, periods and sources come from the
// curated upstream file; nothing numeric is written here.

import type { Localized } from '../../src/lib/catalogue.ts';

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
  'MIG-040': {
    headline: false,
    caveat: {
      fr: 'La source parle de la ville d’Agadir ; il peut s’agir de la préfecture. Territoire non attribué.',
      en: 'The source names the city of Agadir; it may mean the prefecture. Not attributed to a territory.',
      ar: 'يذكر المصدر مدينة أكادير؛ وقد يتعلق الأمر بالعمالة. لم ينسب إلى مجال ترابي.',
    },
  },
};
