// Every chart's labels, measured in Chromium as a reader sees them: in every language, at a small phone
// (320 px), a phone (390), a tablet (800) and a laptop (1280), no label covers another or leaves its chart.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBrowser } from './harness.mjs';

const { track } = useBrowser();

/** Every text of every chart on the page that covers another text of its chart or reaches outside it. */
const collisions = (page) => page.evaluate(() => {
  const out = [];
  for (const svg of document.querySelectorAll('svg[role=img]')) {
    const sb = svg.getBoundingClientRect();
    if (sb.width < 30 || svg.closest('.opening')) continue;
    const chart = svg.closest('[id]')?.id ?? '?';
    const boxes = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0)
      .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
    for (const { text, r } of boxes) {
      if (r.left < sb.left - 1 || r.right > sb.right + 1 || r.top < sb.top - 1 || r.bottom > sb.bottom + 1) out.push(`${chart}: "${text}" leaves the chart`);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) out.push(`${chart}: "${boxes[i].text}" covers "${boxes[j].text}"`);
    }
  }
  return out;
});

describe('chart labels never collide or clip', () => {
  const cases = [['en', [320, 390, 800, 1280]], ['zh', [320, 390, 800, 1280]], ['zh-Hant', [320, 390, 800, 1280]],
    // The projector theme draws every chart text at 14 px.
    ['en&theme=projector', [390, 1280]], ['zh-Hant&theme=projector', [1280]]];
  for (const [lang, widths] of cases) {
    it(`in ${lang}, at ${widths.join(', ')} px, in every chart of the story, the explorer and the efficiency panel`, async () => {
      for (const width of widths) {
        const { page, context } = await track(`lang=${lang}`, { viewport: { width, height: 800 }, reducedMotion: 'reduce', ready: '#step-1 svg' });
        await page.locator('#step-8').waitFor({ state: 'attached' });
        // Every part built: each lazy scene and panel as a reader comes to it.
        for (const place of [2, 3, 4, 5, 6, 7].map((n) => `#step-${n} .scene`).concat(['#cost-stack', '#anchor', '#levers', '#frontier'])) {
          await page.locator(place).evaluate((el) => el.scrollIntoView());
          await page.locator(`${place} svg[role=img]`).first().waitFor({ state: 'attached' });
        }
        await page.getByTestId('eff-result').waitFor();
        await settled(page);
        const charts = await page.locator('svg[role=img]').count();
        assert.ok(charts >= 13, `${lang} ${width}: ${charts} charts`);
        assert.deepEqual(await collisions(page), [], `${lang} at ${width} px`);
        await context.close();
      }
    });
  }
});
