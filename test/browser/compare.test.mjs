// Compare mode (issue 20): two token factories side by side and why one's tokens cost more — a link
// reopens both and the waterfall, B's sliders move B alone, swap and leave work, the waterfall embeds in
// a 16:9 frame, and every language is axe-clean.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { close, settled, useBrowser } from './harness.mjs';

const { track, axe } = useBrowser();
const usd = (page, id) => page.getByTestId(id).getAttribute('data-usd').then(Number);
const diffs = (page) => page.locator('[data-testid^=diff-]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.testid.slice(5), Number(e.dataset.usd)])));
const sum = (d) => Object.values(d).reduce((a, b) => a + b, 0);

describe('compare mode in Chromium', () => {
  it('a ready comparison from the reports: the waterfall adds up, the link reopens both, B\'s slider moves B alone, swap and leave', async () => {
    const { page, context } = await track('lang=en', { reducedMotion: 'reduce' });
    // A ready comparison says what it holds and leaves out, in the reader's currency: ¥1.5 at 7.15 to the dollar.
    await page.getByTestId('compare-ready-power').click();
    assert.match(await page.getByTestId('compare-ready-note').textContent(), /^West-China green power against Europe’s grid \(owned H100s\): Only the power price differs, Europe’s at HK-TE’s own 5× \(\$0\.21 per kWh\), not a tariff/);
    await page.getByTestId('compare-ready-blackwell').click();
    await settled(page);
    assert.match(await page.getByTestId('compare-ready-note').textContent(), /Tests HK-TE’s 1\/10\. Not like with like: B200 at 4-bit \(FP4\) against H100 at 8-bit \(FP8\)/);
    await page.locator('#compare svg').waitFor();
    // Its note goes out with the sources: a CSV (and a slide, a picture) says what the comparison leaves out.
    await page.locator('#compare details.share summary').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#compare [data-export=csv]').click()]);
    const sourcesRow = (await readFile(await csv.path())).toString('utf8').split('\r\n').find((r) => r.startsWith('"Sources"'));
    assert.match(sourcesRow, /^"Sources","H100 on contract against Blackwell on the spot market: Tests HK-TE’s 1\/10\. Not like with like: B200 at 4-bit \(FP4\)/);
    await page.locator('#compare details.share summary').click();
    const [a, b] = [await usd(page, 'cost-per-mtok'), await usd(page, 'cost-per-mtok-b')];
    close(a, (2.35 + 0.05) / 5.56668); // the H100 contract
    assert.ok(b < a, `Blackwell spot is cheaper: ${b} < ${a}`);
    const d = await diffs(page);
    assert.deepEqual(Object.keys(d).sort(), ['elec', 'kw', 'rent', 'site', 'tps'], 'one hook per input that differs');
    close(sum(d), b - a, 1e-9);
    assert.ok(d.tps < 0 && d.rent > 0, 'efficiency pulls B down, its dearer rent pushes it up');
    for (const k of ['elec', 'kw', 'site']) assert.equal(d[k], 0, `${k}: read by neither cost, no share`);
    assert.equal(await page.locator('#compare svg rect.bar').count(), 4, 'A, rent, tokens/s, B: no bar for what takes no share');
    assert.equal((await page.getByTestId('compare-sentence').textContent()).replaceAll('\u2060', ''),
      'B makes output tokens at $0.237 per million, A at $0.431: B’s cost is 55% of A’s. B − A is −$0.194: efficiency (tokens/s) −$0.399 and rent +$0.205. '
      + 'Also set differently, but with no part of the gap: power price, power per GPU, and facility capital (the power is inside both rents, and neither owns its GPUs).');
    await page.waitForFunction(() => location.search.includes('cmp=1') && location.search.includes('b_gpu=b200'));
    // The lever charts draw B's curve beside A's; the anchor chart marks B.
    assert.equal(await page.locator('#levers path.line.b').count(), 3);
    await page.locator('#anchor').scrollIntoViewIfNeeded();
    await page.locator('#anchor circle.dot.b').waitFor();
    await page.locator('#compare').scrollIntoViewIfNeeded();

    // The link, opened afresh, has both scenarios and the waterfall.
    const again = await context.newPage();
    await again.goto(`${page.url().split('#')[0]}#compare`);
    await again.locator('#compare svg').waitFor();
    close(await usd(again, 'cost-per-mtok-b'), b, 1e-5);
    close(await usd(again, 'cost-per-mtok'), a, 1e-5);
    await again.close();

    // B's rent slider moves B, its bars and the waterfall; A stays.
    const rent = page.locator('input[type=range][name=b_rent]');
    await rent.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await settled(page);
    const b2 = await usd(page, 'cost-per-mtok-b');
    assert.ok(b2 > b, `B's cost rose with its rent: ${b2} > ${b}`);
    assert.equal(await page.getByTestId('compare-ready-note').count(), 0, 'no longer the report\'s comparison: no note');
    assert.equal(await usd(page, 'cost-per-mtok'), a, 'A did not move');
    const d2 = await diffs(page);
    assert.ok(d2.rent > d.rent);
    close(sum(d2), b2 - a, 1e-9);

    // B's other assumptions: owning B's hardware moves B alone.
    await page.locator('.compare details.more summary').click();
    await page.locator('select[name=b_mode]').selectOption('own');
    await page.locator('input[type=range][name=b_capex]').waitFor();
    await settled(page);
    assert.equal(await usd(page, 'cost-per-mtok'), a, 'A did not move');
    assert.ok('mode' in (await diffs(page)), 'owning is a difference of its own');
    await page.locator('select[name=b_mode]').selectOption('rent');
    await settled(page);

    // Swap: A is what B was and B what A was; every contribution changes sign.
    await page.getByTestId('compare-swap').click();
    await settled(page);
    close(await usd(page, 'cost-per-mtok'), b2, 1e-9);
    close(await usd(page, 'cost-per-mtok-b'), a, 1e-9);
    const d3 = await diffs(page);
    for (const k of Object.keys(d2)) close(d3[k], -d2[k], 1e-9);

    // Leave: one scenario, no waterfall, no B in the link.
    await page.getByTestId('compare-leave').click();
    await page.locator('#compare').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('cost-per-mtok-b').count(), 0);
    await page.waitForFunction(() => !location.search.includes('cmp=1'));
  });

  it('a value of B\'s a link cannot use falls back to A\'s, and the notice says so', async () => {
    const { page } = await track('lang=en&elec=0.06&cmp=1&b_elec=abc', { reducedMotion: 'reduce' });
    assert.match(await page.locator('.box li').first().textContent(), /^Scenario B’s electricity price \(b_elec, in US\$ per kWh\): “abc” is not an accepted value; scenario A’s value is used\.$/);
    assert.equal(await page.locator('input[name=b_elec-typed], input#b_elec-typed').first().inputValue(), '0.06');
  });

  it('draws every step to scale when the running total goes below zero (a share larger than the gap)', async () => {
    // An H100 serving slowly at a cheap rent: rent's share −$1.46 takes the running total below zero.
    const { page } = await track('lang=en&cmp=1&b_tps=200&b_rent=1#compare', { reducedMotion: 'reduce' });
    await page.locator('#compare svg rect.bar').first().waitFor();
    const d = await diffs(page);
    assert.ok(d.rent < -(await usd(page, 'cost-per-mtok')), `rent's share ${d.rent} is more than A's whole cost`);
    const widths = await page.locator('#compare svg rect.bar').evaluateAll((rs) => rs.map((r) => r.getBBox().width));
    // The steps largest first, as the waterfall lists them.
    const steps = [d.rent, d.tps].sort((x, y) => Math.abs(y) - Math.abs(x));
    const values = [await usd(page, 'cost-per-mtok'), ...steps, await usd(page, 'cost-per-mtok-b')].map(Math.abs);
    const pxPerUsd = widths[0] / values[0];
    for (const [i, v] of values.entries()) assert.ok(Math.abs(widths[i] - v * pxPerUsd) < 1.5, `bar ${i}: ${widths[i]} px for $${v} at ${pxPerUsd} px a dollar`);
  });

  it('B\'s cost of money, facility and power billing have controls of their own, each a difference and in the link', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    const a = await usd(page, 'cost-per-mtok');
    await page.getByTestId('compare-start').click();
    await page.locator('.compare details.more summary').click();
    // Rent: who pays for B's power. Billed on top, B pays its power bill as well as the rent.
    const b0 = await usd(page, 'cost-per-mtok-b');
    await page.locator('select[name=b_power]').selectOption('billed');
    await settled(page);
    const power = (await diffs(page)).power;
    assert.ok(power > 0, `billing B's power on top costs B more: ${power}`);
    close(await usd(page, 'cost-per-mtok-b') - b0, power, 1e-9);
    await page.waitForFunction(() => location.search.includes('b_power=billed'));
    await page.locator('select[name=b_power]').selectOption('included');
    // Own: the GPUs', the facility's capital and its life, and the cost of money, each B's own.
    await page.locator('select[name=b_mode]').selectOption('own');
    for (const name of ['b_capex', 'b_years', 'b_capital', 'b_site', 'b_siteyears']) await page.locator(`input[type=range][name=${name}]`).waitFor();
    await settled(page);
    const owned = await usd(page, 'cost-per-mtok-b');
    // A rents, B owns: one switch, whatever B pays for its capital (an owner's rent is no difference).
    assert.deepEqual(Object.keys(await diffs(page)), ['mode']);
    await page.locator('input[type=range][name=b_capital]').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await settled(page);
    // B's cost of money now differs from A's, which never reads one: named, with no share of its own.
    const switched = await diffs(page);
    assert.deepEqual(switched, { mode: switched.mode, capital: 0 });
    assert.match(await page.getByTestId('compare-sentence').textContent(), /with no part of the gap: cost of capital \(what only a renter or only an owner pays is part of renting against owning\)/);
    assert.ok(await usd(page, 'cost-per-mtok-b') > owned, 'a dearer cost of money makes B\'s tokens dearer');
    await page.locator('input[type=range][name=b_site]').focus();
    await page.keyboard.press('End');
    await settled(page);
    assert.equal(await usd(page, 'cost-per-mtok'), a, 'A did not move');
    // A owns too: B's cost of money and its facility are differences of their own.
    await page.locator('details.more:not(.compare details) summary').first().click();
    await page.locator('input[type=radio][name=mode][value=own]').check();
    await settled(page);
    const a2 = await usd(page, 'cost-per-mtok');
    const d = await diffs(page);
    assert.ok(!('mode' in d) && d.capital > 0 && d.site > 0, `both own: ${JSON.stringify(d)}`);
    close(sum(d), await usd(page, 'cost-per-mtok-b') - a2, 1e-9);
    await page.waitForFunction(() => ['cmp=1', '&mode=own', 'b_capital=', 'b_site='].every((p) => location.search.includes(p)) && !location.search.includes('b_mode'));
  });

  it('the comparison\'s CSV has both scenarios\' assumptions, each input\'s two values and its share, adding up to B − A', async () => {
    const { page } = await track('lang=en&cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875#compare', { ready: '#compare svg', reducedMotion: 'reduce' });
    await page.locator('#compare details.share summary').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#compare [data-export=csv]').click()]);
    const all = (await readFile(await dl.path())).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.slice(1, -1).split('","'));
    assert.deepEqual(all.slice(0, 6).map((r) => r[0]), ['Chart', 'Assumptions', 'Assumptions', 'Sources', 'Link to this view', 'Made']);
    assert.match(all[1][1], /^Scenario A: NVIDIA H100 SXM · rent \$2\.35 per GPU-hour/);
    assert.match(all[2][1], /^Scenario B: NVIDIA B200 · rent \$4\.08 per GPU-hour · .*6,920 tokens\/s/);
    assert.match(all[4][1], /cmp=1.*b_gpu=b200.*#compare$/);
    const rows = all.slice(all.findIndex((r) => r[0] === 'Input') + 1);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    assert.deepEqual(rows.map((r) => r[0]), ['Scenario A', 'Efficiency (tokens/s)', 'Rent', 'Power per GPU', 'Scenario B'], 'largest share first, as the bars; each row\'s name capitalised');
    assert.deepEqual(byName.Rent.slice(1, 3), ['$2.35 per GPU-hour', '$4.08 per GPU-hour'], 'each value as the reader reads it');
    assert.equal(byName['Power per GPU'][1], '1.275 kW');
    assert.match(byName['Power per GPU'][2], /^1\.78\d kW$/);
    const [aUsd, bUsd] = [Number(byName['Scenario A'][3]), Number(byName['Scenario B'][3])];
    close(aUsd, await usd(page, 'cost-per-mtok'), 1e-6);
    close(bUsd, await usd(page, 'cost-per-mtok-b'), 1e-6);
    // The totals in a column of their own, the steps in the next, which adds up to the gap.
    assert.deepEqual(all[all.findIndex((r) => r[0] === 'Input')].slice(3), ['Per million output tokens (USD)', 'Share of B − A (USD)']);
    assert.deepEqual([byName['Scenario A'][4], byName.Rent[3], byName['Power per GPU'][4]], ['', '', '0']);
    close(rows.slice(1, -1).reduce((s, r) => s + Number(r[4]), 0), bUsd - aUsd, 1e-6);
  });

  it('the comparison\'s slide: two scenarios\' assumptions in the column, the sources under the drawing, nothing under the QR code; a file name per comparison', async () => {
    const { page } = await track('lang=en&cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875#compare', { ready: '#compare svg', reducedMotion: 'reduce' });
    await page.locator('#compare details.share summary').click();
    assert.equal(await page.locator('#compare [data-export=gif]').count(), 0, 'no sweep of one price for a comparison');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#compare [data-export=slideSvg]').click()]);
    assert.match(dl.suggestedFilename(), /^compare_h100_.*_vs_gpu-b200_rent-4\.08_tps-6920_kw-1\.7875_en\.slide\.svg$/);
    const svg = (await readFile(await dl.path())).toString('utf8');
    const slide = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const qr = doc.querySelector('svg > g[shape-rendering]').getAttribute('transform').match(/translate\(([\d.]+) ([\d.]+)\)/).slice(1).map(Number);
      const texts = [...doc.querySelectorAll('svg > text')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), s: t.textContent, mono: !!t.getAttribute('font-family') }));
      const labels = [...doc.querySelectorAll('g text')].map((t) => ({ s: t.textContent, fill: t.getAttribute('fill'), stroke: t.getAttribute('stroke'), order: t.getAttribute('paint-order') }));
      return { qr, texts, labels };
    }, svg);
    const [qx, qy] = slide.qr;
    const column = slide.texts.filter((t) => t.x >= qx);
    assert.ok(column.some((t) => t.s.startsWith('Scenario B: NVIDIA B200')), 'B\'s assumptions in the column');
    assert.deepEqual(column.filter((t) => !t.mono && t.y > qy - 4).map((t) => t.s), [], 'no text under the QR code but the link');
    const sources = slide.texts.find((t) => t.s === 'Sources');
    assert.ok(sources && sources.x < qx, 'the sources under the drawing');
    assert.ok(slide.texts.some((t) => /^Made /.test(t.s) && t.x < qx && t.y < 1080 - 40), 'the date on the slide');
    // A label's halo is a copy drawn first, stroke only: slide tools that ignore paint-order keep the letters.
    const note = slide.labels.filter((l) => l.s.includes('+$0.205'));
    assert.deepEqual(note.map((l) => [l.fill === 'none', l.stroke === 'none']), [[true, false], [false, true]]);
    assert.ok(slide.labels.every((l) => !/^stroke/.test(l.order ?? '')), 'no paint-order left to ignore');
  });

  it('the classroom\'s lecture takes the comparison\'s slide once compare mode starts, and leaves it out while it is off', async () => {
    const { page } = await track('lang=en#explorer', { reducedMotion: 'reduce' });
    await page.locator('#classroom').scrollIntoViewIfNeeded();
    const box = page.locator('#classroom label').filter({ hasText: 'Explorer: why B differs from A' }).locator('input');
    assert.equal(await box.isDisabled(), true, 'nothing to show yet');
    await page.getByTestId('compare-start').click();
    await page.getByTestId('cost-per-mtok-b').waitFor();
    assert.equal(await box.isChecked(), true, 'ticked when compare mode starts');
    await page.waitForFunction(() => /slides=[^&]*compare/.test(document.querySelector('[data-testid=present-link]').getAttribute('href')));
    await page.getByTestId('compare-leave').click();
    assert.equal(await box.isDisabled(), true);
    await page.waitForFunction(() => !/compare/.test(document.querySelector('[data-testid=present-link]').getAttribute('href')));
  });

  it('a lecture\'s compare slide shows the waterfall and both scenarios\' assumptions, inside the stage', async () => {
    for (const [lang, w, h] of [['en', 1920, 1080], ['zh', 1280, 720]]) {
      const { page } = await track(`lang=${lang}&cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875&present=1&slides=compare`, { viewport: { width: w, height: h }, ready: '#compare svg', reducedMotion: 'reduce' });
      await settled(page);
      assert.ok((await page.locator('[data-testid^=diff-]').count()) >= 3, lang);
      const lines = await page.locator('.stage .caption p').allTextContents();
      assert.equal(lines.length, 2, `${lang}: A's line and B's`);
      assert.match(lines[1], /B200/);
      const out = await page.evaluate(() => {
        const stage = document.querySelector('.stage').getBoundingClientRect();
        return [...document.querySelectorAll('.stage .caption p, #compare svg, #compare .sentence')].filter((el) => {
          const b = el.getBoundingClientRect();
          return b.bottom > stage.bottom + 1 || b.right > stage.right + 1 || b.top < stage.top - 1;
        }).length;
      });
      assert.equal(out, 0, `${lang}: nothing outside the stage`);
      await page.context().close();
    }
  });

  it('a claim that compares two factories opens as that comparison', async () => {
    const { page } = await track('lang=en&step=8', { ready: '[data-testid=story-claim-blackwell]', reducedMotion: 'reduce' });
    const href = await page.getByTestId('claim-compare-blackwell').getAttribute('href');
    assert.match(href, /cmp=1.*b_gpu=b200.*#compare$/);
    await page.getByTestId('claim-compare-blackwell').click();
    await page.locator('#compare svg').waitFor();
    assert.ok(await usd(page, 'cost-per-mtok-b') < await usd(page, 'cost-per-mtok'));
    await page.context().close();
    // On a lecture's slide, the comparison opens as a slide of its own in a new window, in the lecture's theme.
    const lecture = await track('lang=en&present=1&slides=8&theme=projector', { ready: '.stage .checker', reducedMotion: 'reduce' });
    const link = lecture.page.getByTestId('claim-compare-blackwell');
    // One claim a click: on to the Blackwell's.
    for (let i = 0; i < 8 && !(await link.isVisible()); i++) { await lecture.page.keyboard.press('PageDown'); await lecture.page.waitForTimeout(150); }
    assert.equal(await link.getAttribute('target'), '_blank');
    const [slide] = await Promise.all([lecture.page.context().waitForEvent('page'), link.click()]);
    await slide.locator('.stage #compare svg').waitFor();
    assert.match(slide.url(), /cmp=1.*b_gpu=b200.*&present=1&slides=compare&theme=projector$/);
  });

  it('one click takes a reader from the top of the settings to B\'s, the charts left where they are', async () => {
    const { page } = await track('lang=en&cmp=1&b_gpu=b200&b_rent=4.08#explorer', { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const jump = page.getByTestId('compare-to-b');
    await jump.waitFor();
    const gpu = page.locator('#b-gpu');
    const inSight = () => gpu.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.equal(await inSight(), false, 'B\'s controls start below the fold of the column');
    const y = await page.evaluate(() => scrollY);
    await jump.click();
    await page.waitForFunction(() => document.activeElement?.id === 'b-gpu');
    assert.equal(await inSight(), true);
    assert.equal(await page.evaluate(() => scrollY), y, 'the column scrolls, not the page');
    // From the keyboard: B's accelerator has the focus, so the next key works B's controls.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'b_elec');
    // And back: A's settings, named as A's, at the top of the column again, its first slider with the keys.
    assert.equal(await page.locator('#controls-title').textContent(), 'Your assumptions: scenario A');
    await page.getByTestId('compare-to-a').click();
    await page.waitForFunction(() => document.activeElement?.id === 'elec-range');
    assert.equal(await page.locator('#controls-title').evaluate((el) => { const r = el.getBoundingClientRect(), c = el.closest('.controls').getBoundingClientRect(); return r.top >= c.top && r.bottom <= innerHeight; }), true);
    assert.equal(await inSight(), false, 'B\'s controls below the fold again');
    assert.equal(await page.evaluate(() => scrollY), y, 'the column scrolled, not the page');
  });

  it('embedded from a link with no second scenario, the waterfall says what the link lacks, not to start it beside sliders it lacks', async () => {
    for (const [lang, says] of [['en', /^This link sets no second scenario, so there is nothing to compare/], ['zh', /^这个链接没有设置第二个情景/]]) {
      const { page } = await track(`embed=compare&lang=${lang}`, { viewport: { width: 800, height: 450 }, ready: '#compare .sentence' });
      assert.match(await page.locator('#compare .sentence').textContent(), says);
    }
  });

  it('the waterfall embeds in a 16:9 frame with nothing cut', async () => {
    const { page } = await track('embed=compare&fit=1&lang=zh&cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875', { viewport: { width: 800, height: 450 }, ready: '#compare svg' });
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true);
    const outside = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => {
      const b = el.getBoundingClientRect();
      return b.width && b.height && !el.closest('details:not([open]) > :not(summary), .sr-only') && (b.bottom > innerHeight + 1 || b.right > innerWidth + 1);
    }).length);
    assert.equal(outside, 0);
    // Readable on a slide: the waterfall beside the sentence, and the width a smaller drawing frees used to
    // lay it out wider — it spans the frame and is drawn at 0.8 or more (stacked and narrow it was about 0.7).
    const box = await page.evaluate(() => {
      const r = (sel) => document.querySelector(sel).getBoundingClientRect();
      const main = document.querySelector('main.embed');
      return { sentence: r('[data-testid=compare-sentence]'), chart: r('#compare svg'), right: r('main.embed').right,
        scale: Number(/scale\(([\d.]+)\)/.exec(main.style.transform)?.[1] ?? 1) };
    });
    assert.ok(box.chart.left > box.sentence.right && box.chart.top < box.sentence.bottom, JSON.stringify(box));
    assert.ok(box.right > 760 && box.scale >= 0.8, JSON.stringify(box));
    assert.ok((await page.locator('[data-testid^=diff-]').count()) >= 3);
    // Each step joins the next: a dashed line from where a bar ends to where the one below it begins
    // (A's total, then the running total, down to B's), and a key says which colour lowers B's cost.
    const joins = await page.evaluate(() => {
      const bars = [...document.querySelectorAll('#compare rect.bar')].map((r) => r.getBoundingClientRect());
      const links = [...document.querySelectorAll('#compare line.link')].map((l) => l.getBoundingClientRect());
      const down = document.querySelector('#compare rect.bar.down').getBoundingClientRect();
      return { n: links.length, bars: bars.length, first: [links[0].left, bars[0].right, down.right],
        last: [links.at(-1).left, bars.at(-1).right], below: links.every((l, i) => l.top >= bars[i].bottom - 1 && l.bottom <= bars[i + 1].top + 1) };
    });
    assert.equal(joins.n, joins.bars - 1, JSON.stringify(joins));
    for (const [at, ...ends] of [joins.first, joins.last]) for (const end of ends) assert.ok(Math.abs(at - end) < 1.5, JSON.stringify(joins));
    assert.equal(joins.below, true, JSON.stringify(joins));
    assert.match(await page.locator('#compare .why .key').textContent(), /压低 B 的成本.*推高 B 的成本/);
    // The shares as shown add up to the gap as shown (−¥2.854 and +¥1.468, one by one −¥2.85 and +¥1.47, made −¥1.38).
    assert.match(await page.getByTestId('compare-sentence').textContent(), /差额 −\u2060¥1\.39：模型效率（−\u2060¥2\.86）和租金（\+\u2060¥1\.47）/);
    assert.deepEqual(await page.locator('#compare text.note').allTextContents(), ['¥3.08', '−¥2.86', '+¥1.47', '¥1.69']);
    // And so does the list under the axis (on a slide it is shown: a lecturer read −¥2.85 there under a bar of −¥2.86).
    assert.deepEqual(await page.locator('#compare .live ul.parts li:not(.absorbed)').allTextContents(), ['模型效率 −¥2.86', '租金 +¥1.47']);
    assert.deepEqual(await axe(page), []);
  });

  it('fit=1 on a 1280 × 720 slide: the waterfall is laid out narrower and drawn larger until it fills the slide', async () => {
    const { page } = await track('embed=compare&fit=1&lang=en&cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875', { viewport: { width: 1280, height: 720 }, ready: '#compare svg' });
    await settled(page);
    const box = await page.evaluate(() => {
      const main = document.querySelector('main.embed'), r = main.getBoundingClientRect();
      return { w: r.width, h: r.height, scale: Number(/scale\(([\d.]+)\)/.exec(main.style.transform)?.[1] ?? 1),
        tick: document.querySelector('#compare text.tick').getBoundingClientRect().height, scrolls: document.documentElement.scrollHeight > innerHeight };
    });
    // Laid out at 1280 it used 68 % of the slide's height, its ticks 13 px high; now it fills one edge.
    assert.ok(box.scale > 1.2 && !box.scrolls, JSON.stringify(box));
    assert.ok(box.w >= 1280 - 2 || box.h >= 720 * 0.97, JSON.stringify(box));
    assert.ok(box.tick >= 15, JSON.stringify(box));
  });

  it('an embed whose link asks for a value out of range says so under its assumptions, in the embed\'s language', async () => {
    const { page } = await track('embed=compare&fit=1&lang=zh&cmp=1&b_gpu=b200&b_rent=99&b_tps=6920', { viewport: { width: 1280, height: 720 }, ready: '#compare svg' });
    await settled(page);
    // The rent slider's top is $15 an hour (model/ranges.ts): B is drawn at 15, and the caption and the note agree
    // ($15 at the default ¥7.15 to the dollar is ¥107).
    assert.equal(await page.getByTestId('embed-notices').textContent(), '情景 B 的 GPU 租金（b_rent，单位：美元/卡时）：99 超出允许范围 0–15，已改用 15。');
    assert.match(await page.getByTestId('embed-caption').textContent(), /情景 B：.*租金 ¥107\/卡时/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true, 'the note fits the slide');
    assert.deepEqual(await axe(page), []);
  });

  for (const lang of ['en', 'zh', 'zh-Hant']) {
    it(`compare mode is axe-clean in ${lang}`, async () => {
      const { page } = await track(`lang=${lang}`, { reducedMotion: 'reduce' });
      await page.getByTestId('compare-start').click();
      await page.locator('#compare').waitFor();
      const b = page.locator('input[type=range][name=b_tps]');
      await b.focus();
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('diff-tps').waitFor();
      await settled(page);
      assert.deepEqual(await axe(page), []);
    });
  }
});
