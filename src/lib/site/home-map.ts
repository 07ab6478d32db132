// Build-time data for the home map: for each featured indicator, the class of every
// commune, the legend and the formatted values, in the page's language. The static SVG and
// the MapLibre map both colour from this, so they always agree.

import { OBSERVATORY } from '../../config/observatory.ts';
import type { Lang } from '../catalogue.ts';
import { count, t } from '../../i18n/index.ts';
import { formatValue, nameOf } from '../format.ts';
import { catalogue } from './catalogue.ts';
import { choropleth } from './choropleth.ts';
import { censusIndex, readBoundaries, territories } from './extracts.ts';
import { routes } from './routes.ts';
import { UNIT_LABELS, type Indicator } from '../catalogue.ts';

const unitInWords = (unit: string, lang: Lang) => (unit === 'per_1000' ? t(lang)('migration.perThousand') : unit === 'percent' ? '%' : UNIT_LABELS[unit]?.[lang] ?? unit);

/** A value, and for an estimate published with bounds (`<id>_low`, `<id>_high`) its interval too. */
function withInterval(v: number | undefined, code: string, ind: Indicator, lang: Lang): string {
  const value = censusIndex();
  const lo = value(code, `${ind.id}_low`), hi = value(code, `${ind.id}_high`);
  const text = formatValue(v, ind, lang);
  return v === undefined || lo === undefined || hi === undefined ? text : `${text} (${t(lang)('migration.interval', { lo: formatValue(lo, ind, lang), hi: formatValue(hi, ind, lang) })})`;
}

export interface MapIndicator {
  id: string;
  label: string;
  definition: string;
  /** The legend's heading: what is shown, and in which unit, in plain words. */
  legendTitle: string;
  /** How to read the colours, in plain words (no classification jargon on the home page). */
  caption: string;
  legend: { colour: string; text: string; count: string }[];
  missing: string | null;
  colours: string[];
  texts: string[];
  zero: boolean;
}

export interface HomeMapData {
  colon: string;
  codes: string[];
  names: string[];
  hrefs: string[];
  indicators: MapIndicator[];
}

export function homeMapData(lang: Lang): HomeMapData {
  const tr = t(lang);
  const value = censusIndex();
  const byDigits = new Map(territories().filter((x) => x.level === 'commune').map((c) => [c.code_digits, c]));
  const features = readBoundaries('communes').features;
  const communes = features.map((f) => byDigits.get(f.properties.code_digits)!);
  const all = catalogue();
  const indicators = OBSERVATORY.featured.home.map((id) => all.get(id)!);
  return {
    colon: tr('punct.colon'),
    codes: communes.map((c) => c.code_digits),
    names: communes.map((c) => nameOf(c, lang)),
    hrefs: communes.map((c) => routes.territory(lang, 'commune', c.slug)),
    indicators: indicators.map((ind) => {
      const values = communes.map((c) => value(c.code, ind.id));
      const map = choropleth(values, { palette: ind.palette });
      const missing = values.filter((v) => v === undefined).length;
      return {
        id: ind.id,
        label: ind.label[lang],
        definition: ind.definition[lang],
        legendTitle: `${ind.label[lang]}${tr('punct.comma')}${unitInWords(ind.unit, lang)}`,
        caption: tr(ind.palette === 'diverging' ? 'map.captionDiverging' : 'map.captionSequential'),
        legend: map.legend.map((e) => ({
          colour: e.colour,
          text: tr('map.range', { from: formatValue(e.from, ind, lang), to: formatValue(e.to, ind, lang) }),
          count: count(lang, e.count, 'map.countOne', 'map.countOther'),
        })),
        missing: missing ? `${tr('map.missing')} (${count(lang, missing, 'map.countOne', 'map.countOther')})` : null,
        colours: values.map((v) => map.colourOf(v)),
        texts: communes.map((c, i) => withInterval(values[i], c.code, ind, lang)),
        zero: ind.palette === 'diverging',
      };
    }),
  };
}
