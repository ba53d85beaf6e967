import { describe, expect, it } from 'vitest';
import { keeper, kept, same } from '../../src/charts/kept';

describe('kept: equal geometry keeps its objects', () => {
  it('same compares plain data all the way down', () => {
    expect(same({ at: 1, box: { left: 0 } }, { at: 1, box: { left: 0 } })).toBe(true);
    expect(same({ at: 1, box: { left: 0 } }, { at: 1, box: { left: 1 } })).toBe(false);
    expect(same({ at: 1 }, { at: 1, text: undefined })).toBe(false);
    expect(same([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(same(NaN, NaN)).toBe(true);
    expect(same(null, {})).toBe(false);
  });

  it('an array keeps each equal element, and itself when every element is equal', () => {
    const prev = [{ at: 10, text: '$1' }, { at: 20, text: '$2' }];
    const all = kept(prev, [{ at: 10, text: '$1' }, { at: 20, text: '$2' }]);
    expect(all).toBe(prev);
    const one = kept(prev, [{ at: 10, text: '$1' }, { at: 25, text: '$2' }]);
    expect(one).not.toBe(prev);
    expect(one[0]).toBe(prev[0]);
    expect(one[1]).toEqual({ at: 25, text: '$2' });
    const longer = kept(prev, [...prev.map((p) => ({ ...p })), { at: 30, text: '$3' }]);
    expect(longer).not.toBe(prev);
    expect(longer.slice(0, 2)).toEqual(prev);
    expect(longer[1]).toBe(prev[1]);
  });

  it('a keeper hands back its last value while the new one equals it', () => {
    const keep = keeper<{ left: number; right: number }>();
    const a = keep({ left: 0, right: 100 });
    expect(keep({ left: 0, right: 100 })).toBe(a);
    const b = keep({ left: 0, right: 120 });
    expect(b).toEqual({ left: 0, right: 120 });
    expect(keep({ left: 0, right: 120 })).toBe(b);
  });
});
