// The story (issue 4) as a reader uses it: scrolling through every step in both languages, step links,
// live numbers dragged and keyed, "back to the story's values", keyboard-only reading, axe over every step.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, costUsd, placed, settled, useBrowser } from './harness.mjs';

const { track, axe } = useBrowser();
// Cost per million tokens = hourly cost / (tokens/s × 3600 × 0.7) × 1e6, by hand for each scene:
const SCENE_COST = {
  2: (2.35 + 0.05) / (2209 * 3600 * 0.7) * 1e6, // H100 contract, west China
  3: (2.35 + 0.05) / (2209 * 3600 * 0.7) * 1e6, // the same at ¥1.5 (Europe)
  4: (4.08 + 0.05) / (6920 * 3600 * 0.7) * 1e6, // B200 spot, Virginia power
};
const current = (page) => page.locator('.steps-nav a[aria-current=step]').evaluate((a) => Number(a.href.match(/step=(\d)/)[1])).catch(() => 0);
const scrollTo = (page, n) => page.evaluate((n) => document.getElementById(`step-${n}`).scrollIntoView({ block: 'start' }), n);

describe('the story in Chromium', () => {
  for (const lang of ['en', 'zh']) {
    it(`scrolls through all eight steps in ${lang}: each becomes current, sets its scene, its chart shows it, and axe finds nothing`, async () => {
      const { page } = await track(`lang=${lang}`, { reducedMotion: 'reduce' });
      assert.equal(await current(page), 0, 'opening the page changes nothing');
      const opened = await costUsd(page);
      for (let n = 1; n <= 8; n++) {
        await scrollTo(page, n);
        await page.waitForFunction((n) => document.querySelector('.steps-nav a[aria-current=step]')?.href.includes(`step=${n}`), n);
        if (SCENE_COST[n]) close(await costUsd(page), SCENE_COST[n]);
        if (n === 3) assert.match(await page.locator('#story-places').textContent(), lang === 'en' ? /Europe/ : /欧洲/);
        if (n === 1) close(await costUsd(page), opened); // step 1 sets nothing
        const scene = page.locator(`#step-${n} .scene`);
        // A scene is drawn as it comes near the screen (the next frame after the scroll): wait for it.
        await scene.locator('svg, table, .claim').first().waitFor({ timeout: 5000 });
        await page.waitForFunction((n) => location.search.includes(`step=${n}`), n);
      }
      // Scenes once built stay built: the whole page, every step's words and scene, once at the end.
      assert.deepEqual(await axe(page), [], 'axe at the end of the story');
      // Step 8's checker has its verdicts.
      assert.equal(await page.getByTestId('story-claim-agents').getAttribute('data-verdict'), 'wrong');
      assert.equal(await page.getByTestId('story-claim-cost70').getAttribute('data-verdict'), 'notHere');
      assert.equal(await page.getByTestId('story-claim-idc').getAttribute('data-verdict'), 'unlike');
    });
  }

  it('in Chinese, a live count in 万 or 亿 meets the words after it with no gap, as digits do not', async () => {
    const { page } = await track('lang=zh&step=5', { ready: '#step-5 .scene svg' });
    // 10¹⁵ tokens over the model's life is 1000万亿 (count in format/number.ts); the message has "{{life}} 个词元".
    const text = (await page.locator('#step-5 .text').textContent()).replace(/\s+/g, ' ');
    assert.match(text, /1000万亿个词元/);
    assert.match(text, /1 亿至 5 亿美元/, 'a space between a digit and a character stays');
  });

  it('a step link opens that step and its scene; a link that also carries settings keeps them', async () => {
    const { page } = await track('lang=zh&step=4', { ready: '#step-4 .scene svg' });
    await placed(page);
    await page.waitForFunction(() => document.querySelector('.steps-nav a[aria-current=step]')?.href.includes('step=4'));
    const top = await page.locator('#step-4').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 100, `step 4 is at the top of the screen: ${top}`);
    assert.match(await page.locator('#step-4 h3').textContent(), /效率/);
    // The explorer below shows the step's scene (a jump to its heading makes no step current). The link's
    // place is held until the scenes above it have arrived (scroll.ts) unless the reader moves first:
    // the wheel is that move, so the jump is not undone (it was, now and then, on a busy machine).
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 40);
    await page.locator('#explorer').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    close(await costUsd(page), SCENE_COST[4]);

    // Down to the explorer once the link's place is reached and kept: scrolled there before, a busy machine
    // could see the step put back at the top after it, and the explorer, no longer near, never load.
    const shared = await track('lang=en&step=4&rent=3', { ready: '#step-4 .scene svg' });
    await placed(shared.page);
    await shared.page.locator('#explorer').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shared.page.getByTestId('cost-per-mtok').waitFor();
    close(await costUsd(shared.page), (3 + 0.05) / (2209 * 3600 * 0.7) * 1e6);
    assert.equal(await shared.page.locator('input[type=range][name=rent]').inputValue(), '3');
  });

  it('links into the explorer land there once its code has arrived: a shared #explorer link, and the story\'s link to the efficiency panel', async () => {
    const linked = await track('lang=en&rent=3#explorer', { ready: '[data-testid=eff-result]' });
    await placed(linked.page);
    const top = await linked.page.locator('#explorer').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 60, `the explorer is at the top of the screen: ${top}`);
    assert.equal(await linked.page.locator('input[type=range][name=rent]').inputValue(), '3', 'the link\'s settings stand');

    const { page } = await track('lang=en', { ready: '#step-1 svg' });
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.locator('#step-8').waitFor({ state: 'attached' });
    await settled(page); // the observers have reported by then
    assert.equal(await page.locator('.layout').count(), 0, 'the explorer is not built before the reader comes near it');
    assert.deepEqual(fetched.filter((u) => /Explorer|EfficiencyPanel/.test(u)), [], 'nor is its code fetched');
    await page.locator('.steps-nav a').nth(3).click();
    await page.getByRole('link', { name: /efficiency panel/ }).click();
    await page.getByTestId('eff-result').waitFor();
    await page.waitForFunction(() => Math.abs(document.getElementById('efficiency').getBoundingClientRect().top) < 60);
    assert.equal(await page.evaluate(() => location.hash), '#efficiency');
  });

  it('a link to a story chart (#story-claims, #story-price) lands on that chart, drawn, with the link\'s settings left as they were', async () => {
    for (const [id, step] of [['story-claims', 8], ['story-price', 6]]) {
      const { page } = await track(`lang=en&rent=3#${id}`, { ready: `#${id}` });
      // Put at the top again once the scenes above it have arrived (scroll.ts).
      await placed(page);
      await settled(page);
      const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(Math.abs(top) < 60, `#${id} is at the top of the screen and stays there: ${top}`);
      assert.ok(await page.locator(`#step-${step} .scene`).evaluate((el, id) => el.contains(document.getElementById(id)), id), `#${id} is step ${step}'s scene`);
      assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('rent')), '3', 'no scene was set over the link\'s settings');
    }
  });

  it('a lone input price below the cost of reading the prompts says so beside its dot, and stops saying so when it is not', async () => {
    const notes = async (query) => {
      const { page } = await track(`${query}#story-price`, { ready: '#story-price svg' });
      await settled(page);
      return page.locator('#story-price text.note').allTextContents();
    };
    // At the defaults the input cost is $0.136 a million: the $0.0699 and $0.112 input prices are under it.
    const under = await notes('lang=en');
    assert.ok(under.includes('$0.0699, below the input cost') && under.includes('$0.112, below the input cost'), JSON.stringify(under));
    // A cheap GPU that reads fast ($0.50 an hour, 20,000 tokens/s) makes reading cheaper than either price.
    const over = await notes('lang=en&rent=0.5&tps=20000');
    assert.ok(over.includes('$0.0699') && over.includes('$0.112') && !over.some((n) => /below/.test(n)), JSON.stringify(over));
  });

  it('a claim names its report in full, and the name is a link to the report\'s entry in the sources list', async () => {
    const { page } = await track('lang=en#story-claims', { ready: '#story-claims' });
    const who = page.getByTestId('story-claim-cost70').locator('.who a');
    assert.equal(await who.textContent(), 'Hong Kong investor article (HK-TE)');
    await placed(page);
    await who.click();
    // The sources list is the explorer's: its code loads, then the page goes to the entry.
    await page.waitForFunction(() => Math.abs(document.getElementById('source-hk-te')?.getBoundingClientRect().top ?? 1e9) < 80, null, { timeout: 6000 });
    assert.match(await page.locator('#source-hk-te').textContent(), /The rise of the token economy/);
    assert.equal(await page.evaluate(() => location.hash), '#source-hk-te');
  });

  it('dragging a live number moves the slider and the charts; the keys move it too; "back to the story\'s values" restores the scene', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    await page.locator('.steps-nav a').nth(1).click(); // step 2
    close(await costUsd(page), SCENE_COST[2]);
    const reset = page.getByTestId('reset-2');
    assert.equal(await reset.isDisabled(), true, 'at the story\'s values');

    const live = page.locator('#step-2').getByTestId('live-rent');
    await live.scrollIntoViewIfNeeded();
    const box = await live.boundingBox();
    const bar = await page.locator('#story-cost rect.part.hardware').getAttribute('width');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    // 60 px of a 300 px drag across $0–$15 is +$3: $2.35 → $5.35.
    const rent = Number(await page.locator('input[type=range][name=rent]').inputValue());
    close(rent, 5.35, 0.01);
    close(await costUsd(page), (rent + 0.05) / (2209 * 3600 * 0.7) * 1e6);
    assert.equal(await live.getAttribute('aria-valuetext'), `$${rent.toFixed(2)}`);
    assert.notEqual(await page.locator('#story-cost rect.part.hardware').getAttribute('width'), bar, 'the story\'s chart followed');
    assert.equal(await reset.isDisabled(), false);

    const tps = page.locator('#step-2').getByTestId('live-tps');
    await tps.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight'); // ×10^(5/100) per key: 2,209 × 10^0.5 ≈ 6,990
    close(Number(await page.locator('input[type=range][name=tps]').evaluate((el) => 10 ** Number(el.value))), 2209 * 10 ** 0.5, 0.01);

    const mine = await costUsd(page);
    await reset.click();
    close(await costUsd(page), SCENE_COST[2]);
    assert.equal(await reset.isDisabled(), true);
    await page.getByTestId('mine-2').click();
    close(await costUsd(page), mine);
    close(Number(await page.locator('input[type=range][name=rent]').inputValue()), rent);
  });

  it('the reader\'s values are theirs: the whole story scrolled by wheel and by touch keeps them and the link; a step\'s case comes when asked for, and "back to my settings" returns', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce', hasTouch: true });
    await page.locator('.steps-nav a').nth(1).click(); // step 2, and its scene
    close(await costUsd(page), SCENE_COST[2]);
    const live = page.locator('#step-2').getByTestId('live-rent');
    await live.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const rent = await page.locator('input[type=range][name=rent]').inputValue();
    assert.notEqual(Number(rent), 2.35);
    const yours = await costUsd(page);
    const linkRent = () => page.evaluate(() => new URLSearchParams(location.search).get('rent'));
    await page.waitForFunction((r) => Math.abs(Number(new URLSearchParams(location.search).get('rent')) - Number(r)) < 1e-9, rent);
    const linked = await linkRent();

    // The wheel, a notch a frame, to the end of the story: every step becomes current and sets nothing.
    const frame = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.mouse.move(300, 400);
    const seen = new Set();
    for (let i = 0; i < 200 && !seen.has(8); i++) {
      await page.mouse.wheel(0, 300);
      await frame();
      seen.add(await current(page));
    }
    assert.ok([3, 4, 5, 6, 7, 8].every((n) => seen.has(n)), `steps seen: ${[...seen]}`);
    close(await costUsd(page), yours);
    assert.equal(await page.locator('input[type=range][name=rent]').inputValue(), rent);
    assert.equal(await linkRent(), linked, 'the link keeps the reader\'s rent');
    const n = await current(page);
    assert.match(await page.getByTestId(`yours-${n}`).textContent(), /your settings/);

    // A swipe up that starts on a live number scrolls the page and leaves the number alone.
    const number = page.locator(`#step-${n} [role=slider]`).first();
    await number.scrollIntoViewIfNeeded();
    const before = { y: await page.evaluate(() => scrollY), text: await number.textContent() };
    const box = await number.boundingBox();
    // A finger as it really moves: a little askew within the touch slop (the page sees those moves), then down.
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2), y = Math.round(box.y + box.height / 2);
    const path = [1, 2, 3, 4].map((i) => [x + 3 * i, y + 3 * i]).concat([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [x + 12 + i, y + 12 + 40 * i]));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (const [px, py] of path) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: px, y: py }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // A busy machine may take a few frames to finish the pan.
    await page.waitForFunction((y) => scrollY < y - 100, before.y, { timeout: 3000 }).catch(() => undefined);
    assert.ok(await page.evaluate(() => scrollY) < before.y - 100, 'the page scrolled');
    assert.equal(await number.textContent(), before.text, 'the number did not move');
    close(await costUsd(page), yours);

    // This step's case, asked for; then back to the reader's own.
    const m = await current(page);
    await page.getByTestId(`reset-${m}`).click();
    await page.getByTestId('acknowledgement').filter({ hasText: `Step ${m}’s case is on the charts; “Back to my settings” returns yours.` }).waitFor();
    assert.notEqual(await page.locator('input[type=range][name=rent]').inputValue(), rent);
    await page.getByTestId(`mine-${m}`).click();
    await page.getByTestId('acknowledgement').filter({ hasText: 'Your settings are back.' }).waitFor();
    assert.equal(await page.locator('input[type=range][name=rent]').inputValue(), rent);
    close(await costUsd(page), yours);
    await page.waitForFunction((r) => new URLSearchParams(location.search).get('rent') === r, linked);
  });

  it('explains each technical term where it first appears, by keyboard, pointer and screen reader, and lists them all under the sources', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    const pue = page.locator('#step-2 [data-term=pue]');
    await pue.focus();
    const tip = page.locator(`#${await pue.getAttribute('aria-describedby')}`);
    assert.ok(await tip.isVisible(), 'focus shows the definition');
    assert.match(await tip.textContent(), /Power usage effectiveness/);
    await page.keyboard.press('Escape');
    assert.equal(await tip.isVisible(), false, 'Escape hides it, focus staying');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.term), 'pue');
    await page.locator('#step-4 [data-term=kvCache]').hover();
    assert.ok(await page.locator('#step-4 .term:hover [role=tooltip]').isVisible(), 'a pointer shows it too');
    const listed = await page.locator('#glossary dt').allTextContents();
    assert.deepEqual(listed.slice(0, 3), ['PUE', 'CAPEX', 'OPEX']);
    assert.equal(listed.length, 12);
  });

  it('reads with the keyboard alone: a step from the list, its heading focused, its live number moved with the arrows', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    let label = '';
    for (let i = 0; i < 12 && !label.includes('Which lever'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    assert.match(label, /Which lever/, 'the step list is reached by Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-3-title');
    close(await costUsd(page), SCENE_COST[3]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'live-elec');
    await page.keyboard.press('PageDown'); // a tenth of $0–$0.50: −$0.05
    const elec = Number(await page.locator('input[type=range][name=elec]').inputValue());
    close(elec, 1.5 / 7.15 - 0.05, 0.01);
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(focusVisible, 'none', 'focus is visible');
  });

  it('a step chosen from the list lands already showing its own scene\'s numbers, from the first frame', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce', ready: '#step-1 .scene svg' });
    await page.locator('#step-8').waitFor({ state: 'attached' });
    // Step 4's rent (the B200's spot rent, $4.08) as the first frame after the click paints it, far below where the reader was.
    const first = await page.evaluate(() => new Promise((done) => {
      document.querySelector('.steps-nav a[href*="step=4"]').click();
      requestAnimationFrame(() => done(document.querySelector('#step-4 [data-testid=live-rent]').textContent));
    }));
    assert.equal(first, '$4.08');
    await settled(page);
    assert.equal(await page.locator('#step-4 [data-testid=live-rent]').textContent(), '$4.08');
  });

  it('prints every step with its chart, every number current, and leaves the controls off paper', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    // A change made just before printing: the formula at the page's foot, out of sight, goes on paper with it.
    const printed = await page.evaluate(() => {
      const rent = document.querySelector('input[type=range][name=rent]');
      rent.value = '4.7';
      rent.dispatchEvent(new Event('input', { bubbles: true }));
      dispatchEvent(new Event('beforeprint'));
      return document.querySelector('[data-testid=formula]').textContent;
    });
    assert.match(printed, /× 1,000,000 = \$0\.853\.$/); // (4.70 + 0.05) / 5.56668
    const pdf = await page.pdf();
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    assert.deepEqual(await page.locator('.step .scene').evaluateAll((els) => els.map((e) => e.querySelector('svg, .claim') !== null)), Array(8).fill(true));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.controls').evaluate((el) => getComputedStyle(el).display), 'none');
    assert.equal(await page.locator('.steps-nav').evaluate((el) => getComputedStyle(el).display), 'none');
  });
});
