// Embedding (issue 5): a parent page frames two charts at slide sizes; heights arrive, a set message
// moves a chart and its figure, malformed messages change nothing, and no frame scrolls.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, settled, useBrowser } from './harness.mjs';

const { track, axe } = useBrowser();

describe('embedded charts in Chromium', () => {
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
    const plot = Number(await page.locator('#story-training .wrap').evaluate((el) => el.getBoundingClientRect().height));
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
});
