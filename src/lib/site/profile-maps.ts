// The two maps of a profile, as the StaticMap component takes them: the locator (provinces
// in grey, the territory's province a shade darker, the territory in colour) and the
// children (communes of a province, provinces of the region) shaded by population change.

import type { Lang } from '../catalogue.ts';
import { barChart } from '../charts/render.ts';
import { formatValue, nameOf } from '../format.ts';
import { t } from '../../i18n/index.ts';
import { catalogue } from './catalogue.ts';
import { choropleth } from './choropleth.ts';
import { censusIndex, readBoundaries, type Territory } from './extracts.ts';
import { routes } from './routes.ts';

export function locatorOf(x: Territory, lang: Lang) {
  const provinceCode = x.level === 'province' ? x.code : x.province_code;
  const own = x.level === 'commune'
    ? readBoundaries('communes').features.find((f) => f.properties.code === x.code)
    : x.level === 'province' ? readBoundaries('provinces').features.find((f) => f.properties.code === x.code) : undefined;
  return {
    areas: [
      ...readBoundaries('provinces').features.map((f) => ({
        feature: f, code: f.properties.code, fill: f.properties.code === provinceCode && x.level === 'commune' ? '#b9c7d3' : '#e3e7ee',
        title: nameOf(f.properties, lang), stroke: '#1d2433',
      })),
      ...(own ? [{ feature: own, code: x.code, fill: '#0b5f7a', title: nameOf(x, lang) }] : []),
    ],
    frame: readBoundaries('region').features,
  };
}

export function childrenOf(x: Territory, children: Territory[], lang: Lang) {
  const tr = t(lang);
  const value = censusIndex();
  const change = catalogue().get('population_change_pct')!;
  const fmt = (v: number | undefined) => formatValue(v, change, lang);
  const href = (c: Territory) => routes.territory(lang, c.level, c.slug);
  const features = readBoundaries(x.level === 'region' ? 'provinces' : 'communes').features
    .filter((f) => x.level === 'region' || f.properties.code.startsWith(`${x.code}.`));
  const values = features.map((f) => value(f.properties.code, 'population_change_pct'));
  const map = choropleth(values, { palette: 'diverging' });
  const byCode = new Map(children.map((c) => [c.code, c]));
  return {
    areas: features.map((f, i) => {
      const c = byCode.get(f.properties.code)!;
      return { feature: f, code: f.properties.code, fill: map.colourOf(values[i]), title: `${nameOf(c, lang)}${tr('punct.colon')}${fmt(values[i])}`, href: href(c) };
    }),
    legend: map.legend.map((e) => ({ colour: e.colour, text: tr('map.range', { from: fmt(e.from), to: fmt(e.to) }), count: String(e.count) })),
    chart: barChart(
      children.map((c) => ({ label: nameOf(c, lang), value: value(c.code, 'population_change_pct')!, text: fmt(value(c.code, 'population_change_pct')) })).sort((a, b) => b.value - a.value),
      { ariaLabel: tr('chart.provincesChange'), unit: '%', rtl: lang === 'ar' },
    ),
    rows: children.map((c) => ({
      name: nameOf(c, lang), href: href(c),
      population: formatValue(value(c.code, 'population_legal'), { id: 'population_legal', unit: 'people', decimals: 0 }, lang),
      change: fmt(value(c.code, 'population_change_pct')),
      households: formatValue(value(c.code, 'households_count'), { id: 'households_count', unit: 'households', decimals: 0 }, lang),
    })),
  };
}
