// The table of every territory of the level: rank, name (linking to its profile), value
// and class colour; sortable by any column.

import type { ExplorerState } from '../../lib/explorer/state.ts';
import type { ExplorerView } from '../../lib/explorer/view.ts';
import { formatNumber } from '../../lib/format.ts';
import type { ExplorerRow } from '../../lib/site/explorer-data.ts';
import type { Context } from './context.ts';

export interface Sort { key: 'rank' | 'name' | 'value'; desc: boolean }

export function drawTable(body: HTMLElement, ctx: Context, view: ExplorerView<ExplorerRow>, state: ExplorerState, sort: Sort): void {
  const ind = ctx.indicator(state.indicator);
  const collator = new Intl.Collator(ctx.lang === 'ar' ? 'ar' : 'fr');
  const rows = [...view.rows].sort((a, b) => {
    const d = sort.key === 'name' ? collator.compare(ctx.nameOf(a), ctx.nameOf(b))
      : sort.key === 'value' ? (a.value ?? -Infinity) - (b.value ?? -Infinity)
        : (view.rank.get(a.code) ?? Infinity) - (view.rank.get(b.code) ?? Infinity);
    return sort.desc ? -d : d;
  });
  body.replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    tr.dataset.code = r.code;
    if (state.selected === r.code) tr.classList.add('selected');
    const th = document.createElement('th');
    th.scope = 'row';
    const a = document.createElement('a');
    a.href = ctx.profileHref(state.level, r);
    a.textContent = ctx.nameOf(r);
    th.append(a);
    const rankCell = document.createElement('td');
    rankCell.textContent = view.rank.has(r.code) ? formatNumber(view.rank.get(r.code)!, ctx.lang) : '—';
    const valueCell = document.createElement('td');
    valueCell.className = 'num';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = view.colours.get(r.code)!;
    valueCell.append(ctx.format(r.value, ind, state.year), ' ', swatch);
    tr.append(rankCell, th, valueCell);
    tr.addEventListener('mouseenter', () => ctx.highlight(r.code));
    tr.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) return;
      ctx.select(state.selected === r.code ? null : r.code);
    });
    return tr;
  }));
}
