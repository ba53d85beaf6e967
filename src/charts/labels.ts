// Where a chart's point labels go so that none covers another, a point, or leaves the plot: the
// placement tried first is beside the point (as a reader expects), then the other sides, then further
// out with a leader line back to the point. Pure: widths are estimated (textWidthPx), so the same
// placement is drawn at build time and in the browser, and tests run it without one.

import { textWidthPx } from './line.geometry';

export interface Box { left: number; top: number; right: number; bottom: number }

export interface LabelRequest {
  /** The point's position in pixels. */
  x: number;
  y: number;
  text: string;
  /** Try below the point first (a line runs just above it). */
  below?: boolean;
}

export interface PlacedLabel {
  /** Where the text is drawn: x with its anchor, y its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
  /** A line from the point to the label, when the label had to move away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

const GAP = 6;
const ASCENT = 0.95, DESCENT = 0.3; // of the font size, around the baseline: the box a browser measures

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left))
  * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * placeLabels(points, bounds, fontPx, obstacles): one placement per point, in order, each avoiding the
 * points, the labels placed before it and the obstacles given (a rule's label), and staying inside bounds.
 * Where no placement is free, the one covering least is taken: a label is never dropped.
 */
export function placeLabels(points: readonly LabelRequest[], bounds: Box, fontPx = 11, obstacles: readonly Box[] = []): PlacedLabel[] {
  const r = 5; // a point's radius and its stroke
  const dots: Box[] = points.map((p) => ({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r }));
  const taken: Box[] = [...obstacles];
  const h = fontPx * (ASCENT + DESCENT);
  return points.map((p) => {
    const w = textWidthPx(p.text, fontPx);
    const at = (cx: number, baseline: number, anchor: PlacedLabel['anchor'], lead = false): PlacedLabel => {
      const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
      const box = { left, right: left + w, top: baseline - fontPx * ASCENT, bottom: baseline + fontPx * DESCENT };
      return { x: cx, y: baseline, anchor, box, ...(lead ? { leader: { x1: p.x, y1: p.y, x2: anchor === 'start' ? left - 2 : anchor === 'end' ? left + w + 2 : cx, y2: baseline - h / 2 + 2 } } : {}) };
    };
    const above = p.y - GAP, below = p.y + GAP + fontPx * ASCENT, middle = p.y + fontPx * 0.3;
    const beside = [at(p.x + GAP, above, 'start'), at(p.x - GAP, above, 'end'), at(p.x + GAP, below, 'start'), at(p.x - GAP, below, 'end')];
    const candidates: PlacedLabel[] = [
      ...(p.below ? [beside[2], beside[3], beside[0], beside[1]] : beside),
      at(p.x + GAP + 2, middle, 'start'), at(p.x - GAP - 2, middle, 'end'), at(p.x, above - 2, 'middle'), at(p.x, below + 2, 'middle'),
    ];
    // Further out, with a leader line: up and down in steps of a line's height, to either side.
    for (let k = 1; k <= 4; k++) {
      const up = above - k * (h + 2), down = below + k * (h + 2);
      candidates.push(at(p.x + GAP, up, 'start', true), at(p.x - GAP, up, 'end', true), at(p.x + GAP, down, 'start', true), at(p.x - GAP, down, 'end', true));
    }
    const cost = (c: PlacedLabel) => (inside(c.box, bounds) ? 0 : 1e6)
      + [...taken, ...dots].reduce((s, b) => s + overlap(c.box, b), 0);
    let best = candidates[0], bestCost = Infinity;
    for (const c of candidates) {
      const k = cost(c);
      if (k === 0) { best = c; bestCost = 0; break; }
      if (k < bestCost) { best = c; bestCost = k; }
    }
    taken.push(best.box);
    return best;
  });
}

export interface RuleLabel { key: string; text: string; x: number; y: number; anchor: 'start' | 'end'; at: number; box: Box }

/**
 * placeRuleLabels(rules, inner, width, fontPx): each vertical rule's label along the plot's top, right of
 * its rule or, where it would leave the chart, left of it; one that would cover a label already placed
 * goes a line lower.
 */
export function placeRuleLabels(rules: readonly { key: string; text: string; at: number }[], inner: Box, width: number, fontPx = 11): RuleLabel[] {
  const placed: RuleLabel[] = [];
  const line = Math.ceil(fontPx * (ASCENT + DESCENT)) + 1;
  for (const r of [...rules].sort((a, b) => a.at - b.at)) {
    const w = textWidthPx(r.text, fontPx);
    const right = r.at + 3 + w <= width;
    const left = right ? r.at + 3 : r.at - 3 - w;
    let y = inner.top + fontPx - 1;
    while (placed.some((p) => p.box.left < left + w + 4 && left < p.box.right + 4 && Math.abs(p.y - y) < line) && y < inner.bottom - line) y += line;
    placed.push({ key: r.key, text: r.text, at: r.at, x: right ? r.at + 3 : r.at - 3, y, anchor: right ? 'start' : 'end',
      box: { left, right: left + w, top: y - fontPx * ASCENT, bottom: y + fontPx * DESCENT } });
  }
  return placed;
}

/**
 * fitTitle(text, centre, width, fontPx): an axis title centred on centre but kept inside [0, width], and
 * drawn smaller (to 9 px) where it is wider than the chart: its x and its size.
 */
export function fitTitle(text: string, centre: number, width: number, fontPx = 12): { x: number; size: number } {
  const w = textWidthPx(text, fontPx);
  const size = w + 4 > width ? Math.max(9, (fontPx * width) / (w + 4)) : fontPx;
  const half = (w * size) / fontPx / 2;
  return { x: Math.min(Math.max(centre, half + 2), width - half - 2), size };
}

/**
 * wrapLabel(text, maxWidth, fontPx): text as one line, or as two broken before a parenthesis or after a
 * comma or colon (where a source, an aside or the reason begins) when one line is wider than maxWidth.
 */
export function wrapLabel(text: string, maxWidth: number, fontPx = 11): string[] {
  if (textWidthPx(text, fontPx) <= maxWidth) return [text];
  const breaks = [...text.matchAll(/（| \(|，|, |：|: /g)].map((m) => (m[0][0] === '（' || m[0] === ' (' ? m.index : m.index + m[0].length));
  const at = breaks.filter((i) => i > 0 && i < text.length).sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
  return at === undefined ? [text] : [text.slice(0, at).trim(), text.slice(at).trim()];
}

export interface AxisLabel { at: number; text: string; anchor: 'start' | 'middle' | 'end' }

/**
 * xAxisLabels(ticks, inner, fontPx): the x axis' tick labels that fit side by side — every second one
 * (every third, …) where neighbours would touch — each centred on its tick, or ending at the axis' end
 * and starting at its start so none reaches past the plot (the lowest y label sits left of its start).
 * The tick at `keep` (zero, on an axis that runs below it) is always among those kept.
 */
export function xAxisLabels(ticks: readonly { at: number; text: string }[], inner: Box, fontPx = 11, keep = 0): AxisLabel[] {
  const anchored = ticks.map((t): AxisLabel & { left: number; right: number } => {
    const w = textWidthPx(t.text, fontPx);
    const anchor = t.at + w / 2 > inner.right ? 'end' : t.at - w / 2 < inner.left ? 'start' : 'middle';
    const left = anchor === 'start' ? t.at : anchor === 'end' ? t.at - w : t.at - w / 2;
    return { ...t, anchor, left, right: left + w };
  });
  for (let every = 1; every <= anchored.length; every++) {
    const kept = anchored.filter((_, i) => (((i - keep) % every) + every) % every === 0);
    // Neighbours keep a character's room between them: 4 px looked run together on a slide, and half a
    // character still did where an axis' end label turns inward ("$0.00 $0.05", a lecturer's note).
    if (kept.every((t, i) => i === 0 || kept[i - 1].right + Math.max(6, fontPx) <= t.left)) return kept.map(({ at, text, anchor }) => ({ at, text, anchor }));
  }
  return anchored.slice(0, 1).map(({ at, text, anchor }) => ({ at, text, anchor }));
}

/** lineStepPx(fontPx): how far apart the lines of a label on two lines are drawn. */
export const lineStepPx = (fontPx: number) => Math.round(fontPx * 1.2);

/**
 * chartFontPx(view): the size chart labels are drawn at — ticks and labels, titles — as app.css sets them:
 * larger on a projector and in a chart fitted to a slide (fit=1), larger still on a lecture's stage, all
 * read from the back of a room.
 */
export const chartFontPx = (view: { theme: string; present?: boolean; fit?: boolean }) =>
  (view.present ? { TICK_PX: 16, TITLE_PX: 16 } : view.theme === 'projector' || view.fit ? { TICK_PX: 14, TITLE_PX: 14 } : { TICK_PX: 11, TITLE_PX: 12 });

/**
 * endLabels(ends, inner, fontPx): a label for each line at its right end, just past the plot, each at its
 * line's height where it can be, moved apart (in the lines' own order, top to bottom) so none touches the
 * next, and kept between the plot's top and bottom: each end as given, with x and y its text's start and
 * baseline.
 */
export function endLabels<E extends { key: string; text: string; y: number }>(ends: readonly E[], inner: Box, fontPx = 11): (E & { x: number })[] {
  const line = Math.ceil(fontPx * (ASCENT + DESCENT)) + 1;
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  // Centres of the labels: pushed down past the one above, then back up from the plot's bottom.
  const at = sorted.map((e) => e.y);
  for (let i = 0; i < at.length; i++) at[i] = Math.max(at[i], i ? at[i - 1] + line : inner.top + line / 2);
  for (let i = at.length - 1; i >= 0; i--) at[i] = Math.min(at[i], i < at.length - 1 ? at[i + 1] - line : inner.bottom - line / 2);
  return sorted.map((e, i) => ({ ...e, x: inner.right + 4, y: at[i] + fontPx * 0.35 }));
}
