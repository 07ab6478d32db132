// The sentence at the top of a profile, written from the territory's own figures: its
// population, the change since 2014 and where it stands against the level above it on the
// featured indicators. Every number in it is a published value; nothing is computed here
// but comparisons and word order.

import type { Lang } from '../catalogue.ts';
import { formatValue } from '../format.ts';
import { pluralForms, t } from '../../i18n/index.ts';
import { standing, type Comparison, type Place, type ReferenceLevel } from './compare.ts';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-GB' };

export interface SummaryInput {
  population: Comparison | undefined;
  change: Comparison | undefined;
  /** The indicators to set against the reference (counts are left out: a commune's count is always smaller). */
  featured: Comparison[];
  /** The level the territory is compared with: its province, the region, or Morocco. */
  against: { level: ReferenceLevel; place: Place & { kind?: string } } | undefined;
}

/** "Taux de chômage" reads "taux de chômage" inside a French or English sentence. */
const inSentence = (label: string, lang: Lang) => (lang === 'ar' ? label : label.charAt(0).toLocaleLowerCase(LOCALE[lang]) + label.slice(1));

export function summaryOf(input: SummaryInput, lang: Lang): string {
  const tr = t(lang);
  const sentences: string[] = [];
  const people = (n: number) => pluralForms(lang, n, 'summary.people', { n: formatValue(n, { id: 'population_legal', unit: 'people', decimals: 0 }, lang) });
  const pop = input.population;
  if (pop?.value !== undefined) sentences.push(tr('summary.population', { people: people(pop.value) }));
  const change = input.change?.value;
  if (change !== undefined && input.change) {
    const before = pop?.value2014;
    sentences.push(before !== undefined
      ? tr('summary.change2014', { change: formatValue(change, input.change.indicator, lang), people: people(before) })
      : tr('summary.change', { change: formatValue(change, input.change.indicator, lang) }));
  }
  const against = input.against;
  if (against) {
    const list = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' });
    const groups = { above: [] as string[], below: [] as string[], equal: [] as string[] };
    for (const c of input.featured) {
      const where = standing(c, against.level);
      if (!where) continue;
      const ref = c.references.find((r) => r.level === against.level)!;
      groups[where].push(where === 'equal'
        ? tr('summary.itemEqual', { label: inSentence(c.indicator.label[lang], lang), value: formatValue(c.value, c.indicator, lang) })
        : tr('summary.item', { label: inSentence(c.indicator.label[lang], lang), value: formatValue(c.value, c.indicator, lang), reference: formatValue(ref.value, c.indicator, lang) }));
    }
    const parts = (['above', 'below', 'equal'] as const)
      .filter((k) => groups[k].length > 0)
      .map((k) => tr(`summary.${k}`, { list: list.format(groups[k]) }));
    if (parts.length > 0) {
      const kind = against.level === 'province' && against.place.kind === 'prefecture' ? 'prefecture' : against.level;
      const name = lang === 'ar' ? against.place.name_ar : against.place.name_fr;
      sentences.push(tr('summary.against', { reference: tr(`summary.reference.${kind}`, { name }), parts: parts.join(tr('summary.separator')) }));
    }
  }
  return sentences.join(' ');
}
