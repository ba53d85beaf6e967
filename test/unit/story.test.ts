import { describe, expect, it } from 'vitest';
import { agentArithmetic, amortisedUsdPerM, blackwellThroughputNeeded, checkBlackwell, checkIdc, checkPowerEdge, idcCnyPerM, listPriceUsd, splitTokens, TASK_INPUT_SHARE } from '../../src/model/story';
import { AGENT_EXAMPLES, CHINA_DAILY_TOKENS, LIST_PRICES, OPENROUTER_WEEKLY_TOKENS, PRICE_EVENTS, TASK_TOKENS, TRAINING_COST_USD } from '../../src/model/facts';
import { SOURCES } from '../../src/model/sources';
import { defaults } from '../../src/state/inputs';
import { SCENE_CHART, sceneChartAt, stepOfSceneChart } from '../../src/charts/loaders';
import { STEP_KEYS } from '../../src/state/steps';

describe('amortisedUsdPerM(training, lifetime tokens)', () => {
  it('facts.md claim 5: $100M over 1e12 tokens is $100 per million; over 1e15, $0.10', () => {
    expect(amortisedUsdPerM(100e6, 1e12)).toBeCloseTo(100, 9);
    expect(amortisedUsdPerM(100e6, 1e15)).toBeCloseTo(0.1, 12);
    expect(amortisedUsdPerM(500e6, 1e15)).toBeCloseTo(0.5, 12);
  });
  it('falls as 1/x with the tokens served', () => {
    expect(amortisedUsdPerM(3e8, 2e14) * 2).toBeCloseTo(amortisedUsdPerM(3e8, 1e14), 12);
  });
});

describe('a task as a request: splitTokens and listPriceUsd', () => {
  it('an agent booking of 15,000 tokens at the 4:1 split is 12,000 in, 3,000 out: $0.081 at Sonnet 4.6\'s $3 / $15', () => {
    const w = splitTokens(15_000, TASK_INPUT_SHARE.ticketAgent);
    expect(w).toEqual({ inputTokens: 12_000, outputTokens: 3000 });
    // 12,000 × $3 / 1e6 = $0.036; 3,000 × $15 / 1e6 = $0.045. All at the output price it would be $0.225.
    expect(listPriceUsd(w, 3, 15)).toBeCloseTo(0.081, 12);
  });
  it('the e-mail is one part prompt to two of answer: 300 tokens are 100 in, 200 out', () => {
    expect(splitTokens(300, TASK_INPUT_SHARE.email)).toEqual({ inputTokens: 100, outputTokens: 200 });
  });
});

describe('the claim checker', () => {
  it('recomputes HK-TE\'s agent arithmetic: 1e6 × 100 a day is 3.65e10 a year, not 3.6e8 (×101); 1e8 × 100 is 3.65e12, not 3.6e9 (×1014)', () => {
    const [a, b] = agentArithmetic();
    expect(a.perYear).toBe(3.65e10);
    expect(a.factor).toBeCloseTo(101.39, 2);
    expect(b.perYear).toBe(3.65e12);
    expect(b.factor).toBeCloseTo(1013.9, 1);
  });
  it('IDC\'s forecast implies ¥18.6B ÷ 4e16 tokens = ¥0.465 per million, close to HK-TE\'s ¥0.5 input price', () => {
    expect(idcCnyPerM()).toBeCloseTo(0.465, 12);
  });
  it('1/10 of Hopper\'s unit cost at $4.08 against $2.35 needs ≈ 17× the tokens/s per GPU', () => {
    // Power inside the cloud rents: hourly B200 4.08 + 0.05 = 4.13; H100 2.35 + 0.05 = 2.40
    const k = blackwellThroughputNeeded(defaults('en'), { rent: 2.35, kw: 1.275 }, { rent: 4.08, kw: 1.7875 });
    expect(k).toBeCloseTo(10 * (4.13 / 2.4), 9);
  });
});

describe('every figure in the data has a source', () => {
  const known = new Set(Object.keys(SOURCES));
  const all: { source: string }[] = [
    ...CHINA_DAILY_TOKENS, ...OPENROUTER_WEEKLY_TOKENS, ...LIST_PRICES, ...PRICE_EVENTS, ...Object.values(TASK_TOKENS),
    TRAINING_COST_USD, ...AGENT_EXAMPLES,
  ];
  it('names a source the page lists', () => {
    for (const f of all) expect(known.has(f.source), JSON.stringify(f)).toBe(true);
  });
  it('the demand series grows, and its points are dated in order', () => {
    const dates = CHINA_DAILY_TOKENS.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    for (let i = 1; i < CHINA_DAILY_TOKENS.length; i++) expect(CHINA_DAILY_TOKENS[i].value).toBeGreaterThan(CHINA_DAILY_TOKENS[i - 1].value);
  });
});

describe('the claim checker: power, Blackwell, IDC', () => {
  const x = defaults('en');
  const west = x.elecUsdPerKwh; // ¥0.3 at ¥7.15/$
  it('HK-TE\'s "1/6–1/10 thanks to power" does not hold at the default H100 rent: 5× the power price raises the cost only a few per cent', () => {
    const r = checkPowerEdge(x, west);
    // By hand: power 1.275 kW × 1.3 × 0.041958 = 0.069545 here, 0.347727 at 5×. Inside the $2.35 rent the rest is
    // 2.280455; + 0.05 other. Ratio = (2.330455 + 0.069545) / (2.330455 + 0.347727) = 2.4 / 2.678182 = 0.89613.
    expect(r.ratios[1]).toBeCloseTo(2.4 / 2.678182, 5);
    expect(r.holds).toBe(false);
    expect(r.bestPossible).toBeCloseTo(0.2, 12);
  });
  it('even with free hardware and no other cost, power alone gives 1/5 at 5×, never 1/6', () => {
    const r = checkPowerEdge({ ...x, mode: 'own', capexUsdPerGpu: 0, siteUsdPerGpu: 0, opexUsdPerGpuHour: 0 }, west);
    expect(r.ratios[1]).toBeCloseTo(0.2, 12);
    expect(r.holds).toBe(false);
  });
  it('Blackwell at 1/10 of Hopper needs ≈17× the tokens/s at CPS-Price\'s rents; the published figures give 3.1×', () => {
    const h = { rent: 2.35, kw: 1.275, tps: 2209 }, b = { rent: 4.08, kw: 1.7875, tps: 6920 };
    const r = checkBlackwell(x, h, b);
    // Cloud rents include power: hourly H100 2.35 + 0.05 = 2.40, B200 4.08 + 0.05 = 4.13; 10 × 4.13 / 2.40 = 17.21.
    expect(r.needed).toBeCloseTo(10 * 4.13 / 2.4, 9);
    expect(r.needed).toBeGreaterThan(17);
    expect(r.published).toBeCloseTo(6920 / 2209, 12);
    expect(r.holds).toBe(false);
    expect(r.costRatio).toBeCloseTo(r.needed / 10 / r.published, 9);
  });
  it('IDC\'s ¥18.6B over 4e16 tokens is ¥0.465 per million of every kind: 93% of HK-TE\'s ¥0.5 input price', () => {
    const r = checkIdc();
    expect(r.implied).toBeCloseTo(0.465, 12);
    expect(r.ratio).toBeCloseTo(0.93, 12);
  });
});

describe('which chart a page opens with (src/charts/loaders.ts)', () => {
  it('follows the steps in order, so the chart fetched first is the opening step’s', () => {
    expect(STEP_KEYS.map((k) => SCENE_CHART[k])).toEqual(Object.values(SCENE_CHART));
    expect(sceneChartAt(0)).toBe('story-demand');
    expect(sceneChartAt(1)).toBe('story-demand');
    expect(sceneChartAt(2)).toBe('cost-stack');
    expect(sceneChartAt(8)).toBe('story-claims');
    // Anything a link could hold past the steps' range falls back to the first step's chart.
    for (const n of [9, 99, -3, NaN, Infinity]) expect(sceneChartAt(n)).toBe('story-demand');
  });

  it('finds the step a link to a story chart must bring near before the chart is drawn', () => {
    expect(stepOfSceneChart('story-demand')).toBe(1);
    expect(stepOfSceneChart('story-cost')).toBe(2); // the story's own copy of the cost stack
    expect(stepOfSceneChart('story-claims')).toBe(8);
    for (const id of ['cost-stack', 'explorer', 'step-8', '', 'constructor']) expect(stepOfSceneChart(id)).toBe(0);
  });
});
