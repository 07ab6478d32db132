// What a social network reads when a profile is shared: every built profile page (three
// languages) names a share image by an absolute address, the image is in dist/, a 1200×630
// PNG, one per territory, and its description is in the page's language.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { SITE_URL } from '../../src/lib/site/config.ts';

interface Territory { code: string; level: string; slug: string; name_fr: string; name_ar: string }
let profiles: Territory[] = [];

beforeAll(async () => {
  profiles = tableFromIPC(await readFile('public/data/territories.arrow')).toArray()
    .map((r) => r.toJSON() as Territory)
    .filter((x) => ['commune', 'province', 'region'].includes(x.level));
});

async function metaOf(lang: string, x: Territory) {
  // The head only: a profile's body is large and the tags are all in the head.
  const html = await readFile(`dist/${lang}/${x.level}/${x.slug}/index.html`, 'utf8');
  const { document } = parseHTML(html.slice(0, html.indexOf('</head>')) + '</head><body></body></html>');
  const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
  return { image: meta('og:image'), alt: meta('og:image:alt'), card: meta('twitter:card'), twitterImage: meta('twitter:image') };
}

const fileOf = (url: string) => `dist${url.slice(SITE_URL.length)}`;

describe('share images of the profiles', () => {
  it('covers every commune, province and the region', () => {
    expect(profiles.filter((x) => x.level === 'commune').length).toBe(175);
    expect(profiles.filter((x) => x.level === 'region').length).toBe(1);
  });

  it('every profile page, in each language, names an existing 1200×630 PNG by an absolute address', async () => {
    const images = new Map<string, string>();
    for (const x of profiles) {
      for (const lang of ['fr', 'ar', 'en']) {
        const m = await metaOf(lang, x);
        expect(m.image, `${lang} ${x.slug}`).toMatch(new RegExp(`^${SITE_URL.replace(/\./g, '\\.')}/og/[^/]+\\.png$`));
        expect(m.twitterImage).toBe(m.image);
        expect(m.card).toBe('summary_large_image');
        // One image per territory, the same whatever the page's language.
        if (images.has(x.code)) expect(m.image).toBe(images.get(x.code));
        images.set(x.code, m.image!);
      }
    }
    expect(new Set(images.values()).size).toBe(profiles.length);
    for (const url of images.values()) {
      const file = fileOf(url);
      expect(existsSync(file), file).toBe(true);
      const bytes = await readFile(file);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
  });

  it('two territories get different pictures: the highlighted area is not the same', async () => {
    const tiznit = profiles.find((x) => x.level === 'commune' && x.name_fr === 'Tiznit')!;
    const region = profiles.find((x) => x.level === 'region')!;
    const teal = async (x: Territory) => {
      const png = PNG.sync.read(await readFile(fileOf((await metaOf('fr', x)).image!)));
      let n = 0;
      // The map half only (x < 620): the text column's figure is drawn in the same colour.
      for (let y = 10; y < png.height; y++) { // below the band across the top
        for (let px = 0; px < 620; px++) {
          const i = (y * png.width + px) * 4;
          if (png.data[i] === 0x0b && png.data[i + 1] === 0x5f && png.data[i + 2] === 0x7a) n++;
        }
      }
      return n;
    };
    const [small, whole] = [await teal(tiznit), await teal(region)];
    expect(small).toBeGreaterThan(0);
    expect(whole).toBeGreaterThan(50 * small);
  });

  it('describes the image in the page\'s language, naming the territory', async () => {
    for (const x of profiles.filter((_, i) => i % 20 === 0)) {
      const [fr, ar, en] = [await metaOf('fr', x), await metaOf('ar', x), await metaOf('en', x)];
      expect(fr.alt).toContain(x.name_fr);
      expect(fr.alt).toMatch(/^Carte de la région/);
      expect(en.alt).toMatch(/^Map of the/);
      expect(ar.alt).toContain(x.name_ar);
      expect(ar.alt).toMatch(/^خريطة/);
      // No French or English word in the Arabic text (digits are Latin on Arabic pages).
      expect(ar.alt!.replace(x.name_ar, '')).not.toMatch(/[A-Za-z]/);
    }
  });
});
