// What every template says about its columns, shared by the CSV and XLSX templates and the
// "Contribuer" page: type, whether required, allowed values, meaning in French, Arabic and English.

import type { Dataset, Field } from './datasets.ts';
import type { Localized } from '../catalogue.ts';

export const TYPE_LABELS: Record<Field['type'], Localized> = {
  id: { fr: 'identifiant (lettres, chiffres, - _)', ar: 'معرّف (حروف، أرقام، - _)', en: 'identifier (letters, digits, - _)' },
  text: { fr: 'texte', ar: 'نص', en: 'text' },
  commune: { fr: 'code de commune HCP', ar: 'رمز جماعة حسب المندوبية', en: 'HCP commune code' },
  enum: { fr: 'une valeur de la liste', ar: 'قيمة واحدة من القائمة', en: 'one value from the list' },
  'enum-list': { fr: 'valeurs de la liste séparées par |', ar: 'قيم من القائمة مفصولة بـ |', en: 'values from the list separated by |' },
  date: { fr: 'date AAAA-MM ou AAAA-MM-JJ', ar: 'تاريخ YYYY-MM أو YYYY-MM-DD', en: 'date YYYY-MM or YYYY-MM-DD' },
  period: { fr: 'AAAA-MM ou AAAA-Qn', ar: 'YYYY-MM أو YYYY-Qn', en: 'YYYY-MM or YYYY-Qn' },
  year: { fr: 'année AAAA', ar: 'سنة YYYY', en: 'year YYYY' },
  count: { fr: 'nombre entier ≥ 0', ar: 'عدد صحيح ≥ 0', en: 'whole number ≥ 0' },
  amount: { fr: 'nombre ≥ 0 (virgule ou point décimal)', ar: 'عدد ≥ 0 (فاصلة أو نقطة عشرية)', en: 'number ≥ 0 (decimal comma or point)' },
  latitude: { fr: 'latitude décimale', ar: 'خط العرض العشري', en: 'decimal latitude' },
  longitude: { fr: 'longitude décimale', ar: 'خط الطول العشري', en: 'decimal longitude' },
  country: { fr: 'code pays ISO 3166-1 alpha-2', ar: 'رمز البلد ISO 3166-1 alpha-2', en: 'ISO 3166-1 alpha-2 country code' },
  'office-ref': { fr: 'office_id d’un bureau déclaré', ar: 'office_id لمكتب مصرّح به', en: 'office_id of a declared office' },
  'association-ref': { fr: 'association_id d’une association déclarée', ar: 'association_id لجمعية مصرّح بها', en: 'association_id of a declared association' },
};

export function columnSheet(dataset: Dataset): string[][] {
  return [
    ['colonne / العمود / column', 'type (fr)', 'النوع (ar)', 'type (en)', 'obligatoire / إلزامي / required', 'valeurs permises / القيم المسموح بها / allowed values', 'signification', 'المعنى', 'meaning'],
    ...dataset.fields.map((f) => [
      f.name, TYPE_LABELS[f.type].fr, TYPE_LABELS[f.type].ar, TYPE_LABELS[f.type].en, f.required ? 'oui / نعم / yes' : 'non / لا / no',
      f.values?.join(' | ') ?? '', f.description.fr, f.description.ar, f.description.en,
    ]),
  ];
}
