import { describe, expect, it } from 'vitest';
import { interpolateData } from '../../src/state/interpolate';

describe('interpolateData(a, b)', () => {
  it('interpolates numbers inside objects and arrays, end to end', () => {
    const f = interpolateData({ max: 2, parts: [0, 10] }, { max: 4, parts: [10, 20] });
    expect(f(0)).toEqual({ max: 2, parts: [0, 10] });
    expect(f(0.25)).toEqual({ max: 2.5, parts: [2.5, 12.5] });
    expect(f(1)).toEqual({ max: 4, parts: [10, 20] });
  });
  it('jumps straight to what the start lacks: a longer array, a new key', () => {
    const f = interpolateData<{ a: number[]; b?: number }>({ a: [0] }, { a: [10, 20], b: 5 });
    expect(f(0.5)).toEqual({ a: [5, 20], b: 5 });
  });
});

// d3-scale is given these in place of d3-interpolate (vite.config.ts): they must answer as d3's do.
describe("d3-scale over the page's own number interpolators (charts/scaleInterpolate.ts)", () => {
  it('maps a two-part and a three-part domain, rounds with rangeRound, and inverts', async () => {
    const { scaleLinear, scaleLog } = await import('d3-scale');
    // [0, 1, 3] → [0, 10, 30]: 2 is halfway along the second piece, 10 + 0.5 × 20 = 20.
    expect(scaleLinear().domain([0, 1, 3]).range([0, 10, 30])(2)).toBe(20);
    expect(scaleLinear().domain([0, 4]).rangeRound([0, 10])(1)).toBe(3); // 2.5 rounds up
    expect(scaleLinear().domain([0, 4]).range([100, 0]).invert(25)).toBe(3);
    expect(scaleLog().domain([1, 1000]).range([0, 300])(100)).toBeCloseTo(200, 9);
  });
  it('refuses a range that is not numbers, rather than drawing it wrong', async () => {
    const { scaleLinear } = await import('d3-scale');
    expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow(TypeError);
  });
});
