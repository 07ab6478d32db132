// Where the site is published. Absolute URLs (hreflang, Open Graph, sitemap) need it; set
// OBSERVATOIRE_SITE_URL at build time. Until the operator sets it, a reserved .invalid host
// makes the placeholder obvious instead of pointing at someone else's domain.
export const SITE_URL = (process.env.OBSERVATOIRE_SITE_URL ?? 'https://observatoire.invalid').replace(/\/$/, '');
export const siteUrlIsSet = process.env.OBSERVATOIRE_SITE_URL !== undefined;
export const absolute = (path: string) => `${SITE_URL}${path}`;
