// The explorer as a reader uses it, in real headless Chromium on the production build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, costUsd, elecShare, placed, settled, useBrowser, onlyRefused } from './harness.mjs';

const { track, axe } = useBrowser();

/** A page's visible text with every disclosure open, less the language switch (each language is named in itself). */
async function visibleText(page) {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const sw = document.querySelector('.switch');
    sw.style.display = 'none';
    const text = document.body.innerText;
    sw.style.display = '';
    return text;
  });
}
// Names and units a Chinese page keeps in Latin letters: products, models, publishers, units, report short names,
// and the reports' own words in their verbatim quotations (HK-TE writes "100tokens", "年 tokens 量").
const LATIN_OK = /^(KV|HBM|GB|TB|TFLOPS|MBU|MFU|Meta|Hugging|Face|OpenAI|gpt|oss|A22B|GPU|GPUs|IT|token|tokens|GPT|Sonnet|OpenRouter|G|NVIDIA|AMD|Huawei|Instinct|SXM|DGX|NVL72|GB200|B200|H100|H200|H800|H20|A100|MI300X|Ascend|910C|Llama|DeepSeek|Qwen|FP8|FP4|FP16|INT8|TensorRT|LLM|MLPerf|Inference|MLCommons|PUE|OPEX|CAPEX|kWh|HK|TE|CPS|Price|DW|SR|SemiAnalysis|Ornn|Compute|Blackwell|EIA|Eurostat|Epoch|AI|LMSYS|CloudMatrix384|Token|SiliconFlow|shared|design|cost|model|md|training|trends|Overview|V3|R1|JavaScript|K|M|B|T|v0|v4|x|Anthropic|Opus|Pro|GLM-5|GLM|API|IDC|MaaS|Vera|Rubin|Hopper|GTC|Wind|MaaS|SVG|PNG|CSV|iframe|Uptime|Institute|Claude|CloudMatrix|Cushman|Wakefield|inferecon|MoE|PowerPoint|Keynote|Google|Page|Down|Up|Home|End|S|F|pptx|pdf|GIF|QR)$/;

describe('the explorer in Chromium', () => {
  it('opens on the defaults: $0.431 per million tokens, electricity 2.9% of a cloud rent that includes it', async () => {
    const { page } = await track('lang=en');
    close(await costUsd(page), 2.4 / 5.56668);
    close(await elecShare(page), 0.0695455 / 2.4);
    assert.equal(await page.getByTestId('cost-per-mtok').textContent(), '$0.431');
  });

  it('with the power inside the rent, the electricity lever\'s flat line says why; billed on top, it rises and the note goes', async () => {
    const { page } = await track('lang=en#levers', { ready: '#levers svg', reducedMotion: 'reduce' });
    const note = page.locator('#levers .flat-note');
    await note.waitFor();
    assert.equal(await note.textContent(), 'Flat: power is in the rent');
    const ys = (d) => [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    const flat = ys(await page.locator('#levers .line.cost').first().getAttribute('d'));
    assert.equal(Math.max(...flat) - Math.min(...flat), 0, 'one height across the range');
    await page.getByRole('radio', { name: 'Billed on top' }).first().check();
    await note.waitFor({ state: 'detached' });
    await page.waitForFunction(() => { const d = document.querySelector('#levers .line.cost').getAttribute('d'); return !/^M[\d.]+,([\d.]+)(L[\d.]+,\1)+$/.test(d); });
    const rising = ys(await page.locator('#levers .line.cost').first().getAttribute('d'));
    assert.ok(rising[0] - rising[rising.length - 1] > 10, `the cost rises with the power price: ${rising[0]} → ${rising.at(-1)} px`);
  });

  it('follows the electricity slider while the thumb is dragged with the mouse (power billed on top)', async () => {
    const { page } = await track('lang=en&power=billed');
    const slider = page.locator('input[type=range][name=elec]');
    // The explorer sits below the story: scroll to it as a reader would, and let the story's scenes
    // that leave the screen settle before taking the thumb's position.
    await slider.scrollIntoViewIfNeeded();
    await settled(page);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    const from = box.x + 8 + ((box.width - 16) * 0.042) / 0.5;
    const markerBefore = await page.locator('#levers .marker').first().getAttribute('cx');
    const before = await costUsd(page);
    await page.mouse.move(from, y);
    await page.mouse.down();
    const seen = [];
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(from + ((box.x + box.width * 0.8 - from) * i) / 8, y);
      seen.push(await costUsd(page)); // read while the button is still down
    }
    await page.mouse.up();
    assert.ok(seen.every((v, i) => i === 0 || v >= seen[i - 1]), `cost rises monotonically during the drag: ${seen}`);
    assert.ok(seen[3] > before, `the figure moved before the mouse was released: ${before} → ${seen}`);
    const after = await costUsd(page);
    const elec = Number(await slider.inputValue());
    assert.ok(elec > 0.35 && elec < 0.45, `thumb near 80%: ${elec}`);
    // The figure is the model at the slider's value: (2.35 + 1.6575·elec + 0.05) / 5.56668.
    close(after, (2.4 + 1.6575 * elec) / 5.56668);
    assert.notEqual(await page.locator('#levers .marker').first().getAttribute('cx'), markerBefore);
    assert.ok((await elecShare(page)) > 0.2);
  });

  it('moves the rent by one cent per arrow key and the charts follow', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    const rent = page.locator('input[type=range][name=rent]');
    const pathBefore = await page.locator('#anchor path.rent-current').getAttribute('d');
    await rent.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    close(await costUsd(page), (2.45 + 0.05) / 5.56668);
    assert.equal(await rent.getAttribute('aria-valuetext'), '$2.45 per GPU-hour');
    await page.keyboard.press('ArrowLeft');
    close(await costUsd(page), (2.44 + 0.05) / 5.56668);
    // The anchor chart, below the fold, follows once the page is still.
    await page.waitForFunction((before) => document.querySelector('#anchor path.rent-current').getAttribute('d') !== before, pathBefore, { timeout: 3000 });
  });

  it('relabels the axes as a drag rescales them, moving the same tick elements rather than building new ones', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    const tps = page.locator('input[type=range][name=tps]');
    // The second tick of the cost stack's axis and of the first lever chart's y axis, as the page has them.
    const ticks = await page.evaluateHandle(() => [document.querySelectorAll('#cost-stack text.tick')[1], document.querySelectorAll('#levers svg')[0].querySelectorAll('text.tick')[1]]);
    const before = await ticks.evaluate((els) => els.map((e) => e.textContent));
    await tps.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft'); // 10^-0.3: half the tokens a second, twice the cost
    const after = await ticks.evaluate((els) => els.map((e) => ({ connected: e.isConnected, text: e.textContent })));
    assert.deepEqual(after.map((a) => a.connected), [true, true], 'the same elements are still in the page');
    assert.notEqual(after[0].text, before[0], `the cost axis rescaled: ${before[0]} → ${after[0].text}`);
    assert.notEqual(after[1].text, before[1], `the lever chart's axis rescaled: ${before[1]} → ${after[1].text}`);
  });

  // Arrived at by scrolling (the harness), or by a link to #explorer: the jump passes step 8's claims on
  // the way down, and Chromium reports "in view" and "gone" in one batch (visibility.svelte.ts).
  for (const [how, query, ready] of [['scrolled to', 'lang=en&power=billed', undefined], ['linked to', 'lang=en&power=billed#explorer', '[data-testid=story-claim-cost70]']]) {
  it(`on an explorer ${how}, what is out of sight waits while a slider moves; once the page is still, every figure on it agrees`, async () => {
    const { page } = await track(query, { reducedMotion: 'reduce', clock: true, ...(ready && { ready }) });
    if (ready) await page.locator('html[data-settled]').waitFor({ state: 'attached' });
    const elec = page.locator('input[type=range][name=elec]');
    await elec.focus();
    const read = () => page.evaluate(() => ({
      formula: document.querySelector('[data-testid=formula]').textContent,
      anchorClaim: document.querySelector('[data-testid=claim-cost]').textContent,
      storyClaim: document.querySelector('[data-testid=story-claim-cost70]').textContent,
      costStackAlt: document.querySelector('#cost-stack svg[role=img]').getAttribute('aria-label'),
    }));
    const before = await read();
    // Time stands still while the hand moves: the page cannot have been still for its 400 ms, however busy the
    // machine. (A second ahead, so the pause is never in the past by the time it lands; nothing is due meanwhile.)
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp'); // five big steps of a tenth of the range: about 0.29 $/kWh
    const moving = await read();
    const figure = await page.getByTestId('cost-per-mtok').textContent();
    assert.ok(!before.formula.includes(figure), `the setting changed the figure: ${figure}`);
    assert.equal(moving.formula, before.formula, 'the formula at the foot of the page waits');
    assert.equal(moving.anchorClaim, before.anchorClaim, 'the anchor chart\'s claims, below the fold, wait');
    assert.equal(moving.storyClaim, before.storyClaim, 'the story\'s claim checker, above, waits');
    assert.equal(moving.costStackAlt, before.costStackAlt, 'a chart\'s text alternative, read rather than watched, waits too');
    await page.clock.resume();
    // Rested: the formula's total is the figure on screen, and both claim panels give the share the cost stack shows.
    await page.locator('html[data-settled]').waitFor({ state: 'attached' });
    await page.waitForFunction((f) => document.querySelector('[data-testid=formula]').textContent.includes(f), figure, { timeout: 3000 });
    const share = await page.getByTestId('share-electricity').textContent();
    const rested = await read();
    assert.notEqual(share, '2.8%');
    assert.ok(rested.anchorClaim.includes(`electricity is ${share} of the whole cost`), rested.anchorClaim);
    assert.ok(rested.storyClaim.includes(`electricity is ${share} of the whole cost`), rested.storyClaim);
    assert.ok(rested.costStackAlt.includes(figure) && rested.costStackAlt.includes(share), rested.costStackAlt);
  });
  }

  it('moves model efficiency on a log scale with the keyboard: each step ×10^0.01', async () => {
    const { page } = await track('lang=en&tps=1000', { reducedMotion: 'reduce' });
    const tps = page.locator('input[type=range][name=tps]');
    await tps.focus();
    for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowRight'); // 10^(3+1) = 10,000
    const cost = await costUsd(page);
    close(cost, 2.4 / (10_000 * 3600 * 0.7) * 1e6, 1e-3);
    assert.match(await tps.getAttribute('aria-valuetext'), /^10,000 tokens per second per GPU$/);
  });

  it('switches to Chinese with no English left but names and units, and back with no Chinese', async () => {
    const { page } = await track('lang=en');
    await page.getByRole('button', { name: '简体' }).click();
    // The Chinese messages load on first use (a chunk from this origin): wait for the page to switch.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.equal(await page.getByTestId('cost-per-mtok').textContent(), '¥3.08');
    await page.locator('details.more summary').click();
    const zh = await visibleText(page);
    const leftovers = [...new Set((zh.replace(/https?:\/\/\S+/g, '').match(/(?<![0-9A-Za-z])[A-Za-z][A-Za-z0-9.\-]*/g) ?? [])
      .filter((w) => !w.split(/[-.]/).every((part) => /^[0-9]*[A-Za-z]?$/.test(part) || LATIN_OK.test(part.replace(/[0-9]+$/, '')) || LATIN_OK.test(part))))];
    assert.deepEqual(leftovers, [], 'English words on the Chinese page');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await visibleText(page);
    // The language switch says 简体 and 繁體; the story names 词元 and quotes the report's 亿 figures, level names and a task's size (数十万级别) on purpose.
    const QUOTED = new Set(['简体', '繁體', '词元', '亿', '融合', '驱动', '数十万级别']);
    assert.deepEqual((en.match(/[\u3400-\u9fff]+/g) ?? []).filter((w) => !QUOTED.has(w)), [], 'Chinese on the English page');
    assert.equal(await page.getByTestId('cost-per-mtok').textContent(), '$0.431');
  });

  it('fits a laptop: at 1280×800 the cost and sliders stay beside every chart, and the assumptions are reached, never covered', async () => {
    const { page } = await track('lang=en', { viewport: { width: 1280, height: 800 } });
    const inView = (sel) => page.locator(sel).first().evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.width > 0; });
    for (const place of ['#cost-stack', '#anchor', '#efficiency', '#frontier']) {
      await page.locator(place).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      assert.ok(await inView('[data-testid=readout]'), `the cost is in view at ${place}`);
      assert.ok(await inView('input[type=range][name=elec]'), `the sliders are in view at ${place}`);
    }
    assert.match(await page.getByTestId('readout').textContent(), /^\$0\.431 per million output tokens · electricity \d/);
    // The column scrolls on its own to its last assumption; nothing in it lies over anything else.
    await page.locator('.controls').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    assert.ok(await inView('details.more summary'), 'the assumptions come into view');
    await page.locator('details.more summary').click();
    await page.locator('.controls').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const inputs = page.locator('.controls details.more input');
    assert.ok(await inputs.nth((await inputs.count()) - 1).evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }),
      'and the last of them, the column scrolled to its end');
    const covered = await page.evaluate(() => {
      const levers = document.querySelector('.controls .levers').getBoundingClientRect();
      return [...document.querySelectorAll('.controls details.more, .controls .presets')].some((el) => {
        const r = el.getBoundingClientRect();
        return r.top < levers.bottom - 1 && r.bottom > levers.top + 1;
      });
    });
    assert.equal(covered, false, 'the sliders cover nothing');
    // Changing rent down at the efficiency panel moves the readout beside it.
    await page.locator('#efficiency').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = await page.getByTestId('readout').textContent();
    await page.locator('input[type=range][name=rent]').focus();
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await page.getByTestId('readout').textContent(), before);
  });

  it('a drag shows the change: the other levers\' axes hold their scale under the hand, then rescale visibly, and the point leaves a ghost', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    const elecTicks = () => page.locator('#levers .panel:nth-child(1) .tick').allTextContents();
    await page.locator('#levers').scrollIntoViewIfNeeded();
    const before = await elecTicks();
    const box = await page.locator('input[type=range][name=rent]').boundingBox();
    await page.mouse.move(box.x + box.width * 0.16, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 8 });
    assert.deepEqual(await elecTicks(), before, 'held while the hand is on the slider: the line rises against a fixed scale');
    await page.mouse.up();
    await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('#levers .panel:nth-child(1) .tick')].map((t) => t.textContent)) !== b, JSON.stringify(before));
    assert.ok(await page.locator('#levers .panel:nth-child(1) .tick.rescaled').count() > 0, 'the rescale is flagged');
    assert.equal(await page.locator('#levers .panel:nth-child(2) [data-testid=ghost]').count(), 1, 'where the reader was, as a ghost');
  });

  it('a link written after a drag has no number past six significant figures, and reopens the same figure', async () => {
    const { page } = await track('lang=zh');
    for (const name of ['elec', 'rent', 'tps']) {
      const box = await page.locator(`input[type=range][name=${name}]`).boundingBox();
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.3 + 37, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    }
    await page.waitForFunction(() => ['elec', 'rent', 'tps'].every((k) => new URLSearchParams(location.search).has(k)));
    const shown = await page.getByTestId('cost-per-mtok').textContent();
    const search = await page.evaluate(() => location.search);
    for (const [k, v] of new URLSearchParams(search)) {
      if (!/^[\d.]+$/.test(v)) continue;
      const digits = (v.includes('.') ? v.replace('.', '').replace(/^0+/, '') : v.replace(/^0+/, '').replace(/0+$/, '')).length;
      assert.ok(digits <= 6, `${k}=${v}`);
    }
    const again = await track(search.slice(1));
    assert.equal(await again.page.getByTestId('cost-per-mtok').textContent(), shown);
  });

  it('opens a shared link in exactly its state, and keeps it in the address bar', async () => {
    const query = 'lang=zh&gpu=b200&elec=0.1&rent=3&tps=5000&cur=USD';
    const { page } = await track(query);
    // B200 at a $3 cloud rent (power inside it): hourly 3 + 0.05; 5,000 × 3600 × 0.7 = 12.6M tokens
    close(await costUsd(page), 3.05 / 12.6);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await page.locator('#gpu-select').inputValue(), 'b200');
    assert.equal(await page.locator('input[type=range][name=rent]').inputValue(), '3');
    await page.waitForFunction(() => location.search.includes('rent=3'));
    const params = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
    assert.deepEqual(params, { lang: 'zh', gpu: 'b200', elec: '0.1', rent: '3', tps: '5000', cur: 'USD' });
  });

  it('opens a link full of bad values: clamps, ignores, says which in the page language, injects nothing', async () => {
    const bad = 'lang=zh&elec=abc&rent=999&tps=-5&util=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&gpu=zzz&fx=NaN&pue=1e400&x=1';
    const { page } = await track(bad);
    const items = page.locator('.notices li');
    assert.equal(await items.count(), 7);
    const text = (await items.allTextContents()).join('\n');
    assert.match(text, /GPU 租金（rent，单位：美元\/卡时）：999 超出允许范围 0–15，已改用 15。/);
    assert.match(text, /利用率（util，单位：计费小时中的占比，0–1）：“<img src=x onerror=alert…”无法识别/);
    assert.equal(await page.locator('img').count(), 0, 'no markup from the link');
    // rent clamped to 15, tps to 1: (15 + 0.05) / (1 × 3600 × 0.7) × 1e6
    close(await costUsd(page), (15.05 / 2520) * 1e6);
    await page.getByRole('button', { name: '知道了' }).click();
    assert.equal(await items.count(), 0);
  });

  it('has no axe-core violations in either language, with tables and assumptions open', async () => {
    for (const lang of ['en', 'zh']) {
      const { page } = await track(`lang=${lang}`);
      await page.locator('details.more summary').click();
      for (const s of await page.locator('details.data summary').all()) await s.click();
      assert.deepEqual(await axe(page), [], `axe violations (${lang})`);
    }
  });

  it('fits a phone: no sideways scrolling at 390 px, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const { page } = await track(`lang=${lang}`, { viewport: { width: 390, height: 844 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang}: ${overflow}px wider than the screen`);
    }
  });

  it('on a phone, a link to the explorer and a control reached by Tab come into view below the sticky bar', async () => {
    // Waits on the controls' heading, not the harness's default (the cost figure), which would also scroll the
    // explorer's heading to the very top itself and race the page's own placement.
    const { page } = await track('lang=en#explorer', { viewport: { width: 390, height: 844 }, ready: '#controls-title' });
    const barBottom = await page.locator('.summary').evaluate((el) => el.getBoundingClientRect().bottom);
    // The page goes to the place again once it is built (scroll.ts).
    await placed(page);
    const headingTop = await page.locator('#explorer').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(headingTop >= barBottom - 1 && headingTop < barBottom + 40, `the heading (top ${headingTop}) against the bar (bottom ${barBottom})`);
    // Tab on from a control far below: the one focused is scrolled clear of the bar.
    await page.locator('#controls-title').evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.locator('input[name=elec]').focus();
    await page.keyboard.press('Shift+Tab');
    const focusedTop = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
    assert.ok(focusedTop >= barBottom, `focus (top ${focusedTop}) is hidden under the bar (bottom ${barBottom})`);
  });

  it('picks the first language from the browser when the link has none', async () => {
    const { page } = await track('', { locale: 'zh-CN' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '造一个词元要花多少钱？');
  });
});

describe('motion', () => {
  const hardwareWidth = (page) => page.locator('#cost-stack rect.part.hardware').getAttribute('width').then(Number);
  // Picks the October 2025 low-rent scenario; the bar's width in each of the next 16 frames, and where it ends.
  async function pickLowRent(page) {
    await page.getByRole('button', { name: /H100 at the October 2025 low/ }).click();
    const widths = await page.evaluate(() => new Promise((ok) => {
      const out = [];
      const sample = () => {
        out.push(Number(document.querySelector('#cost-stack rect.part.hardware').getAttribute('width')));
        if (out.length < 16) requestAnimationFrame(sample); else ok(out);
      };
      requestAnimationFrame(sample);
    }));
    await settled(page);
    return { widths, end: await hardwareWidth(page) };
  }

  it('tweens the cost bar from the old value to the new one when a scenario is picked', async () => {
    const { page } = await track('lang=en');
    const before = await hardwareWidth(page);
    const { widths, end } = await pickLowRent(page);
    assert.ok(end < before, 'a lower rent shortens the hardware bar');
    assert.ok(widths.some((w) => w < before - 0.5 && w > end + 0.5), `in-between frames drawn: ${before} → ${widths.join(',')} → ${end}`);
    close(await costUsd(page), (1.7 + 0.05) / 5.56668);
  });

  it('moves the charts at once when a slider is stepped with a key (the hand is on it), then tweens a preset again', async () => {
    const { page } = await track('lang=en');
    const rent = page.locator('input[type=range][name=rent]');
    await rent.focus();
    const before = await hardwareWidth(page);
    const costBefore = await costUsd(page);
    await page.keyboard.press('PageUp');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const next = await hardwareWidth(page);
    assert.ok(await costUsd(page) > costBefore, 'a higher rent costs more');
    assert.ok(Math.abs(next - before) > 0.5, `the bar has moved in the next frame: ${before} → ${next}`);
    await settled(page);
    assert.equal(await hardwareWidth(page), next, 'already where it ends: no tween behind the key press');
    // The hand has left: a scenario picked afterwards still animates.
    const from = await hardwareWidth(page);
    const { widths, end } = await pickLowRent(page);
    assert.ok(widths.some((w) => w < from - 0.5 && w > end + 0.5), `in-between frames drawn: ${from} → ${widths.join(',')} → ${end}`);
  });

  it('jumps straight to the new state under prefers-reduced-motion', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: /H100 at the October 2025 low/ }).click();
    const first = await hardwareWidth(page);
    await settled(page);
    assert.equal(await hardwareWidth(page), first);
  });
});

describe('content security policy', () => {
  it('the built page declares an own-origin-only policy and runs under it with no violation', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile('dist/index.html', 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) assert.ok(csp.includes(d), d);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp), 'no unsafe-inline or unsafe-eval');
    // Enforced this time (the other tests bypass it to inject axe): violations would log console errors.
    const { page } = await track('lang=zh&gpu=b200', { bypassCSP: false, reducedMotion: 'reduce' });
    const violations = await page.evaluate(() => new Promise((ok) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      document.querySelector('details.more summary').click();
      document.querySelector('input[name=weightbits][value="4"]')?.click();
      setTimeout(() => ok(seen), 600);
    }));
    assert.deepEqual(violations, []);
    assert.ok((await costUsd(page)) > 0);
    await page.getByTestId('eff-result').waitFor();
  });
});

describe('absurd but allowed settings', () => {
  for (const [label, query] of [
    ['everything free', 'rent=0&elec=0&opex=0&kw=0'],
    ['slowest and idlest', 'tps=1&util=0.01&rent=15&elec=0.5&opex=5&kw=3&pue=2.5'],
    ['fastest, paid-off hardware', 'tps=100000&mode=own&capex=0&elec=0&opex=0'],
  ]) {
    it(`renders finite numbers and sensible axes: ${label}`, async () => {
      const { page } = await track(`lang=en&${query}`, { reducedMotion: 'reduce' });
      await page.locator('#anchor').waitFor();
      await page.getByTestId('eff-result').waitFor();
      const bad = await page.evaluate(() => {
        const text = document.body.innerText;
        const words = (text.match(/NaN|undefined|Infinity|null/g) ?? []);
        const attrs = [...document.querySelectorAll('svg *')].flatMap((el) => [...el.attributes].map((a) => a.value))
          .filter((v) => /NaN|Infinity|undefined/.test(v));
        return [...words, ...attrs];
      });
      assert.deepEqual(bad, []);
      const usd = await costUsd(page);
      assert.ok(Number.isFinite(usd) && usd >= 0);
    });
  }
});

describe('a zero rent', () => {
  it('names no price at which power would match a rent of nothing', async () => {
    const { page } = await track('lang=en&rent=0', { reducedMotion: 'reduce' });
    const stack = page.locator('#cost-stack');
    await stack.waitFor();
    assert.match(await stack.textContent(), /Energy over paid hours/);
    assert.doesNotMatch(await stack.textContent(), /half the rent|as much as the hardware/);
    // Any rent at all, and the price is named again.
    await page.locator('input[type=range][name=rent]').focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    assert.match(await stack.textContent(), /Power would take half the rent at \$0\.\d+ per kWh/);
  });
});

describe('small screens and zoom', () => {
  for (const [label, viewport] of [['320 px wide', { width: 320, height: 640 }], ['200% zoom of a 1280 × 800 window', { width: 640, height: 400 }]]) {
    it(`stays usable at ${label}: no sideways scrolling, sliders reachable`, async () => {
      const { page } = await track('lang=zh', { viewport });
      await page.locator('#anchor').waitFor();
      await page.getByTestId('eff-result').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
      const rent = page.locator('input[type=range][name=rent]');
      await rent.focus();
      await page.keyboard.press('ArrowRight');
      assert.ok(await rent.isVisible());
    });
  }

  it('says so in both languages, never a blank page, when the words cannot load', async () => {
    const opened = await track('lang=zh', { block: '**/messages-*.json', ready: '#app > [role=alert]' });
    assert.match(await opened.page.locator('#app > [role=alert]').textContent(), /could not load.*未能加载/);
    // The opening drawn into the HTML stays readable below it.
    assert.match(await opened.page.locator('h1:visible').textContent(), /词元/);
    // The refused request is the one error the browser logs; nothing else went wrong.
    assert.ok(opened.errors.every((e) => /Failed to load resource/.test(e)), opened.errors.join('\n'));
    opened.errors.length = 0;
  });

  it('says so in the page language, with a way to try again, when the explorer cannot load', async () => {
    const opened = await track('lang=en', { block: '**/Explorer-*.js*', ready: '#step-1 svg' });
    await opened.page.locator('#step-8').waitFor({ state: 'attached' });
    await opened.page.locator('#explorer').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const alert = opened.page.locator('main .failed[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /This part of the page could not load/);
    onlyRefused(opened);
    // Once the code can be fetched again, trying again brings the explorer.
    await opened.page.unroute('**/Explorer-*.js*');
    await alert.getByRole('button').click();
    await opened.page.getByTestId('cost-per-mtok').waitFor();
  });

  it('a link copied after using the explorer opens at the explorer, its settings intact', async () => {
    const { page } = await track('lang=en');
    await page.locator('input[type=range][name=rent]').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#explorer' && location.search.includes('rent=2.55'));
    const cost = await costUsd(page);
    const again = await track(page.url().split('?')[1], { ready: '[data-testid=eff-result]' });
    await placed(again.page);
    const top = await again.page.locator('#explorer').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 60, `opens at the explorer: ${top}`);
    close(await costUsd(again.page), cost);
  });

  it('takes a malformed or unknown #place in its stride', async () => {
    for (const hash of ['#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#no-such-place']) {
      const { page } = await track(`lang=en${hash}`, { ready: '#step-1 svg' });
      await settled(page);
      assert.equal(await page.locator('img').count(), 0, 'nothing from the link becomes markup');
      assert.match(await page.locator('#story-title').textContent(), /step by step/);
    }
  });
});
