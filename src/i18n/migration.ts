// Interface text of the migration estimate and the cited figures (issue 9), in one block
// per language; spread into fr.ts, ar.ts and en.ts so each key is still checked in all three.

export const MIGRATION_FR = {
  'punct.comma': ', ',
  'facts.via': 'd’après {producer}',
  'facts.moreThan': 'plus de',
  'facts.about': 'environ',
  'facts.cautionList': 'Chiffres à lire avec prudence ({n})',
  'facts.producer.hcp': 'le Haut-Commissariat au Plan (HCP)',
  'facts.producer.office_des_changes': 'l’Office des Changes',
  'facts.producer.unhcr': 'le HCR',
  'facts.producer.government': 'les autorités gouvernementales',
  'facts.producer.cndh': 'le Conseil national des droits de l’Homme',
  'facts.producer.prim': 'le programme PRIM',
  'facts.producer.consulates': 'les registres consulaires',
  'facts.reliability.opinion': 'tribune d’opinion',
} as const;

type Keys = keyof typeof MIGRATION_FR;

export const MIGRATION_AR: Record<Keys, string> = {
  'punct.comma': '، ',
  'facts.via': 'نقلاً عن {producer}',
  'facts.moreThan': 'أكثر من',
  'facts.about': 'حوالي',
  'facts.cautionList': 'أرقام تقرأ بحذر ({n})',
  'facts.producer.hcp': 'المندوبية السامية للتخطيط',
  'facts.producer.office_des_changes': 'مكتب الصرف',
  'facts.producer.unhcr': 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
  'facts.producer.government': 'السلطات الحكومية',
  'facts.producer.cndh': 'المجلس الوطني لحقوق الإنسان',
  'facts.producer.prim': 'برنامج PRIM',
  'facts.producer.consulates': 'السجلات القنصلية',
  'facts.reliability.opinion': 'مقال رأي',
};

export const MIGRATION_EN: Record<Keys, string> = {
  'punct.comma': ', ',
  'facts.via': 'citing {producer}',
  'facts.moreThan': 'more than',
  'facts.about': 'about',
  'facts.cautionList': 'Figures to read with caution ({n})',
  'facts.producer.hcp': 'the High Commission for Planning (HCP)',
  'facts.producer.office_des_changes': 'the Office des Changes',
  'facts.producer.unhcr': 'UNHCR',
  'facts.producer.government': 'the government',
  'facts.producer.cndh': 'the National Human Rights Council',
  'facts.producer.prim': 'the PRIM programme',
  'facts.producer.consulates': 'consular registers',
  'facts.reliability.opinion': 'opinion column',
};
