// Where published files live besides /data/<file>: shared by the data build (which writes
// the copies), the pages (which embed the addresses) and the tests.

export const MANIFEST = 'manifest.json';

export interface DataManifest {
  version: string;
  /** Published path (relative to /data/) → content-addressed URL. */
  files: Record<string, string>;
}

/** `census.arrows` with SHA-256 `ab12…` → `h/ab12…(16 hex).arrows`: the name changes with the bytes. */
export function contentAddress(path: string, sha256: string): string {
  const ext = path.slice(path.lastIndexOf('.'));
  return `h/${sha256.slice(0, 16)}${ext}`;
}

export const versionedDir = (version: string) => `v${version}`;

/** The URL to load a published file from: its content address when there is one. */
export function dataUrl(manifest: DataManifest | undefined, path: string): string {
  return manifest?.files[path] ?? `/data/${path}`;
}
