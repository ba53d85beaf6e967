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
