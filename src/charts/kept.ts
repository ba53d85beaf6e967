// A chart is redrawn from fresh geometry on every input of a slider, and most of that geometry (the ticks,
// their labels, the plot's box) comes out as it was. Svelte compares an each block's items, and a
// derived value, by identity: handing back last time's equal objects leaves their elements alone instead
// of setting every attribute again (issue 20's input budget: ~80 of an input's 230 reactions were these).

/** same(a, b): equal plain data — numbers, strings, arrays and records of them, compared all the way down. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * kept(prev, next): next, except that what equals prev is prev's own object — for an array, element by
 * element, so one changed tick label leaves the others' elements alone.
 */
export function kept<T>(prev: T | undefined, next: T): T {
  if (prev === undefined) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let all = prev.length === next.length;
    const out = next.map((v, i) => (i < prev.length && same(prev[i], v) ? prev[i] : ((all = false), v)));
    return (all ? prev : out) as T;
  }
  return same(prev, next) ? prev : next;
}

/** keeper(): a function that passes values through kept() against the last one it returned. One per use. */
export function keeper<T>(): (next: T) => T {
  let last: T | undefined;
  return (next) => (last = kept(last, next));
}
