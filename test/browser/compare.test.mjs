// Compare mode (issue 20): two token factories side by side and why one's tokens cost more — a link
// reopens both and the waterfall, B's sliders move B alone, swap and leave work, the waterfall embeds in
// a 16:9 frame, and every language is axe-clean.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { close, settled, useBrowser } from './harness.mjs';

const { track, axe } = useBrowser();
const usd = (page, id) => page.getByTestId(id).getAttribute('data-usd').then(Number);
const diffs = (page) => page.locator('[data-testid^=diff-]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.testid.slice(5), Number(e.dataset.usd)])));
const sum = (d) => Object.values(d).reduce((a, b) => a + b, 0);

describe('compare mode in Chromium', () => {
  it('a ready comparison from the reports: the waterfall adds up, the link reopens both, B\'s slider moves B alone, swap and leave', async () => {
    const { page, context } = await track('lang=en', { reducedMotion: 'reduce' });
    await page.getByTestId('compare-ready-blackwell').click();
    await page.locator('#compare svg').waitFor();
    const [a, b] = [await usd(page, 'cost-per-mtok'), await usd(page, 'cost-per-mtok-b')];
    close(a, (2.35 + 0.05) / 5.56668); // the H100 contract
    assert.ok(b < a, `Blackwell spot is cheaper: ${b} < ${a}`);
    const d = await diffs(page);
    assert.deepEqual(Object.keys(d).sort(), ['elec', 'kw', 'rent', 'site', 'tps'], 'one hook per input that differs');
    close(sum(d), b - a, 1e-9);
    assert.ok(d.tps < 0 && d.rent > 0, 'efficiency pulls B down, its dearer rent pushes it up');
    assert.equal(d.elec, 0, 'a power price inside a rent moves nothing');
    assert.match(await page.getByTestId('compare-sentence').textContent(), /^B: \$0\.237 .* A: \$0\.431; B − A = −\$0\.194\. Of that, efficiency \(tokens\/s\) −\$0\.399 and rent \+\$0\.205\.$/);
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

  it('a claim that compares two factories opens as that comparison', async () => {
    const { page } = await track('lang=en&step=8', { ready: '[data-testid=story-claim-blackwell]', reducedMotion: 'reduce' });
    const href = await page.getByTestId('claim-compare-blackwell').getAttribute('href');
    assert.match(href, /cmp=1.*b_gpu=b200.*#compare$/);
    await page.getByTestId('claim-compare-blackwell').click();
    await page.locator('#compare svg').waitFor();
    assert.ok(await usd(page, 'cost-per-mtok-b') < await usd(page, 'cost-per-mtok'));
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
    assert.ok((await page.locator('[data-testid^=diff-]').count()) >= 3);
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
