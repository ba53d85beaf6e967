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
