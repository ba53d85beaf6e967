// What every browser test needs: the built page served on 127.0.0.1 under a sub-path, a Chromium page
// that records any request leaving the origin and any console error, and axe-core.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const EXPLORER = '[data-testid=cost-per-mtok]';

export async function start() {
  const server = await serve('dist', { prefix: '/explainer/sub/' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const origin = new URL(server.url).origin;

  /**
   * open(query, options) opens the page and returns it with the offences it records. By default it then
   * scrolls to the explorer, as a reader would (its code loads as they come near it), and waits for it;
   * `ready` names something else to wait for (or '' for nothing beyond the load), and then the page stays
   * where it opened.
   */
  async function open(query = '', { locale = 'en-US', viewport = { width: 1280, height: 800 }, reducedMotion = 'no-preference', bypassCSP = true, ready = EXPLORER, block, javaScriptEnabled = true, clock = false, hasTouch = false } = {}) {
    const context = await browser.newContext({ locale, viewport, reducedMotion, bypassCSP, javaScriptEnabled, hasTouch });
    const page = await context.newPage();
    const offsite = [];
    const errors = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offsite.push(u);
    });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    // block: requests to refuse (a glob; end it with .js* to refuse a file asked for again under a retry's query), to see how the page copes when part of it cannot load.
    if (block) await page.route(block, (route) => route.abort());
    // clock: the page's timers run on Playwright's clock, which a test may pause (page.clock.pauseAt).
    if (clock) await page.clock.install();
    // Every window error event, a "ResizeObserver loop" among them: Chromium reports those to the page
    // (and a host page's error monitoring) but not to the console.
    await page.addInitScript(() => { window.__windowErrors = []; addEventListener('error', (e) => { window.__windowErrors.push(e.message ?? String(e)); }); });
    await page.goto(`${server.url}${query && !query.startsWith('#') ? `?${query}` : query}`);
    if (ready === EXPLORER) {
      await page.locator('#step-8').waitFor({ state: 'attached' });
      // Heading at the top, as the skip link puts it: no story step is then current, so none sets its scene.
      // Scrolled to as a reader scrolls, not with scrollIntoView, which in Chromium 150 also moves where Tab
      // starts from: a test that tabs from the top of the page must find the page's own order.
      await page.locator('#explorer').evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY));
    }
    if (ready) await page.locator(ready).first().waitFor();
    return { page, context, offsite, errors };
  }

  /** axe(page, within) is the list of axe-core violations on the page as it stands (or in the element `within` selects). */
  async function axe(page, within) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
    const result = await page.evaluate((within) => window.axe.run(within ? document.querySelector(within) : document, { resultTypes: ['violations'] }), within);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }

  return { server, browser, open, axe, close: async () => { await browser.close(); await server.close(); } };
}

/** onlyRefused(p): the page logged nothing but the browser's own note of a request the test refused; the record is then cleared. */
export function onlyRefused(p) {
  assert.ok(p.errors.every((e) => /Failed to load resource/.test(e)), p.errors.join('\n'));
  p.errors.length = 0;
}

/**
 * settled(page): resolves once the page (or a frame) is still and what is out of sight has caught up
 * (<html data-settled>, visibility.svelte.ts), and the frame after that is drawn.
 */
export async function settled(page) {
  await page.locator('html[data-settled]').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** placed(page): resolves once a link's place has been reached and kept (<html data-placed>, scroll.ts). */
export const placed = (page) => page.locator('html[data-placed]').waitFor({ state: 'attached' });

export const costUsd = (page) => page.getByTestId('cost-per-mtok').getAttribute('data-usd').then(Number);
export const elecShare = (page) => page.getByTestId('share-electricity').getAttribute('data-value').then(Number);

/**
 * useBrowser() registers the suite's set-up with node:test and returns `track`, which opens a page
 * and, after each test, fails it on any request off the origin or any console error.
 */
export function useBrowser() {
  const ctx = { h: undefined };
  const pages = [];
  before(async () => { ctx.h = await start(); });
  after(async () => { await ctx.h.close(); });
  afterEach(async () => {
    for (const p of pages.splice(0)) {
      assert.deepEqual(p.offsite, [], 'requests left the origin');
      assert.deepEqual(p.errors, [], 'console errors');
      await p.context.close();
    }
  });
  const track = async (...args) => { const p = await ctx.h.open(...args); pages.push(p); return p; };
  return { track, axe: (page) => ctx.h.axe(page) };
}

/** close(a, b, tol) asserts a ≈ b to a relative tolerance. */
export function close(a, b, tol = 1e-6) {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);
}
