// @vitest-environment jsdom
// A region out of sight keeps its values while the state keeps changing, and catches up, at once, when
// the state has been still for QUIET_MS or when it comes into view (src/state/visibility.svelte.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// jsdom has no matchMedia: a reader who has not asked for reduced motion, so that tweens are seen.
vi.hoisted(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
    addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
});
import { flushSync } from 'svelte';
import { isStill, QUIET_MS, Region, settleNow } from '../../src/state/visibility.svelte';
import { transitionMs, tweenOf, TWEEN_MS } from '../../src/state/motion.svelte';
import { AppState } from '../../src/state/app.svelte';
import { parseLink } from '../../src/state/url';

// The default H100 at 70%: 5.56668 M tokens an hour; hourly cost = the rent (power inside it) + 0.05 (other).
const perM = (rentUsd: number) => (rentUsd + 0.05) / 5.56668;

function setUp(seen: boolean) {
  const app = new AppState(parseLink('lang=en'));
  const region = new Region();
  region.seen = seen;
  const shown = region.follow(() => app.result.perMillionTotalUsd);
  expect(shown.value).toBeCloseTo(perM(2.35), 6);
  return { app, region, shown };
}

describe('a region that follows the state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(async () => {
    await vi.runAllTimersAsync();
    vi.useRealTimers();
  });

  it('is still only when no change has come for longer than a tween', () => {
    expect(QUIET_MS).toBeGreaterThan(TWEEN_MS);
  });

  it('out of sight, keeps its value while the rent keeps moving, and takes the last one once the state is still', async () => {
    const { app, shown } = setUp(false);
    app.set('rentUsdPerGpuHour', 3);
    expect(isStill()).toBe(false);
    expect(shown.value).toBeCloseTo(perM(2.35), 6);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10);
    app.set('rentUsdPerGpuHour', 4.7); // moved again before the state was still: the wait starts anew
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10);
    expect(shown.value).toBeCloseTo(perM(2.35), 6);
    await vi.advanceTimersByTimeAsync(20);
    expect(isStill()).toBe(true);
    await vi.runAllTimersAsync(); // every region has had its turn to catch up (one a task)
    expect(shown.value).toBeCloseTo(perM(4.7), 6);
  });

  it('in sight, follows every change; coming into sight, catches up at once', () => {
    const seen = setUp(true);
    seen.app.set('rentUsdPerGpuHour', 4.7);
    expect(seen.shown.value).toBeCloseTo(perM(4.7), 6);
    const hidden = setUp(false);
    hidden.app.applyScenario('blackwell-spot-2026'); // a scenario waits too
    hidden.app.set('rentUsdPerGpuHour', 1);
    expect(hidden.shown.value).toBeCloseTo(perM(2.35), 6);
    hidden.region.seen = true;
    expect(hidden.shown.value).toBeCloseTo(hidden.app.result.perMillionTotalUsd, 12);
  });

  it('is out of sight when the observer\'s last word says so, though it passed through view in the same batch', () => {
    // Chromium's report after a jump to #explorer: step 8's claims were in view, then above it, in one callback.
    let report: IntersectionObserverCallback = () => {};
    vi.stubGlobal('IntersectionObserver', class {
      constructor(cb: IntersectionObserverCallback) { report = cb; }
      observe() {}
      disconnect() {}
    });
    const { app, region, shown } = setUp(true);
    const stop = region.watch(document.createElement('section'));
    const crossing = (isIntersecting: boolean) => ({ isIntersecting }) as IntersectionObserverEntry;
    report([crossing(true), crossing(false)], {} as IntersectionObserver);
    expect(region.seen).toBe(false);
    app.set('rentUsdPerGpuHour', 4.7);
    expect(shown.value).toBeCloseTo(perM(2.35), 6);
    report([crossing(false), crossing(true)], {} as IntersectionObserver);
    expect(shown.value).toBeCloseTo(perM(4.7), 6);
    stop?.();
    vi.unstubAllGlobals();
  });

  it('catches up region by region, one a task, so no one long task follows a pause; data-settled waits for the last', async () => {
    const a = setUp(false);
    const b = new Region();
    b.seen = false;
    const inB = b.follow(() => a.app.result.perMillionTotalUsd);
    expect(inB.value).toBeCloseTo(perM(2.35), 6);
    a.app.set('rentUsdPerGpuHour', 4.7);
    expect(document.documentElement.dataset.settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(QUIET_MS + 1);
    // The pause has come: a's turn came first (made first), b's is a task later.
    expect([a.shown.value, inB.value].filter((v) => Math.abs(v - perM(4.7)) < 1e-9).length).toBeLessThan(2);
    await vi.runAllTimersAsync();
    expect(a.shown.value).toBeCloseTo(perM(4.7), 6);
    expect(inB.value).toBeCloseTo(perM(4.7), 6);
    expect(document.documentElement.dataset.settled).toBe('');
  });

  it('catches up at once before printing', () => {
    const { app, shown } = setUp(false);
    app.set('rentUsdPerGpuHour', 4.7);
    settleNow();
    expect(shown.value).toBeCloseTo(perM(4.7), 6);
  });

  it('does not animate its catch-up: a chart out of sight jumps to the new value rather than tween there', async () => {
    const { app, shown } = setUp(false);
    let tw: ReturnType<typeof tweenOf<number>> | undefined;
    const stop = $effect.root(() => { tw = tweenOf(() => shown.value); });
    flushSync();
    app.set('rentUsdPerGpuHour', 4.7);
    flushSync();
    expect(tw!.current).toBeCloseTo(perM(2.35), 6);
    await vi.advanceTimersByTimeAsync(QUIET_MS + 1);
    await vi.runAllTimersAsync(); // every region has had its turn to catch up (one a task)
    flushSync();
    expect(tw!.current).toBeCloseTo(perM(4.7), 6);
    expect(transitionMs()).toBeGreaterThan(0); // and later changes tween again
    stop();
  });
});
