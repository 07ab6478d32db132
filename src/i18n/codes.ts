// Readable labels for the codes of the contribution datasets, in the three languages. The
// codes themselves (what partners write in their files) stay as defined in datasets.ts.

import type { Lang, Localized } from '../lib/catalogue.ts';

const L = (fr: string, en: string, ar: string): Localized => ({ fr, en, ar });

export const CODE_LABELS: Record<string, Localized> = {
  // services
  sante: L('Santé', 'Health', 'الصحة'),
  education: L('Éducation', 'Education', 'التعليم'),
  etat_civil: L('État civil', 'Civil registration', 'الحالة المدنية'),
  emploi_formation: L('Emploi et formation', 'Employment and training', 'الشغل والتكوين'),
  logement: L('Logement', 'Housing', 'السكن'),
  juridique_administratif: L('Juridique et administratif', 'Legal and administrative', 'قانوني وإداري'),
  social: L('Social', 'Social', 'اجتماعي'),
  orientation: L('Orientation', 'Guidance', 'التوجيه'),
  autre: L('Autre', 'Other', 'أخرى'),
  // publics
  ressortissant_pays_tiers: L('Ressortissants de pays tiers', 'Third-country nationals', 'رعايا البلدان الأخرى'),
  mre: L('Marocains résidant à l’étranger', 'Moroccans living abroad', 'مغاربة العالم'),
  migrant_de_retour: L('Migrants de retour', 'Return migrants', 'المهاجرون العائدون'),
  // sex and unknowns
  F: L('Femmes', 'Women', 'نساء'),
  M: L('Hommes', 'Men', 'رجال'),
  inconnu: L('Inconnu', 'Unknown', 'غير معروف'),
  // origin groups
  afrique_subsaharienne: L('Afrique subsaharienne', 'Sub-Saharan Africa', 'أفريقيا جنوب الصحراء'),
  afrique_du_nord: L('Afrique du Nord', 'North Africa', 'شمال أفريقيا'),
  moyen_orient: L('Moyen-Orient', 'Middle East', 'الشرق الأوسط'),
  europe: L('Europe', 'Europe', 'أوروبا'),
  asie: L('Asie', 'Asia', 'آسيا'),
  ameriques: L('Amériques', 'Americas', 'الأمريكتان'),
  // office levels
  local: L('Local', 'Local', 'محلي'),
  provincial: L('Provincial', 'Provincial', 'إقليمي'),
  regional: L('Régional', 'Regional', 'جهوي'),
  // association kinds
  ressortissants_pays_tiers: L('Ressortissants de pays tiers', 'Third-country nationals', 'رعايا البلدان الأخرى'),
  diaspora: L('Diaspora', 'Diaspora', 'مغاربة العالم'),
  osc_marocaine: L('Société civile marocaine', 'Moroccan civil society', 'مجتمع مدني مغربي'),
  osc_internationale: L('ONG internationale', 'International NGO', 'منظمة دولية'),
  // project statuses
  projet: L('En projet', 'Planned', 'في طور المشروع'),
  en_cours: L('En cours', 'Under way', 'في طور الإنجاز'),
  realise: L('Réalisé', 'Completed', 'منجز'),
  // sectors
  agriculture: L('Agriculture', 'Agriculture', 'الفلاحة'),
  eau_assainissement: L('Eau et assainissement', 'Water and sanitation', 'الماء والتطهير'),
  energie: L('Énergie', 'Energy', 'الطاقة'),
  infrastructures: L('Infrastructures', 'Infrastructure', 'البنيات التحتية'),
  economie_sociale: L('Économie sociale', 'Social economy', 'الاقتصاد الاجتماعي'),
  tourisme: L('Tourisme', 'Tourism', 'السياحة'),
  culture: L('Culture', 'Culture', 'الثقافة'),
};

/** The label of a code; age groups and unlisted codes read as themselves. */
export const codeLabel = (code: string, lang: Lang): string => CODE_LABELS[code]?.[lang] ?? code;
