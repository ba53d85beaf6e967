// npm run bench — measures the budgets of the explainer in Chromium and prints a table; writes
// bench/results.json. A report, not a test: it never fails on a budget, only on a broken run.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../test/browser/server.mjs';
import { inputFloor, inputWork, median, quantile } from './input.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
/** A ready comparison's link (state/compare.ts): the H100 contract as A, Blackwell spot as B. */
const COMPARE_QUERY = 'cmp=1&b_gpu=b200&b_rent=4.08&b_tps=6920&b_kw=1.7875';
const BUDGETS = { jsGzKb: 80, firstChartMs: 300, inputMedianMs: 4, inputP95Ms: 8, droppedFrames: 0, lhPerformance: 0.95, lhAccessibility: 1, lhBestPractices: 1 };

const kb = (n) => Math.round(n / 102.4) / 10;

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/**
 * sizes(browser, url): bytes each page really loads — read from the requests Chromium makes — raw and
 * gzipped from dist/: script, the language's messages (JSON) and CSS. The page is measured as it opens
 * (until idle, before the reader scrolls: the explorer and the later scenes load as a reader nears them)
 * and again after scrolling to the end, when everything a reader can reach has loaded.
 */
async function sizes(browser, url) {
  const size = async (f) => { const buf = await readFile(f); return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length }; };
  async function loaded(query, ready, { scroll = false } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const files = new Set();
    page.on('response', (r) => { const m = r.url().match(/\/assets\/([^?#]+\.(js|css|json))$/); if (m) files.add(m[1]); });
    await page.goto(`${url}?${query}`);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    if (scroll) {
      await page.mouse.move(640, 400);
      for (let i = 0; i < 60 && !(await page.getByTestId('eff-result').count()); i++) { await page.mouse.wheel(0, 700); await page.waitForTimeout(80); }
      await page.getByTestId('eff-result').waitFor();
      await page.waitForLoadState('networkidle');
    }
    await context.close();
    const sum = async (ext) => { let raw = 0, gz = 0; for (const f of [...files].filter((x) => x.endsWith(ext))) { const s = await size(`dist/assets/${f}`); raw += s.raw; gz += s.gz; } return { raw, gz }; };
    return { js: await sum('.js'), json: await sum('.json'), css: await sum('.css'), files: [...files].sort() };
  }
  const chart = '#step-1 svg';
  const en = await loaded('lang=en', chart);
  const zh = await loaded('lang=zh', chart);
  const whole = await loaded('lang=en', chart, { scroll: true });
  const embed = await loaded('lang=en&embed=cost-stack', '[data-testid=cost-per-mtok]');
  const embedStory = await loaded('lang=en&embed=story-demand', 'svg');
  const present = await loaded('lang=en&present=1&slide=2', '.scene svg');
  return { js_en: en.js, js_zh: zh.js, messages_en: en.json, messages_zh: zh.json, css: en.css, js_whole: whole.js,
    js_embed: embed.js, js_embed_story: embedStory.js, js_present: present.js,
    files_en: en.files, files_whole: whole.files, files_embed: embed.files, html: await size('dist/index.html'),
    single_file: await size('dist/token-cost-offline.html') };
}

/**
 * firstChart(browser, url, runs): time from navigation to the first chart painted, as element timing
 * reports it — on the main page that is the opening drawn into the HTML (src/opening.ts) — and to the
 * chart the script draws in its place (the page live), median of several cold loads in each language.
 */
async function firstChart(browser, url, runs = 9) {
  const first = [], live = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__charts = new Promise((ok) => {
        let firstAt;
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) {
            if (e.identifier !== 'first-chart') continue;
            const at = e.renderTime || e.loadTime;
            firstAt ??= at;
            // The opening's chart may be gone by now (element null); the script's stays in the page.
            if (e.element && !e.element.closest('.opening')) ok({ first: firstAt, live: at });
          }
        }).observe({ type: 'element', buffered: true });
      });
    });
    await page.goto(`${url}?lang=${i % 2 ? 'zh' : 'en'}`);
    const t = await page.evaluate(() => window.__charts);
    first.push(t.first);
    live.push(t.live);
    await context.close();
  }
  return { medianMs: Math.round(median(first)), runs: first.map(Math.round), liveMedianMs: Math.round(median(live)), liveRuns: live.map(Math.round) };
}

/**
 * droppedFrames(page, changes): frames missed while a scenario change animates (gaps between animation
 * frames), over several changes between two scenarios — one change is too few to tell a stutter from
 * the machine's noise.
 */
async function droppedFrames(page, changes = 6) {
  const runs = [];
  for (let j = 0; j < changes; j++) {
    runs.push(await page.evaluate(async (j) => {
      const button = [...document.querySelectorAll('.scenarios button')][1 + (j % 2)];
      const stamps = [];
      const until = performance.now() + 700;
      const tick = (t) => { stamps.push(t); if (t < until) requestAnimationFrame(tick); };
      requestAnimationFrame((t) => { button.click(); tick(t); });
      // Past the animation and the page's catch-up once it is still (400 ms), so the next change starts clean.
      await new Promise((ok) => setTimeout(ok, 1000));
      let dropped = 0;
      for (let i = 1; i < stamps.length; i++) dropped += Math.max(0, Math.round((stamps[i] - stamps[i - 1]) / (1000 / 60)) - 1);
      return { frames: stamps.length, dropped };
    }, j));
  }
  return { changes, frames: runs.reduce((s, r) => s + r.frames, 0), dropped: runs.reduce((s, r) => s + r.dropped, 0),
    perChange: runs.map((r) => r.dropped) };
}

async function lighthouse(url) {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
  try {
    const r = await run(`${url}?lang=en`, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'provided' } });
    const c = r.lhr.categories;
    return { performance: c.performance.score, accessibility: c.accessibility.score, bestPractices: c['best-practices'].score, seo: c.seo.score };
  } finally {
    await chrome.kill();
  }
}

const server = await serve('dist', { prefix: '/bench/' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const results = { date: new Date().toISOString(), budgets: BUDGETS };
try {
  results.sizes = await sizes(browser, server.url);
  // The machine's own floor, measured the same way: a static page holding one element-timed SVG label.
  // Timings on a shared machine drift from hour to hour; the floor says how slow the machine is today.
  const floorDir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await writeFile(join(floorDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><svg width="600" height="300"><line x1="0" y1="0" x2="600" y2="300" stroke="black"/><text x="300" y="290" elementtiming="first-chart">Year</text></svg></body></html>');
  const floorServer = await serve(floorDir, { prefix: '/' });
  results.firstChartFloor = await firstChart(browser, floorServer.url).finally(() => floorServer.close());
  results.firstChart = await firstChart(browser, server.url);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.url}?lang=en#explorer`);
  await page.getByTestId('eff-result').waitFor();
  results.input = {};
  for (const name of ['elec', 'rent', 'tps']) results.input[name] = await inputWork(browser, page, name);
  // Compare mode (issue 20): the H100 contract against Blackwell spot, A's rent and B's, against the same budget.
  const compare = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await compare.goto(`${server.url}?lang=en&${COMPARE_QUERY}#explorer`);
  await compare.getByTestId('cost-per-mtok-b').waitFor();
  results.inputCompare = {};
  for (const name of ['rent', 'b_rent']) results.inputCompare[name] = await inputWork(browser, compare, name);
  await compare.context().close();
  const bare = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await bare.goto(`${server.url}?lang=en#explorer`);
  await bare.getByTestId('eff-result').waitFor();
  results.inputFloor = await inputFloor(browser, bare, 'elec');
  results.transition = await droppedFrames(page);
  results.lighthouse = await lighthouse(server.url).catch((e) => ({ error: String(e).slice(0, 200) }));
} finally {
  await browser.close();
  await server.close();
}

const ok = (v, budget, less = true) => (v === undefined ? '?' : (less ? v <= budget : v >= budget) ? 'ok' : 'OVER');
/** A row of input work against its budget: median and p95, task and frame, and what more there is to say. */
const inputRow = (label, w, more = '') => [`${label}: median / p95`, `${w.medianMs} / ${w.p95Ms} ms (task ${w.taskMedianMs} + frame ${w.frameMedianMs}${more})`,
  `≤ ${BUDGETS.inputMedianMs} / ${BUDGETS.inputP95Ms} ms`, ok(w.medianMs, BUDGETS.inputMedianMs) === 'ok' && ok(w.p95Ms, BUDGETS.inputP95Ms) === 'ok' ? 'ok' : 'OVER'];
const rows = [
  ['JS gzipped, English page as it opens', `${kb(results.sizes.js_en.gz)} KB (raw ${kb(results.sizes.js_en.raw)} KB)`, `≤ ${BUDGETS.jsGzKb} KB`, ok(kb(results.sizes.js_en.gz), BUDGETS.jsGzKb)],
  ['JS gzipped, Chinese page as it opens', `${kb(results.sizes.js_zh.gz)} KB (raw ${kb(results.sizes.js_zh.raw)} KB)`, `≤ ${BUDGETS.jsGzKb} KB`, ok(kb(results.sizes.js_zh.gz), BUDGETS.jsGzKb)],
  ['  + its messages (JSON), en / zh', `${kb(results.sizes.messages_en.gz)} / ${kb(results.sizes.messages_zh.gz)} KB`, '', ''],
  ['JS gzipped, English page scrolled to the end (everything)', `${kb(results.sizes.js_whole.gz)} KB (raw ${kb(results.sizes.js_whole.raw)} KB)`, '', ''],
  ['HTML gzipped (holds the opening, in both languages)', `${kb(results.sizes.html.gz)} KB (raw ${kb(results.sizes.html.raw)} KB)`, '', ''],
  ['CSS gzipped (one file, every mode)', `${kb(results.sizes.css.gz)} KB (raw ${kb(results.sizes.css.raw)} KB)`, '', ''],
  ['JS gzipped, embed: cost stack / story demand chart', `${kb(results.sizes.js_embed.gz)} / ${kb(results.sizes.js_embed_story.gz)} KB`, '', ''],
  ['JS gzipped, presenter mode (all eight scenes)', `${kb(results.sizes.js_present.gz)} KB`, '', ''],
  ['Single-file build (all of it, both languages)', `${kb(results.sizes.single_file.gz)} KB gzipped (raw ${kb(results.sizes.single_file.raw)} KB)`, '', ''],
  ['First chart drawn (the opening, from the HTML), median of 9 cold loads', `${results.firstChart.medianMs} ms`, `≤ ${BUDGETS.firstChartMs} ms`, ok(results.firstChart.medianMs, BUDGETS.firstChartMs)],
  ['  the same chart drawn again by the script (the page live)', `${results.firstChart.liveMedianMs} ms`, '', ''],
  ['  the machine\'s floor: a static page with one SVG', `${results.firstChartFloor.medianMs} ms`, '', ''],
  ...['elec', 'rent', 'tps'].map((n) => inputRow(`Input work, ${n} slider (${results.input[n].inputs} inputs)`, results.input[n],
    `; painting ${results.input[n].paintMedianMs} more; ${results.input[n].restMs} ms once still`)),
  ...['rent', 'b_rent'].map((n) => inputRow(`Input work in compare mode, ${n} slider`, results.inputCompare[n])),
  ['  the floor: the elec slider\'s key presses with the page\'s reaction stopped', `${results.inputFloor.medianMs} / ${results.inputFloor.p95Ms} ms (task ${results.inputFloor.taskMedianMs} + frame ${results.inputFloor.frameMedianMs})`, '', ''],
  [`Frames dropped while a scenario change animates (${results.transition.changes} changes)`, `${results.transition.dropped} of ${results.transition.frames} (per change: ${results.transition.perChange.join(', ')})`, '0', ok(results.transition.dropped, 0)],
  ...(results.lighthouse.error ? [['Lighthouse', results.lighthouse.error, '', '?']] : [
    ['Lighthouse performance', results.lighthouse.performance, '≥ 0.95', ok(results.lighthouse.performance, BUDGETS.lhPerformance, false)],
    ['Lighthouse accessibility', results.lighthouse.accessibility, '1.0', ok(results.lighthouse.accessibility, 1, false)],
    ['Lighthouse best practices', results.lighthouse.bestPractices, '1.0', ok(results.lighthouse.bestPractices, 1, false)],
    ['Lighthouse SEO', results.lighthouse.seo, '', ''],
  ]),
];
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log('\n' + rows.map((r) => `${String(r[0]).padEnd(w[0])}  ${String(r[1]).padEnd(w[1])}  ${String(r[2]).padEnd(w[2])}  ${r[3]}`).join('\n'));
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
