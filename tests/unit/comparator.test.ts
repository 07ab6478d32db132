// The comparator's pure parts: which neighbours a commune is compared with (the longest
// shared borders), how a selection is read from the address, and what each cell says.
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { sharedBorders } from '../../src/lib/geo/shared-borders.ts';
import { comparatorHtml, comparatorView, parseSelection, type ComparatorMeta } from '../../src/lib/site/comparator-view.ts';

// Three unit squares side by side on the equator: A | B | C, where B and C share only half
// of their common side (C is shifted up by half a degree).
const topology = {
  type: 'Topology',
  arcs: [
    [[1, 0], [1, 1]], // 0: A–B, one degree along the meridian x = 1
    [[1, 1], [0, 1], [0, 0], [1, 0]], // 1: the rest of A
    [[2, 0.5], [2, 1]], // 2: B–C, half a degree
    [[2, 1], [1, 1]], // 3: B's top
    [[1, 0], [2, 0], [2, 0.5]], // 4: B's bottom and lower right
    [[2, 1], [2, 1.5], [3, 1.5], [3, 0.5], [2, 0.5]], // 5: the rest of C
  ],
  objects: {
    communes: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'A' } },
        { type: 'Polygon', arcs: [[~0, 4, 2, 3]], properties: { code: 'B' } },
        { type: 'Polygon', arcs: [[~2, 5]], properties: { code: 'C' } },
      ],
    },
  },
} as unknown as Topology;

describe('shared borders', () => {
  it('measures the border two areas share, in kilometres, longest first', () => {
    const b = sharedBorders(topology, 'communes');
    // One degree of a meridian on a sphere of radius 6371.0088 km is 111.195 km.
    expect(b.get('B')!.map((n) => n.code)).toEqual(['A', 'C']);
    expect(b.get('B')![0]!.km).toBeCloseTo(111.195, 2);
    expect(b.get('B')![1]!.km).toBeCloseTo(55.598, 2);
  });
  it("doesn't count areas that only touch at a corner or not at all", () => {
    const b = sharedBorders(topology, 'communes');
    expect(b.get('A')!.map((n) => n.code)).toEqual(['B']);
    expect(b.get('C')!.map((n) => n.code)).toEqual(['B']);
  });
});

describe('selection in the address', () => {
  const known = (c: string) => ['09', 'MA', '09.001', '09.002', '09.003'].includes(c);
  it('keeps known codes, once each, at most four, in order', () => {
    expect(parseSelection('09.001,nope,09.001,MA,09,09.002,09.003', known)).toEqual(['09.001', 'MA', '09', '09.002']);
  });
  it('reads nothing from a missing or empty parameter', () => {
    expect(parseSelection(null, known)).toEqual([]);
    expect(parseSelection(' , ', known)).toEqual([]);
  });
});

const meta: ComparatorMeta = {
  lang: 'fr',
  places: [],
  indicators: [
    { id: 'literacy', theme: 'education', label: 'Analphabétisme', definition: 'd', unit: 'percent', decimals: 1, levels: ['commune', 'province'], year: 2024 },
    { id: 'pop', theme: 'population', label: 'Population', definition: 'd', unit: 'people', decimals: 0, levels: ['commune', 'province'], year: 2024 },
    { id: 'women', theme: 'population', label: 'Femmes', definition: 'd', unit: 'percent', decimals: 1, levels: ['commune'], year: 2024 },
    { id: 'old', theme: 'population', label: 'Ancien', definition: 'd', unit: 'percent', decimals: 1, levels: ['commune'], year: 2014 },
    { id: 'empty', theme: 'labour', label: 'Rien', definition: 'd', unit: 'percent', decimals: 1, levels: ['commune'], year: 2024 },
  ],
  themes: { population: 'Population', education: 'Éducation', labour: 'Emploi' },
  notPublished: 'non publié à ce niveau',
};
const commune = { code: '09.001.01.01', level: 'commune' as const, name: 'Aglou', context: 'Commune rurale · Tiznit', href: '/fr/commune/aglou/' };
const province = { code: '09.001', level: 'province' as const, name: 'Tiznit', context: 'Province', href: '/fr/province/tiznit/' };

describe('comparator view', () => {
  const view = comparatorView(meta, [
    { place: commune, values: { literacy: 31.25, pop: 12345, women: 51.2, old: 3 } },
    { place: province, values: { literacy: 28, pop: 207000 } },
  ]);
  it('groups indicators by theme in the catalogue’s theme order and drops those nobody has', () => {
    expect(view.groups.map((g) => g.title)).toEqual(['Population', 'Éducation']);
    expect(view.groups[0]!.rows.map((r) => r.id)).toEqual(['pop', 'women', 'old']);
  });
  it('writes each figure in the page’s language, and says when a level is not published', () => {
    const pop = view.groups[0]!.rows[0]!;
    expect(pop.cells.map((c) => c.text)).toEqual(['12\u202f345', '207\u202f000']);
    const women = view.groups[0]!.rows[1]!;
    expect(women.cells.map((c) => c.text)).toEqual(['51,2\u202f%', 'non publié à ce niveau']);
    expect(women.cells[1]!.notPublished).toBe(true);
    expect(view.groups[1]!.rows[0]!.cells.map((c) => c.text)).toEqual(['31,3\u202f%', '28,0\u202f%']);
  });
  it('names the year of an indicator the 2024 census no longer has', () => {
    expect(view.groups[0]!.rows[2]!.label).toBe('Ancien (2014)');
  });
  it('draws one bar per territory with a value', () => {
    const svg = view.groups[0]!.rows[1]!.chart;
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(view.groups[0]!.rows[0]!.chart.match(/<rect /g)).toHaveLength(2);
  });
  it('renders the legend with links to the profiles, and escapes text', () => {
    const html = comparatorHtml(comparatorView(meta, [{ place: { ...commune, name: 'A<b>' }, values: { pop: 1 } }, { place: province, values: { pop: 2 } }]), { legend: 'L', groups: 'G' });
    expect(html).toContain('<a href="/fr/commune/aglou/">A&lt;b&gt;</a>');
    expect(html).toContain('href="#cmp-population"');
    expect(html).toContain('id="cmp-population"');
  });
});
