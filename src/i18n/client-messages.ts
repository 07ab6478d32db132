// The interface messages each browser script reads, embedded in its page in the reader's
// language. One list per script: a test checks each list against the keys the script's code
// names, so a message added to the code cannot be left out of the page (the reader would see
// its bare key).

import type { Lang } from '../lib/catalogue.ts';
import { t, type MessageKey } from './index.ts';

export const CLIENT_MESSAGES = {
  explorer: [
    'explorer.reference', 'explorer.notComparable', 'explorer.notComparableDefault', 'explorer.censusNote',
    'explorer.change', 'explorer.changePoints', 'explorer.changeDifference', 'explorer.changeNone',
    'explorer.scatterChange', 'explorer.scatterNone', 'explorer.correlation', 'explorer.missing',
    'explorer.period', 'explorer.unit', 'explorer.source', 'explorer.licence', 'explorer.credits',
    'explorer.engineReady', 'explorer.engineFailed',
    'map.open', 'map.range', 'map.count', 'unit.points', 'punct.colon',
  ],
  sql: [
    'sql.rows', 'sql.truncated', 'sql.error', 'sql.cancelled', 'sql.running', 'sql.exportTitle', 'sql.exportQuery',
    'explorer.engineReady', 'explorer.engineFailed', 'explorer.licence', 'explorer.credits', 'punct.colon',
  ],
} as const satisfies Record<string, readonly MessageKey[]>;

export type ClientScript = keyof typeof CLIENT_MESSAGES;

/** The script's messages in one language, keyed as the script asks for them. */
export function clientMessages(lang: Lang, script: ClientScript): Record<string, string> {
  const tr = t(lang);
  return Object.fromEntries(CLIENT_MESSAGES[script].map((k) => [k, tr(k)]));
}
