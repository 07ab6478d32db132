// Search-as-you-type in the header. The index is a small JSON file fetched the first time
// the field gets focus; without JavaScript the form still goes to the commune directory.
// Enter and the button do the same: open the highlighted suggestion, or the only match,
// or else the directory filtered on the query (which keeps it in its address).

import { indexEntries, search, type IndexedEntry, type SearchEntry } from '../lib/search.ts';

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = form.querySelector<HTMLUListElement>('.search-results')!;
  const lang = form.dataset.lang ?? 'fr';
  let index: Promise<IndexedEntry[]> | undefined;
  const load = () => (index ??= fetch(`/search/${lang}.json`).then((r) => r.json() as Promise<SearchEntry[]>).then(indexEntries));
  let active = -1;

  const render = async () => {
    const results = search(await load(), input.value);
    list.replaceChildren(...results.map((e, i) => {
      const li = document.createElement('li');
      li.role = 'option';
      li.id = `search-option-${i}`;
      const a = document.createElement('a');
      a.href = e.href;
      a.textContent = lang === 'ar' ? e.name_ar : e.name_fr;
      const small = document.createElement('small');
      small.textContent = ` ${lang === 'ar' ? e.name_fr : e.name_ar} · ${e.context}`;
      small.lang = lang;
      a.append(small);
      li.append(a);
      return li;
    }));
    if (input.value.trim() && results.length === 0) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = list.dataset.none ?? '';
      list.append(li);
    }
    active = -1;
    list.hidden = input.value.trim() === '';
  };

  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    const options = [...list.querySelectorAll<HTMLAnchorElement>('li a')];
    const chosen = active >= 0 ? options[active] : options.length === 1 ? options[0] : undefined;
    if (chosen && !list.hidden) {
      event.preventDefault();
      window.location.href = chosen.href;
    }
  });
  input.addEventListener('input', () => void render());
  input.addEventListener('keydown', (event) => {
    const options = [...list.querySelectorAll<HTMLAnchorElement>('li a')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = Math.max(0, Math.min(options.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      options.forEach((o, i) => o.parentElement!.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
    } else if (event.key === 'Escape') {
      list.hidden = true;
    }
  });
}
