// The share card's layout: names fitted to the text column, text escaped, Arabic hyphens
// drawn with the glyph the Arabic font has, and small territories ringed so they can be seen.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { boxOf, cardFrame, cardMap, fittingSize, TEXT_COLUMN, textLine } from '../../src/lib/share-card.ts';

const square = (x0: number, y0: number, side: number): Feature<Polygon> => ({
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side], [x0, y0]]] },
});

describe('share card', () => {
  it('keeps a name that fits at the largest size', () => {
    expect(fittingSize(() => 300, 66)).toBe(66);
  });

  it('shrinks a name twice the column to half the size (width grows with the size)', () => {
    expect(fittingSize((size) => (size / 66) * 2 * TEXT_COLUMN.width, 66)).toBe(33);
  });

  it('never goes below the smallest size', () => {
    expect(fittingSize(() => 10 * TEXT_COLUMN.width, 66, 30)).toBe(30);
  });

  it('escapes names and writes Arabic hyphens as U+2011', () => {
    expect(textLine("M'barek & <fils>", 'latin', 40, 100)).toContain('M&#39;barek &#38; &#60;fils&#62;');
    const arabic = textLine('سوس-ماسة', 'arabic', 40, 100);
    expect(arabic).toContain('سوس\u2011ماسة');
    expect(arabic).toContain('direction="rtl"');
  });

  it('rings a highlighted area smaller than a thumb, not a large one', () => {
    const features = [square(-10, 29, 2), square(-9.99, 29.99, 0.01)];
    const frame = cardFrame(features);
    const areas = features.map((f) => ({ d: frame.path(f), role: 'base' as const }));
    expect(cardMap(frame, areas, boxOf(frame, features[1]!))).toContain('<circle');
    expect(cardMap(frame, areas, boxOf(frame, features[0]!))).not.toContain('<circle');
    expect(cardMap(frame, areas)).not.toContain('<circle');
  });
});
