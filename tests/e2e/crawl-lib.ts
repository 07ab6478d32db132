// The crawl's pure parts: which built pages to visit, which links and anchors of a built page
// lead nowhere, and which text on an Arabic or English page is in another language.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export type Lang = 'fr' | 'ar' | 'en';
export interface BuiltPage { path: string; lang: Lang; type: string; slug?: string; heavy: boolean }

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Every language-prefixed HTML page of dist/, with its page type (first path segment). */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const file of walk(dist)) {
    const rel = file.slice(dist.length).replace(/\\/g, '/');
    if (rel === '/404.html') { pages.push({ path: '/404.html', lang: 'fr', type: '404', heavy: false }); continue; }
    const m = /^\/(fr|ar|en)\/(?:(.+?)\/)?index\.html$/.exec(rel);
    if (!m) continue;
    const lang = m[1] as Lang;
    const parts = (m[2] ?? '').split('/').filter(Boolean);
    const type = parts.length === 0 ? 'home' : parts.length > 1 ? `${parts[0]}/*` : parts[0]!;
    const path = `/${lang}/${parts.map((p) => `${p}/`).join('')}`;
    pages.push({ path, lang, type, slug: parts[1], heavy: ['explorer', 'sql'].includes(parts[0] ?? '') });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every page, except commune profiles and their comparisons (one per province per language) and indicator pages (one per theme per language). */
export function samplePages(pages: BuiltPage[], territoriesCsv = 'data/territories.csv', indicatorsCsv = 'data/indicators.csv'): BuiltPage[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(territoriesCsv, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const provinceOfSlug = new Map(rows.filter((r) => r.level === 'commune').map((r) => [r.slug!, r.province_code!]));
  const indicators = Papa.parse<Record<string, string>>(readFileSync(indicatorsCsv, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const themeOfId = new Map(indicators.map((r) => [r.id!, r.theme!]));
  const seen = new Set<string>();
  return pages.filter((p) => {
    const commune = p.type === 'commune/*' ? p.slug : p.type === 'comparer/*' && p.path.includes('/comparer/commune/') ? p.path.split('/')[4] : undefined;
    const key = commune ? `${p.type}/${p.lang}/${provinceOfSlug.get(commune)}`
      : p.type === 'indicateurs/*' ? `${p.lang}/theme/${themeOfId.get(p.slug!)}` : undefined;
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fileFor(dist: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.map((c) => join(dist, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Links of a built page (href of a, link and area; src of img and script) that lead to no file or no anchor. */
export function linkTargetProblems(dist: string, pagePath: string): string[] {
  const file = fileFor(dist, pagePath);
  if (!file) return [`page ${pagePath} not built`];
  const html = readFileSync(file, 'utf8');
  const problems: string[] = [];
  for (const m of html.matchAll(/<(?:a|link|area)\s[^>]*?href="([^"]*)"|<(?:img|script|source)\s[^>]*?src="([^"]*)"/g)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&');
    if (!raw || /^(mailto:|tel:|javascript:|data:)/.test(raw) || /^https?:\/\//.test(raw)) continue;
    const url = new URL(raw, `http://site${pagePath}`);
    const target = fileFor(dist, url.pathname);
    if (!target) { problems.push(`${raw}: no such file`); continue; }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) problems.push(`${raw}: no anchor #${anchor}`);
  }
  return problems;
}

// Words that may stand in Latin script on an Arabic page: acronyms, file formats, software
// and licence names, the observatory’s sources, key caps (Tab, Enter, Ctrl: Latin on Arabic keyboards too). Proper names of places carry lang="fr".
const LATIN_ALLOWED = /^(?:[A-Z0-9][A-Z0-9.\-]*|DuckDB(?:-WASM)?|OpenStreetMap|Arrow|Parquet|GeoJSON|TopoJSON|Frictionless|BibTeX|MapLibre|Observable|Plot|Excel|WebAssembly|JavaScript|Tab|Enter|Ctrl|HiGHS|ODbL|Zenodo|GitHub|Ckmeans|csv|xlsx|arrow|arrows|parquet|geojson|topojson|txt|[\w./-]+\.(?:json|csv|xlsx|arrow|arrows|parquet|geojson|topojson|cff|txt|md)|https?:\/\/\S+|www\.\S+|\S+@\S+|openstreetmap\.org\S*|[a-z_]+_[a-z0-9_]+)$/;
const FRENCH_MARKERS = /(?:^|[\s'’(])(les|des|du|une|est|pour|dans|avec|aux|sont|selon|données|chiffres|habitants|évolution|ménages|commune rurale|commune urbaine|télécharger|source :)(?=$|[\s,.;:)])/giu;

/** Text of an Arabic or English page that reads as another language. */
export function foreignText(lang: Lang, texts: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    if (lang === 'ar') {
      const words = text.match(/[A-Za-zÀ-ÿ][\w.'’@/:-]*/g) ?? [];
      const foreign = words.filter((w) => /[A-Za-zÀ-ÿ]{3,}/.test(w) && !LATIN_ALLOWED.test(w.replace(/[.,:;)]+$/, '')));
      if (foreign.length > 0) found.push(text.slice(0, 120));
    } else if (lang === 'en') {
      const markers = new Set([...text.matchAll(FRENCH_MARKERS)].map((m) => m[1]!.toLowerCase()));
      if (markers.size >= 2 || /[éèêàç]/.test(text) && markers.size >= 1) found.push(text.slice(0, 120));
    }
  }
  return found;
}
