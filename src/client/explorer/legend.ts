// The map's legend: one entry per class, with its range and count, and the missing values.

import { MISSING_COLOUR } from '../../lib/palette.ts';
import { pluralOf } from '../../lib/plural.ts';
import type { ExplorerState } from '../../lib/explorer/state.ts';
import type { ExplorerView } from '../../lib/explorer/view.ts';
import type { ExplorerRow } from '../../lib/site/explorer-data.ts';
import { renderLegend } from '../legend.ts';
import type { Context } from './context.ts';

export function legendItems(ctx: Context, view: ExplorerView<ExplorerRow>, state: ExplorerState) {
  const ind = ctx.indicator(state.indicator);
  return view.legend.map((e) => ({
    colour: e.colour, text: ctx.msg('map.range', { from: ctx.format(e.from, ind, state.year), to: ctx.format(e.to, ind, state.year) }),
    count: pluralOf(ctx.lang, ctx.msg('map.count', { n: e.count }), e.count),
  }));
}

export function drawLegend(target: Element, ctx: Context, view: ExplorerView<ExplorerRow>, state: ExplorerState): void {
  renderLegend(target, legendItems(ctx, view, state), view.missing ? { colour: MISSING_COLOUR, text: `${ctx.msg('explorer.missing')} (${view.missing})` } : undefined);
}
