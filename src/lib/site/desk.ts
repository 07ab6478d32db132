// Where the contribution desk answers: it runs beside the static site, and its address is set
// at build time (PUBLIC_DESK_URL); by default the address `npm run desk` listens on.
import type { Lang } from '../catalogue.ts';

const base = (import.meta.env?.PUBLIC_DESK_URL ?? 'http://127.0.0.1:8787/').replace(/\/?$/, '/');

/** The desk's home in one language (its sign-in page). */
export const deskUrl = (lang: Lang) => `${base}${lang}/`;
