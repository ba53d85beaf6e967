// Chart data is rebuilt whole on every input, but most of it is often the same (moving electricity
// leaves the price-anchor curves and the electricity lever's own curve where they were). Handing on
// the previous objects for the parts that did not change lets Svelte's equality checks stop there:
// no geometry, no DOM work for a chart that looks the same (issue 6, input work).

type Plain = { [k: string]: unknown };
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/**
 * sharePrevious(prev, next) is deep-equal to next; every part of it deep-equal to the same part of
 * prev is prev's object, and when the whole is equal it is prev itself. Arrays and plain objects are
 * compared by content, anything else (numbers with Object.is) by identity.
 */
export function sharePrevious<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  // Nothing is allocated until a part differs: while the parts agree, prev's own are the answer so far.
  if (Array.isArray(prev) && Array.isArray(next)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < next.length; i++) {
      const v = i < prev.length ? sharePrevious(prev[i], next[i]) : next[i];
      if (!out && (i >= prev.length || !Object.is(v, prev[i]))) out = prev.slice(0, i);
      out?.push(v);
    }
    return (out ?? (next.length === prev.length ? prev : prev.slice(0, next.length))) as T;
  }
  if (isPlain(prev) && isPlain(next)) {
    const keys = Object.keys(next);
    let out: Plain | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = k in prev ? sharePrevious(prev[k], next[k]) : next[k];
      if (!out && (!(k in prev) || !Object.is(v, prev[k]))) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = prev[keys[j]];
      }
      if (out) out[k] = v;
    }
    if (out) return out as T;
    if (keys.length === Object.keys(prev).length) return prev;
    const same: Plain = {};
    for (const k of keys) same[k] = prev[k];
    return same as T;
  }
  return next;
}

/** keeper() is a function that returns its argument sharing what it can with the last one it returned. */
export function keeper<T>(): (next: T) => T {
  let last: { v: T } | undefined;
  return (next) => (last = { v: last ? sharePrevious(last.v, next) : next }).v;
}
