import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endLabels, fitTitle, placeLabels, placeRuleLabels, wrapLabel, xAxisLabels, type Box } from '../../src/charts/labels';
import { notePlace } from '../../src/charts/bar.geometry';
import { textWidthPx } from '../../src/charts/line.geometry';

const touch = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const within = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const plot: Box = { left: 0, top: 0, right: 600, bottom: 300 };

describe('placeLabels: point labels that never cover each other', () => {
  it('a point alone gets the place a reader expects: just right of it and above, no leader', () => {
    const [l] = placeLabels([{ x: 100, y: 150, text: 'H100' }], plot);
    expect(l).toMatchObject({ x: 106, y: 144, anchor: 'start' });
    expect(l.leader).toBeUndefined();
  });
  it('at the plot\'s right edge the label goes to the left of its point', () => {
    const [l] = placeLabels([{ x: 590, y: 150, text: 'Batch 755' }], plot);
    expect(l.anchor).toBe('end');
    expect(within(l.box, plot)).toBe(true);
  });
  it('step 4\'s crowd — four chips and a batch dot within 40 px — comes apart, every label inside the plot', () => {
    const crowd = [{ x: 400, y: 200, text: 'H100' }, { x: 410, y: 202, text: 'H800' }, { x: 470, y: 190, text: 'GB200' },
      { x: 480, y: 195, text: 'B200' }, { x: 500, y: 205, text: 'Batch 218' }];
    const placed = placeLabels(crowd, plot);
    for (let i = 0; i < placed.length; i++) {
      expect(within(placed[i].box, plot), crowd[i].text).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(touch(placed[i].box, placed[j].box), `${crowd[i].text} × ${crowd[j].text}`).toBe(false);
    }
  });
  it('wherever up to five points fall in a roomy plot, no two labels overlap and none covers a point', () => {
    const pt = fc.record({ x: fc.integer({ min: 60, max: 540 }), y: fc.integer({ min: 60, max: 240 }), text: fc.constantFrom('H100', 'GB200', 'Batch 755', '批大小 218', 'CN¥3.08') });
    fc.assert(fc.property(fc.array(pt, { minLength: 1, maxLength: 5 }), (pts) => {
      const placed = placeLabels(pts, plot);
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) if (touch(placed[i].box, placed[j].box)) return false;
        for (const p of pts) if (touch(placed[i].box, { left: p.x - 5, right: p.x + 5, top: p.y - 5, bottom: p.y + 5 })) return false;
      }
      return true;
    }), { seed: 3, numRuns: 300 });
  });
});

describe('axis and rule labels', () => {
  const inner: Box = { left: 66, top: 12, right: 300, bottom: 160 };
  it('x tick labels are thinned until neighbours do not touch, and the end ones stay inside the plot', () => {
    const ticks = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ at: 66 + i * 39, text: `CN¥${i * 5}.00` }));
    const kept = xAxisLabels(ticks, inner);
    expect(kept.length).toBeLessThan(ticks.length);
    expect(kept[0]).toMatchObject({ at: 66, anchor: 'start' });
    const boxes = kept.map((k) => { const w = textWidthPx(k.text, 11); const l = k.anchor === 'start' ? k.at : k.anchor === 'end' ? k.at - w : k.at - w / 2; return [l, l + w]; });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i - 1][1] + 11).toBeLessThanOrEqual(boxes[i][0]);
    expect(xAxisLabels([{ at: 100, text: '1' }, { at: 200, text: '10' }], inner).map((k) => k.anchor)).toEqual(['middle', 'middle']);
  });
  it('on an axis running below zero, zero keeps its label however many are thinned out', () => {
    // −$1.40 … $2.40 in steps of $0.20, 16 px apart: every second label is kept, counted from zero.
    const ticks = Array.from({ length: 20 }, (_, i) => ({ at: 66 + i * 12, text: `$${(-1.4 + i * 0.2).toFixed(2)}` }));
    const zero = 7;
    const kept = xAxisLabels(ticks, inner, 11, zero);
    expect(kept.length).toBeLessThan(ticks.length);
    expect(kept.map((k) => k.text)).toContain(ticks[zero].text);
  });
  it('two cost rules close together: the second label goes a line lower, and one at the right edge turns left', () => {
    const placed = placeRuleLabels([{ key: 'a', text: 'CN¥100/百萬 Token', at: 200 }, { key: 'b', text: 'CN¥10/百萬 Token', at: 230 }], inner, 310);
    expect(placed[0].y).toBeLessThan(placed[1].y);
    expect(placed[1].anchor).toBe('end');
    expect(touch(placed[0].box, placed[1].box)).toBe(false);
  });
  it('lines\' end labels keep their lines\' order and a line\'s height apart, inside the plot', () => {
    // 11 px: a line is ceil(11 × 1.25) + 1 = 15 px. Ends at 100 and 104 (near-coinciding lines): the lower is
    // pushed down to 115. One at 158 is over the bottom's limit (160 − 7.5) and comes up to 152.5. Baselines
    // are the centres + 11 × 0.35 = 3.85 px.
    const placed = endLabels([{ key: 'b', text: '$2.35', y: 104 }, { key: 'a', text: '$2.28', y: 100 }, { key: 'c', text: '$0.25', y: 158 }], inner);
    expect(placed.map((l) => l.key)).toEqual(['a', 'b', 'c']);
    expect(placed.map((l) => +(l.y - 3.85).toFixed(2))).toEqual([100, 115, 152.5]);
    expect(placed.every((l) => l.x === 304)).toBe(true);
    // Crowded at the bottom: three ends at 159 stack upwards from it, 15 px apart.
    expect(endLabels(['x', 'y', 'z'].map((key) => ({ key, text: key, y: 159 })), inner).map((l) => +(l.y - 3.85).toFixed(2))).toEqual([122.5, 137.5, 152.5]);
  });
  it('a band label too long for the plot breaks before its source; a short one stays whole', () => {
    expect(wrapLabel('占 OPEX 的 60%–70%（中邮证券·工厂篇）', 170)).toEqual(['占 OPEX 的 60%–70%', '（中邮证券·工厂篇）']);
    expect(wrapLabel('60–70% of OPEX (CPS-0616)', 400)).toEqual(['60–70% of OPEX (CPS-0616)']);
    // A reason after a colon starts the second line.
    expect(wrapLabel('Flat: power is in the rent', 100)).toEqual(['Flat:', 'power is in the rent']);
    expect(wrapLabel('持平：租金已含电费', 60)).toEqual(['持平：', '租金已含电费']);
  });
  it('a bar\'s note goes after the bar, else before it, else (null) on a line of its own', () => {
    expect(notePlace('$0.55', { x0: 10, x1: 100 }, { left: 8, right: 300 })).toMatchObject({ x: 106, anchor: 'start' });
    expect(notePlace('$0.55', { x0: 150, x1: 295 }, { left: 8, right: 300 })).toMatchObject({ x: 144, anchor: 'end' });
    expect(notePlace('輸入 CN¥35.75，輸出 CN¥215', { x0: 60, x1: 200 }, { left: 8, right: 240 })).toBeNull();
    // A rule at 120 runs through the note after the bar (106 to 106 + its width): it goes before the bar, if it fits there.
    const w = textWidthPx('$0.55', 11);
    expect(106 + w).toBeGreaterThan(122);
    expect(notePlace('$0.55', { x0: 80, x1: 100 }, { left: 8, right: 300 }, 11, [120])).toMatchObject({ x: 74, anchor: 'end' });
    // Where it fits only after the bar, it stays there, rule or not.
    expect(notePlace('$0.55', { x0: 20, x1: 40 }, { left: 8, right: 300 }, 11, [60])).toMatchObject({ x: 46, anchor: 'start' });
  });
  it('an axis title wider than its chart is drawn smaller and stays inside it', () => {
    const t = fitTitle('Tokens per second per GPU (log scale)', 160, 254);
    expect(t.size).toBeLessThan(12);
    const half = (textWidthPx('Tokens per second per GPU (log scale)', 12) * t.size) / 12 / 2;
    expect(t.x - half).toBeGreaterThanOrEqual(0);
    expect(t.x + half).toBeLessThanOrEqual(254);
    expect(fitTitle('Year', 160, 254)).toEqual({ x: 160, size: 12 });
  });
});
