// Chart data is rebuilt whole on every input, but most of it is often the same (moving electricity
// leaves the price-anchor curves and the electricity lever's own curve where they were). Handing on
// the previous objects for the parts that did not change lets Svelte's equality checks stop there:
// no geometry, no DOM work for a chart that looks the same (issue 6, input work).

type Plain = { [k: string]: unknown };
const isPlain = (v: unknown): v is Plain => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * sharePrevious(prev, next) is deep-equal to next; every part of it deep-equal to the same part of
 * prev is prev's object, and when the whole is equal it is prev itself. Arrays and plain objects are
 * compared by content, anything else (numbers with Object.is) by identity.
 */
export function sharePrevious<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const out = next.map((v, i) => (i < prev.length ? sharePrevious(prev[i], v) : v));
    return (out.length === prev.length && out.every((v, i) => Object.is(v, prev[i])) ? prev : out) as T;
  }
  if (isPlain(prev) && isPlain(next)) {
    const keys = Object.keys(next);
    const out: Plain = {};
    let same = keys.length === Object.keys(prev).length;
    for (const k of keys) {
      out[k] = k in prev ? sharePrevious(prev[k], next[k]) : next[k];
      if (!Object.is(out[k], prev[k])) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

/** keeper() is a function that returns its argument sharing what it can with the last one it returned. */
export function keeper<T>(): (next: T) => T {
  let last: { v: T } | undefined;
  return (next) => (last = { v: last ? sharePrevious(last.v, next) : next }).v;
}
