// The single-file build (issue 5): dist/token-cost-offline.html opened from disk with the network off
// renders in every language, its sliders work, its strict policy holds, and it asks for nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const FILE = pathToFileURL(resolve('dist/token-cost-offline.html')).href;
let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { await browser.close(); });

describe('the single-file build from file://', () => {
  it('renders in Chinese, English and Traditional Chinese with no network, its sliders move the cost, and it makes no request', async () => {
    const context = await browser.newContext({ offline: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const requests = [], errors = [];
    page.on('request', (r) => { if (!r.url().startsWith(FILE.split('?')[0]) && !r.url().startsWith('data:')) requests.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${FILE}?lang=zh`);
    await page.locator('#step-1 svg').waitFor();
    assert.match(await page.locator('#story-title').textContent(), /词元/);
    // The explorer arrives as a reader comes to it (the skip link takes them there).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const cost = page.getByTestId('cost-per-mtok');
    await cost.waitFor();
    assert.equal(await cost.textContent(), '¥3.08');

    const rent = page.locator('input[type=range][name=rent]');
    await rent.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    assert.notEqual(await cost.textContent(), '¥3.08', 'the rent slider moved the cost');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.locator('#story-title').textContent(), /step by step/);
    assert.match(await cost.textContent(), /^\$/);

    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-HK');
    assert.match(await page.locator('#story-title').textContent(), /Token/);
    assert.match(await cost.textContent(), /^CN¥/);

    const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    assert.match(csp, /default-src 'none'; script-src 'sha256-/);
    assert.deepEqual(requests, [], 'no request beyond the file itself');
    assert.deepEqual(errors, [], 'no error, no policy violation');
    await context.close();
  });

  it('holds every classroom feature: presenter mode with its speaker view, a slide picture, the lecture as .pptx', async () => {
    const context = await browser.newContext({ offline: true, reducedMotion: 'reduce', viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${FILE}?present=1&lang=zh-Hant`);
    await page.locator('.stage-slide[data-slide=title]').waitFor();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    speaker.on('pageerror', (e) => errors.push(String(e)));
    await speaker.locator('.speaker .stage-slide').waitFor();
    await speaker.keyboard.press('PageDown');
    await page.locator('.stage-slide[data-slide="1"]').waitFor();
    await page.keyboard.press('PageDown');
    await speaker.locator('.stage-slide[data-slide="1"][data-frag="1"]').waitFor();

    await page.goto(`${FILE}?lang=en`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#levers details.share summary').click();
    const [slide] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-slide-png').click()]);
    assert.match(slide.suggestedFilename(), /^levers_.*\.slide\.png$/);
    await page.getByTestId('export-deck-pptx').waitFor();
    const [deck] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-deck-pptx').click()]);
    assert.equal(deck.suggestedFilename(), 'token-cost-lecture_en.pptx');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
