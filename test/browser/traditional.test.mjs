// The Traditional Chinese edition for Hong Kong readers, as they meet it: opened by their browser's
// language, in every mode, with no Simplified-only character on the page, and a switch among all three.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBrowser } from './harness.mjs';
import { simplifiedOnly } from '../hanzi.mjs';

const { track, axe } = useBrowser();

/** The page's text with every disclosure open, its data tables and its text alternatives too. */
const allText = (page) => page.evaluate(() => {
  document.querySelectorAll('details').forEach((d) => { d.open = true; });
  const labels = [...document.querySelectorAll('[aria-label], [aria-valuetext], title, desc')]
    .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('aria-valuetext') ?? ''} ${e.textContent ?? ''}`);
  return `${document.body.innerText}\n${document.title}\n${labels.join('\n')}`;
});
// The switch names each language in itself: 简体 is Simplified on purpose.
const withoutSwitch = (text) => text.replaceAll('简体', '');

describe('繁體中文 for Hong Kong', () => {
  it('a zh-HK browser opens the page in Traditional, with Hong Kong\'s words and money as CN¥, and not one Simplified-only character', async () => {
    const { page } = await track('', { locale: 'zh-HK' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant-HK');
    assert.equal(await page.getByRole('button', { name: '繁體' }).getAttribute('aria-pressed'), 'true');
    assert.match(await page.getByTestId('cost-per-mtok').textContent(), /^CN¥\d/);
    // Every part built: the efficiency panel and the sources come as a reader nears them, the story's scenes too.
    for (const id of ['efficiency', 'sources', 'step-8', 'step-4', 'step-1']) {
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView());
      await page.getByTestId('eff-result').waitFor();
    }
    await settled(page);
    const text = withoutSwitch(await allText(page));
    assert.deepEqual(simplifiedOnly(text), [], 'Simplified-only characters on the Traditional page');
    assert.match(text, /晶片|伺服器/);
    assert.match(text, /記憶體/, 'the efficiency panel is there');
    assert.match(text, /每百萬 Token/);
    assert.doesNotMatch(text, /(?<!CN)¥/, 'a bare ¥ reads as yen in Hong Kong');
    assert.deepEqual(await axe(page), []);
  });

  it('the switch moves among English, 简体 and 繁體, each page whole, the link and the currency following', async () => {
    const { page } = await track('lang=zh-Hant');
    const cases = [
      { name: '简体', html: 'zh-CN', lang: 'zh', cost: /^¥\d/ },
      { name: 'English', html: 'en', lang: 'en', cost: /^\$\d/ },
      { name: '繁體', html: 'zh-Hant-HK', lang: 'zh-Hant', cost: /^CN¥\d/ },
    ];
    for (const c of cases) {
      await page.getByRole('button', { name: c.name }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, c.html);
      await page.waitForFunction((l) => new URLSearchParams(location.search).get('lang') === l, c.lang);
      assert.match(await page.getByTestId('cost-per-mtok').textContent(), c.cost, c.name);
      if (c.lang === 'zh-Hant') assert.deepEqual(simplifiedOnly(withoutSwitch(await allText(page))), [], c.name);
      if (c.lang === 'zh') assert.match(await allText(page), /词元/, c.name);
      assert.deepEqual(await axe(page), [], c.name);
    }
  });

  it('carries into an embedded chart and presenter mode', async () => {
    const embed = await track('embed=cost-stack&lang=zh-Hant', { viewport: { width: 800, height: 450 }, ready: '#cost-stack svg' });
    assert.equal(await embed.page.evaluate(() => document.documentElement.lang), 'zh-Hant-HK');
    const embedText = await allText(embed.page);
    assert.deepEqual(simplifiedOnly(embedText), []);
    assert.match(embedText, /CN¥/);
    assert.deepEqual(await axe(embed.page), []);

    const present = await track('present=1&lang=zh-Hant&step=5', { viewport: { width: 1280, height: 720 }, ready: '#present-title' });
    assert.equal(await present.page.evaluate(() => document.documentElement.lang), 'zh-Hant-HK');
    assert.deepEqual(simplifiedOnly(withoutSwitch(await allText(present.page))), []);
    assert.deepEqual(await axe(present.page), []);
  });
});
