// The content-addressed URL of a published file, from the manifest every page embeds:
// immutable, so a return visit loads it from the cache without asking the server.

import { dataUrl, type DataManifest } from '../lib/data/addresses.ts';

let manifest: DataManifest | undefined;

export function publishedUrl(path: string): string {
  manifest ??= JSON.parse(document.querySelector('[data-data-manifest]')?.textContent ?? 'null') ?? undefined;
  return dataUrl(manifest, path);
}
