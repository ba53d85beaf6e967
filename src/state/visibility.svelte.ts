// What a reader cannot see need not change while they watch something else change. A region out of
// sight keeps its last values until the state has been still for a moment — a drag paused, a tween
// over — or until it comes into view; then it catches up at once, in one update. Each slider input
// then changes only what is on screen (issue 6: input work), a preset's tween is not slowed by
// paragraphs off screen, and nothing a screen reader, a search in the page or a print can reach is
// out of date once the page is still.
import { flushSync, tick } from 'svelte';
import { instant, TWEEN_MS } from './motion.svelte';

/** How long the state must stay unchanged to be still: longer than a tween, so no catch-up lands inside one. */
export const QUIET_MS = TWEEN_MS + 50;

const still = $state({ now: true });
let timer: ReturnType<typeof setTimeout> | undefined;
let lastChangeMs = 0;

/** markChanged(): the state just changed (AppState calls it on every change). */
export function markChanged() {
  if (still.now) setStill(false);
  lastChangeMs = performance.now();
  // One timer a pause, not one an input: when it fires early it waits out the rest.
  timer ??= setTimeout(check, QUIET_MS);
}

function check() {
  const leftMs = lastChangeMs + QUIET_MS - performance.now();
  if (leftMs > 1) {
    timer = setTimeout(check, leftMs);
    return;
  }
  timer = undefined;
  // The catch-up is not animated: nobody was looking at what it moves.
  instant(() => setStill(true));
}

/** settleNow(): every region catches up at once (a jump to a story step, printing). */
export function settleNow() {
  clearTimeout(timer);
  timer = undefined;
  instant(() => setStill(true));
}

/**
 * setStill(now): the clock's one writer. <html data-settled> says the same to a test or a host page:
 * present once the page is still and everything out of sight has caught up, absent while it moves.
 */
function setStill(now: boolean) {
  still.now = now;
  if (typeof document === 'undefined') return;
  if (now) void tick().then(() => { if (still.now) document.documentElement.dataset.settled = ''; });
  else delete document.documentElement.dataset.settled;
}

if (typeof document !== 'undefined') document.documentElement.dataset.settled = '';

// Paper has no "out of sight": in every mode, what is printed is brought up to date before it is laid out.
if (typeof addEventListener === 'function') addEventListener('beforeprint', () => { settleNow(); flushSync(); });

/** True while no change has come for QUIET_MS (reactive). */
export const isStill = () => still.now;

/**
 * keepLink(link): the address bar holds link() — the state's link — written once the page is still, so
 * a drag does not serialise every input it passes. Call it while a component initialises.
 */
export function keepLink(link: () => string) {
  $effect(() => {
    if (still.now) history.replaceState(history.state, '', link());
  });
}

/** A part of the page that follows the state only while it is on screen or the state is still. */
export class Region {
  /** On screen, or within the margin of it; true until the observer first reports. */
  seen = $state(true);
  readonly #margin: string;

  /** margin: how far off screen still counts as seen (IntersectionObserver's rootMargin, e.g. '200px'). */
  constructor(margin = '0px') {
    this.#margin = margin;
  }

  /** watch(node): an attachment that keeps `seen` true while node is on screen. */
  watch = (node: Element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      // One batch can hold several crossings of the one node, oldest first (a jump to #explorer reports
      // "in view" and "gone" together): the last is where it is now.
      this.seen = entries[entries.length - 1].isIntersecting;
    }, { rootMargin: `${this.#margin} 0px` });
    io.observe(node);
    return () => {
      io.disconnect();
      this.seen = true;
    };
  };

  /**
   * follow(fn) is fn() while the region is seen or the state is still, and fn's last value otherwise;
   * call it while a component initialises. Held, it reads nothing but those two, so nothing recomputes.
   */
  follow<T>(fn: () => T): { readonly value: T } {
    let last: T;
    let has = false;
    const value = $derived.by(() => {
      if (this.seen || still.now || !has) {
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

// What is read, not watched — a chart's text alternative — follows only once the page is still, seen or not:
// a reader who comes to it meets the last pause's figures, and a drag does not rebuild it on every input.
const unwatched = new Region();
unwatched.seen = false;
/** whenStill(fn): fn() as of the page's last stillness; call it while a component initialises. */
export const whenStill = <T>(fn: () => T) => unwatched.follow(fn);

/** The efficiency panel, one region for its parts (InputOutput, FrontierChart): seen from 200 px away. */
export const panel = new Region('200px');
