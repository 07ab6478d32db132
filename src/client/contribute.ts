// The in-browser validator: the same code as `npm run validate`, run on files the reader
// drops or chooses. Files are read locally (File.arrayBuffer); nothing is uploaded.

import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { territoryContext } from '../lib/contrib/context.ts';
import { describeProblem, LANGS, type Lang } from '../lib/contrib/message.ts';
import { validateFiles, type Context } from '../lib/contrib/validate.ts';
import { parseCsv } from '../lib/data/csv.ts';
import { pluralOf } from '../lib/plural.ts';
import { publishedUrl } from './data-urls.ts';

let context: Promise<Context> | undefined;

async function loadContext(): Promise<Context> {
  const [boundaries, offices, associations] = await Promise.all([
    fetch(publishedUrl('boundaries/communes.geojson')).then((r) => r.json() as Promise<FeatureCollection<Polygon | MultiPolygon, { code: string; name_fr: string; name_ar: string }>>),
    fetch(publishedUrl('baom_offices.csv')).then((r) => r.text()),
    fetch(publishedUrl('associations.csv')).then((r) => r.text()),
  ]);
  const ids = (text: string) => parseCsv(text).records.map((r) => r.cells[0]!);
  const published = parseCsv(offices);
  const opened = published.header.indexOf('opened');
  return {
    ...territoryContext(boundaries.features.map((f) => f.properties.code), boundaries.features, { offices: ids(offices), associations: ids(associations) }, new Date().toISOString().slice(0, 10), boundaries.features.map((f) => f.properties)),
    opened: new Map(published.records.map((r) => [r.cells[0]!, r.cells[opened] ?? ''])),
  };
}

export function startContributeValidator(): void {
  const input = document.querySelector<HTMLInputElement>('[data-files]');
  const zone = document.querySelector<HTMLElement>('[data-dropzone]');
  const out = document.querySelector<HTMLElement>('[data-validation]');
  if (!input || !zone || !out) return;
  const messages = JSON.parse(document.querySelector('[data-contribute-messages]')!.textContent!) as { ok: string; problems: string; next: string; desk: string; deskUrl: string };
  const pageLang = document.documentElement.lang;
  const lang: Lang = (LANGS as readonly string[]).includes(pageLang) ? pageLang as Lang : 'fr';

  const check = async (files: File[]) => {
    if (files.length === 0) return;
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const results = await validateFiles(inputs, await (context ??= loadContext()));
    out.replaceChildren(...results.flatMap((r) => {
      const summary = document.createElement('p');
      summary.className = r.problems.length ? '' : 'ok';
      summary.textContent = r.problems.length
        ? pluralOf(lang, messages.problems, r.problems.length, { file: r.file })
        : pluralOf(lang, messages.ok, r.records.length, { file: r.file, dataset: r.dataset ?? '?' });
      if (!r.problems.length) return [summary];
      const list = document.createElement('ul');
      list.className = 'problems';
      list.dataset.problems = r.file;
      for (const p of r.problems) {
        const li = document.createElement('li');
        li.textContent = describeProblem(p, lang);
        li.dataset.rule = p.rule;
        list.append(li);
      }
      return [summary, list];
    }));
    // Every file passed: say what to do with it now.
    if (results.every((r) => r.problems.length === 0)) {
      const next = document.createElement('p');
      next.dataset.next = '';
      const link = document.createElement('a');
      link.href = messages.deskUrl;
      link.textContent = messages.desk;
      next.append(messages.next, ' ', link);
      out.append(next);
    }
    out.dataset.checked = String(results.length);
  };
  input.addEventListener('change', () => void check([...(input.files ?? [])]));
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); void check([...(e.dataTransfer?.files ?? [])]); });
}
