import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keeper, sharePrevious } from '../../src/state/share';

// Chart data: numbers, strings, arrays and ordinary objects of them.
const data = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.double(), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 2 }), fc.boolean(),
    fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('x', 'y', 'points', 'key'), tie('node'), { maxKeys: 4, noNullPrototype: true })),
})).node;

describe('sharePrevious(prev, next)', () => {
  it('is always deep-equal to next', () => {
    fc.assert(fc.property(data, data, (a, b) => { expect(sharePrevious(a, b)).toStrictEqual(b); }));
  });

  it('is prev itself when prev and next are deep-equal', () => {
    fc.assert(fc.property(data, (a) => {
      const copy = structuredClone(a);
      expect(sharePrevious(a, copy)).toBe(a);
    }));
  });

  it('keeps an unchanged series and replaces the one that moved (a worked example)', () => {
    const prev = { elec: { pts: [{ x: 0, y: 1 }], yMax: 2 }, rent: { pts: [{ x: 0, y: 3 }], yMax: 5 } };
    const next = { elec: { pts: [{ x: 0, y: 1 }], yMax: 2 }, rent: { pts: [{ x: 0, y: 4 }], yMax: 5 } };
    const out = sharePrevious(prev, next);
    expect(out).not.toBe(prev);
    expect(out.elec).toBe(prev.elec);
    expect(out.rent).not.toBe(prev.rent);
    expect(out.rent.pts[0]).toEqual({ x: 0, y: 4 });
  });

  it('tells NaN from NaN as equal and a longer array from a shorter one as changed', () => {
    expect(sharePrevious([NaN], [NaN])).toHaveLength(1);
    const a = [1, 2];
    expect(sharePrevious(a, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(sharePrevious(a, [1])).toEqual([1]);
    const nan = [NaN];
    expect(sharePrevious(nan, [NaN])).toBe(nan);
  });
});

describe('keeper()', () => {
  it('hands back the previous object while nothing changes', () => {
    const keep = keeper<{ a: number[] }>();
    const first = keep({ a: [1] });
    expect(keep({ a: [1] })).toBe(first);
    expect(keep({ a: [2] })).toEqual({ a: [2] });
  });
});
