// The commune directory filtered on ?q= (where the header search lands): the same matching
// as the header, a list of every matching territory saying what it is, and the province
// tables reduced to the matching communes.
import { indexEntries, search, type SearchEntry } from '../lib/search.ts';
import { pluralOf } from '../lib/plural.ts';
import type { Lang } from '../lib/catalogue.ts';

export async function filterDirectory(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-directory-filter]');
  if (!form) return;
  const lang = (form.dataset.lang ?? 'fr') as Lang;
  const text = (name: string, q: string) => (form.dataset[name] ?? '').replace('{q}', q);
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  form.querySelector<HTMLInputElement>('input[name=q]')!.value = query;
  const header = document.querySelector<HTMLInputElement>('form[data-search] input[type=search]');
  if (header) header.value = query;
  if (!query) return;
  const index = indexEntries(await (await fetch(`/search/${lang}.json`)).json() as SearchEntry[]);
  const matches = search(index, query, Infinity);
  const box = document.querySelector<HTMLElement>('[data-directory-results]')!;
  box.querySelector('[data-results-title]')!.textContent = text('resultsFor', query);
  box.querySelector('[data-results-count]')!.textContent = matches.length ? pluralOf(lang, form.dataset.count ?? '', matches.length) : text('noneFor', query);
  box.querySelector('[data-results-list]')!.replaceChildren(...matches.map((e) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = e.href;
    a.textContent = lang === 'ar' ? e.name_ar : e.name_fr;
    li.append(a, ` — ${e.context}`);
    return li;
  }));
  box.hidden = false;
  form.querySelector<HTMLElement>('[data-show-all]')!.hidden = false;
  const communes = new Set(matches.filter((e) => e.level === 'commune').map((e) => e.code));
  const provinces = new Set(matches.filter((e) => e.level === 'province').map((e) => e.code));
  for (const section of document.querySelectorAll<HTMLElement>('[data-province-section]')) {
    const whole = provinces.has(section.dataset.provinceSection!);
    let shown = 0;
    for (const row of section.querySelectorAll<HTMLElement>('tr[data-commune]')) {
      row.hidden = !whole && !communes.has(row.dataset.commune!);
      if (!row.hidden) shown++;
    }
    section.hidden = shown === 0;
  }
}
