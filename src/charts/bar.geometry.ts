// Geometry for the story's horizontal bar charts (prices, tokens per task): one row per item, a bar
// from lo to hi (a range or a single value), on a log or linear axis. d3 computes; Svelte draws.

import { makeScale, textWidthPx, withSteps, type AxisSpec, type Tick } from './line.geometry';
import { tickStep } from 'd3-array';

export interface BarRow {
  key: string;
  lo: number;
  hi: number;
}

export interface BarGeometry {
  x: (v: number) => number;
  ticks: Tick[];
  /** point: a single value (lo = hi), drawn as a dot that x0..x1 spans, not a sliver of a bar. */
  rows: { key: string; x0: number; x1: number; y: number; point: boolean }[];
  inner: { left: number; right: number; top: number; bottom: number };
  height: number;
}

/**
 * barGeometry(rows, spec, width, rowPx, margin): rows stacked top to bottom, rowPx apart.
 * Contract: every bar lies inside the plot and has at least 3 px of width, so a tiny value stays visible;
 * a single value (lo = hi) is a point, x0..x1 its dot's width (POINT_R either side).
 */
export function barGeometry(rows: readonly BarRow[], spec: AxisSpec, width: number, rowPx: number,
  margin: { left: number; right: number; top: number; bottom: number }, footPx = 0): BarGeometry {
  // footPx: room below the last row inside the plot (for a rule's label at its foot).
  const height = margin.top + rows.length * rowPx + footPx + margin.bottom;
  const inner = { left: margin.left, right: Math.max(margin.left + 1, width - margin.right), top: margin.top, bottom: height - margin.bottom };
  const sc = makeScale(spec, [inner.left, inner.right]);
  const x = (v: number) => Math.min(inner.right, Math.max(inner.left, sc.s(v)));
  return {
    x,
    ticks: withSteps(sc.ticks, sc.s, sc.log),
    rows: rows.map((r, i) => {
      const a = x(Math.min(r.lo, r.hi)), b = x(Math.max(r.lo, r.hi)), y = inner.top + i * rowPx;
      if (r.lo === r.hi) return { key: r.key, x0: a - POINT_R, x1: a + POINT_R, y, point: true };
      return { key: r.key, x0: Math.min(a, inner.right - 3), x1: Math.max(b, Math.min(inner.right, a + 3)), y, point: false };
    }),
    inner,
    height,
  };
}

/** A single value's dot: its radius in px. */
export const POINT_R = 5;

/**
 * notePlace(note, bar, inner, fontPx, rulesX): where a bar's note goes on the bar's line — after its end, or
 * before its start; of the two that fit, one no rule (at rulesX) runs through — or null when it fits neither
 * (the chart then gives it a line of its own). y is the baseline below the row's top.
 */
export function notePlace(note: string, bar: { x0: number; x1: number }, inner: { left: number; right: number }, fontPx = 11,
  rulesX: readonly number[] = []): { x: number; y: number; anchor: 'start' | 'end' } | null {
  const w = textWidthPx(note, fontPx);
  const fits = [
    ...(bar.x1 + 6 + w <= inner.right ? [{ x: bar.x1 + 6, y: 25, anchor: 'start' as const, from: bar.x1 + 6 }] : []),
    ...(bar.x0 - 6 - w >= inner.left ? [{ x: bar.x0 - 6, y: 25, anchor: 'end' as const, from: bar.x0 - 6 - w }] : []),
  ];
  const clear = fits.find((f) => !rulesX.some((r) => r >= f.from - 2 && r <= f.from + w + 2)) ?? fits[0];
  return clear ? { x: clear.x, y: clear.y, anchor: clear.anchor } : null;
}

/**
 * niceDomain(lo, hi, count): a linear domain [lo, hi] widened out to its ticks (about count of them, as
 * d3 spaces them), so an axis moves in steps, not on every input. Both ends zero, or no span: [0, 1].
 */
export function niceDomain(lo: number, hi: number, count = 8): [number, number] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return lo === hi && hi > 0 ? [0, hi] : [0, 1];
  const step = tickStep(lo, hi, count);
  // A step under 1 as its inverse, as d3 writes ticks: 0.0045, not 0.0045000000000000005.
  const inv = step < 1 ? Math.round(1 / step) : 0;
  return inv ? [Math.floor(lo * inv) / inv, Math.ceil(hi * inv) / inv] : [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

export interface TextBox { left: number; right: number; top: number; bottom: number }

/**
 * ruleSegments(x, y1, y2, boxes, padPx): a vertical rule at x from y1 down to y2, as the segments left once it
 * stops short of every text box it would cross. Drawn through a note ("$0.0699, below the input cost") a
 * dashed cost line reads as a strike-through, and a halo hides it only under the letters, not between them.
 */
export function ruleSegments(x: number, y1: number, y2: number, boxes: readonly TextBox[], padPx = 2): [number, number][] {
  const cuts = boxes.filter((b) => x >= b.left - padPx && x <= b.right + padPx)
    .map((b) => [b.top - padPx, b.bottom + padPx] as const).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let at = y1;
  for (const [top, bottom] of cuts) {
    if (top > at) out.push([at, Math.min(top, y2)]);
    at = Math.max(at, bottom);
    if (at >= y2) break;
  }
  if (at < y2) out.push([at, y2]);
  return out.filter(([a, b]) => b - a > 0.5);
}

