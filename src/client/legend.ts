// A choropleth legend as HTML list items: a swatch, the class range and its count, and a
// "missing" entry when some territories have no value.

export interface LegendItem { colour: string; text: string; count: string }

export function renderLegend(target: Element, items: LegendItem[], missing?: { colour: string; text: string }): void {
  const entry = (colour: string, text: string, count?: string) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    li.append(swatch, text);
    if (count) {
      const small = document.createElement('span');
      small.className = 'source';
      small.textContent = ` (${count})`;
      li.append(small);
    }
    return li;
  };
  target.replaceChildren(...items.map((e) => entry(e.colour, e.text, e.count)), ...(missing ? [entry(missing.colour, missing.text)] : []));
}
