// Export (issue 5): SVG, PNG at 2× and 3×, and CSV of a chart as it stands, in the reader's language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser } from './harness.mjs';
import { simplifiedOnly } from '../hanzi.mjs';

const { track } = useBrowser();

async function grab(page, chart, kind) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`#${chart} [data-export=${kind}]`).click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}
const pngSize = (b) => ({ w: b.readUInt32BE(16), h: b.readUInt32BE(20) });

describe('exporting a chart in Chromium', () => {
  it('gives a valid SVG with the title in the page\'s language, PNGs of 2× and 3× its size, and a CSV that matches the chart', async () => {
    const { page } = await track('lang=zh', { reducedMotion: 'reduce', bypassCSP: false }); // under the page's own policy
    await page.locator('#cost-stack details.share summary').click();

    const svg = await grab(page, 'cost-stack', 'svg');
    assert.equal(svg.name, 'cost-stack_h100_rent-2.35_elec-0.04196_tps-2209_zh.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), title: doc.querySelector('title')?.textContent,
        w: Number(doc.documentElement.getAttribute('width')), h: Number(doc.documentElement.getAttribute('height')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '), rects: doc.querySelectorAll('rect').length };
    }, text);
    assert.equal(parsed.error, false, 'the SVG parses');
    assert.equal(parsed.title, await page.locator('#cost-stack-title').textContent());
    assert.match(parsed.title, /词元/);
    assert.match(parsed.texts, /¥3\.08/, 'what the chart says, with its total');
    assert.match(parsed.texts, /H100.*¥16\.80.*2209/, 'the key assumptions, in Chinese without grouping commas');
    assert.match(parsed.texts, /输入：当前设置/, 'the source line');
    assert.doesNotMatch(parsed.texts, /下方|来源与方法/, 'not a pointer to a page the file is not on');
    assert.match(parsed.texts, /本图链接：http:\/\/127\.0\.0\.1:\d+\/explainer\/sub\/\?lang=zh[^ ]*#cost-stack/, 'the link to this view');
    assert.ok(parsed.rects >= 4, 'background and the three parts');

    for (const [kind, scale] of [['png2', 2], ['png3', 3]]) {
      const png = await grab(page, 'cost-stack', kind);
      assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
      assert.deepEqual(pngSize(png.bytes), { w: Math.round(parsed.w * scale), h: Math.round(parsed.h * scale) }, kind);
      assert.match(png.name, new RegExp(`_zh\\.${scale}x\\.png$`));
    }

    const csv = await grab(page, 'cost-stack', 'csv');
    const all = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.slice(1, -1).split('","'));
    // A header block: the chart, its assumptions, sources, the link to this view and the date; a blank row; the table.
    assert.deepEqual(all.slice(0, 5).map((r) => r[0]), ['图表', '假设', '来源', '本图链接', '制作日期']);
    assert.match(all[1][1], /H100.*¥16\.80/);
    assert.match(all[3][1], /^http:\/\/127\.0\.0\.1:\d+\/explainer\/sub\/\?lang=zh.*#cost-stack$/);
    assert.match(all[4][1], /^\d{4}-\d\d-\d\d$/);
    assert.equal(all[5].join(''), '');
    const rows = all.slice(6);
    assert.equal(rows.length, 5, 'header, three parts, total');
    assert.match(rows[0][2], /\(CNY\)$/, 'money in the reader\'s currency, the unit in the header');
    const usdPerM = Number(await page.getByTestId('cost-per-mtok').getAttribute('data-usd'));
    assert.ok(Math.abs(Number(rows[4][2]) - usdPerM * 7.15) < 1e-4, `the total per million, as a number: ${rows[4][2]}`);
    assert.equal(`¥${Number(rows[4][2]).toFixed(2)}`, await page.getByTestId('cost-per-mtok').textContent(), 'the same total the chart shows');
    assert.equal(Math.round(Number(rows[1][3])), 95, 'the hardware share, in percent');
  });

  it('exports in Traditional Chinese what the Hong Kong reader sees: its words, CN¥, no Simplified-only character', async () => {
    const { page } = await track('lang=zh-Hant', { reducedMotion: 'reduce' });
    await page.locator('#cost-stack details.share summary').click();
    const svg = await grab(page, 'cost-stack', 'svg');
    assert.match(svg.name, /_zh-Hant\.svg$/);
    const texts = await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('title, text')]
      .map((t) => t.textContent).join(' | '), svg.bytes.toString('utf8'));
    assert.match(texts, /Token/);
    assert.match(texts, /CN¥3\.08/);
    assert.deepEqual(simplifiedOnly(texts), []);
    const csv = (await grab(page, 'cost-stack', 'csv')).bytes.toString('utf8');
    assert.deepEqual(simplifiedOnly(csv), []);
  });

  it('makes a 16:9 slide of any chart: 1920 × 1080 and 3840 × 2160 PNGs and an SVG, whose QR code opens the same figure', async () => {
    const { page, context } = await track('lang=en&rent=3.1&elec=0.12', { reducedMotion: 'reduce' });
    await page.locator('#levers details.share summary').click();
    const usd = Number(await page.getByTestId('cost-per-mtok').getAttribute('data-usd'));
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-slide-png').first().click()]);
    const png = await readFile(await dl.path());
    assert.deepEqual(pngSize(png), { w: 1920, h: 1080 }, 'the IHDR of a 16:9 slide');
    assert.match(dl.suggestedFilename(), /^levers_h100_rent-3\.1_elec-0\.12_.*_en\.slide\.png$/);
    assert.deepEqual(pngSize((await grab(page, 'levers', 'slide4k')).bytes), { w: 3840, h: 2160 });
    // The QR code, read by an independent decoder from the picture's pixels.
    const JSQR = await readFile(new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');
    await page.addScriptTag({ content: JSQR });
    const link = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height);
      return window.jsQR(d.data, d.width, d.height)?.data;
    }, png.toString('base64'));
    assert.match(link ?? '', /^http:\/\/127\.0\.0\.1:\d+\/explainer\/sub\/\?.*rent=3\.1.*#levers$/);
    const again = await context.newPage();
    await again.goto(link);
    await again.locator('#levers svg').first().waitFor();
    assert.equal(Number(await again.getByTestId('cost-per-mtok').getAttribute('data-usd')), usd, 'the link reopens the same figure');
    await again.close();
    // The SVG: the three panels under their titles, the assumptions one a line, the sources, the link written out.
    const svg = (await grab(page, 'levers', 'slideSvg')).bytes.toString('utf8');
    const texts = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { w: doc.documentElement.getAttribute('width'), h: doc.documentElement.getAttribute('height'), error: !!doc.querySelector('parsererror'),
        lines: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent) };
    }, svg);
    assert.deepEqual([texts.w, texts.h, texts.error], ['1920', '1080', false]);
    for (const want of ['Which lever matters', 'Electricity price', 'GPU rent', 'Model efficiency', 'rent $3.10 per GPU-hour', 'PUE 1.3', 'Sources']) {
      assert.ok(texts.lines.some((l) => l.includes(want)), `${want} in ${texts.lines.join(' | ')}`);
    }
    // The link written out in full under its QR code, cut into lines where it is longer than the column.
    assert.ok(texts.lines.join('').includes(link), `the link written out: ${texts.lines.join(' | ')}`);
    assert.ok(texts.lines.every((l) => !/^[。，、；：？！）」]/.test(l)), 'no line starts with closing punctuation');
  });

  it('gives embed code for the chart with the current settings and language', async () => {
    const { page } = await track('lang=en&rent=3', { reducedMotion: 'reduce' });
    await page.locator('#anchor details.share summary').click();
    const code = await page.locator('#anchor textarea').inputValue();
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/explainer\/sub\/\?embed=anchor&fit=1&lang=en&rent=3" width="800" height="450"/);
    assert.doesNotMatch(code, /data-token-cost/, 'a slide\'s frame keeps the size it names');
    // Copying says it happened, where a reader looks and a screen reader listens (a polite live region).
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#anchor [data-export=embed]').click();
    const ack = page.getByTestId('acknowledgement');
    await ack.filter({ hasText: 'Embed code copied.' }).waitFor();
    assert.equal(await ack.getAttribute('aria-live'), 'polite');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    // And a picture saved says its name.
    await Promise.all([page.waitForEvent('download'), page.locator('#anchor [data-export=svg]').click()]);
    await ack.filter({ hasText: /^Saved anchor_.*\.svg\.$/ }).waitFor();
  });
});
