// Exports that carry their credits: CSV with a `#` header block, the map as PNG (drawn on a
// canvas from the SVG map's own paths, so it needs neither MapLibre nor an image load) and
// the ranking as SVG, each with title, legend, period, unit, source and licence.

import { composeSvg, type LegendLine } from '../../lib/explorer/exports.ts';
import { download } from '../download.ts';

export interface Figure { title: string; legend: LegendLine[]; lines: string[]; rtl: boolean }

const FONT = '"Source Sans 3", "Noto Sans Arabic", sans-serif';

export function exportMapPng(svg: SVGSVGElement, figure: Figure, filename: string): void {
  const box = svg.viewBox.baseVal;
  const scale = 2;
  const width = Math.max(box.width, 480);
  const height = 44 + box.height + 26 + figure.legend.length * 22 + figure.lines.length * 19 + 12;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.direction = figure.rtl ? 'rtl' : 'ltr';
  g.textAlign = 'start';
  const x = figure.rtl ? width - 12 : 12;
  g.fillStyle = '#1d2433';
  g.font = `bold 18px ${FONT}`;
  g.fillText(figure.title, x, 28, width - 24);
  g.save();
  g.translate(0, 42);
  for (const path of svg.querySelectorAll<SVGPathElement>('path')) {
    const group = path.closest('g')!;
    if (getComputedStyle(group).display === 'none' || getComputedStyle(path).display === 'none') continue;
    const shape = new Path2D(path.getAttribute('d') ?? '');
    const fill = path.getAttribute('fill') ?? group.getAttribute('fill');
    if (fill && fill !== 'none') { g.fillStyle = fill; g.fill(shape, 'evenodd'); }
    g.strokeStyle = group.getAttribute('stroke') ?? '#fff';
    g.lineWidth = Number(group.getAttribute('stroke-width') ?? 0.5);
    g.stroke(shape);
  }
  g.restore();
  let y = 42 + box.height + 26;
  g.font = `14px ${FONT}`;
  for (const item of figure.legend) {
    g.fillStyle = item.colour;
    g.fillRect(figure.rtl ? width - 26 : 12, y - 12, 14, 14);
    g.fillStyle = '#1d2433';
    g.fillText(item.text, figure.rtl ? width - 32 : 32, y);
    y += 22;
  }
  g.font = `12px ${FONT}`;
  g.fillStyle = '#444';
  for (const line of figure.lines) { g.fillText(line, x, y, width - 24); y += 19; }
  canvas.toBlob((blob) => blob && download(filename, blob), 'image/png');
}

export function exportChartSvg(chart: SVGSVGElement, figure: Figure, filename: string): void {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const width = Number(clone.getAttribute('width') ?? 640), height = Number(clone.getAttribute('height') ?? 400);
  const svg = composeSvg({ ...figure, font: FONT, figure: { width, height, markup: clone.outerHTML } });
  download(filename, new Blob([svg], { type: 'image/svg+xml' }));
}
