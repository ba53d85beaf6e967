// Embedding (issue 5): a parent page frames two charts at slide sizes; heights arrive, a set message
// moves a chart and its figure, malformed messages change nothing, and no frame scrolls.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { close, settled, useBrowser } from './harness.mjs';

const REVEAL_JS = await readFile(new URL('../../node_modules/reveal.js/dist/reveal.js', import.meta.url), 'utf8');
const REVEAL_CSS = await readFile(new URL('../../node_modules/reveal.js/dist/reveal.css', import.meta.url), 'utf8');
// Inline, so a "</script>" in a comment (embed.js shows its own use) must not close the tag.
const EMBED_JS = (await readFile(new URL('../../public/embed.js', import.meta.url), 'utf8')).replace(/<\/script/g, '<\\/script');

/** A reveal.js deck of 1920 × 1080 slides, each holding the copied embed code at one frame size. */
const deck = (frames) => `<!doctype html><html><head><meta charset="utf-8"><title>Deck</title><style>${REVEAL_CSS}</style></head><body>
<div class="reveal"><div class="slides">${frames.map((f) => `<section>${f}</section>`).join('')}</div></div>
<script>${REVEAL_JS}</script><script>${EMBED_JS}</script>
<script>window.__states = []; document.querySelectorAll('iframe').forEach(function (f, i) { tokenCost.onState(f, function (s) { window.__states.push({ i: i, s: s }); }); });
Reveal.initialize({ width: 1920, height: 1080, margin: 0, hash: false, transition: 'none', preloadIframes: true });</script></body></html>`;

/** What a frame shows as its reader sees it: scrollbars, and anything drawn outside the frame. */
const frameReport = (frame) => frame.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('main *')) {
    const b = el.getBoundingClientRect();
    if (!b.width || !b.height || getComputedStyle(el).visibility === 'hidden' || el.closest('.sr-only, details:not([open]) > :not(summary)')) continue;
    if (b.left < -1 || b.top < -1 || b.right > innerWidth + 1 || b.bottom > innerHeight + 1) out.push(`${el.tagName}.${el.getAttribute('class') ?? ''} ${(el.textContent ?? '').trim().slice(0, 30)}`);
  }
  return { scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth, outside: out.slice(0, 5),
    caption: document.querySelector('[data-testid=embed-caption]')?.textContent ?? '', size: [innerWidth, innerHeight] };
});

const { track, axe } = useBrowser();

describe('embedded charts in Chromium', () => {
  it('the copied embed code, pasted into a reveal.js deck at 800 × 450, 1280 × 720 and 1920 × 1080: nothing cut, no scrollbar, a caption of the assumptions; state messages round-trip', async () => {
    const { page } = await track('lang=zh&rent=3', { viewport: { width: 1280, height: 720 } });
    await page.locator('#levers details.share summary').click();
    const code = await page.locator('#levers textarea').inputValue();
    assert.match(code, /\?embed=levers&fit=1&lang=zh&rent=3" width="800" height="450"/);
    assert.doesNotMatch(code, /data-token-cost="auto"/, 'a slide\'s frame keeps its size');
    const sized = (w, h, i) => code.replace('width="800" height="450"', `width="${w}" height="${h}" id="f${i}"`);
    const url = new URL('deck.test.html', page.url()).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: deck([sized(800, 450, 0), sized(1280, 720, 1), sized(1920, 1080, 2)]) }));
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal?.isReady?.());
    for (const [i, [w, h]] of [[800, 450], [1280, 720], [1920, 1080]].entries()) {
      await page.evaluate((n) => window.Reveal.slide(n), i);
      const frame = await (await page.waitForSelector(`#f${i}`)).contentFrame();
      await frame.locator('#levers svg').nth(2).waitFor();
      await settled(frame);
      const r = await frameReport(frame);
      assert.deepEqual(r.size, [w, h]);
      assert.equal(r.scrolls, false, `${w} × ${h}: a scrollbar`);
      assert.deepEqual(r.outside, [], `${w} × ${h}: drawn outside the frame`);
      assert.match(r.caption, /H100.*¥21\.45\/卡时.*PUE 1\.3/, `${w} × ${h}: the assumptions under the figure`);
      for (const name of ['查看数据表', '打开完整页面']) assert.ok(await frame.getByText(name).first().isVisible(), `${w} × ${h}: ${name}`);
      // Filled to one edge or the other: a chart shorter than its slide is laid out narrower and drawn larger.
      const box = await frame.evaluate(() => { const r = document.querySelector('main.embed').getBoundingClientRect(); return [r.width, r.height]; });
      assert.ok(box[0] >= w - 2 || box[1] >= 0.97 * h, `${w} × ${h}: the chart fills the slide (${box})`);
      if (w === 1280) {
        const tick = await frame.locator('#levers text.tick').first().evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(tick >= 16, `ticks ${tick} px high at 1280 × 720 (13 px laid out at 1280)`);
      }
      if (w === 1920) {
        // Scaled to fill: the 1280 layout half as large again, so the ticks are read from the back of the room.
        const tick = await frame.locator('#levers text.tick').first().evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(tick >= 14, `ticks ${tick} px high at 1920 × 1080`);
        assert.ok(await frame.locator('#levers text.tick').count() <= 3 * 8 + 3 * 8, 'no wall of ticks');
      }
    }
    // The host moves a frame and hears its state back; a step comes with its case; get answers at once.
    const states = () => page.evaluate(() => window.__states);
    await page.evaluate(() => tokenCost.set(document.getElementById('f1'), { rent: 1.7, lang: 'en' }));
    await page.waitForFunction(() => window.__states.some((m) => m.i === 1 && m.s.rent === '1.7' && m.s.lang === 'en'));
    await page.evaluate(() => tokenCost.set(document.getElementById('f2'), { step: 4 }));
    await page.waitForFunction(() => window.__states.some((m) => m.i === 2 && m.s.step === '4'));
    const four = (await states()).filter((m) => m.i === 2 && m.s.step === '4').at(-1).s;
    assert.notEqual(four.gpu, undefined, `step 4's case names its chip: ${JSON.stringify(four)}`);
    const before = (await states()).length;
    await page.evaluate(() => tokenCost.get(document.getElementById('f0')));
    await page.waitForFunction((n) => window.__states.length > n && window.__states.at(-1).i === 0, before);
    assert.equal((await states()).at(-1).s.rent, '3', 'the untouched frame still has the link\'s rent');
  });

  it('fit 800 × 450 and 1280 × 720 frames without scrollbars, report their height, follow set messages and ignore the rest', async () => {
    const { page } = await track('lang=en', { viewport: { width: 1400, height: 1000 } });
    await page.goto(new URL('embed-demo.html', page.url()).href);
    const small = page.frameLocator('#small'), large = page.frameLocator('#large');
    await small.getByTestId('cost-per-mtok').waitFor();
    await large.locator('#anchor svg').waitFor();
    await page.waitForFunction(() => new Set(window.__heights.map((h) => h.from)).size === 2);
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.every((h) => h.height > 100 && h.height < 1000), JSON.stringify(heights));

    for (const id of ['small', 'large']) {
      const frame = page.frame({ url: id === 'small' ? /embed=cost-stack/ : /embed=anchor/ });
      const fits = await frame.evaluate(() => ({ h: document.documentElement.scrollHeight <= innerHeight, w: document.documentElement.scrollWidth <= innerWidth }));
      assert.deepEqual(fits, { h: true, w: true }, `${id} frame has no scrollbars`);
      // A line chart grows or gives up height to fill its slide: at most a few pixels are left under it.
      // (The cost stack has no line chart: its frame keeps what the chart does not use.)
      const spare = await frame.evaluate(() => innerHeight - document.querySelector('.embed').getBoundingClientRect().height);
      assert.ok(spare >= 0 && (id === 'small' || spare < 12), `${id} frame is filled (${spare} px spare)`);
      assert.deepEqual(await axe(frame), [], `axe in the ${id} frame`);
    }
    const smallFrame = page.frame({ url: /embed=cost-stack/ });
    assert.equal(await smallFrame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.frame({ url: /embed=anchor/ }).evaluate(() => document.documentElement.lang), 'zh-CN');

    const cost = () => smallFrame.getByTestId('cost-per-mtok').getAttribute('data-usd').then(Number);
    close(await cost(), (2.35 + 0.05) / 5.56668);
    // Malformed or foreign messages: nothing moves.
    await page.evaluate(() => {
      const w = document.getElementById('small').contentWindow;
      for (const m of [null, 'rent=9', { type: 'token-cost:set', state: 'rent=9' }, { type: 'other:set', state: { rent: 9 } },
        { type: 'token-cost:set', state: { rent: { toString: 1 } } }, { type: 'token-cost:set', state: [9] }, { type: 'token-cost:set', state: { embed: 'levers' } }]) w.postMessage(m, '*');
    });
    // Messages are tasks in the frame: once a frame's message after them has run, they have been handled.
    await smallFrame.evaluate(() => new Promise((ok) => { addEventListener('message', () => ok(), { once: true }); postMessage('probe', '*'); }));
    await settled(smallFrame);
    close(await cost(), (2.35 + 0.05) / 5.56668);
    // A set message: a $4.70 rent (power inside it); the figure and the bar follow.
    const axisEnd = () => smallFrame.locator('text.tick').last().textContent();
    assert.equal(await axisEnd(), '$0.50');
    await page.evaluate(() => window.tokenCost.set(document.getElementById('small'), { rent: 4.7 }));
    await smallFrame.waitForFunction(() => document.querySelector('[data-testid=cost-per-mtok]').textContent === '$0.853'); // 4.75 / 5.56668
    close(await cost(), (4.7 + 0.05) / 5.56668);
    await settled(smallFrame);
    assert.equal(await axisEnd(), '$1.00', 'the chart\'s axis followed the figure');
    // Out of range is clamped like a link: rent 99 → $15.
    await page.evaluate(() => window.tokenCost.set(document.getElementById('small'), { rent: 99, lang: 'zh' }));
    await smallFrame.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    close(await cost(), (15 + 0.05) / 5.56668);
    // The link out opens the full explainer in the same state.
    const href = await smallFrame.getByRole('link').last().getAttribute('href');
    assert.match(href, /rent=15/);
    assert.match(href, /lang=zh/);
  });

  it('a chart taller than a small slide gives up height to fit it, and its long Chinese axis labels stay inside', async () => {
    const { page } = await track('embed=story-training&lang=zh&theme=projector', { viewport: { width: 800, height: 450 }, ready: '#story-training svg' });
    await settled(page);
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), 'no scrollbar at 800 × 450');
    // In layout pixels: what the chart still could not give up is then drawn a little smaller, not cut off.
    const plot = Number(await page.locator('#story-training .wrap').evaluate((el) => el.offsetHeight));
    assert.deepEqual((await frameReport(page.mainFrame())).outside, [], 'all of it inside the frame');
    assert.ok(plot >= 150 && plot < Number(await page.locator('#story-training .wrap').getAttribute('data-fill')), `the chart gave up height, and kept at least 150 px: ${plot}`);
    const overhang = await page.locator('#story-training svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return Math.max(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right - box.right));
    });
    assert.ok(overhang <= 1, `no label runs past the chart's right edge (${overhang} px)`);
    assert.match(await page.locator('#story-training svg').textContent(), /万万亿/);
    // In yuan the $500M line at the shortest life is ¥36万 per million tokens: the axis is scaled with the
    // currency, so no line is cut off flat along the top of the plot (it was, at ¥10万).
    const topY = await page.locator('#story-training svg').evaluate((svg) => {
      const ys = [...svg.querySelectorAll('path.line')].flatMap((p) => [...p.getAttribute('d').matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1])));
      return Math.min(...ys);
    });
    assert.ok(topY > 12 + 1, `the highest point of any line (${topY} px) lies below the plot's top (12 px)`);
  });
  it('the tasks chart labels what a thousand tasks cost, legible on a slide; its table keeps one task\'s', async () => {
    const { page } = await track('embed=story-tasks&lang=en', { viewport: { width: 1280, height: 720 }, ready: '#story-tasks svg' });
    await settled(page);
    // An e-mail of 300 tokens, one part prompt to two of answer: 200 output tokens at $0.431 per million is
    // $0.0000862, its 100 prompt tokens within the benchmark's own share; a thousand of them, $0.086.
    const text = await page.locator('#story-tasks svg').textContent();
    assert.match(text, /\$0\.086(?!\d)/);
    assert.doesNotMatch(text, /\$0\.0000/, 'no label written to six decimals');
    await page.getByText('Show the data table').click();
    assert.match(await page.locator('#story-tasks table').textContent(), /0\.000086/);
  });

  it('on a slide the anchor chart keeps its plot as tall as the claims beside it, with sliders or a projector\'s type, and the lever note stays inside its plot', async () => {
    for (const query of ['embed=anchor&fit=1&controls=1&lang=en', 'embed=anchor&fit=1&theme=projector&lang=zh']) {
      const { page } = await track(query, { viewport: { width: 1280, height: 720 }, ready: '#anchor svg' });
      await settled(page);
      const box = await page.evaluate(() => ({ drawing: document.querySelector('#anchor .drawing').offsetHeight, aside: document.querySelector('#anchor .aside').offsetHeight,
        svg: document.querySelector('#anchor svg').height.baseVal.value, scrolls: document.documentElement.scrollHeight > innerHeight }));
      // The claims hold the row's height: shrinking the plot beside them bought the frame nothing (it fell to 150 px, its plot to ~90).
      // (Within a tenth: laid out wider once its height is set, the claims may wrap into fewer lines.)
      assert.ok(box.drawing >= 0.9 * box.aside && box.svg > 260 && !box.scrolls, `${query}: ${JSON.stringify(box)}`);
    }
    // At the 800 × 450 the embed code offers, the claims stack under the plot: the plot keeps most of its
    // height (it fell to 150 px, its plot to about 60) and the whole is drawn smaller to fit.
    for (const lang of ['en', 'zh']) {
      const small = (await track(`embed=anchor&fit=1&lang=${lang}`, { viewport: { width: 800, height: 450 }, ready: '#anchor svg' })).page;
      await settled(small);
      const fit = await small.evaluate(() => {
        const wrap = document.querySelector('#anchor [data-fill]');
        return { plot: wrap.offsetHeight, own: Number(wrap.dataset.fill), scrolls: document.documentElement.scrollHeight > innerHeight,
          bottom: Math.max(...[...document.querySelectorAll('#anchor *')].map((e) => e.getBoundingClientRect().bottom)) };
      });
      assert.ok(fit.plot >= 0.7 * fit.own - 1 && !fit.scrolls && fit.bottom <= 450 + 1, `${lang}: ${JSON.stringify(fit)}`);
    }
    const { page } = await track('embed=levers&fit=1&lang=en', { viewport: { width: 1280, height: 720 }, ready: '#levers svg' });
    await settled(page);
    const fits = await page.evaluate(() => {
      const svg = document.querySelector('#levers svg'), grid = svg.querySelector('line.grid').getBoundingClientRect(), note = svg.querySelector('.flat-note').getBoundingClientRect();
      const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.getBoundingClientRect());
      return { inside: note.left >= grid.left - 1 && note.right <= grid.right + 1, clearOfTicks: ticks.every((t) => t.right <= note.left || t.left >= note.right || t.bottom <= note.top || t.top >= note.bottom) };
    });
    assert.deepEqual(fits, { inside: true, clearOfTicks: true });
  });
});
