// What every template says about its columns, shared by the CSV and XLSX templates and the
// "Contribuer" page: type, whether required, allowed values, meaning in French and English.

import type { Dataset, Field } from './datasets.ts';

export const TYPE_LABELS: Record<Field['type'], { fr: string; en: string }> = {
  id: { fr: 'identifiant (lettres, chiffres, - _)', en: 'identifier (letters, digits, - _)' },
  text: { fr: 'texte', en: 'text' },
  commune: { fr: 'code de commune HCP', en: 'HCP commune code' },
  enum: { fr: 'une valeur de la liste', en: 'one value from the list' },
  'enum-list': { fr: 'valeurs de la liste séparées par |', en: 'values from the list separated by |' },
  date: { fr: 'date AAAA-MM ou AAAA-MM-JJ', en: 'date YYYY-MM or YYYY-MM-DD' },
  period: { fr: 'AAAA-MM ou AAAA-Qn', en: 'YYYY-MM or YYYY-Qn' },
  year: { fr: 'année AAAA', en: 'year YYYY' },
  count: { fr: 'nombre entier ≥ 0', en: 'whole number ≥ 0' },
  amount: { fr: 'nombre ≥ 0 (virgule ou point décimal)', en: 'number ≥ 0 (decimal comma or point)' },
  latitude: { fr: 'latitude décimale', en: 'decimal latitude' },
  longitude: { fr: 'longitude décimale', en: 'decimal longitude' },
  country: { fr: 'code pays ISO 3166-1 alpha-2', en: 'ISO 3166-1 alpha-2 country code' },
  'office-ref': { fr: 'office_id d’un bureau déclaré', en: 'office_id of a declared office' },
  'association-ref': { fr: 'association_id d’une association déclarée', en: 'association_id of a declared association' },
};

export function columnSheet(dataset: Dataset): string[][] {
  return [
    ['colonne / column', 'type (fr)', 'type (en)', 'obligatoire / required', 'valeurs permises / allowed values', 'signification', 'meaning'],
    ...dataset.fields.map((f) => [f.name, TYPE_LABELS[f.type].fr, TYPE_LABELS[f.type].en, f.required ? 'oui / yes' : 'non / no', f.values?.join(' | ') ?? '', f.description.fr, f.description.en]),
  ];
}
