// The credits every exported figure and table carries (title, period, unit, source and
// licence: the ODbL and CC BY terms require the credit to travel with the figure), and the
// composition of an exported SVG around a drawn figure. Pure text: shared by the page and
// the tests.

export interface Credits { title: string; period: string; unit: string; source: string; licence: string }
export interface LegendLine { colour: string; text: string }

/** "Period: 2024", "Unit: %"…, in the reader's language (labels come from the page). */
export function creditLines(c: Credits, labels: { period: string; unit: string; source: string; licence: string }, colon: string): string[] {
  return [`${labels.period}${colon}${c.period}`, `${labels.unit}${colon}${c.unit}`, `${labels.source}${colon}${c.source}`, `${labels.licence}${colon}${c.licence}`];
}

/** A CSV preceded by `#` lines: pandas (`comment='#'`), R (`comment.char`) and DuckDB (`comment`) skip them. */
export function csvWithCredits(title: string, lines: string[], csv: string): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, ' ');
  return [`# ${clean(title)}`, ...lines.map((l) => `# ${clean(l)}`), csv].join('\r\n');
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface Figure { width: number; height: number; markup: string }

/** A standalone SVG: title on top, the figure, then the legend and the credit lines. */
export function composeSvg(opts: { title: string; legend: LegendLine[]; lines: string[]; figure: Figure; rtl: boolean; font: string }): string {
  const { title, legend, lines, figure, rtl } = opts;
  const width = Math.max(figure.width, 480);
  const x = rtl ? width - 12 : 12;
  const anchor = rtl ? 'end' : 'start';
  const parts: string[] = [];
  let y = 28;
  parts.push(`<text x="${x}" y="${y}" font-size="18" font-weight="bold" text-anchor="${anchor}">${escapeXml(title)}</text>`);
  y += 14;
  parts.push(`<g transform="translate(0 ${y})">${figure.markup}</g>`);
  y += figure.height + 20;
  for (const item of legend) {
    const sx = rtl ? width - 26 : 12;
    parts.push(`<rect x="${sx}" y="${y - 11}" width="14" height="14" fill="${escapeXml(item.colour)}"/>`);
    parts.push(`<text x="${rtl ? sx - 6 : sx + 20}" y="${y}" font-size="13" text-anchor="${anchor}">${escapeXml(item.text)}</text>`);
    y += 20;
  }
  y += 6;
  for (const line of lines) {
    parts.push(`<text x="${x}" y="${y}" font-size="12" fill="#444" text-anchor="${anchor}">${escapeXml(line)}</text>`);
    y += 17;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" direction="${rtl ? 'rtl' : 'ltr'}" font-family="${escapeXml(opts.font)}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
}
