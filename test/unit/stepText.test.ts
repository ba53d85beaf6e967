// What the story's steps say: the message each paragraph picks and the figures in it, worked by hand.
import { describe, expect, it } from 'vitest';
import { stepText, type Paragraph } from '../../src/story/stepText';
import { AppState } from '../../src/state/app.svelte';
import { parseLink } from '../../src/state/url';
import { STEP_KEYS } from '../../src/state/steps';

/** The page at story step n, its scene set, in lang. */
function at(n: number, lang: 'en' | 'zh' = 'en', more = '') {
  const app = new AppState(parseLink(`lang=${lang}${more}`));
  app.goToStep(n, true);
  return app;
}
const says = (app: AppState, n: number) => stepText(STEP_KEYS[n - 1], app.model, app.result, app.money, app);
const keys = (ps: Paragraph[]) => ps.map((p) => p.key);

describe('the story\'s steps, as data', () => {
  it('step 2 at its scene: an H100 rented at $2.35 an hour, power inside the rent at west China\'s ¥0.3/kWh', () => {
    const ps = says(at(2), 2);
    expect(keys(ps)).toEqual(['p1', 'p2']);
    expect(ps[0].live).toBe(true);
    // 1.275 kW × PUE 1.3 = 1.6575 kW at 0.3/7.15 $/kWh = $0.0695 an hour of power inside the rent.
    expect(ps[0].values).toMatchObject({ gpu: 'NVIDIA H100 SXM', kw: '1.28', pue: '1.3', elecHour: '$0.0695', util: '70%', hardware: '$2.28' });
    // 2,209 tok/s × 3,600 s × 70% = 5.57M tokens an hour; ($2.35 + $0.05) / 5.56668M × 1M = $0.431.
    expect(ps[0].values!.tokensHour).toBe('5.57M');
    expect(ps[1].values).toMatchObject({ total: '$0.431', hw: '95%', el: '2.9%', other: '2.1%', perUnit: '2.32M', unit: '$1' });
  });

  it('says what the reader\'s settings make true: owned hardware, power billed, a rent below its own power bill', () => {
    const app = at(2);
    app.setMode('own');
    expect(says(app, 2)[0].key).toBe('p1Own');
    app.setMode('rent');
    app.setPowerBilling('billed');
    expect(says(app, 2)[0].key).toBe('p1Billed');
    app.setPowerBilling('included');
    app.set('rentUsdPerGpuHour', 0.05); // less than its own $0.0695 of power
    expect(says(app, 2)[0].key).toBe('p1Exceeds');
    app.set('rentUsdPerGpuHour', 3);
    expect(says(app, 2)[0].key).toBe('p1Any'); // off the scene, the sentence no longer names its rent as the report's
  });

  it('in Chinese, money in yuan and counts in 万', () => {
    const ps = says(at(2, 'zh'), 2);
    // $0.431 × 7.15 = ¥3.08; 5,566,680 tokens an hour = 556.7万.
    expect(ps[1].values!.total).toBe('¥3.08');
    expect(ps[0].values!.tokensHour).toBe('557万');
  });

  it('step 3 in Europe: chips are the larger part, the bars are one length, and power must cost 3.4 times as much to match', () => {
    const ps = says(at(3), 3);
    expect(keys(ps)).toEqual(['p1Small', 'places.same', 'p2.above', 'anchor.chips', 'p3']);
    // Half the $2.35 rent is hardware's match: $1.175 / 1.6575 kW = $0.709/kWh, 3.38 × Europe's 1.5/7.15.
    expect(ps[2].values).toMatchObject({ breakEven: '$0.709', times: '3.4' });
  });

  it('on a slide, step 3 says what a lower rent or a cheaper GPU does instead of asking a class to move a control', async () => {
    const en = (await import('../../locales/en/story.json')).default.steps.lever;
    const slide = (app: AppState) => stepText('lever', app.model, app.result, app.money, app, true);
    const app = at(3);
    expect(keys(slide(app)).at(-1)).toBe('p3Slide');
    expect(keys(says(app, 3)).at(-1)).toBe('p3');
    app.setMode('own');
    expect(keys(says(app, 3)).at(-1)).toBe('p3Own');
    expect(keys(slide(app)).at(-1)).toBe('p3OwnSlide');
    for (const k of ['p3Slide', 'p3OwnSlide'] as const) expect(en[k]).not.toMatch(/drag|watch|set the|under “/i);
    expect(en.p3).toMatch(/Drag the rent/);
  });

  it('step 4 links to the efficiency panel; step 6 sets China\'s input price against reading a prompt, above or below', () => {
    expect(says(at(4), 4).at(-1)).toEqual({ key: 'panelLink', href: '#efficiency' });
    const clause = (app: AppState) => says(app, 6)[1].values!.cnClause;
    // China's ¥0.5 per million input tokens is $0.0699; reading a million prompt tokens at the scene's
    // $2.40 an hour costs $0.136, 1.9 times that. At a rent of $0.30 it costs $0.0198, below the price.
    expect(clause(at(6))).toEqual({ key: 'cnBelow', values: { cn: '$0.0699', input: '$0.136', times: '1.9' } });
    const cheap = at(6);
    cheap.set('rentUsdPerGpuHour', 0.3);
    expect(clause(cheap)).toMatchObject({ key: 'cnAbove', values: { input: '$0.0198', margin: '72%' } });
  });

  it('gives every step at least one paragraph, and values only as text or a message of the step\'s', () => {
    for (let n = 1; n <= 8; n++) {
      const ps = says(at(n), n);
      expect(ps.length).toBeGreaterThan(0);
      for (const p of ps) for (const v of Object.values(p.values ?? {})) expect(typeof v === 'string' || typeof v.key === 'string').toBe(true);
    }
  });
});

describe('step 4 names the chip it is about', async () => {
  const { AppState } = await import('../../src/state/app.svelte');
  const { parseLink } = await import('../../src/state/url');
  const { stepText } = await import('../../src/story/stepText');
  it('at the reader\'s H100 it does not say Blackwell, nor "more than" an equal cost', () => {
    const app = new AppState(parseLink('lang=en'));
    const p = stepText('efficiency', app.model, app.result, app.money, app)[0];
    expect(p.key).toBe('p1Same');
    expect(p.values?.gpu).toBe('NVIDIA H100 SXM');
    expect(p.values?.rentCompare).toEqual({ key: 'rentSame', values: { h100: '$2.35' } });
  });
});
