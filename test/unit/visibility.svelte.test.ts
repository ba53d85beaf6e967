// @vitest-environment jsdom
// Regions out of sight wait while a hand moves a slider, and catch up, at once, when it rests
// (src/state/visibility.svelte.ts, src/state/motion.svelte.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// jsdom has no matchMedia: a reader who has not asked for reduced motion, so that tweens are seen.
vi.hoisted(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
    addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
});
import { flushSync } from 'svelte';
import { Region } from '../../src/state/visibility.svelte';
import { hand, REST_MS, transitionMs, tweenOf } from '../../src/state/motion.svelte';

describe('a region that follows the sliders', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(async () => {
    await vi.runAllTimersAsync();
    vi.useRealTimers();
  });

  it('out of sight, keeps its value while the hand moves and takes the new one when the hand rests', async () => {
    const source = $state({ usd: 1 });
    const region = new Region();
    region.seen = false;
    const shown = region.follow(() => source.usd);
    expect(shown.value).toBe(1);

    hand.step(() => { source.usd = 2; });
    expect(hand.resting).toBe(false);
    expect(shown.value).toBe(1);
    await vi.advanceTimersByTimeAsync(REST_MS - 10);
    hand.step(() => { source.usd = 3; }); // the hand moves again before resting: the wait starts anew
    await vi.advanceTimersByTimeAsync(REST_MS - 10);
    expect(shown.value).toBe(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(hand.resting).toBe(true);
    expect(shown.value).toBe(3);
  });

  it('in sight, follows every input; and coming into sight mid-movement, catches up at once', () => {
    const source = $state({ usd: 1 });
    const seen = new Region();
    const hidden = new Region();
    hidden.seen = false;
    const a = seen.follow(() => source.usd);
    const b = hidden.follow(() => source.usd);
    expect([a.value, b.value]).toEqual([1, 1]);
    hand.step(() => { source.usd = 5; });
    expect(a.value).toBe(5);
    expect(b.value).toBe(1);
    hidden.seen = true;
    expect(b.value).toBe(5);
  });

  it('changes made without the hand (a preset, a typed value, a link) reach it at once, seen or not', () => {
    const source = $state({ usd: 1 });
    const region = new Region();
    region.seen = false;
    const shown = region.follow(() => source.usd);
    expect(shown.value).toBe(1);
    source.usd = 7;
    expect(shown.value).toBe(7);
  });

  it('its catch-up is not animated: a chart out of sight jumps to the new value rather than tween there', async () => {
    const source = $state({ usd: 1 });
    const region = new Region();
    region.seen = false;
    const shown = region.follow(() => source.usd);
    let tw: ReturnType<typeof tweenOf<number>> | undefined;
    const stop = $effect.root(() => { tw = tweenOf(() => shown.value); });
    flushSync();
    hand.step(() => { source.usd = 4; });
    flushSync();
    expect(tw!.current).toBe(1);
    await vi.advanceTimersByTimeAsync(REST_MS + 1);
    flushSync();
    expect(tw!.current).toBe(4);
    expect(transitionMs()).toBeGreaterThan(0); // and later changes tween again
    stop();
  });
});
