// The indicator catalogue as pages use it, read from the published extract.

import type { Indicator, Level } from '../catalogue.ts';
import { readExtract } from './extracts.ts';

type CatalogueRow = Record<string, string | number | boolean | null>;

export function catalogue(): Map<string, Indicator> {
  return new Map(readExtract<CatalogueRow>('indicators').map((r) => {
    const i: Indicator = {
      id: r.id as string, theme: r.theme as Indicator['theme'], topic: r.topic as string,
      label: { fr: r.label_fr as string, ar: r.label_ar as string, en: r.label_en as string },
      definition: { fr: r.definition_fr as string, ar: r.definition_ar as string, en: r.definition_en as string },
      unit: r.unit as string, decimals: r.decimals as number, aggregation: r.aggregation as Indicator['aggregation'],
      formula: (r.formula as string | null) ?? '', levels: (r.levels as string).split('|') as Level[],
      years: (r.years as string).split('|').map(Number), comparable_2014_2024: r.comparable_2014_2024 as boolean,
      source_id: r.source_id as string, palette: r.palette as Indicator['palette'], polarity: r.polarity as Indicator['polarity'],
      upstream_path: (r.upstream_path as string | null) ?? '', featured: r.featured as boolean,
      splits: r.splits ? (r.splits as string).split('|') : [],
      ...(r.note_fr ? { note: { fr: r.note_fr as string, ar: r.note_ar as string, en: r.note_en as string } } : {}),
    };
    return [i.id, i];
  }));
}
