import { describe, expect, it } from 'vitest';
import { composeSvg, creditLines, csvWithCredits } from '../../src/lib/explorer/exports.ts';
import { explorerView, newestOnly } from '../../src/lib/explorer/view.ts';
import { MISSING_COLOUR } from '../../src/lib/palette.ts';
import { contentAddress, dataUrl } from '../../src/lib/data/addresses.ts';

describe('explorer view', () => {
  const rows = [
    { code: 'b', value: 2 }, { code: 'a', value: 5 }, { code: 'c', value: null }, { code: 'd', value: 2 },
  ];
  it('ranks territories with a value, highest first, ties by code, and leaves the missing one unranked', () => {
    const view = explorerView(rows, { palette: 'sequential', method: 'quantile', classes: 3 });
    expect(view.ranked.map((r) => r.code)).toEqual(['a', 'b', 'd']);
    expect([...view.rank]).toEqual([['a', 1], ['b', 2], ['d', 3]]);
    expect(view.missing).toBe(1);
  });
  it('gives every territory a colour, the missing one the missing colour, and equal values the same colour', () => {
    // Equal intervals over 1…10 in three classes: [1, 4), [4, 7), [7, 10].
    const more = [...rows.map((r) => (r.code === 'a' ? { ...r, value: 10 } : r)), { code: 'e', value: 1 }, { code: 'f', value: 6 }];
    const view = explorerView(more, { palette: 'sequential', method: 'equal', classes: 3 });
    expect(view.colours.size).toBe(6);
    expect(view.colours.get('b')).toBe(view.colours.get('d'));
    expect(view.colours.get('b')).toBe(view.colours.get('e'));
    expect(new Set([view.colours.get('a'), view.colours.get('f'), view.colours.get('b')]).size).toBe(3);
    expect(view.colours.get('c')).toBe(MISSING_COLOUR);
    expect(view.legend.map((e) => e.count)).toEqual([3, 1, 1]);
  });
});

describe('newest answer only', () => {
  it('drops an answer that arrives after a newer request began', async () => {
    const requests = newestOnly();
    const drawn: string[] = [];
    const ask = async (name: string, delay: number) => {
      const id = requests.begin();
      await new Promise((r) => setTimeout(r, delay));
      if (requests.isCurrent(id)) drawn.push(name);
    };
    // The slow first query resolves last: without the guard it would overwrite the second.
    await Promise.all([ask('older', 30), ask('newer', 5)]);
    expect(drawn).toEqual(['newer']);
  });
});

describe('exports carry their credits', () => {
  const lines = creditLines({ title: 'T', period: '2024', unit: '%', source: 'HCP, RGPH 2024', licence: '© OpenStreetMap contributors (ODbL), HCP CC BY 4.0' },
    { period: 'Period', unit: 'Unit', source: 'Source', licence: 'Licence' }, ': ');
  it('names period, unit, source and licence', () => {
    expect(lines).toEqual(['Period: 2024', 'Unit: %', 'Source: HCP, RGPH 2024', 'Licence: © OpenStreetMap contributors (ODbL), HCP CC BY 4.0']);
  });
  it('puts them in a # header block above an untouched CSV', () => {
    const csv = csvWithCredits('Women (2024)', lines, 'code,value\r\n09.001,51.2');
    const [header, body] = [csv.split('\r\n').filter((l) => l.startsWith('#')), csv.split('\r\n').filter((l) => !l.startsWith('#'))];
    expect(header).toEqual(['# Women (2024)', ...lines.map((l) => `# ${l}`)]);
    expect(body).toEqual(['code,value', '09.001,51.2']);
  });
  it('writes title, legend and credits into the SVG, escaped', () => {
    const svg = composeSvg({ title: 'A < B', legend: [{ colour: '#123456', text: '1 – 2' }], lines, figure: { width: 500, height: 100, markup: '<g/>' }, rtl: false, font: 'sans-serif' });
    expect(svg).toContain('A &lt; B');
    expect(svg).toContain('fill="#123456"');
    for (const l of lines) expect(svg).toContain(l.replace('&', '&amp;'));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});

describe('data addresses', () => {
  it('names a copy by its content, keeping the extension', () => {
    expect(contentAddress('boundaries/souss-massa.topojson', 'abcdef0123456789ffff')).toBe('h/abcdef0123456789.topojson');
  });
  it('falls back to the stable path without a manifest entry', () => {
    expect(dataUrl({ version: '1', files: { 'census.arrows': '/data/h/x.arrows' } }, 'census.arrows')).toBe('/data/h/x.arrows');
    expect(dataUrl(undefined, 'census.arrows')).toBe('/data/census.arrows');
  });
});
