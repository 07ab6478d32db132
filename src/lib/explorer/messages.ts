// The interface messages the explorer's browser code reads, embedded in the page in the
// reader's language. The one list: the page embeds exactly these, and a test checks it
// against the keys the client's code names.

import type { MessageKey, Translate } from '../../i18n/index.ts';

export const EXPLORER_MESSAGE_KEYS = [
  'explorer.reference', 'explorer.notComparable', 'explorer.notComparableDefault', 'explorer.censusNote',
  'explorer.change', 'explorer.changePoints', 'explorer.changeDifference', 'explorer.changeNone',
  'explorer.scatterChange', 'explorer.scatterNone', 'explorer.correlation', 'explorer.missing',
  'explorer.period', 'explorer.unit', 'explorer.source', 'explorer.licence', 'explorer.credits',
  'explorer.engineReady', 'explorer.engineFailed',
  'map.open', 'map.range', 'map.count', 'unit.points', 'punct.colon',
] as const satisfies readonly MessageKey[];

export type ExplorerMessageKey = (typeof EXPLORER_MESSAGE_KEYS)[number];

export const explorerMessages = (tr: Translate): Record<ExplorerMessageKey, string> =>
  Object.fromEntries(EXPLORER_MESSAGE_KEYS.map((k) => [k, tr(k)])) as Record<ExplorerMessageKey, string>;
