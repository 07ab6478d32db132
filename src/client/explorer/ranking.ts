// The ranking: one bar per territory with a value, highest first, coloured by class.
// Plot loads with the first ranking drawn, not before the map.

import type { ExplorerState } from '../../lib/explorer/state.ts';
import type { ExplorerView } from '../../lib/explorer/view.ts';
import type { ExplorerRow } from '../../lib/site/explorer-data.ts';
import type { Context } from './context.ts';

export async function drawRanking(target: Element, ctx: Context, view: ExplorerView<ExplorerRow>, state: ExplorerState, title: string): Promise<void> {
  const Plot = await import('@observablehq/plot');
  const ind = ctx.indicator(state.indicator);
  const rtl = ctx.lang === 'ar';
  const { ranked } = view;
  const nameByCode = new Map(ranked.map((r) => [r.code, ctx.nameOf(r)]));
  const bars = Plot.plot({
    width: 460, height: 20 + ranked.length * 14, marginLeft: rtl ? 10 : 190, marginRight: rtl ? 190 : 10,
    // Plot places tick labels by text-anchor, which a right-to-left page would mirror onto the
    // ticks: the chart keeps left-to-right geometry, and Arabic names still read right to left.
    style: { direction: 'ltr' },
    x: { grid: true, label: null, reverse: rtl }, y: { domain: ranked.map((r) => r.code), tickFormat: (c: string) => nameByCode.get(c) ?? c, label: null, axis: rtl ? 'right' : 'left', tickSize: 0, tickPadding: 6 },
    marks: [Plot.barX(ranked, { x: 'value', y: 'code', fill: (r: ExplorerRow) => view.colours.get(r.code), title: (r: ExplorerRow) => `${ctx.nameOf(r)}${ctx.msg('punct.colon')}${ctx.format(r.value, ind, state.year)}` }), Plot.ruleX([0])],
    ariaLabel: title,
  });
  bars.querySelectorAll('g[aria-label="bar"] rect').forEach((rect, i) => {
    const code = ranked[i]!.code;
    rect.setAttribute('data-code', code);
    rect.addEventListener('mouseenter', () => ctx.highlight(code));
    rect.addEventListener('click', () => { location.href = ctx.profileHref(state.level, ranked[i]!); });
  });
  for (const g of bars.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  target.replaceChildren(bars);
}
