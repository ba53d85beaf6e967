// The story's computations (issue 4): training as a fixed cost, price against cost, token inflation,
// and the claim checker's verdicts on the reports' other numbers. Pure; money in USD unless named.

import { cost, hardwareUsdPerGpuHour, type CostInputs } from './cost';
import { AGENT_EXAMPLES, IDC_MAAS_2026 } from './facts';

/**
 * amortisedUsdPerM(trainingUsd, lifetimeTokens): a model's training cost spread over the tokens it
 * serves in its life, per million (cost-model.md §3; CPS-0616: "单位Token摊销额随Token总产出增加而持续递减").
 */
export function amortisedUsdPerM(trainingUsd: number, lifetimeTokens: number): number {
  return lifetimeTokens > 0 ? (trainingUsd / lifetimeTokens) * 1e6 : Infinity;
}

/** taskCostUsd(tokens, usdPerM): what a task of that many tokens costs at a price or cost per million. */
export const taskCostUsd = (tokens: number, usdPerM: number) => (tokens * usdPerM) / 1e6;

/** agentArithmetic(): HK-TE's yearly token counts recomputed — per day × tokens each × 365. */
export function agentArithmetic() {
  return AGENT_EXAMPLES.map((a) => {
    const perYear = a.perDay * a.tokensEach * 365;
    return { id: a.id, perDay: a.perDay * a.tokensEach, perYear, stated: a.statedPerYear, factor: perYear / a.statedPerYear };
  });
}

/** idcCnyPerM(): the IDC forecast's implied price: revenue ÷ tokens, in yuan per million (≈ ¥0.465). */
export const idcCnyPerM = () => (IDC_MAAS_2026.revenueCny.value / IDC_MAAS_2026.tokens.value) * 1e6;

/**
 * blackwellThroughputNeeded(x, hopperRent, blackwellRent, kwH, kwB): HK-TE says Blackwell makes a
 * token for 1/10 of Hopper's cost; at the rents CPS-Price gives, how many times Hopper's tokens/s per
 * GPU must a Blackwell GPU make for that to hold? Unit cost ∝ hourly cost ÷ tokens/s, so the
 * throughput ratio is 10 × (Blackwell hourly ÷ Hopper hourly).
 */
export function blackwellThroughputNeeded(x: CostInputs, hopper: { rent: number; kw: number }, blackwell: { rent: number; kw: number }): number {
  const hourly = (rent: number, kw: number) => cost({ ...x, mode: 'rent', rentUsdPerGpuHour: rent, kwPerGpu: kw }).hourlyTotalUsd;
  return 10 * (hourly(blackwell.rent, blackwell.kw) / hourly(hopper.rent, hopper.kw));
}

/** hardwareShare(x): kept for the story's "which lever" step — hardware's share of the hourly cost. */
export const hardwareShare = (x: CostInputs) => hardwareUsdPerGpuHour(x) / cost(x).hourlyTotalUsd;

/** HK-TE: Chinese tokens cost "1/6–1/10" of overseas ones, thanks to power at ¥0.3, "1/3–1/5" of Europe's and America's. */
export const POWER_EDGE_CLAIM = { costRatio: [1 / 10, 1 / 6], powerMultiple: [3, 5] } as const;

/**
 * checkPowerEdge(x, westUsdPerKwh): the same GPU, rent and tokens/s at west-China power and at 3× and
 * 5× that price. ratio = cost here ÷ cost there; the claim holds if the 5× ratio reaches 1/6. Power
 * alone can never do better than 1/5 (all of the cost electricity), so `bestPossible` is 1/multiple.
 */
export function checkPowerEdge(x: CostInputs, westUsdPerKwh: number) {
  const at = (p: number) => cost({ ...x, elecUsdPerKwh: p }).perMillionTotalUsd;
  const here = at(westUsdPerKwh);
  const ratios = POWER_EDGE_CLAIM.powerMultiple.map((k) => {
    const there = at(westUsdPerKwh * k);
    return there > 0 ? here / there : 1;
  });
  const best = Math.min(...ratios);
  return { ratios, holds: best <= POWER_EDGE_CLAIM.costRatio[1], bestPossible: 1 / POWER_EDGE_CLAIM.powerMultiple[1] };
}

/**
 * checkBlackwell(x, hopper, blackwell): HK-TE's "1/10 of Hopper's unit cost" against the throughput
 * ratio the chips' published tokens/s give. It holds when published ≥ needed.
 */
export function checkBlackwell(x: CostInputs, hopper: { rent: number; kw: number; tps: number }, blackwell: { rent: number; kw: number; tps: number }) {
  const needed = blackwellThroughputNeeded(x, hopper, blackwell);
  const published = blackwell.tps / hopper.tps;
  const costRatio = cost({ ...x, rentUsdPerGpuHour: blackwell.rent, kwPerGpu: blackwell.kw, tokPerSecPerGpu: blackwell.tps, mode: 'rent' }).perMillionTotalUsd
    / cost({ ...x, rentUsdPerGpuHour: hopper.rent, kwPerGpu: hopper.kw, tokPerSecPerGpu: hopper.tps, mode: 'rent' }).perMillionTotalUsd;
  return { needed, published, costRatio, holds: published >= needed };
}

/** checkIdc(): IDC's forecast revenue ÷ tokens against HK-TE's "¥0.5 per million input"; holds within 15%. */
export function checkIdc(listCnyPerM = 0.5) {
  const implied = idcCnyPerM();
  return { implied, list: listCnyPerM, holds: Math.abs(implied / listCnyPerM - 1) <= 0.15 };
}
