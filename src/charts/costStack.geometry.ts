// Geometry for "what a million tokens costs": one horizontal bar split into its three parts.

import { scaleLinear } from 'd3-scale';
import type { Parts } from '../model/cost';
import { niceMax, withSteps, type Tick } from './line.geometry';

export const PART_KEYS = ['hardware', 'electricity', 'other'] as const;
export type PartKey = (typeof PART_KEYS)[number];

export interface StackRect {
  key: PartKey;
  x: number;
  width: number;
}

export interface StackGeometry {
  rects: StackRect[];
  ticks: Tick[];
  domainMax: number;
}

/**
 * costStackGeometry(parts, domainMax, left, right) places the parts end to end on a linear axis from
 * 0 to domainMax between pixel `left` and `right`. Contract: rects lie inside [left, right] and their
 * widths add up to the scaled total (to the axis end when the total exceeds domainMax).
 */
export function costStackGeometry(parts: Parts, domainMax: number, left: number, right: number): StackGeometry {
  const max = domainMax > 0 ? domainMax : 1;
  const x = scaleLinear().domain([0, max]).range([left, right]).clamp(true);
  let acc = 0;
  const rects = PART_KEYS.map((key) => {
    const from = x(acc);
    acc += Math.max(0, parts[key]);
    return { key, x: from, width: x(acc) - from };
  });
  return { rects, ticks: withSteps(x.ticks(Math.max(2, Math.floor((right - left) / 100))), x), domainMax: max };
}

/** stackDomain(totalDisplay) is the axis end for a total: a 1-2-5 step above it. */
export const stackDomain = (total: number) => niceMax(total * 1.05);
