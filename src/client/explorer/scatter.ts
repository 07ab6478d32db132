// Two indicators side by side for the level's territories, with Pearson's r and a fitted line.

import { sampleCorrelation } from 'simple-statistics';
import { scatterQuery } from '../../lib/explorer/query.ts';
import type { ExplorerState } from '../../lib/explorer/state.ts';
import { formatNumber } from '../../lib/format.ts';
import { query } from '../duckdb.ts';
import type { Context } from './context.ts';

interface Point { code: string; name_fr: string; name_ar: string; x: number; y: number }

/** Queries and draws; `stillWanted` is asked after each wait so a stale answer is dropped. */
export async function drawScatter(target: Element, note: Element, ctx: Context, state: ExplorerState, stillWanted: () => boolean): Promise<void> {
  // Two indicators are compared within one census; a change has no partner to read against.
  if (state.year === 'change') { target.replaceChildren(); note.textContent = ctx.msg('explorer.scatterChange'); return; }
  const year = state.year;
  const x = ctx.indicator(state.versus), y = ctx.indicator(state.indicator);
  const [points, Plot] = await Promise.all([
    query(scatterQuery(x.id, y.id, state.level, year)).then((t) => t.toArray().map((r) => r.toJSON() as Point)),
    import('@observablehq/plot'),
  ]);
  if (!stillWanted()) return;
  const r = points.length > 2 ? sampleCorrelation(points.map((p) => p.x), points.map((p) => p.y)) : NaN;
  note.textContent = Number.isFinite(r) ? ctx.msg('explorer.correlation', { r: formatNumber(r, ctx.lang, 2), n: points.length }) : ctx.msg('explorer.scatterNone', { year });
  const plot = Plot.plot({
    width: 640, height: 380, grid: true,
    // Left-to-right geometry (see ranking.ts); axis titles inside the frame, so that in
    // Arabic they are not pushed past the chart's edge.
    style: { direction: 'ltr' }, marginTop: 30,
    x: { label: `${x.label} (${year})`, labelAnchor: 'right' }, y: { label: `${y.label} (${year})`, labelAnchor: 'top' },
    marks: [
      Plot.dot(points, { x: 'x', y: 'y', r: 3.5, fill: '#0b5f7a', fillOpacity: 0.7, title: (p: Point) => `${ctx.nameOf(p)}${ctx.msg('punct.colon')}${ctx.format(p.x, x, year)} · ${ctx.format(p.y, y, year)}` }),
      ...(points.length > 2 ? [Plot.linearRegressionY(points, { x: 'x', y: 'y', stroke: '#e66101' })] : []),
    ],
    ariaLabel: `${y.label} / ${x.label}`,
  });
  plot.querySelectorAll('g[aria-label="dot"] circle').forEach((c, i) => c.setAttribute('data-code', points[i]!.code));
  for (const g of plot.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  target.replaceChildren(plot);
}
