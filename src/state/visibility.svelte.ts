// What a reader cannot see need not change while they watch something else change. A region out of
// sight keeps its last values until the state has been still for a moment — a drag paused, a tween
// over — or until it comes into view; then it catches up, each region in a task of its own, so no one
// long task follows a pause. Each slider input
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

/** settleNow(): every region catches up at once (a jump to a story step, a language, printing). */
export function settleNow() {
  clearTimeout(timer);
  timer = undefined;
  instant(() => setStill(true, true));
}

/** Every region that follows something, as weak references: a region goes with the component that made it. */
const regions = new Set<WeakRef<Region>>();
function eachRegion(fn: (r: Region) => void) {
  for (const ref of regions) {
    const r = ref.deref();
    if (r) fn(r);
    else regions.delete(ref);
  }
}

/**
 * setStill(now, atOnce): the clock's one writer. Moving, every region holds; still, they catch up one a
 * task (or all at once). <html data-settled> says so to a test or a host page: present once the page is
 * still and everything out of sight has caught up, absent while it moves.
 */
function setStill(now: boolean, atOnce = false) {
  still.now = now;
  if (!now) {
    eachRegion((r) => r.hold());
    if (typeof document !== 'undefined') delete document.documentElement.dataset.settled;
    return;
  }
  const queue: Region[] = [];
  // One in sight has followed all along: only those out of sight have anything to catch up.
  eachRegion((r) => { if (atOnce || r.seen) r.release(); else queue.push(r); });
  const next = () => {
    if (!still.now) return; // moved again: the rest wait for the next pause
    const r = queue.shift();
    if (!r) {
      void tick().then(() => { if (still.now && typeof document !== 'undefined') document.documentElement.dataset.settled = ''; });
      return;
    }
    setTimeout(next);
    instant(() => { r.release(); flushSync(); });
  };
  next();
}

if (typeof document !== 'undefined') document.documentElement.dataset.settled = '';

// Paper has no "out of sight": in every mode, what is printed is built (Region.everSeen) and brought up
// to date before it is laid out.
const paper = $state({ printed: false });
if (typeof addEventListener === 'function') addEventListener('beforeprint', () => { paper.printed = true; settleNow(); flushSync(); });

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
  /** On screen, or within the margin of it. */
  seen = $state(true);
  /** Has been seen since it was made, or the page has been printed: what it shows may be built. */
  #everSeen = $state(true);
  /** False from the first change of a move until the page is still again and this region's turn has come. */
  #caughtUp = $state(true);
  readonly #margin: string;
  readonly #onFirstSeen?: () => void;
  /** Whether it follows anything (and so takes part in holding and catching up). */
  #following = false;

  /**
   * margin: how far off screen still counts as seen (IntersectionObserver's rootMargin, e.g. '200px').
   * seen: what to assume until the observer first reports (true: it follows from the start).
   * onFirstSeen: called when a region not seen at first first comes near (to fetch what it will show).
   */
  constructor(margin = '0px', seen = true, onFirstSeen?: () => void) {
    this.#margin = margin;
    this.seen = this.#everSeen = seen;
    this.#onFirstSeen = onFirstSeen;
    // Made while the page moves, it waits for the next pause like the rest.
    this.#caughtUp = still.now;
  }

  hold() {
    this.#caughtUp = false;
  }

  release() {
    this.#caughtUp = true;
  }

  get everSeen() {
    return this.#everSeen || paper.printed;
  }

  /** watch(node): an attachment that keeps `seen` true while node is on screen. */
  watch = (node: Element) => {
    if (typeof IntersectionObserver === 'undefined') {
      this.#see();
      return;
    }
    const io = new IntersectionObserver((entries) => {
      // One batch can hold several crossings of the one node, oldest first (a jump to #explorer reports
      // "in view" and "gone" together): the last is where it is now.
      if (entries[entries.length - 1].isIntersecting) this.#see();
      else this.seen = false;
    }, { rootMargin: `${this.#margin} 0px` });
    io.observe(node);
    return () => {
      io.disconnect();
      this.seen = true;
    };
  };

  #see() {
    this.seen = true;
    if (this.#everSeen) return;
    this.#everSeen = true;
    this.#onFirstSeen?.();
  }

  /**
   * follow(fn) is fn() while the region is seen or the state is still, and fn's last value otherwise;
   * call it while a component initialises. Held, it reads nothing but those two, so nothing recomputes.
   */
  follow<T>(fn: () => T): { readonly value: T } {
    if (!this.#following) regions.add(new WeakRef(this));
    this.#following = true;
    let last: T;
    let has = false;
    const value = $derived.by(() => {
      if (this.seen || this.#caughtUp || !has) {
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
