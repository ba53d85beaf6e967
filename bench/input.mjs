// The work one slider input causes, from a Chromium trace: used by npm run bench (run.mjs) and handy
// alone while working on the input path (node bench/input.mjs [names] [n] [dir] [query], against dist/ by default;
// a query such as "cmp=1&b_gpu=b200&b_rent=4.08" measures compare mode, whose B sliders are b_elec, b_rent, b_tps).
import { chromium } from 'playwright-core';
import { serve } from '../test/browser/server.mjs';

/** src/state/visibility.svelte.ts's QUIET_MS: how long after the last input the page is still. */
const QUIET_MS = 400;

export const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
export const median = (xs) => quantile(xs, 0.5);

/**
 * inputWork(page, name, n): n real key presses on a slider, one a sample, across its range, traced. The work one input causes is its
 * task (event handling and Svelte's update) plus the frame that shows it — its animation callbacks,
 * style and layout, and any task that ran before it paints — as the issue counts it; that frame's
 * painting (pre-paint, paint, layerize, commit) is reported beside it, not added. restMs is the work
 * once the page is still after the last of them: its regions out of sight catching up, once a movement.
 */
export async function inputWork(browser, page, name, n = 220) {
  const slider = page.locator(`input[type=range][name=${name}]`);
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (let i = 0; i < n; i++) {
    // One key press a sample, from a point across the slider's whole range: the thumb is put there
    // first without an event (as a drag's jump would leave it), and the page has drawn it before the press.
    await slider.evaluate((el, f) => new Promise((done) => {
      el.value = String(Number(el.min) + f * (Number(el.max) - Number(el.min)));
      requestAnimationFrame(() => requestAnimationFrame(done));
    }), i / n);
    await page.keyboard.press('ArrowRight', { delay: 0 });
    await page.waitForTimeout(20);
  }
  // The page is still: what was out of sight catches up (src/state/visibility.svelte.ts), once a movement.
  await page.waitForTimeout(QUIET_MS + 400);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const dispatches = trace.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const tid = dispatches[0]?.tid;
  const tasks = trace.filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // The frame that shows the input: the first task after it that paints. Its painting (pre-paint, paint,
  // layerize, commit; nested events counted once) is reported apart from its animation callbacks, style
  // and layout.
  const PAINTING = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
  const painting = trace.filter((e) => e.tid === tid && e.ph === 'X' && PAINTING.has(e.name)).sort((a, b) => a.ts - b.ts);
  const inside = (t, e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
  const frames = [];
  for (let i = 0, j = 0; i < tasks.length; i++) {
    const t = tasks[i];
    while (j < painting.length && painting[j].ts < t.ts) j++;
    if (j < painting.length && inside(t, painting[j])) frames.push(t);
  }
  const paintedUs = (frame) => {
    let us = 0, end = 0;
    for (const e of painting) {
      if (!inside(frame, e)) continue;
      const from = Math.max(e.ts, end), to = e.ts + e.dur;
      if (to > from) { us += to - from; end = to; }
    }
    return us;
  };
  const work = [];
  for (const d of dispatches) {
    const task = tasks.find((t) => t.ts <= d.ts && t.ts + t.dur >= d.ts + d.dur);
    if (!task) continue;
    const next = frames.find((f) => f.ts >= task.ts + task.dur);
    const frame = next && next.ts - (task.ts + task.dur) < 50_000 ? next : undefined; // a frame 50 ms on is not this input's
    const paintUs = frame ? paintedUs(frame) : 0;
    // Chromium may lay the frame out in a task of its own before the one that paints: every task between
    // the input's and the painting one is counted with the frame (a stray key-up in there too, a few µs).
    const betweenUs = frame ? tasks.filter((t) => t.ts >= task.ts + task.dur && t.ts + t.dur <= frame.ts && !dispatches.some((o) => o.ts >= t.ts && o.ts <= t.ts + t.dur)).reduce((s, t) => s + t.dur, 0) : 0;
    work.push({ taskMs: task.dur / 1000, frameMs: frame ? (betweenUs + frame.dur - paintUs) / 1000 : 0, paintMs: paintUs / 1000 });
  }
  // The catch-up: every task of the renderer's from a little before the page is still until 400 ms after,
  // less its painting — the page's update of what was out of sight, and the frame that lays it out.
  const lastEnd = Math.max(...dispatches.map((d) => d.ts + d.dur));
  const restTasks = tasks.filter((t) => t.ts >= lastEnd + (QUIET_MS - 50) * 1000 && t.ts <= lastEnd + (QUIET_MS + 400) * 1000);
  const restMs = restTasks.reduce((sum, t) => sum + t.dur - paintedUs(t), 0) / 1000;
  // Its longest task: what a reader who takes the slider again just then could wait for.
  const restLongestMs = restTasks.reduce((most, t) => Math.max(most, t.dur - paintedUs(t)), 0) / 1000;
  if (!work.some((w) => w.paintMs > 0)) throw new Error('no frame found after the inputs: the trace\'s event names have changed');
  const total = work.map((w) => w.taskMs + w.frameMs);
  return { inputs: work.length, medianMs: +median(total).toFixed(2), p95Ms: +quantile(total, 0.95).toFixed(2),
    taskMedianMs: +median(work.map((w) => w.taskMs)).toFixed(2), frameMedianMs: +median(work.map((w) => w.frameMs)).toFixed(2),
    paintMedianMs: +median(work.map((w) => w.paintMs)).toFixed(2), restMs: +restMs.toFixed(2), restLongestMs: +restLongestMs.toFixed(2) };
}

/**
 * inputFloor(browser, page, name, n): the same key presses, measured the same way, with the page's own
 * reaction stopped (input and change are caught before any listener of the page's): what is left is the
 * browser's part — the key events and the slider drawing its thumb anew. It says how much of the input
 * work is the page's and how slow the machine is today; it leaves the page's sliders out of step with
 * its state, so it is measured on a page of its own.
 */
export async function inputFloor(browser, page, name, n = 220) {
  await page.evaluate(() => { for (const type of ['input', 'change']) addEventListener(type, (e) => e.stopImmediatePropagation(), true); });
  return inputWork(browser, page, name, n);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = (process.argv[2] ?? 'elec,rent,tps').split(',');
  const n = Number(process.argv[3] ?? 220);
  const server = await serve(process.argv[4] ?? 'dist', { prefix: '/bench/' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const query = process.argv[5] ? `&${process.argv[5]}` : '';
    await page.goto(`${server.url}?lang=en${query}#explorer`);
    await page.getByTestId('eff-result').waitFor();
    for (const name of names) console.log(name, JSON.stringify(await inputWork(browser, page, name, n)));
    await page.reload();
    await page.getByTestId('eff-result').waitFor();
    console.log('floor', names[0], JSON.stringify(await inputFloor(browser, page, names[0], n)));
  } finally {
    await browser.close();
    await server.close();
  }
}
