// The regional programme's stated targets (2020–2024). No public page stating them was found
// (see the curated sources' notes); they are the programme's expected results as its brief
// gives them, and are shown as targets, never as achievements.

import type { Localized } from '../catalogue.ts';

export interface Target { id: 'offices' | 'authorities' | 'diaspora' | 'tcn' | 'people'; target: number; atLeast: boolean; label: Localized }

export const TARGETS_SOURCE: Localized = {
  fr: 'programme régional de territorialisation des politiques migratoires en Souss-Massa (2020–2024, soutien AFD), résultats attendus tels que les énonce sa fiche de programme',
  en: 'regional programme for territorialising migration policy in Souss-Massa (2020–2024, AFD support), expected results as its programme brief states them',
  ar: 'البرنامج الجهوي لترابية سياسات الهجرة بسوس ماسة (2020–2024، بدعم من الوكالة الفرنسية للتنمية)، النتائج المتوقعة كما تحددها بطاقة البرنامج',
};

export const TARGETS: Target[] = [
  { id: 'offices', target: 16, atLeast: false, label: { fr: 'Bureaux d’accueil et d’orientation (BAOM)', en: 'Reception and orientation offices (BAOM)', ar: 'مكاتب الاستقبال والتوجيه' } },
  { id: 'authorities', target: 20, atLeast: true, label: { fr: 'Collectivités territoriales impliquées (communes ayant un bureau, une association ou un projet)', en: 'Local authorities involved (communes with an office, an association or a project)', ar: 'الجماعات الترابية المعنية (جماعات بها مكتب أو جمعية أو مشروع)' } },
  { id: 'diaspora', target: 30, atLeast: false, label: { fr: 'Associations de la diaspora', en: 'Diaspora associations', ar: 'جمعيات مغاربة العالم' } },
  { id: 'tcn', target: 6, atLeast: false, label: { fr: 'Associations, dont organisations de ressortissants de pays tiers', en: 'Associations, including third-country nationals’ organisations', ar: 'جمعيات، منها منظمات رعايا البلدان الأخرى' } },
  { id: 'people', target: 100, atLeast: true, label: { fr: 'Personnes accompagnées (accueils enregistrés par les BAOM, 2020–2024)', en: 'People accompanied (receptions recorded by the BAOMs, 2020–2024)', ar: 'الأشخاص المواكبون (حالات الاستقبال المسجلة، 2020–2024)' } },
];
