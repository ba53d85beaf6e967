// While a hand moves a slider, only what a reader can see follows it: a region out of sight keeps its
// last values and catches up when the hand rests (motion.svelte.ts) or when it comes into view. Each
// input then changes only what is on screen, and nothing a screen reader, a search in the page or a
// print can reach is out of date once the hand is still (issue 6: input work).
import { hand } from './motion.svelte';

/** A part of the page that follows the sliders only while it is on screen or the hand rests. */
export class Region {
  /** On screen, or within the margin of it; true until the observer first reports. */
  seen = $state(true);
  readonly #margin: string;

  /** margin: how far off screen still counts as seen (IntersectionObserver's rootMargin). */
  constructor(margin = '0px') {
    this.#margin = margin;
  }

  /** watch(node): an attachment that keeps `seen` true while node is on screen. */
  watch = (node: Element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      this.seen = entries.some((e) => e.isIntersecting);
    }, { rootMargin: `${this.#margin} 0px` });
    io.observe(node);
    return () => {
      io.disconnect();
      this.seen = true;
    };
  };

  /**
   * follow(fn) is fn() while the region is seen or the hand rests, and fn's last value otherwise; call
   * it while a component initialises. Held, it reads nothing but those two, so nothing recomputes.
   */
  follow<T>(fn: () => T): { readonly value: T } {
    let last: T;
    let has = false;
    const value = $derived.by(() => {
      if (this.seen || hand.resting || !has) {
        last = fn();
        has = true;
      }
      return last;
    });
    return {
      get value() {
        return value;
      },
    };
  }
}

/** The efficiency panel, one region for its parts (InputOutput, FrontierChart): seen from 200 px away. */
export const panel = new Region('200px');
