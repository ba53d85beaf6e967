// What a slider input lays out: only the boxes whose text it changed (ui/Steady.svelte, the sliders'
// thumbs and typed boxes, the charts' SVGs), never the document from its root, which is what made the
// frame of an input dear (docs/performance.md, 2026-12-05). And the price of it: a Steady box takes its
// height from a copy held while the page moves, so once the page is still every box must hold its text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBrowser } from './harness.mjs';

const { track } = useBrowser();

/**
 * documentLayouts(page, name, presses): of `presses` key presses on slider `name`, each from a point across its
 * range, how many were followed by a layout from the document's root (read from Chromium's trace).
 */
async function documentLayouts(page, name, presses = 16) {
  const slider = page.locator(`input[type=range][name=${name}]`);
  await slider.focus();
  await settled(page);
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (let i = 0; i < presses; i++) {
    await slider.evaluate((el, f) => new Promise((done) => {
      el.value = String(Number(el.min) + f * (Number(el.max) - Number(el.min)));
      requestAnimationFrame(() => requestAnimationFrame(done));
    }), (i + 0.5) / presses);
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  assert.equal(inputs.length, presses, 'one input event a key press');
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.tid === inputs[0].tid);
  const fromRoot = layouts.filter((l) => (l.args?.endData?.layoutRoots ?? []).some((r) => r.nodeName === '#document'));
  return { inputs: inputs.length, layouts: layouts.length, fromRoot: fromRoot.length };
}

describe('a slider input lays out only what it changed', () => {
  for (const [what, query, viewport, names] of [
    ['wide', 'lang=en', { width: 1280, height: 800 }, ['elec', 'rent', 'tps']],
    ['a phone, in Chinese', 'lang=zh', { width: 390, height: 844 }, ['elec', 'tps']],
    ['compare mode', 'lang=en&cmp=1&b_gpu=b200&b_rent=4.08', { width: 1280, height: 800 }, ['rent', 'b_rent']],
  ]) {
    it(`${what}: ${names.join(', ')}`, async () => {
      const { page } = await track(`${query}#explorer`, { viewport, reducedMotion: 'reduce' });
      for (const name of names) {
        const n = await documentLayouts(page, name);
        // Before the boxes were laid out on their own, every input laid the document out from its root.
        // A rare one still does (a chip's pressed state, an observer's report); most must not.
        assert.ok(n.layouts >= n.inputs, `${name}: each input is laid out (${n.layouts} layouts)`);
        assert.ok(n.fromRoot <= n.inputs / 8, `${name}: ${n.fromRoot} of ${n.inputs} inputs laid the document out from its root`);
      }
    });
  }
});

/** overflowing(page): the Steady boxes whose live text does not fit the height they took, with their text. */
const overflowing = (page) => page.evaluate(() => [...document.querySelectorAll('.steady')].flatMap((box) => {
  const live = box.querySelector(':scope > .live');
  const over = live.scrollHeight - box.getBoundingClientRect().height;
  return over > 1 ? [`${Math.round(over)} px over: ${live.textContent.trim().slice(0, 80)}`] : [];
}));

describe('once the page is still, every box holds its text', () => {
  for (const [lang, width] of [['en', 320], ['zh', 320], ['zh-Hant', 390], ['en', 1280], ['zh', 1920]]) {
    it(`${lang} at ${width} px, the sliders at both ends, compare mode on`, async () => {
      const { page } = await track(`lang=${lang}&cmp=1&b_gpu=b200#explorer`, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      await settled(page);
      assert.deepEqual(await overflowing(page), [], 'as opened');
      for (const key of ['End', 'Home']) {
        for (const name of ['elec', 'rent', 'tps', 'b_tps']) {
          await page.locator(`input[type=range][name=${name}]`).focus();
          // A drag's worth of presses, then the other end at once: the held copies catch up at the pause.
          for (let i = 0; i < 5; i++) await page.keyboard.press(key === 'End' ? 'PageUp' : 'PageDown');
          await page.keyboard.press(key);
        }
        await settled(page);
        assert.deepEqual(await overflowing(page), [], `every slider at its ${key}`);
      }
    });
  }
});
