// The page's opening (src/opening.ts, src/head.ts): drawn into the HTML at build time, shown in the
// reader's language before any script runs, and replaced by the script with the same page, live.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, onlyRefused } from './harness.mjs';

const { track } = useBrowser();
// The page's module script refused: what a reader sees before it has arrived.
const NO_MODULE = '**/assets/index-*.js';


/** differingPixels(page, a, b, tolerance): pixels of two same-sized PNG screenshots whose channels differ by more than tolerance (the first ten). */
async function differingPixels(page, a, b, tolerance) {
  return page.evaluate(async ([a, b, tolerance]) => {
    const pixels = async (src) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return { w: img.width, data: g.getImageData(0, 0, img.width, img.height).data };
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    if (pa.data.length !== pb.data.length) return ['sizes differ'];
    const off = [];
    for (let i = 0; i < pa.data.length && off.length < 10; i += 4) {
      if ([0, 1, 2].some((k) => Math.abs(pa.data[i + k] - pb.data[i + k]) > tolerance)) off.push(`${(i / 4) % pa.w},${Math.floor(i / 4 / pa.w)}`);
    }
    return off;
  }, [a.toString('base64'), b.toString('base64'), tolerance]);
}

const shownOpenings = (page) => page.locator('.opening').evaluateAll((els) =>
  els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('lang')));

describe('the opening drawn into the HTML', () => {
  it('shows the first step and its chart in the reader\'s language before any script runs, under the page\'s own policy', async () => {
    const cases = [
      { query: 'lang=zh', viewport: { width: 1280, height: 800 }, lang: 'zh-CN', title: /词元/ },
      { query: '', locale: 'zh-CN', viewport: { width: 1024, height: 768 }, lang: 'zh-CN', title: /词元/ },
      { query: '', locale: 'zh-HK', viewport: { width: 1280, height: 720 }, lang: 'zh-Hant-HK', title: /Token/ },
      { query: 'lang=en&theme=projector', viewport: { width: 1366, height: 768 }, lang: 'en', title: /token cost/, theme: 'projector' },
      { query: 'lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', viewport: { width: 900, height: 700 }, lang: 'en', title: /token cost/ },
    ];
    for (const c of cases) {
      const p = await track(c.query, { locale: c.locale, viewport: c.viewport, bypassCSP: false, block: NO_MODULE, ready: `.opening[lang="${c.lang}"] #step-1 h3` });
      const { page } = p;
      assert.deepEqual(await shownOpenings(page), [c.lang], c.query);
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), c.theme ?? 'light');
      assert.match(await page.locator(`.opening[lang="${c.lang}"] h1`).textContent(), c.title);
      // One copy of the chart shows, the widest that fits: never wider than its box, at most 8% narrower.
      const copies = await page.locator(`.opening[lang="${c.lang}"] .opening-chart`).evaluate((box) => ({
        box: box.getBoundingClientRect().width,
        shown: [...box.querySelectorAll('svg')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => Number(s.getAttribute('width'))),
      }));
      assert.equal(copies.shown.length, 1, JSON.stringify(copies));
      assert.ok(copies.shown[0] <= copies.box && copies.shown[0] >= copies.box * 0.92, `${c.query}: ${JSON.stringify(copies)}`);
      onlyRefused(p);
    }
  });

  it('is not shown for a link that asks for more than a language and a theme: that page is drawn by the script', async () => {
    for (const query of ['lang=en&elec=0.1', 'embed=cost-stack', 'present=1', 'lang=zh&step=3', '#explorer', 'lang=en#step-2']) {
      const p = await track(query, { block: NO_MODULE, ready: '' });
      assert.deepEqual(await shownOpenings(p.page), [], query);
      assert.equal(await p.page.evaluate(() => document.documentElement.dataset.opening), 'none', query);
      onlyRefused(p);
    }
  });

  it('is what a reader without script sees, in English, with the note in both languages', async () => {
    const { page } = await track('', { javaScriptEnabled: false, ready: 'h1' });
    assert.deepEqual(await shownOpenings(page), ['en']);
    assert.match(await page.locator('h1').first().textContent(), /What does a token cost to make/);
    assert.ok(await page.locator('.opening[lang=en] #step-1 svg[width="705"]').isVisible(), 'the chart at 1280 px');
    assert.match(await page.locator('#app').textContent(), /needs JavaScript. 本页需要启用 JavaScript/);
  });

  it('is replaced by the script with the same page, pixel for pixel, drawn first and live after', async () => {
    for (const lang of ['en', 'zh']) {
      const before = await track(`lang=${lang}`, { bypassCSP: false, block: NO_MODULE, ready: `.opening[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"] #step-1 svg[width="705"]` });
      const drawn = await before.page.screenshot();
      onlyRefused(before);

      const { page } = await track(`lang=${lang}`, { bypassCSP: false, ready: '#step-8' });
      assert.equal(await page.locator('.opening').count(), 0, 'the opening is gone');
      // The script's chart is the one in the page; the opening's, painted unless the script beat the first
      // paint (a busy machine may run it first), was painted before it.
      // The live chart's entry comes once its paint is presented, which on a busy machine can be after
      // #step-8 is built: entries are gathered until it has come (or two seconds have passed).
      const timings = await page.evaluate(() => new Promise((ok) => {
        const seen = [];
        const done = (o) => { o.disconnect(); ok(seen); };
        const o = new PerformanceObserver((l) => {
          seen.push(...l.getEntries().filter((e) => e.identifier === 'first-chart').map((e) => ({ at: e.renderTime, live: e.element?.isConnected ?? false })));
          if (seen.some((e) => e.live)) done(o);
        });
        o.observe({ type: 'element', buffered: true });
        setTimeout(() => done(o), 2000);
      }));
      const [live, ...gone] = [...timings].sort((a, b) => Number(b.live) - Number(a.live));
      assert.ok(live?.live && gone.length <= 1 && gone.every((g) => !g.live && g.at < live.at), JSON.stringify(timings));
      await page.evaluate(() => window.scrollTo(0, 0));
      const shot = await page.screenshot();
      // Pixel for pixel, up to the rasteriser's own rounding: Chromium may anti-alias a rounded corner one
      // level apart between two paints of the same page (seen: 32 pixels, each channel off by 1).
      const off = drawn.equals(shot) ? [] : await differingPixels(page, drawn, shot, 2);
      assert.deepEqual(off, [], `${lang}: the live page differs from its opening`);
    }
  });
});
