// In-between values for tweened chart data: numbers, and arrays and objects of them, interpolated
// with d3's interpolateNumber. (d3's generic interpolate would also parse colours and dates, which
// chart data never holds, and bring d3-color into the bundle.)
import { interpolateNumber } from 'd3-interpolate';

type Data = number | Data[] | { [k: string]: Data };

/** interpolateData(a, b)(t) is a at t = 0 and b at t = 1; parts b lacks in a jump straight to b. */
export function interpolateData<T>(a: T, b: T): (t: number) => T {
  return build(a as Data, b as Data) as (t: number) => T;
}

function build(a: Data, b: Data): (t: number) => Data {
  if (typeof b === 'number') return typeof a === 'number' ? interpolateNumber(a, b) : () => b;
  if (Array.isArray(b)) {
    const from = Array.isArray(a) ? a : [];
    const parts = b.map((v, i) => (i < from.length ? build(from[i], v) : () => v));
    return (t) => parts.map((f) => f(t));
  }
  const from = a !== null && typeof a === 'object' && !Array.isArray(a) ? a : {};
  const keys = Object.keys(b);
  const parts = keys.map((k) => (k in from ? build(from[k], b[k]) : () => b[k]));
  return (t) => Object.fromEntries(keys.map((k, i) => [k, parts[i](t)]));
}
