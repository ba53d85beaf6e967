import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { costStackGeometry, stackDomain } from '../../src/charts/costStack.geometry';
import { lineGeometry, makeScale, niceMax, polyline } from '../../src/charts/line.geometry';
import { barGeometry, niceDomain, POINT_R, ruleSegments } from '../../src/charts/bar.geometry';
import { line } from 'd3-shape';
import { anchorCurves, leverCurve, LEVERS } from '../../src/model/sweeps';
import { cost, type CostInputs } from '../../src/model/cost';
import { RANGES } from '../../src/model/ranges';
import { defaults } from '../../src/state/inputs';

const X: CostInputs = defaults('en');
const M = { top: 8, right: 12, bottom: 30, left: 50 };

describe('costStackGeometry(parts, max, left, right)', () => {
  it('places worked example parts end to end: $1, $0.5, $0.5 on a $4 axis over 400 px', () => {
    const g = costStackGeometry({ hardware: 1, electricity: 0.5, other: 0.5 }, 4, 0, 400);
    expect(g.rects.map((r) => [r.key, r.x, r.width])).toEqual([['hardware', 0, 100], ['electricity', 100, 50], ['other', 150, 50]]);
  });
  it('keeps rects inside the plot and widths summing to the scaled total', () => {
    const part = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(fc.property(part, part, part, fc.integer({ min: 50, max: 2000 }), (h, e, o, w) => {
      const total = h + e + o, max = stackDomain(total);
      const g = costStackGeometry({ hardware: h, electricity: e, other: o }, max, 10, w);
      const sum = g.rects.reduce((s, r) => s + r.width, 0);
      return g.rects.every((r) => r.x >= 10 - 1e-9 && r.x + r.width <= w + 1e-9 && r.width >= 0)
        && Math.abs(sum - ((w - 10) * total) / g.domainMax) < 1e-6 * w;
    }), { seed: 3, numRuns: 300 });
  });
});

describe('niceMax(v)', () => {
  it('rounds up to 1-2-2.5-3-4-5-6-8 steps', () => {
    expect([0.44, 0.9, 1.3, 2.2, 3.23, 7, 0].map(niceMax)).toEqual([0.5, 1, 2, 2.5, 4, 8, 1]);
  });
});

describe('niceDomain(lo, hi)', () => {
  it('widens out to the next of about eight ticks, never inside [lo, hi]', () => {
    // 0.733 → ticks of 0.1 → 0.8; 0.8 stays; 7.3 → ticks of 1 → 8; 0.0042 → ticks of 0.0005 → 0.0045.
    expect([0.733, 0.8, 7.3, 0.0042].map((v) => niceDomain(0, v)[1])).toEqual([0.8, 0.8, 8, 0.0045]);
    // A waterfall whose running total goes below zero: −1.03 to 2.08 spans 3.11, ticks of 0.5.
    expect(niceDomain(-1.03, 2.08)).toEqual([-1.5, 2.5]);
    // Nothing to show: a unit axis, not ticks of a billionth.
    expect(niceDomain(0, 0)).toEqual([0, 1]);
    fc.assert(fc.property(fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: -1e-9, noNaN: true })), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (lo, hi) => {
      const [a, b] = niceDomain(lo, hi);
      const span = hi - lo;
      return a <= lo && b >= hi && a >= lo - span / 2 - 1e-12 && b <= hi + span / 2 + 1e-12;
    }));
  });
});

describe('leverCurve(x, lever)', () => {
  it('passes through the reader\'s own cost at their own lever value', () => {
    const c = leverCurve({ ...X, tokPerSecPerGpu: 100 }, 'tps', 3); // 1, 316.2, 100000: sample at 1 and 1e5
    expect(c[0]).toEqual({ x: 1, y: cost({ ...X, tokPerSecPerGpu: 1 }).perMillionTotalUsd });
    expect(c[2].x).toBeCloseTo(100_000, 6);
    const e = leverCurve(X, 'elec', 11); // 0, 0.05 … 0.5
    expect(e[5].x).toBeCloseTo(0.25, 12);
    expect(e[5].y).toBeCloseTo(cost({ ...X, elecUsdPerKwh: 0.25 }).perMillionTotalUsd, 12);
  });
  it('falls with tokens/s as 1/tps (law 2) and rises linearly with rent (law 1)', () => {
    const t = leverCurve(X, 'tps', 3);
    expect(t[0].y / t[2].y).toBeCloseTo(100_000, 3);
    const r = leverCurve(X, 'rent', 4);
    expect(r[2].y - r[1].y).toBeCloseTo(r[1].y - r[0].y, 9);
  });
});

describe('anchorCurves(x, rates)', () => {
  it('puts the crossover where electricity equals hardware: $2.35 / (1.275 kW × 1.3) = $1.418/kWh', () => {
    const { total, opex } = anchorCurves(X, [2.35, 0.5], 11);
    expect(total[0].crossoverUsdPerKwh).toBeCloseTo(2.35 / 1.6575, 9);
    expect(total[1].crossoverUsdPerKwh).toBeCloseTo(0.30166, 4);
    // At $0.5 hardware the share at the crossover price equals the hardware share.
    const at = cost({ ...X, powerBilling: 'billed', rentUsdPerGpuHour: 0.5, elecUsdPerKwh: total[1].crossoverUsdPerKwh! });
    expect(at.shares.electricity).toBeCloseTo(at.shares.hardware, 12);
    // Rented, OPEX is the whole cost (CPS-0616 table 8): its curve is electricity's share of everything.
    expect(opex.points[10].y).toBeCloseTo(cost({ ...X, elecUsdPerKwh: 0.5 }).shares.electricity, 12);
    // Owned, the OPEX share leaves hardware out: the same whatever the purchase price.
    const own = { ...X, mode: 'own' as const };
    expect(anchorCurves({ ...own, capexUsdPerGpu: 90_000 }, [1], 11).opex.points).toEqual(anchorCurves(own, [1], 11).opex.points);
  });

  it('does not read the price, tokens/s or utilisation, so a chart of it stays put while they move', () => {
    const unread = (x: CostInputs, keys: readonly (keyof CostInputs)[]) => Object.defineProperties({ ...x },
      Object.fromEntries(keys.map((k) => [k, { get: () => { throw new Error(`read ${k}`); } }])));
    expect(() => anchorCurves(unread(X, ['elecUsdPerKwh', 'tokPerSecPerGpu', 'utilisation']), [1, 2.35], 6)).not.toThrow();
    expect(() => anchorCurves(unread(X, ['pue']), [1], 6)).toThrow('read pue');
    // Nor does a lever's curve read the reader's value of that lever.
    expect(() => leverCurve(unread(X, ['elecUsdPerKwh']), 'elec')).not.toThrow();
    expect(() => leverCurve(unread(X, ['tokPerSecPerGpu']), 'tps')).not.toThrow();
    expect(() => leverCurve(unread(X, ['rentUsdPerGpuHour']), 'rent')).not.toThrow();
    expect(() => leverCurve(unread(X, ['rentUsdPerGpuHour']), 'elec')).toThrow('read rentUsdPerGpuHour');
  });

  it('depends only on the inputs it reads: any other input may change and the curves stay the same', () => {
    const inRange = (k: keyof typeof RANGES) => fc.double({ min: RANGES[k].min, max: RANGES[k].max, noNaN: true });
    const others = fc.record({
      elecUsdPerKwh: inRange('elecUsdPerKwh'),
      tokPerSecPerGpu: inRange('tokPerSecPerGpu'), utilisation: inRange('utilisation'),
      capexUsdPerGpu: inRange('capexUsdPerGpu'), siteUsdPerGpu: inRange('siteUsdPerGpu'),
      depreciationYears: inRange('depreciationYears'), capitalRatePerYear: inRange('capitalRatePerYear'),
    });
    const held = fc.record({ kwPerGpu: inRange('kwPerGpu'), pue: inRange('pue'), opexUsdPerGpuHour: inRange('opexUsdPerGpuHour'),
      mode: fc.constantFrom('rent' as const, 'own' as const), powerBilling: fc.constantFrom('included' as const, 'billed' as const),
      rentUsdPerGpuHour: inRange('rentUsdPerGpuHour') });
    fc.assert(fc.property(held, others, others, fc.array(inRange('rentUsdPerGpuHour'), { minLength: 1, maxLength: 5 }), (h, a, b, rates) => {
      const xa = { ...X, ...a, ...h }, xb = { ...X, ...b, ...h };
      expect(anchorCurves(xa, rates, 6)).toEqual(anchorCurves(xb, rates, 6));
    }), { seed: 6, numRuns: 300 });
  });
});

describe('lineGeometry(series, x, y, w, h, margin)', () => {
  it('keeps every tick and path point inside the plot, for every lever at extreme settings', () => {
    const extreme = fc.record({
      rentUsdPerGpuHour: fc.constantFrom(0, 15), elecUsdPerKwh: fc.constantFrom(0, 0.5),
      tokPerSecPerGpu: fc.constantFrom(1, 100_000), utilisation: fc.constantFrom(0.01, 1), kwPerGpu: fc.constantFrom(0, 3),
      opexUsdPerGpuHour: fc.constantFrom(0, 5),
    });
    fc.assert(fc.property(extreme, fc.constantFrom(...LEVERS), fc.integer({ min: 120, max: 900 }), (over, lever, w) => {
      const x = { ...X, ...over };
      const pts = leverCurve(x, lever);
      const ymax = niceMax(Math.max(...pts.map((p) => p.y)));
      const xr = lever === 'tps' ? RANGES.tokPerSecPerGpu : lever === 'elec' ? RANGES.elecUsdPerKwh : RANGES.rentUsdPerGpuHour;
      const g = lineGeometry([pts], { domain: [xr.min, xr.max], log: lever === 'tps' },
        { domain: [lever === 'tps' ? Math.min(...pts.map((p) => p.y)) : 0, ymax], log: lever === 'tps' }, w, 160, M);
      const nums = g.paths[0].match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
      const inX = (v: number) => Number.isFinite(v) && v >= 0 && v <= w;
      const inY = (v: number) => Number.isFinite(v) && v >= 0 && v <= 160;
      return nums.every((n, i) => (i % 2 === 0 ? inX(n) : inY(n)))
        && g.xTicks.every((t) => inX(t.at)) && g.yTicks.every((t) => inY(t.at));
    }), { seed: 11, numRuns: 200 });
  });
});

describe('year axes', () => {
  it('tick at whole years only, so no year is labelled twice however wide the chart', () => {
    for (const px of [300, 700, 1100, 2000]) {
      const { ticks } = makeScale({ domain: [2023.8, 2031.2], integer: true }, [0, px]);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(ticks[0]).toBeGreaterThanOrEqual(2024);
      expect(ticks.at(-1)).toBeLessThanOrEqual(2031);
    }
    // At 1,100 px d3 alone would tick every half year (2024, 2024.5, …): the filter keeps the years.
    expect(makeScale({ domain: [2023.8, 2031.2], integer: true }, [0, 1100]).ticks).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
  });
});

describe('ruleSegments(x, y1, y2, boxes): a cost rule that stops short of the text it would cross', () => {
  it('cuts around each box it passes through, padded 2 px, and leaves the ones beside it alone', () => {
    const boxes = [{ left: 40, right: 60, top: 20, bottom: 30 }, { left: 0, right: 45, top: 50, bottom: 60 }, { left: 45, right: 80, top: 70, bottom: 75 }];
    // At x = 50: the first and third cross it ([18, 32] and [68, 77] padded); the second ends at 45 + 2 < 50.
    expect(ruleSegments(50, 0, 100, boxes)).toEqual([[0, 18], [32, 68], [77, 100]]);
    // Overlapping boxes make one gap, and one running past the end leaves nothing after it.
    expect(ruleSegments(50, 0, 100, [{ left: 40, right: 60, top: 20, bottom: 30 }, { left: 40, right: 60, top: 25, bottom: 40 }])).toEqual([[0, 18], [42, 100]]);
    expect(ruleSegments(50, 0, 100, [{ left: 40, right: 60, top: 90, bottom: 120 }])).toEqual([[0, 88]]);
    expect(ruleSegments(50, 0, 100, [])).toEqual([[0, 100]]);
  });
});

describe('log axes, thinned', () => {
  it('keep the first tick across and the top tick up: a falling line starts at a label', () => {
    // 0.01 … 1,000 is six powers of ten; 120 px up takes four ticks (one per 30 px), so every second one shows.
    expect(makeScale({ domain: [0.01, 1000], log: true }, [120, 0]).ticks).toEqual([0.1, 10, 1000]);
    // Across, 1 … 100,000 in 200 px (one per 55 px: three): from the left end.
    expect(makeScale({ domain: [1, 1e5], log: true }, [0, 200]).ticks).toEqual([1, 100, 1e4]);
  });
});

describe('polyline(points, x, y)', () => {
  it('writes the path d3-shape\'s line() writes, for any points', () => {
    const pt = fc.tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    fc.assert(fc.property(fc.array(pt, { maxLength: 40 }), (pts) => {
      const d3 = line<[number, number]>().x((p) => p[0]).y((p) => p[1])(pts) ?? '';
      return polyline(pts, (p) => p[0], (p) => p[1]) === d3;
    }), { seed: 11, numRuns: 300 });
  });
});

describe('barGeometry(rows, x, width, rowPx, margin)', () => {
  // A linear axis 0–10 across 200 px from x = 0: 20 px a unit.
  const margin = { left: 0, right: 0, top: 10, bottom: 40 };
  const g = barGeometry([{ key: 'range', lo: 2, hi: 6 }, { key: 'one', lo: 5, hi: 5 }, { key: 'tiny', lo: 5, hi: 5.01 }], { domain: [0, 10] }, 200, 40, margin);
  it('a range runs from lo to hi; a single value is a point, its dot\'s width either side; a tiny range keeps 3 px', () => {
    expect(g.rows[0]).toMatchObject({ x0: 40, x1: 120, y: 10, point: false });
    expect(g.rows[1]).toMatchObject({ x0: 100 - POINT_R, x1: 100 + POINT_R, y: 50, point: true });
    expect(g.rows[2].point).toBe(false);
    expect(g.rows[2].x1 - g.rows[2].x0).toBeCloseTo(3, 6);
    expect(g.height).toBe(10 + 3 * 40 + 40);
  });
});
