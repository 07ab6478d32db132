// Two more addresses for the published files, beside the stable /data/<file> (the latest):
// - /data/v<version>/<file>, every file of a release, so that a paper's link keeps working
//   after the next update;
// - /data/h/<hash>.<ext>, content-addressed copies of what the pages themselves load
//   (tables as Arrow streams, boundaries), which a host serves as immutable: a return visit
//   then revalidates nothing but the page. `manifest.json` maps each file to its copy.

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentAddress, MANIFEST, versionedDir, type DataManifest } from '../../src/lib/data/addresses.ts';

/** What the pages fetch: Arrow streams for DuckDB, boundaries, the lists the contribution validator checks against. */
export const PAGE_LOADED = /\.(arrows|topojson|geojson)$|^(baom_offices|associations)\.csv$/;

export async function writeAddressedCopies(dir: string, resources: { path: string; hash: string }[], version: string): Promise<DataManifest> {
  const manifest: DataManifest = { version, files: {} };
  for (const r of resources) {
    const versioned = join(dir, versionedDir(version), r.path);
    await mkdir(dirname(versioned), { recursive: true });
    await copyFile(join(dir, r.path), versioned);
    if (!PAGE_LOADED.test(r.path)) continue;
    const address = contentAddress(r.path, r.hash);
    await mkdir(dirname(join(dir, address)), { recursive: true });
    await copyFile(join(dir, r.path), join(dir, address));
    manifest.files[r.path] = `/data/${address}`;
  }
  for (const extra of ['datapackage.json']) {
    await copyFile(join(dir, extra), join(dir, versionedDir(version), extra));
  }
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
