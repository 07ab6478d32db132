// What every view of the explorer shares: the page's language and messages, the catalogue,
// formatting, and the controller's hooks for hover and selection.

import type { Lang } from '../../lib/catalogue.ts';
import type { ExplorerState } from '../../lib/explorer/state.ts';
import type { ExplorerIndicator, ExplorerRow } from '../../lib/site/explorer-data.ts';

export interface Context {
  lang: Lang;
  msg: (key: string, params?: Record<string, string | number>) => string;
  indicator: (id: string) => ExplorerIndicator;
  /** The value as the reader reads it, for the given state's year (change in %). */
  format: (value: number | null | undefined, indicator: ExplorerIndicator, year: ExplorerState['year']) => string;
  nameOf: (row: { name_fr: string; name_ar: string }) => string;
  profileHref: (level: string, row: ExplorerRow) => string;
  highlight: (code: string | null) => void;
  select: (code: string | null) => void;
}
