// Faults and races, as a reader or a host page meets them: the last change wins while a language loads,
// a language that cannot load says so and keeps the page's own, only the page holding a frame may move
// it, and a cost of zero reads as nothing to pay.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, costUsd, onlyRefused, settled, useBrowser } from './harness.mjs';

const { track } = useBrowser();
const DEFAULT_COST = (2.35 + 0.05) / 5.56668;

/** handled(frame): resolves once the messages posted into the frame so far have been handled (they are tasks, run in order). */
const handled = (frame) => frame.evaluate(() => new Promise((ok) => { addEventListener('message', () => ok(), { once: true }); postMessage('probe', '*'); }));

/** slowChinese(page, ms): the Chinese words arrive ms late. */
const slowChinese = (page, ms) => page.route('**/messages-zh-*.json', async (route) => {
  await new Promise((ok) => setTimeout(ok, ms));
  await route.continue();
});

describe('faults and races in Chromium', () => {
  it('clicking 中文 then English before the Chinese words arrive ends in English, and stays there when they come', async () => {
    const { page } = await track('lang=en');
    await slowChinese(page, 800);
    const arrived = page.waitForResponse('**/messages-zh-*.json');
    await page.getByRole('button', { name: '简体' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await arrived; // the Chinese words have arrived meanwhile
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.locator('html[data-settled]').waitFor({ state: 'attached' });
    assert.ok(!page.url().includes('lang=zh'), page.url());
  });

  it('a language that cannot load says so in both languages, keeps the page in its own, and can be tried again', async () => {
    const p = await track('lang=en');
    const { page } = p;
    await page.route('**/messages-zh-*.json', (route) => route.abort());
    await page.getByRole('button', { name: '简体' }).click();
    const note = page.getByTestId('language-failed');
    await note.waitFor();
    assert.match(await note.textContent(), /could not be loaded.*中文内容未能加载/s);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    onlyRefused(p); // nothing thrown, nothing unhandled: only the browser's note of the refused file
    // The network comes back: trying again switches.
    await page.unroute('**/messages-zh-*.json');
    await note.getByRole('button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.equal(await page.getByTestId('language-failed').count(), 0, 'the note goes once the language has loaded');
  });

  it('set messages into a frame apply in order while its language loads: the last value and the last language win', async () => {
    const { page } = await track('lang=en', { viewport: { width: 1000, height: 700 }, ready: '' });
    await slowChinese(page, 600);
    const url = new URL('?embed=cost-stack&lang=en', page.url()).href;
    await page.setContent(`<iframe id="f" src="${url}" width="800" height="450"></iframe>`);
    const frame = page.frameLocator('#f');
    await frame.getByTestId('cost-per-mtok').waitFor();
    const post = (msgs) => page.evaluate((msgs) => { for (const m of msgs) document.getElementById('f').contentWindow.postMessage({ type: 'token-cost:set', state: m }, '*'); }, msgs);
    const inFrame = page.frame({ url: /embed=cost-stack/ });
    // A language then the other: the frame ends in the second.
    const arrived = page.waitForResponse('**/messages-zh-*.json');
    await post([{ lang: 'zh' }, { lang: 'en' }]);
    await arrived;
    await settled(inFrame);
    assert.equal(await inFrame.evaluate(() => document.documentElement.lang), 'en');
    // A language with a rent, then a rent alone: both apply, in order.
    await post([{ lang: 'zh', rent: 5 }, { rent: 7 }]);
    await inFrame.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await inFrame.waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid=cost-per-mtok]').dataset.usd) - 7.05 / 5.56668) < 1e-9);
  });

  it('a frame takes set messages from the page that holds it only, and from a pinned host\'s origin only', async () => {
    const { page } = await track('lang=en', { viewport: { width: 1000, height: 700 }, ready: '' });
    const base = page.url();
    await page.setContent(`<iframe id="f" src="${new URL('?embed=cost-stack&lang=en', base).href}" width="800" height="450"></iframe>
      <iframe id="other" srcdoc="<p>another frame</p>" width="10" height="10"></iframe>`);
    const inFrame = () => page.frame({ url: /embed=cost-stack/ });
    await page.frameLocator('#f').getByTestId('cost-per-mtok').waitFor();
    const cost = () => inFrame().getByTestId('cost-per-mtok').getAttribute('data-usd').then(Number);
    // From a sibling frame: ignored.
    await page.evaluate(() => document.getElementById('other').contentWindow.eval(
      "parent.document.getElementById('f').contentWindow.postMessage({ type: 'token-cost:set', state: { rent: 9 } }, '*')"));
    await handled(inFrame());
    await settled(inFrame());
    close(await cost(), DEFAULT_COST);
    // From the parent: applied.
    await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ type: 'token-cost:set', state: { rent: 9 } }, '*'));
    await inFrame().waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid=cost-per-mtok]').dataset.usd) - 9.05 / 5.56668) < 1e-9);

    // Pinned to another origin than this page's: the parent's messages are ignored too.
    await page.setContent(`<iframe id="f" src="${new URL('?embed=cost-stack&lang=en&host=https://slides.example', base).href}" width="800" height="450"></iframe>`);
    await page.frameLocator('#f').getByTestId('cost-per-mtok').waitFor();
    await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ type: 'token-cost:set', state: { rent: 9 } }, '*'));
    await handled(inFrame());
    await settled(inFrame());
    close(await cost(), DEFAULT_COST);
  });

  for (const [what, query, block, place] of [
    ['step 4\'s chart', 'lang=en&step=4', '**/EfficiencyChart-*.js*', '#step-4'],
    ['step 8\'s claim checker', 'lang=zh&step=8', '**/ClaimChecker-*.js*', '#step-8'],
  ]) {
    it(`a page opened at ${what} whose code cannot load says so in its place, and the rest works`, async () => {
      const p = await track(query, { block, ready: `${place} [data-testid=piece-failed]` });
      const { page } = p;
      assert.equal(await page.locator('.failed[role=alert]').filter({ hasText: /could not load|未能加载/ }).count(), 1, 'one piece says it failed');
      assert.ok((await page.locator(`${place} h3`).textContent()).length > 0, 'the step\'s words are there');
      assert.equal(await page.getByText('This page could not load').count(), 0);
      onlyRefused(p);
      // The explorer still loads and answers.
      await page.locator('#explorer').evaluate((el) => el.scrollIntoView());
      await page.getByTestId('cost-per-mtok').waitFor();
      // The code is reachable again: trying again draws the chart.
      await page.unroute(block);
      // Back at the step (a scene is drawn only near the screen), trying again draws the chart.
      await page.locator(place).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.locator(`${place} [data-testid=piece-failed] button`).click();
      await page.locator(`${place} .scene svg, ${place} .scene .claim`).first().waitFor();
    });
  }

  it('presenter mode whose code cannot load falls back to the page, and says a part could not load', async () => {
    const p = await track('lang=en&present=1', { block: '**/Present-*.js*', ready: '[data-testid=piece-failed-note]' });
    assert.ok(await p.page.locator('#step-1').count() === 1, 'the story is there');
    onlyRefused(p);
  });

  it('an efficiency panel or an export whose code cannot load says so in its place; the explorer works on', async () => {
    const p = await track('lang=en', { block: '**/{EfficiencyPanel,ExportTools}-*.js*' });
    const { page } = p;
    await page.locator('#charts [data-testid=piece-failed]').waitFor();
    await page.locator('input[type=range][name=rent]').focus();
    const before = await costUsd(page);
    await page.keyboard.press('ArrowRight');
    assert.ok(await costUsd(page) > before, 'the sliders still move the cost');
    await page.locator('#cost-stack details.share summary').click();
    await page.locator('#cost-stack').getByText('The export could not load').waitFor();
    onlyRefused(p);
  });

  it('offline after loading, scrolling through the story leaves no promise rejected and unhandled', async () => {
    const p = await track('lang=en', { ready: '#step-1 svg' });
    const { page, context } = p;
    await page.evaluate(() => { window.__rejections = 0; addEventListener('unhandledrejection', () => { window.__rejections++; }); });
    await context.setOffline(true);
    for (let n = 2; n <= 8; n++) {
      await page.evaluate((n) => document.getElementById(`step-${n}`).scrollIntoView({ block: 'start' }), n);
      await page.waitForTimeout(150);
    }
    await page.locator('#explorer').evaluate((el) => el.scrollIntoView());
    await page.locator('[data-testid=piece-failed]').first().waitFor();
    await settled(page);
    assert.equal(await page.evaluate(() => window.__rejections), 0);
    assert.ok(await page.locator('[data-testid=piece-failed]').count() > 0, 'the pieces that could not load say so');
    onlyRefused(p);
  });

  /** overflow(page): how far the page and the explorer's first chart reach past the window, px. */
  const overflow = (page) => page.evaluate(() => ({
    page: document.documentElement.scrollWidth - innerWidth,
    chart: Math.round(document.getElementById('cost-stack').getBoundingClientRect().right - innerWidth),
  }));
  const resizeThrough = async (page, widths, pauseMs) => {
    for (const width of widths) { await page.setViewportSize({ width, height: 800 }); await page.waitForTimeout(pauseMs); }
    await page.locator('html[data-settled]').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  };
  const steps = (from, to, by) => Array.from({ length: Math.floor((from - to) / by) + 1 }, (_, i) => from - i * by);

  // The other modes: an embedded chart (with its controls, and a story chart) and presenter mode.
  for (const [query, chart] of [['embed=cost-stack&controls=1&lang=zh', 'cost-stack'], ['embed=story-demand&lang=en', 'story-demand'],
    ['present=1&step=6&lang=en', 'story-price']]) {
    it(`widths follow the window in ${query.split('&')[0]} as it narrows step by step and storms`, async () => {
      const { page } = await track(query, { viewport: { width: 1280, height: 800 }, ready: `#${chart} svg` });
      const reach = () => page.evaluate((id) => ({
        page: document.documentElement.scrollWidth - innerWidth,
        chart: Math.round(document.getElementById(id).getBoundingClientRect().right - innerWidth),
      }), chart);
      await resizeThrough(page, steps(1280, 360, 20), 16);
      let o = await reach();
      assert.ok(o.page <= 0 && o.chart <= 0, `narrowed to 360 px in 20 px steps: ${JSON.stringify(o)}`);
      let seed = 7;
      const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
      await resizeThrough(page, [...Array.from({ length: 150 }, () => 320 + Math.round(random() * 1600)), 640], 0);
      o = await reach();
      assert.ok(o.page <= 0 && o.chart <= 0, `after a storm, at 640 px: ${JSON.stringify(o)}`);
      assert.deepEqual(await page.evaluate(() => window.__windowErrors), [], 'no ResizeObserver loop, no error');
    });
  }

  for (const lang of ['en', 'zh']) {
    it(`widths follow the window as it narrows step by step, widens and storms (${lang})`, async () => {
      const { page } = await track(`lang=${lang}#explorer`, { viewport: { width: 1280, height: 800 } });
      await resizeThrough(page, steps(1280, 600, 20), 16);
      assert.deepEqual(await overflow(page), { page: 0, chart: Math.min(0, (await overflow(page)).chart) }, 'narrowed to 600 px in 20 px steps');
      assert.ok((await overflow(page)).chart <= 0);
      await resizeThrough(page, [2560, ...steps(2560, 320, 112)], 16);
      assert.equal((await overflow(page)).page, 0, 'narrowed from 2560 to 320 px in 112 px steps');
      // A storm of 300 random widths, then one last.
      let seed = 20261201;
      const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
      await resizeThrough(page, [...Array.from({ length: 300 }, () => 320 + Math.round(random() * 2240)), 700], 0);
      const o = await overflow(page);
      assert.ok(o.page === 0 && o.chart <= 0, JSON.stringify(o));
    });
  }

  it('no window error event (a ResizeObserver loop among them) while any embed or mode loads', async () => {
    const EMBEDS = ['cost-stack', 'levers', 'anchor', 'story-demand', 'story-places', 'story-efficiency', 'story-training', 'story-price', 'story-tasks'];
    const pages = [...EMBEDS.flatMap((c) => [`embed=${c}&lang=en`, `embed=${c}&controls=1&lang=zh`]), 'lang=en&present=1', 'lang=zh&step=4', 'lang=en'];
    const seen = [];
    for (const q of pages) {
      const p = await track(q, { viewport: { width: 1280, height: 900 }, ready: '' });
      await settled(p.page);
      seen.push(...(await p.page.evaluate(() => window.__windowErrors)).map((m) => `${q}: ${m}`));
    }
    assert.deepEqual(seen, []);
  });

  for (const lang of ['en', 'zh']) {
    it(`a cost of zero reads as nothing to pay (${lang}), with no ∞ and no shares of nothing`, async () => {
      const { page } = await track(`lang=${lang}&rent=0&elec=0&opex=0`);
      assert.equal(await costUsd(page), 0);
      const unit = await page.getByTestId('tokens-per-unit').textContent();
      assert.match(unit, lang === 'en' ? /Nothing to pay/ : /没有任何花费/);
      assert.equal(await page.getByTestId('share-electricity').textContent(), '—');
      const text = await page.locator('#explorer').evaluate((el) => el.closest('main')?.innerText ?? document.body.innerText);
      assert.ok(!text.includes('∞'), 'no ∞ where a sentence expects a number');
      // The axis is still an axis: it has ticks beyond zero.
      assert.ok(await page.locator('#cost-stack text.tick').count() >= 2);
    });
  }
});
