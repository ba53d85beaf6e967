// In-between values for tweened chart data: numbers, and arrays and objects of them. d3's generic
// interpolate would also parse colours and dates, which chart data never holds.
//
// The number interpolators are d3-interpolate's number, round and piecewise, written as d3 writes them
// (ISC licence, Mike Bostock): d3-interpolate's one file builds colour, date and string interpolators at
// its top level, which the bundler keeps, and all of d3-color with them (charts/scaleInterpolate.ts).

/** interpolateNumber(a, b)(t): a at t = 0, b at t = 1, along the straight line (d3-interpolate's number). */
export const interpolateNumber = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** interpolateRound(a, b)(t): the same, rounded to a whole number (d3-interpolate's round). */
export const interpolateRound = (a: number, b: number) => (t: number) => Math.round(a * (1 - t) + b * t);

/** piecewise(interpolate, values)(t): values[0] … values[n − 1] at equal steps of t, interpolated between. */
export function piecewise<T>(interpolate: (a: T, b: T) => (t: number) => T, values: T[]): (t: number) => T {
  const n = values.length - 1;
  const parts = values.slice(1).map((v, i) => interpolate(values[i], v));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}

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
