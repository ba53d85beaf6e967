// The efficiency panel follows the explorer's sliders only while a reader can see it: off-screen it
// keeps its last values and catches up when it scrolls into view. A slider input then costs nothing
// below the fold (issue 3: the explorer's budgets hold with the panel open).
import { untrack } from 'svelte';

export const panel = $state({ visible: true });

/** observePanel(node): an attachment that keeps panel.visible true while node is on screen. */
export function observePanel(node: Element) {
  if (typeof IntersectionObserver === 'undefined') return;
  const io = new IntersectionObserver((entries) => {
    panel.visible = entries.some((e) => e.isIntersecting);
  }, { rootMargin: '200px 0px' });
  io.observe(node);
  return () => {
    io.disconnect();
    panel.visible = true;
  };
}

/**
 * whileVisible(fn) is fn() while the panel is visible and its last value while it is not; call it
 * while a component initialises. Hidden, it reads nothing reactive, so nothing recomputes.
 */
export function whileVisible<T>(fn: () => T): { readonly value: T } {
  let last = untrack(fn);
  const value = $derived.by(() => (panel.visible ? (last = fn()) : last));
  return {
    get value() {
      return value;
    },
  };
}
