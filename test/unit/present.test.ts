// A lecture's slides and clicks (src/present/slides.ts), the two windows' messages (lecture.ts) and the
// QR code every slide picture carries (qr.ts), decoded here by an independent reader (jsQR).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { ALL_SLIDES, DEFAULT_SLIDES, lectureSettings, next, parseSlides, placeAt, prev, slidesParam, slideToken, type Place } from '../../src/present/slides';
import { elapsed, placeFrom, placeMessage } from '../../src/present/lecture';
import { qrOf } from '../../src/present/qr';

describe('parseSlides(raw)', () => {
  it('reads the lecturer\'s choice in their order, repeats kept, unknown tokens dropped', () => {
    expect(parseSlides('title,3,cost-stack,3,END').map(slideToken)).toEqual(['title', '3', 'cost-stack', '3', 'end']);
    expect(parseSlides(' 8 , levers ,9,0,<b>,anchor').map(slideToken)).toEqual(['8', 'levers', 'anchor']);
  });
  it('gives the default lecture (title, eight steps, end) for nothing usable', () => {
    for (const raw of [null, '', 'x,y', ',,,']) expect(parseSlides(raw)).toEqual(DEFAULT_SLIDES);
    expect(DEFAULT_SLIDES.map(slideToken)).toEqual(['title', '1', '2', '3', '4', '5', '6', '7', '8', 'end']);
  });
  it('writes the default as nothing, and any other choice so it reads back the same', () => {
    expect(slidesParam(DEFAULT_SLIDES)).toBe('');
    fc.assert(fc.property(fc.array(fc.constantFrom(...ALL_SLIDES), { minLength: 1, maxLength: 20 }), (chosen) => {
      const raw = slidesParam(chosen);
      expect(parseSlides(raw || null)).toEqual(chosen);
    }));
  });
});

describe('lectureSettings(query)', () => {
  it('keeps every setting, B\'s too, and drops the story\'s step: each step slide sets its own', () => {
    expect(lectureSettings('lang=zh&elec=0.042&step=3&cmp=1&b_rent=4.08').toString()).toBe('lang=zh&elec=0.042&cmp=1&b_rent=4.08');
    expect(lectureSettings('step=8').toString()).toBe('');
  });
});

describe('next and prev', () => {
  const frags = [1, 3, 1, 7, 1];
  const f = (i: number) => frags[i];
  it('walk every fragment of every slide, and back the same way', () => {
    const walk: Place[] = [{ slide: 0, frag: 0 }];
    for (;;) { const n = next(walk[walk.length - 1], frags.length, f); if (n === walk[walk.length - 1]) break; walk.push(n); }
    expect(walk.length).toBe(1 + 3 + 1 + 7 + 1);
    expect(walk[2]).toEqual({ slide: 1, frag: 1 });
    const back = [walk[walk.length - 1]];
    for (;;) { const p = prev(back[back.length - 1], f); if (p === back[back.length - 1]) break; back.push(p); }
    expect(back.reverse()).toEqual(walk);
  });
  it('stay at either end', () => {
    expect(prev({ slide: 0, frag: 0 }, f)).toEqual({ slide: 0, frag: 0 });
    expect(next({ slide: 4, frag: 0 }, 5, f)).toEqual({ slide: 4, frag: 0 });
  });
  it('placeAt reads a 1-based slide= and clamps it', () => {
    expect(placeAt('3', 10)).toEqual({ slide: 2, frag: 0 });
    expect(placeAt('99', 10)).toEqual({ slide: 9, frag: 0 });
    for (const bad of [null, '', 'x', '-4', 'Infinity']) expect(placeAt(bad, 10).slide, String(bad)).toBeLessThanOrEqual(9);
    expect(placeAt('x', 10)).toEqual({ slide: 0, frag: 0 });
    // An older presenter link names a step: its slide, wherever the lecture has it.
    expect(placeAt(null, 10, DEFAULT_SLIDES, 5)).toEqual({ slide: 5, frag: 0 });
    expect(placeAt(null, 3, parseSlides('title,7,end'), 7)).toEqual({ slide: 1, frag: 0 });
    expect(placeAt(null, 3, parseSlides('title,7,end'), 2)).toEqual({ slide: 0, frag: 0 });
  });
});

describe('the windows\' messages', () => {
  it('round-trip a place for the same lecture only, clamped', () => {
    expect(placeFrom(placeMessage({ slide: 4, frag: 2 }, 'title,4'), 'title,4', 10)).toEqual({ slide: 4, frag: 2 });
    expect(placeFrom(placeMessage({ slide: 4, frag: 2 }, 'title,4'), '', 10)).toBeNull();
    expect(placeFrom({ type: 'token-cost:place', slide: 40, frag: -3, slides: '' }, '', 10)).toEqual({ slide: 9, frag: 0 });
    for (const bad of [null, 'x', 3, [], { type: 'token-cost:place', slide: '1', frag: 0, slides: '' }, { type: 'other', slide: 1, frag: 0, slides: '' }, { type: 'token-cost:place', slide: 1.5, frag: 0, slides: '' }]) {
      expect(placeFrom(bad, '', 10)).toBeNull();
    }
  });
  it('the timer reads minutes and seconds, hours once there are any', () => {
    expect(elapsed(0)).toBe('0:00');
    expect(elapsed(65_900)).toBe('1:05');
    expect(elapsed(3_729_000)).toBe('1:02:09');
  });
});

describe('qrOf(link)', () => {
  /** The path's unit squares drawn into an RGBA image, `px` pixels a module, as a camera would see it. */
  function image(link: string, px = 4) {
    const q = qrOf(link);
    const w = q.size * px;
    const data = new Uint8ClampedArray(w * w * 4).fill(255);
    for (const m of q.d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
      const [x, y] = [Number(m[1]), Number(m[2])];
      for (let dy = 0; dy < px; dy++) for (let dx = 0; dx < px; dx++) {
        const i = ((y * px + dy) * w + x * px + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
    return { data, w, q };
  }
  it('decodes to the link it was made from, quiet zone and all', () => {
    for (const link of ['https://example.org/token/?lang=zh&elec=0.042&rent=2.35&tps=2209', 'http://127.0.0.1:4173/explainer/sub/?lang=zh-Hant&slides=title,3,levers,end']) {
      const { data, w, q } = image(link);
      expect(jsQR(data, w, w)?.data).toBe(link);
      // Four light modules all round: no square in the first or last four rows or columns.
      for (const m of q.d.matchAll(/M(\d+) (\d+)/g)) for (const v of [Number(m[1]), Number(m[2])]) expect(v >= 4 && v < q.size - 4).toBe(true);
    }
  });
});

describe('pdfOf(pages)', async () => {
  const { pdfOf } = await import('../../src/present/pdf');
  it('writes one page a picture, 16:9, with a cross-reference table that points at every object', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    const bytes = pdfOf([{ jpeg, widthPx: 1920, heightPx: 1080 }, { jpeg, widthPx: 1920, heightPx: 1080 }]);
    const s = new TextDecoder('latin1').decode(bytes);
    expect(s.startsWith('%PDF-1.4\n')).toBe(true);
    expect(s.trimEnd().endsWith('%%EOF')).toBe(true);
    expect([...s.matchAll(/\/Type \/Page /g)].length).toBe(2);
    expect(s).toContain('/Count 2 /Kids [3 0 R 6 0 R]');
    expect(s).toContain('/MediaBox [0 0 960 540]');
    expect(s).toContain(`/Filter /DCTDecode /Length ${jpeg.length}`);
    const xref = Number(s.match(/startxref\n(\d+)/)![1]);
    expect(s.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...s.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBe(8);
    offsets.forEach((o, i) => expect(s.slice(o, o + String(i + 1).length + 6)).toBe(`${i + 1} 0 obj`));
  });
});

describe('the deck\'s zip writer (src/present/zip.ts)', async () => {
  const { default: Zip, crc32 } = await import('../../src/present/zip');
  // Node's own require: the build aliases 'jszip' to the writer under test.
  const JSZip = (await import('node:module')).createRequire(import.meta.url)('jszip');
  it('writes an archive an independent reader (JSZip) opens, names in folders, text as UTF-8, base64 decoded', async () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926); // the standard check value
    const z = new Zip();
    z.folder('ppt').folder('slides').file('slide1.xml', '<a:t>造一个词元</a:t>');
    z.file('[Content_Types].xml', '<Types/>');
    z.folder('ppt/media').file('image1.png', 'iVBORw0KGgo=', { base64: true });
    const bytes = await z.generateAsync({ type: 'uint8array' }) as Uint8Array;
    const back = await JSZip.loadAsync(bytes);
    expect(Object.keys(back.files).sort()).toEqual(['[Content_Types].xml', 'ppt/media/image1.png', 'ppt/slides/slide1.xml']);
    expect(await back.file('ppt/slides/slide1.xml')!.async('string')).toBe('<a:t>造一个词元</a:t>');
    expect([...await back.file('ppt/media/image1.png')!.async('uint8array')]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
