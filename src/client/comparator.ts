// The comparator in the browser: reveals the chooser (open on wide screens), reads the
// selection from the address (?t=code,code…), and renders any selection with the same view
// code as the build, from the comparator's JSON files. The pre-rendered default stays as it
// is until the reader asks for another comparison, so the page is complete before (and
// without) this script.

import { comparatorHtml, comparatorView, MIN_COMPARED, parseSelection, type ComparatorMeta, type PlaceValues } from '../lib/site/comparator-view.ts';

export function startComparator(): void {
  const root = document.querySelector<HTMLElement>('[data-comparator]');
  if (!root) return;
  const lang = root.dataset.lang!;
  const change = root.querySelector<HTMLDetailsElement>('[data-change]')!;
  const form = root.querySelector<HTMLFormElement>('[data-chooser]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const target = root.querySelector<HTMLElement>('[data-comparison]')!;
  const share = root.querySelector<HTMLAnchorElement>('[data-share]')!;
  const texts = JSON.parse(root.dataset.texts!) as { legend: string; groups: string };
  const base = `/${lang}/comparer/`;
  const printButton = root.querySelector<HTMLButtonElement>('[data-print]');
  if (printButton) { printButton.hidden = false; printButton.addEventListener('click', () => window.print()); }

  // The same width as the stylesheet's phone layout (Comparator.astro).
  const reveal = (failed: boolean) => { change.hidden = false; change.open = failed || matchMedia('(min-width: 48rem)').matches; };

  const shown = () => [...target.querySelectorAll<HTMLElement>('[data-compared] [data-code]')].map((li) => li.dataset.code!);
  const values = new Map<string, Promise<PlaceValues>>();
  const valuesOf = (code: string) => {
    let v = values.get(code);
    if (!v) { v = fetch(`/compare/${code}.json`).then((r) => { if (!r.ok) throw new Error(`${r.status}`); return r.json() as Promise<PlaceValues>; }); values.set(code, v); }
    return v;
  };

  const keepInLinks = (codes: string[]) => {
    const query = `?t=${codes.join(',')}`;
    share.href = `${base}${query}`;
    // Switching language keeps the comparison.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) a.href = `/${a.dataset.langSwitch}/comparer/${query}`;
  };

  fetch(`/compare/meta-${lang}.json`).then((r) => r.json() as Promise<ComparatorMeta>).then((meta) => {
    const byCode = new Map(meta.places.map((p) => [p.code, p]));
    const groups = JSON.parse(selects[0]!.dataset.groups!) as Record<string, string>;
    for (const select of selects) {
      for (const level of ['country', 'region', 'province', 'commune'] as const) {
        const group = document.createElement('optgroup');
        group.label = groups[level]!;
        for (const p of meta.places.filter((x) => x.level === level)) group.append(new Option(p.level === 'commune' ? `${p.name} (${p.context})` : p.name, p.code));
        select.append(group);
      }
    }
    const setChooser = (codes: string[]) => selects.forEach((s, i) => { s.value = codes[i] ?? ''; });

    const show = async (codes: string[]) => {
      status.textContent = '';
      try {
        const selected = await Promise.all(codes.map(async (code) => ({ place: byCode.get(code)!, values: await valuesOf(code) })));
        target.innerHTML = comparatorHtml(comparatorView(meta, selected), texts);
        document.title = (root.dataset.titleTemplate ?? '').replace('{names}', selected.map((s) => s.place.name).join(root.dataset.separator ?? ', '));
        root.querySelector<HTMLElement>('[data-about]')!.hidden = true;
      } catch {
        status.textContent = root.dataset.failed ?? '';
      }
    };

    const fromAddress = () => parseSelection(new URLSearchParams(location.search).get('t'), (c) => byCode.has(c));
    const apply = async (codes: string[]) => {
      setChooser(codes);
      keepInLinks(codes);
      if (codes.join() !== shown().join()) await show(codes);
    };
    const initial = fromAddress();
    void apply(initial.length >= MIN_COMPARED ? initial : shown());
    reveal(false);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const codes = parseSelection(selects.map((s) => s.value).join(','), (c) => byCode.has(c));
      if (codes.length < MIN_COMPARED) { status.textContent = root.dataset.tooFew ?? ''; return; }
      history.pushState(null, '', `${base}?t=${codes.join(',')}`);
      void apply(codes);
    });
    window.addEventListener('popstate', () => { const codes = fromAddress(); if (codes.length >= MIN_COMPARED) void apply(codes); });
  }).catch(() => { status.textContent = root.dataset.failed ?? ''; reveal(true); });
}
