// Presenter mode (issues 5 and 19): a lecture on a 16:9 stage scaled to any window, one fragment a click,
// nothing outside the stage, no text too small to read from the back of a room; the speaker view drives
// the audience's window; axe clean in the projector and dark themes, in every language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, settled, useBrowser } from './harness.mjs';

const { track, axe } = useBrowser();
const title = (page) => page.locator('#present-title').textContent();
const count = (page) => page.locator('.present-count').first().textContent();
const at = (page) => page.locator('.stage-slide').evaluate((el) => `${el.dataset.slide}.${el.dataset.frag}`);

/**
 * stageReport(page): how the stage sits in the window and what on it could not be read — text outside
 * the stage (or outside the chart box it is clipped to), and the smallest text as drawn on screen.
 */
const stageReport = (page) => page.evaluate(() => {
  const stage = document.querySelector('.audience .stage');
  const r = stage.getBoundingClientRect();
  const out = [];
  let minPx = Infinity;
  const inside = (b, o) => b.left >= o.left - 1 && b.right <= o.right + 1 && b.top >= o.top - 1 && b.bottom <= o.bottom + 1;
  for (const el of stage.querySelectorAll('*')) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest('.sr-only')) continue;
    const b = el.getBoundingClientRect();
    if (!b.width || !b.height) continue;
    // Font size times the scale this element is drawn at (the stage's and any shrink of its chart).
    const host = el instanceof SVGElement ? el.ownerSVGElement.parentElement : el;
    const px = parseFloat(getComputedStyle(el).fontSize) * (host.getBoundingClientRect().width / host.offsetWidth);
    minPx = Math.min(minPx, px);
    const box = el.closest('.scene')?.getBoundingClientRect() ?? r;
    if (!inside(b, r) || !inside(b, box)) out.push(el.textContent.trim().slice(0, 40));
  }
  const controls = [...stage.querySelectorAll('button, details, select, input, textarea')].filter((c) => c.getBoundingClientRect().width > 0).length;
  return { fill: Math.max(r.width / innerWidth, r.height / innerHeight), within: r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1,
    outside: out, minPx, controls, scroll: document.documentElement.scrollHeight > innerHeight };
});

/** turn(page, key): one click of the clicker; resolves once the stage shows the new place and has fitted its chart. */
async function turn(page, key) {
  const before = await at(page);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => { const el = document.querySelector('.stage-slide'); return el && `${el.dataset.slide}.${el.dataset.frag}` !== b; }, before, { timeout: 5000 }).catch(() => undefined);
  await page.evaluate(() => new Promise((ok) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(ok)), 120)));
  return at(page);
}

describe('presenter mode in Chromium', () => {
  for (const [w, h, lang] of [[1920, 1080, 'en'], [1920, 1080, 'zh'], [1280, 720, 'zh-Hant'], [3840, 2160, 'en']]) {
    it(`a ${w} × ${h} window in ${lang}: Page Down walks every fragment of every slide and Page Up walks back; the stage fills the window, nothing leaves it${h === 1080 ? ', no text under 18 px' : ''}`, async () => {
      const { page } = await track(`present=1&lang=${lang}`, { viewport: { width: w, height: h }, ready: '#present-title', reducedMotion: 'reduce' });
      await page.locator('.stage-slide[data-slide=title]').waitFor();
      const walk = [await at(page)];
      const placesScale = [];
      for (let i = 0; i < 60; i++) {
        const r = await stageReport(page);
        // Step 3's chart (three places' bars) is shorter than its side of the slide: it is drawn larger, to its foot.
        if (walk.at(-1).startsWith('3.')) placesScale.push(await page.evaluate(() => Number(getComputedStyle(document.querySelector('.scene .fit')).scale) || 1));
        assert.ok(r.fill >= 0.9 && r.within, `${walk.at(-1)}: the stage fills ${r.fill} of the window's limiting side`);
        assert.deepEqual(r.outside, [], `${walk.at(-1)}: text outside the stage`);
        assert.equal(r.controls, 0, `${walk.at(-1)}: web controls on the stage`);
        assert.equal(r.scroll, false, `${walk.at(-1)}: the window scrolls`);
        if (h === 1080) assert.ok(r.minPx >= 18 - 0.01, `${walk.at(-1)}: text at ${r.minPx.toFixed(1)} px`);
        if (w === 3840) assert.ok(r.minPx >= 36 - 0.02, `${walk.at(-1)}: text at ${r.minPx.toFixed(1)} px on a 4K screen`);
        const now = await turn(page, 'PageDown');
        if (now === walk.at(-1)) break;
        walk.push(now);
      }
      // The title, each step's paragraphs one a click (the claims one claim a click), the closing slide.
      assert.ok(Math.min(...placesScale) > 1.1, `step 3's chart drawn larger: ${placesScale}`);
      assert.equal(walk[0], 'title.0');
      assert.equal(walk.at(-1), 'end.0');
      assert.ok(walk.includes('8.6') && !walk.includes('8.7'), `seven claims, one a click: ${walk.join(' ')}`);
      for (let s = 1; s <= 8; s++) assert.ok(walk.includes(`${s}.0`) && walk.includes(`${s}.1`), `step ${s} has fragments: ${walk.join(' ')}`);
      const back = [walk.at(-1)];
      for (let i = 0; i < walk.length + 2; i++) {
        const now = await turn(page, 'PageUp');
        if (now === back.at(-1)) break;
        back.push(now);
      }
      assert.deepEqual(back.reverse(), walk, 'Page Up retraces the walk');
    });
  }

  it('steps with Space and the arrows, each step setting its case; Home and End; the link keeps the place; axe is clean in the projector theme', async () => {
    const { page } = await track('present=1&lang=en&theme=projector', { viewport: { width: 1280, height: 720 }, ready: '#present-title' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'projector');
    assert.match(await count(page), /^Slide 1 of 10/);
    assert.match(await title(page), /token cost to make/);
    assert.deepEqual(await axe(page), [], 'axe at the title slide');
    await page.keyboard.press('ArrowRight');
    assert.match(await title(page), /commodity/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Space');
    assert.match(await count(page), /^Slide 3 of 10/);
    close(Number(await page.locator('#story-cost .live .big').getAttribute('data-usd')), (2.35 + 0.05) / 5.56668);
    await page.keyboard.press('End');
    assert.match(await count(page), /^Slide 10 of 10/);
    assert.equal(await page.locator('.stage-slide').getAttribute('data-slide'), 'end');
    assert.deepEqual(await axe(page), [], 'axe at the closing slide');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.getByTestId('story-claim-agents').getAttribute('data-verdict'), 'wrong', 'back from the end: step 8 as it was left, its last claim');
    await page.keyboard.press('Home');
    assert.match(await count(page), /^Slide 1 of 10/);
    await page.waitForFunction(() => location.search.includes('present=1') && location.search.includes('slide=1'));
  });

  it('a lecturer\'s own choice of slides, from the link, in its order: an explorer chart among the steps', async () => {
    const { page } = await track('present=1&lang=zh&slides=title,3,levers,end&slide=3', { viewport: { width: 1920, height: 1080 }, ready: '#present-title' });
    assert.match(await count(page), /^第 3 页，共 4 页/);
    await page.locator('.stage-slide[data-slide=levers] svg').first().waitFor();
    assert.equal(await page.locator('.stage-slide .chart svg').count(), 3, 'the three lever charts');
    assert.match(await page.locator('.stage-slide .caption').textContent(), /H100/);
    await page.keyboard.press('PageUp');
    assert.match(await page.locator('#present-title').textContent(), /杠杆|电价|电费/);
    assert.deepEqual(await axe(page), []);
  });

  it('the speaker view drives the audience\'s window, and the audience\'s keys move the speaker view; notes and a timer', async () => {
    const { page, context, errors } = await track('present=1&lang=en', { viewport: { width: 1280, height: 720 }, ready: '#present-title' });
    const speaker = await context.newPage();
    speaker.on('pageerror', (e) => errors.push(String(e)));
    speaker.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await speaker.setViewportSize({ width: 1400, height: 860 });
    await speaker.goto(page.url().replace('present=1', 'present=1&speaker=1'));
    await speaker.locator('.speaker .stage-slide').waitFor();
    await speaker.keyboard.press('PageDown');
    await page.locator('.stage-slide[data-slide="1"]').waitFor();
    await speaker.keyboard.press('PageDown');
    await page.locator('.stage-slide[data-slide="1"][data-frag="1"]').waitFor();
    assert.match(await speaker.getByTestId('speaker-notes').textContent(), /OpenRouter/, 'the whole step as notes');
    assert.match(await speaker.getByTestId('speaker-next').textContent(), /commodity/i);
    await page.keyboard.press('PageDown');
    await speaker.locator('.stage-slide[data-slide="1"][data-frag="2"]').waitFor();
    assert.match(await speaker.getByTestId('speaker-timer').textContent(), /^\d+:\d\d$/);
    assert.deepEqual(await axe(speaker), [], 'axe in the speaker view');
  });

  it('opens at a linked step in Chinese in the dark theme, keeps a live number\'s arrows for the number, and is axe-clean', async () => {
    const { page } = await track('present=1&lang=zh&step=5&theme=dark', { ready: '#present-title' });
    assert.match(await count(page), /^第 6 页，共 10 页/);
    assert.deepEqual(await axe(page), [], 'axe at step 5, dark');
    const live = page.getByTestId('live-train');
    await live.focus();
    await page.keyboard.press('ArrowRight'); // moves the number, not the step
    assert.match(await count(page), /^第 6 页，共 10 页/);
    assert.notEqual(await live.getAttribute('aria-valuenow'), '100000000');
  });

  for (const [lang, theme] of [['en', 'dark'], ['zh', 'projector']]) {
    it(`the whole page is axe-clean in ${lang} with the ${theme} theme`, async () => {
      const { page } = await track(`lang=${lang}&theme=${theme}`, { reducedMotion: 'reduce' });
      await page.evaluate(() => document.getElementById('step-2').scrollIntoView());
      await settled(page);
      assert.deepEqual(await axe(page), []);
    });
  }
});
