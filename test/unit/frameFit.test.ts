import { describe, expect, it } from 'vitest';
import { largestScale, shrinkToFit } from '../../src/charts/frameFit';

describe('largestScale: the layout a slide draws largest', () => {
  // A chart whose text wraps less as it widens: 300 px of fixed parts and 200 px of text at 640 px wide.
  const heightAt = (w: number) => 300 + (200 * 640) / w;

  it('meets both edges of a 1280 × 720 slide at about 813 px wide, 1.57 times larger', () => {
    // By hand: 1280 / w = 720 / h(w) ⇔ 720 w² − 384 000 w − 163 840 000 = 0 ⇔ w = 813.2, scale 1280 / 813.2 = 1.574.
    const { widthPx, scale } = largestScale(heightAt, 1280, 720, 640, 1280);
    expect(scale).toBeGreaterThan(1.574 * 0.99);
    expect(scale).toBeLessThanOrEqual(1.574 + 1e-3);
    // Drawn inside the slide both ways.
    expect(scale * widthPx).toBeLessThanOrEqual(1280 + 1e-9);
    expect(scale * heightAt(widthPx)).toBeLessThanOrEqual(720 + 1e-9);
  });

  it('stays within its bounds: never narrower than the least width, and a chart taller than its slide is not enlarged', () => {
    // Short enough to want 400 px: held at 640, as wide as the slide allows (1280 / 640 = 2).
    expect(largestScale(() => 100, 1280, 720, 640, 1280)).toEqual({ widthPx: 640, scale: 2 });
    // Taller than the slide at the widest layout: that layout, drawn smaller (720 / 1000).
    expect(largestScale(() => 1000, 1280, 720, 640, 1280)).toEqual({ widthPx: 1280, scale: 0.72 });
  });

  it('shrinkToFit draws smaller only what does not fit', () => {
    expect(shrinkToFit(500, 450)).toBeCloseTo(0.9);
    expect(shrinkToFit(450.5, 450)).toBe(1);
  });
});
