// Geometry for every line chart on the page (the three lever multiples and the price-anchor chart):
// data and a size in, scales, paths and ticks out. d3 computes; Svelte only draws what this returns.

import { scaleLinear, scaleLog } from 'd3-scale';
import { pathRound } from 'd3-path';
import type { Point } from '../model/sweeps';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface AxisSpec {
  domain: [number, number];
  log?: boolean;
  /** Whole numbers only (years): a wide axis would otherwise tick at halves, labelled twice when rounded. */
  integer?: boolean;
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  at: number;
  /** Distance to the neighbouring tick in data units: how many decimals a label needs. */
  step: number;
}

/** withSteps(values, at, log) gives ticks their spacing: the gap for an even axis, the value itself for a log one. */
export function withSteps(values: number[], at: (v: number) => number, log = false): Tick[] {
  const gap = values.length > 1 ? Math.abs(values[1] - values[0]) : Math.abs(values[0] ?? 1) || 1;
  return values.map((value) => ({ value, at: at(value), step: log ? value : gap }));
}

export interface LineGeometry {
  x: (v: number) => number;
  y: (v: number) => number;
  paths: string[];
  xTicks: Tick[];
  yTicks: Tick[];
  inner: { left: number; top: number; right: number; bottom: number };
}

/** logTicks(lo, hi): powers of ten, or 1-2-5 steps when the domain spans less than two decades. */
const logTicks = (lo: number, hi: number) => {
  const out: number[] = [];
  const narrow = Math.log10(hi / lo) < 2;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of narrow ? [1, 2, 5] : [1]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
};

/** A log axis needs a positive domain: tiny or zero values sit at the bottom instead of at −∞. */
export const LOG_FLOOR = 1e-6;

// About one tick per 55 px across and per 30 px up: labels never collide on a phone. Up, at most eight:
// a chart grown to fill a slide is read from the back of a room, and twenty gridlines are noise there.
const tickCount = (range: [number, number]) => {
  const px = Math.abs(range[1] - range[0]);
  return range[0] > range[1] ? Math.min(8, Math.max(2, Math.floor(px / 30))) : Math.max(2, Math.floor(px / 55));
};

/** makeScale(spec, range): a d3 scale with its ticks (shared by the line and bar charts). */
export function makeScale(spec: AxisSpec, range: [number, number]) {
  if (spec.log) {
    const lo = Math.max(LOG_FLOOR, spec.domain[0]);
    const hi = Math.max(lo * 10, spec.domain[1]);
    const s = scaleLog().domain([lo, hi]).range(range).clamp(true);
    const all = logTicks(lo, hi);
    const every = Math.max(1, Math.ceil(all.length / tickCount(range)));
    // Thinned, an axis keeps its first tick — and an upright one its top, where a falling line starts
    // (the efficiency lever's ¥600 at one token a second sat above its last label, ¥100).
    const keep = range[0] > range[1] ? all.length - 1 : 0;
    return { s: (v: number) => s(Math.max(lo, v)), ticks: all.filter((_, i) => (i - keep) % every === 0), log: true };
  }
  const [lo, hi] = spec.domain[1] > spec.domain[0] ? spec.domain : [spec.domain[0], spec.domain[0] + 1];
  const s = scaleLinear().domain([lo, hi]).range(range);
  const ticks = s.ticks(tickCount(range));
  return { s: (v: number) => s(v), ticks: spec.integer ? ticks.filter(Number.isInteger) : ticks, log: false };
}

/**
 * textWidthPx(text, fontPx): a safe estimate of how wide a label draws, without measuring it (the page
 * draws at build time too, where nothing can be measured): a Chinese character is a full em, a capital
 * 0.72, a digit or a small letter a little over half, a point or comma a third, anything else (¥, $) 0.62 em.
 */
export function textWidthPx(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 0.58 : /[A-Z]/.test(ch) ? 0.72 : /[a-z]/.test(ch) ? 0.56 : /[.,:]/.test(ch) ? 0.32 : 0.62;
  return em * fontPx;
}

/** yTicksFor(ySpec, height, margin): the ticks lineGeometry gives the y axis (they depend on the height alone). */
export function yTicksFor(ySpec: AxisSpec, height: number, margin: Margin): Tick[] {
  const ys = makeScale(ySpec, [Math.max(margin.top + 1, height - margin.bottom), margin.top]);
  return withSteps(ys.ticks, ys.s, ys.log);
}

/**
 * lineGeometry(series, xSpec, ySpec, width, height, margin) lays series out in a plot of the given size.
 * Contract: every path point and tick lies inside [0, width] × [0, height] for finite input.
 */
export function lineGeometry(
  series: readonly Point[][], xSpec: AxisSpec, ySpec: AxisSpec,
  width: number, height: number, margin: Margin,
): LineGeometry {
  const inner = {
    left: margin.left, top: margin.top,
    right: Math.max(margin.left + 1, width - margin.right),
    bottom: Math.max(margin.top + 1, height - margin.bottom),
  };
  const xs = makeScale(xSpec, [inner.left, inner.right]);
  const ys = makeScale(ySpec, [inner.bottom, inner.top]);
  const clampY = (py: number) => Math.min(inner.bottom, Math.max(inner.top, py));
  const path = (pts: Point[]) => polyline(pts, (p) => xs.s(p.x), (p) => clampY(ys.s(p.y)));
  return {
    x: xs.s,
    y: (v) => clampY(ys.s(v)),
    paths: series.map((pts) => path(pts.filter((p) => Number.isFinite(p.y)))),
    xTicks: withSteps(xs.ticks, xs.s, xs.log),
    yTicks: withSteps(ys.ticks, ys.s, ys.log),
    inner,
  };
}

/**
 * polyline(points, x, y): the straight path through the points, written by d3-path to three decimals as
 * d3-shape's line() writes it (one point is a closed dot, none is ''). d3-shape itself would bring all its
 * curves with it (3.6 KB of script at the page's opening for the one we use).
 */
export function polyline<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string {
  if (!points.length) return '';
  const p = pathRound(3);
  points.forEach((q, i) => (i ? p.lineTo(x(q), y(q)) : p.moveTo(x(q), y(q))));
  if (points.length === 1) p.closePath();
  return p.toString();
}

/**
 * niceMax(v) rounds a domain's top up to a round step (1, 2, 2.5, 3, 4, 5, 6, 8, 10), so axes move in steps
 * rather than every frame — fine enough that a bar of ¥3.23 is not drawn on an axis to ¥5 (a lecturer's
 * note: two fifths of the slide's width empty).
 */
export function niceMax(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (v <= m * p) return m * p;
  return 10 * p;
}
