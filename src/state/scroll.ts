// A link to a place (#explorer, #story-price, ?step=4) may name what the page has not built yet: the
// explorer's code, a later scene. The page puts the place at the top as soon as it is there and once
// more when the page is built; meanwhile the browser's scroll anchoring keeps it still as what is above
// it grows. A reader who moves (wheel, key, touch, pointer) in the meantime has the last word.

import { prefersReducedMotion } from 'svelte/motion';

const MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
let moves = 0;
if (typeof addEventListener === 'function') for (const ev of MOVES) addEventListener(ev, () => { moves++; }, { passive: true, capture: true });

/** readerMoved(): whether the reader has used the wheel, a key, a touch or the pointer since the page opened. */
export const readerMoved = () => moves > 0;

/**
 * goTo(id, built, near): the element with that id at the top, focused, once it is in the page — and again
 * in the frame after `built` settles — unless the reader moves first. Until it is there, the page goes
 * to `near` (an element that is: the step it is in, the explorer's heading). An id that never comes
 * is looked for until the reader moves. <html data-placed> tells a test or a host page the place is
 * reached and kept: set in the frame after `built`, when the page is there or the reader has moved.
 */
export function goTo(id: string, built: Promise<unknown>, near?: () => HTMLElement | null) {
  const since = moves;
  const put = () => {
    const el = document.getElementById(id);
    if (moves !== since) return;
    (el ?? near?.())?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
    return el;
  };
  if (!put() && typeof MutationObserver !== 'undefined') {
    // Not there yet: it comes with a chunk of the page, which the observer sees land.
    const watch = new MutationObserver(() => { if (moves !== since || put()) watch.disconnect(); });
    watch.observe(document.body, { childList: true, subtree: true });
  }
  void built.catch(() => undefined).then(() => requestAnimationFrame(() => {
    put();
    document.documentElement.dataset.placed = id;
  }));
}

/**
 * bringIntoView(targetId, from, focusId): that element at the top of what scrolls it — the column `from`
 * sits in, where that column scrolls on its own (a wide screen's controls beside the charts, which stay
 * put), else the page — and the focusId element focused without a second scroll. Smooth unless the reader
 * asks for reduced motion.
 */
export function bringIntoView(targetId: string, from: HTMLElement, focusId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  const column = from.closest<HTMLElement>('.controls');
  const behavior = prefersReducedMotion.current ? 'auto' : 'smooth';
  if (column && column.scrollHeight > column.clientHeight && getComputedStyle(column).overflowY === 'auto')
    column.scrollTo({ top: column.scrollTop + target.getBoundingClientRect().top - column.getBoundingClientRect().top - 8, behavior });
  else target.scrollIntoView({ block: 'start', behavior });
  document.getElementById(focusId)?.focus({ preventScroll: true });
}
