// Hover, keyboard and touch for a map drawn to SVG at build time, so the static map is a
// whole map without MapLibre: a pointer shows the value, a click opens the profile; on a
// touch screen the first tap shows the value and a link, a second tap on the same area (or
// the link) opens the profile; arrows walk the areas in a given order, Enter opens.

export interface AreaInfo { name: string; text: string; href?: string }

export interface SvgMapOptions {
  svg: SVGSVGElement;
  tooltip: HTMLElement;
  /** Label of the link shown after a tap ("Open the profile"). */
  openLabel: string;
  describe: (code: string) => AreaInfo | undefined;
  /** Codes in keyboard order. */
  order: () => string[];
  onHighlight?: (code: string | null) => void;
  /** Paths of this selector are the areas (default: every path with a code). */
  areas?: string;
  /** Keyboard tooltips start with the position in the order ("3. …"): for rankings. */
  numbered?: boolean;
}

export interface SvgMap { highlight: (code: string | null) => void; hide: () => void }

export function enhanceSvgMap(options: SvgMapOptions): SvgMap {
  const { svg, tooltip, describe } = options;
  const selector = options.areas ?? 'path[data-code]';
  const stage = tooltip.offsetParent as HTMLElement | null;
  let current: string | null = null;
  let tapped: string | null = null;
  let cursor = -1;

  svg.tabIndex = 0;
  svg.classList.add('interactive-map');

  const place = (x: number, y: number) => {
    const box = (stage ?? svg).getBoundingClientRect();
    tooltip.style.left = `${Math.max(0, Math.min(x - box.left + 12, box.width - 200))}px`;
    tooltip.style.top = `${y - box.top + 12}px`;
  };
  const show = (code: string, withLink: boolean, position?: number) => {
    const info = describe(code);
    if (!info) { hide(); return; }
    const strong = document.createElement('strong');
    strong.textContent = position === undefined ? info.name : `${position}. ${info.name}`;
    tooltip.replaceChildren(strong, document.createElement('br'), info.text);
    if (withLink && info.href) {
      const a = document.createElement('a');
      a.href = info.href;
      a.textContent = options.openLabel;
      tooltip.append(document.createElement('br'), a);
    }
    tooltip.classList.toggle('tappable', withLink);
    tooltip.hidden = false;
  };
  const hide = () => { tooltip.hidden = true; tooltip.classList.remove('tappable'); };
  const highlight = (code: string | null) => {
    if (current === code) return;
    svg.querySelector(`${selector}.hover`)?.classList.remove('hover');
    current = code;
    if (code) {
      const path = svg.querySelector(`${selector}[data-code="${CSS.escape(code)}"]`);
      path?.classList.add('hover');
      // Drawn last, so its outline is not hidden under its neighbours.
      if (path?.parentNode?.nodeName === 'g') path.parentNode.appendChild(path);
    }
    options.onHighlight?.(code);
  };
  const areaOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGPathElement>(selector) : null);

  let touch = false;
  svg.addEventListener('pointerdown', (e) => { touch = e.pointerType === 'touch'; });
  svg.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    const code = areaOf(e.target)?.dataset.code ?? null;
    highlight(code);
    if (code) { show(code, false); place(e.clientX, e.clientY); } else hide();
  });
  svg.addEventListener('pointerleave', (e) => { if (e.pointerType !== 'touch') { highlight(null); hide(); } });
  svg.addEventListener('click', (e) => {
    const code = areaOf(e.target)?.dataset.code;
    e.preventDefault();
    if (!code) { tapped = null; highlight(null); hide(); return; }
    const href = describe(code)?.href;
    if (touch && tapped !== code) {
      tapped = code;
      highlight(code);
      show(code, true);
      place(e.clientX, e.clientY);
      return;
    }
    if (href) location.href = href;
  });
  svg.addEventListener('keydown', (event) => {
    const order = options.order();
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key) && order.length) {
      event.preventDefault();
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      cursor = (cursor + step + order.length) % order.length;
      const code = order[cursor]!;
      highlight(code);
      show(code, false, options.numbered ? cursor + 1 : undefined);
      const rect = svg.querySelector(`${selector}[data-code="${CSS.escape(code)}"]`)?.getBoundingClientRect();
      if (rect) place(rect.left + rect.width / 2, rect.top + rect.height / 2);
    } else if (event.key === 'Enter' && current) {
      const href = describe(current)?.href;
      if (href) location.href = href;
    } else if (event.key === 'Escape') {
      highlight(null);
      hide();
    }
  });
  svg.addEventListener('blur', () => { if (!tooltip.classList.contains('tappable')) hide(); });
  return { highlight, hide };
}
