// The regional programme's stated targets (2020–2024), as the programme's brief gives them.
// No public page stating them was found (see the curated sources' notes), so their source
// record says so; the site shows them as targets, never as achievements.

import type { Localized } from '../../src/lib/catalogue.ts';
import type { Row } from '../../src/lib/tables.ts';
import { RETRIEVED } from './census-sources.ts';

export interface Target { id: 'offices' | 'authorities' | 'diaspora' | 'tcn' | 'people'; target: number; atLeast: boolean; label: Localized }

export const TARGETS_SOURCE: Row = {
  source_id: 'programme-brief', kind: 'institution',
  publisher: 'Migrations & Développement (M&D) and partners — regional programme for territorialising migration policy in Souss-Massa',
  title: 'Territorialisation des politiques migratoires dans le Souss-Massa: expected results 2020–2024 as stated in the programme brief (the public project page describes the aims without these figures)',
  url: 'https://www.migdev.org/projets/territorialisation-des-politiques-migratoires-dans-le-souss-massa-maroc/',
  vintage: '2020–2024', licence: 'Programme targets, cited', retrieved: RETRIEVED,
};

export const TARGETS: Target[] = [
  { id: 'offices', target: 16, atLeast: false, label: { fr: 'Bureaux d’accueil et d’orientation (BAOM)', en: 'Reception and orientation offices (BAOM)', ar: 'مكاتب الاستقبال والتوجيه' } },
  { id: 'authorities', target: 20, atLeast: true, label: { fr: 'Collectivités territoriales impliquées (communes ayant un bureau, une association ou un projet)', en: 'Local authorities involved (communes with an office, an association or a project)', ar: 'الجماعات الترابية المعنية (جماعات بها مكتب أو جمعية أو مشروع)' } },
  { id: 'diaspora', target: 30, atLeast: false, label: { fr: 'Associations de la diaspora', en: 'Diaspora associations', ar: 'جمعيات مغاربة العالم' } },
  { id: 'tcn', target: 6, atLeast: false, label: { fr: 'Associations, dont organisations de ressortissants de pays tiers', en: 'Associations, including third-country nationals’ organisations', ar: 'جمعيات، منها منظمات رعايا البلدان الأخرى' } },
  { id: 'people', target: 100, atLeast: true, label: { fr: 'Personnes accompagnées (accueils enregistrés par les BAOM, 2020–2024)', en: 'People accompanied (receptions recorded by the BAOMs, 2020–2024)', ar: 'الأشخاص المواكبون (حالات الاستقبال المسجلة، 2020–2024)' } },
];

export const targetRows = (): Row[] => TARGETS.map((t) => ({
  target_id: t.id, value: t.target, at_least: t.atLeast, label_fr: t.label.fr, label_ar: t.label.ar, label_en: t.label.en, source_id: 'programme-brief',
}));
