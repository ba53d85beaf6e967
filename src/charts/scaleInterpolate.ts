// d3-scale as this page uses it: its scales map numbers to pixel positions, and nothing else. For d3-scale
// (vite.config.ts) this module stands in for d3-interpolate, whose one file also builds colour, date and
// string interpolators at its top level: statements the bundler keeps whether or not they are used,
// and with them all of d3-color, about 5 KB gzipped of the page's opening script. What d3-scale needs
// are d3-interpolate's number, round and piecewise (state/interpolate.ts, as d3 writes them); its
// generic `interpolate` is the numbers' own here, and a range of anything else is an error.
import { interpolateNumber, interpolateRound, piecewise } from '../state/interpolate';

export { interpolateNumber, interpolateRound, piecewise };

export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a !== 'number' || typeof b !== 'number') throw new TypeError('a scale\'s range is numbers here');
  return interpolateNumber(a, b);
}
