// The opening's chart is drawn at OPENING_WIDTHS_PX and app.css picks the copy that fits: the two must
// agree, and the steps must stay small enough that the copy shown is close to the chart the script draws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENING_WIDTHS_PX } from '../../src/charts/opening';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');

describe('the opening chart widths', () => {
  it('rise in steps of at most 8% and include the chart at 1280 px and at the widest page (705, 743 px)', () => {
    for (let i = 1; i < OPENING_WIDTHS_PX.length; i++) {
      expect(OPENING_WIDTHS_PX[i]).toBeGreaterThan(OPENING_WIDTHS_PX[i - 1]);
      expect(OPENING_WIDTHS_PX[i] / OPENING_WIDTHS_PX[i - 1]).toBeLessThanOrEqual(1.08);
    }
    expect(OPENING_WIDTHS_PX).toContain(705);
    expect(OPENING_WIDTHS_PX).toContain(743);
  });

  it('each have the one container rule that shows that copy from its width up to the next', () => {
    const rules = [...css.matchAll(/@container \(width >= (\d+)px\)(?: and \(width < (\d+)px\))? \{ \.wrap\.opening-chart > \.opening-w(\d+) \{ display: block; \} \}/g)]
      .map((m) => ({ from: Number(m[1]), to: m[2] ? Number(m[2]) : undefined, copy: Number(m[3]) }));
    expect(rules).toEqual(OPENING_WIDTHS_PX.map((w, i) => ({ from: w, to: OPENING_WIDTHS_PX[i + 1], copy: w })));
    expect(css).toContain(`@container (width < ${OPENING_WIDTHS_PX[0]}px) { .wrap.opening-chart > .opening-none { display: block; } }`);
  });
});
