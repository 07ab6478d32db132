// Curated migration facts → our facts and their web sources: each figure described in our
// words (fact-definitions.ts), with its producer and how it reached us. Values, periods and
// URLs are kept as the curated file gives them; anything it says that we have not described
// stops the import with the file, line and column.

import { createHash } from 'node:crypto';
import type { Lang, Localized } from '../../src/lib/catalogue.ts';
import type { Problem } from '../../src/lib/data/problems.ts';
import type { Row } from '../../src/lib/tables.ts';
import { FACT_CAVEATS, FACT_DETAILS, FACT_INDICATORS, FACT_PLACES, VALUE_QUALIFIERS, cleanTitle, originOf } from './fact-definitions.ts';

export const FACT_COLUMNS = ['fact_id', 'geo_level', 'geo_code', 'geo_name', 'indicator', 'breakdown', 'value', 'unit', 'period', 'source_title', 'source_publisher', 'source_url', 'retrieved'];

export function importFacts(file: string, header: string[], rows: Record<string, string>[]): { facts: Row[]; sources: Row[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources: Row[] = [];
  const facts: Row[] = [];
  const sourceIdOfUrl = new Map<string, string>();
  rows.forEach((f, i) => {
    const at = (column: string, rule: string, message: string) => problems.push({ file, line: i + 2, column: header.indexOf(column) + 1, rule, message });
    const meta = FACT_INDICATORS[f.indicator!];
    if (!meta) return at('indicator', 'unknown-fact-indicator', `indicator "${f.indicator}" has no label in scripts/import/fact-definitions.ts`);
    const notes = (f.breakdown ?? '').split('; ').filter(Boolean);
    const unknown = notes.filter((n) => !(n in FACT_DETAILS) && !(n in VALUE_QUALIFIERS));
    if (unknown.length) return at('breakdown', 'unknown-fact-detail', `"${unknown.join('", "')}" is not described in scripts/import/fact-definitions.ts (FACT_DETAILS)`);
    const origin = originOf(f.source_publisher!);
    if (!origin) return at('source_publisher', 'unknown-producer', `no known producer in "${f.source_publisher}" (scripts/import/fact-definitions.ts, originOf)`);
    let sourceId = sourceIdOfUrl.get(f.source_url!);
    if (!sourceId) {
      sourceId = 'web-' + createHash('sha256').update(f.source_url!).digest('hex').slice(0, 10);
      sourceIdOfUrl.set(f.source_url!, sourceId);
      const periods = [...new Set(rows.filter((x) => x.source_url === f.source_url).map((x) => x.period!))].sort();
      sources.push({
        source_id: sourceId, kind: origin.reliability === 'institution' ? 'institution' : 'press',
        publisher: origin.outlet, title: cleanTitle(f.source_title!, origin.outlet), url: f.source_url!, vintage: periods.join(', '),
        licence: 'Figures as published by the source; page © its publisher, cited and not republished', retrieved: f.retrieved!,
      });
    }
    const caveat = FACT_CAVEATS[f.fact_id!];
    const details = notes.map((n) => FACT_DETAILS[n]).filter((d): d is Localized => !!d);
    const detail = (lang: Lang) => (details.length ? details.map((d) => d[lang]).join(lang === 'ar' ? '، ' : ', ') : null);
    facts.push({
      fact_id: f.fact_id!, geo_level: f.geo_level!, geo_code: f.geo_code || null, geo_name: FACT_PLACES[f.geo_name!] ?? f.geo_name!, theme: meta.theme, indicator: f.indicator!,
      label_fr: meta.label.fr, label_ar: meta.label.ar, label_en: meta.label.en, detail_fr: detail('fr'), detail_ar: detail('ar'), detail_en: detail('en'),
      value_qualifier: notes.map((n) => VALUE_QUALIFIERS[n]).find(Boolean) ?? null,
      value: Number(f.value!), unit: f.unit!, period: f.period!, producer: origin.producer, reliability: origin.reliability,
      headline: origin.reliability !== 'opinion' && (caveat?.headline ?? true),
      caveat_fr: caveat?.caveat.fr ?? null, caveat_ar: caveat?.caveat.ar ?? null, caveat_en: caveat?.caveat.en ?? null, source_id: sourceId,
    });
  });
  return { facts, sources, problems };
}
