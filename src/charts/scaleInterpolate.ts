// d3-scale as this page uses it: its scales map numbers to pixel positions, and nothing else. d3-scale
// imports d3-interpolate's generic `interpolate`, which also reads colours, dates and strings: about
// 0.5 KB gzipped of the page's opening script. For d3-scale alone (vite.config.ts), `interpolate` is the
// numbers' own; a range of anything else is an error.
import { interpolateNumber, interpolateRound, piecewise } from 'd3-interpolate';

export { interpolateNumber, interpolateRound, piecewise };

export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a !== 'number' || typeof b !== 'number') throw new TypeError('a scale\'s range is numbers here');
  return interpolateNumber(a, b);
}
