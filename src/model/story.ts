// The story's computations (issue 4): training as a fixed cost, price against cost, token inflation,
// and the claim checker's verdicts on the reports' other numbers. Pure; money in USD unless named.

import { cost, electricityUsdPerGpuHour, hourlyParts, type CostInputs } from './cost';
import { AGENT_EXAMPLES, IDC_MAAS_2026 } from './facts';
import { WORKLOADS } from './presets';

/**
 * amortisedUsdPerM(trainingUsd, lifetimeTokens): a model's training cost spread over the tokens it
 * serves in its life, per million (cost-model.md §3; CPS-0616: "单位Token摊销额随Token总产出增加而持续递减").
 */
export function amortisedUsdPerM(trainingUsd: number, lifetimeTokens: number): number {
  return lifetimeTokens > 0 ? (trainingUsd / lifetimeTokens) * 1e6 : Infinity;
}


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

/** HK-TE: Chinese tokens cost "1/6–1/10" of overseas ones, thanks to power at ¥0.3, "1/3–1/5" of Europe's and America's. */
export const POWER_EDGE_CLAIM = { costRatio: [1 / 10, 1 / 6], powerMultiple: [3, 5] } as const;

/**
 * checkPowerEdge(x, westUsdPerKwh): the factory's own cost with west-China power and with power at 3× and
 * 5× that price, everything but the power bill held (the hardware part at west-China power, power left
 * out of it, and the other costs). ratio = cost here ÷ cost there; the claim holds if the 5× ratio
 * reaches 1/6. Power alone can never do better than 1/5 (all of the cost electricity): `bestPossible`.
 * A renter whose rent includes power sees no difference at all; the claim is about making tokens.
 */
export function checkPowerEdge(x: CostInputs, westUsdPerKwh: number) {
  const west = { ...x, elecUsdPerKwh: westUsdPerKwh };
  const rest = hourlyParts(west).hardware + x.opexUsdPerGpuHour;
  const at = (p: number) => rest + electricityUsdPerGpuHour({ ...x, elecUsdPerKwh: p });
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

/**
 * checkIdc(): IDC's forecast revenue ÷ tokens against HK-TE's "¥0.5 per million input tokens". Not like
 * with like: IDC's is an average over every token (input and output, paid and free), HK-TE's a list
 * price for input alone, so the verdict is never "agrees"; `ratio` says how close the two numbers fall.
 */
export function checkIdc(listCnyPerM = 0.5) {
  const implied = idcCnyPerM();
  return { implied, list: listCnyPerM, ratio: implied / listCnyPerM };
}

const inputShareOf = (id: string) => {
  const w = WORKLOADS.find((k) => k.id === id)!;
  return w.inputTokens / (w.inputTokens + w.outputTokens);
};

/**
 * Input's share of each task's tokens. The reports give totals only; the splits are the page's own
 * assumptions, the efficiency panel's typical requests (an e-mail 1 in : 2 out, an agent 4 : 1, a
 * screenshot 24 : 1); the credit agent is taken as an agent, an image as all input (vision tokens are read).
 */
export const TASK_INPUT_SHARE = {
  email: inputShareOf('email'), ticketAgent: inputShareOf('booking'), screenshotOrVideo: inputShareOf('screenshot'),
  image1024: 1, creditAgent: inputShareOf('booking'),
} as const;

/** splitTokens(tokens, inputShare): a task's tokens as a request, whole tokens in and out. */
export function splitTokens(tokens: number, inputShare: number): { inputTokens: number; outputTokens: number } {
  const inputTokens = Math.round(tokens * inputShare);
  return { inputTokens, outputTokens: tokens - inputTokens };
}

/** listPriceUsd(request, inputUsdPerM, outputUsdPerM): what a request is billed at list prices. */
export const listPriceUsd = (w: { inputTokens: number; outputTokens: number }, inputUsdPerM: number, outputUsdPerM: number) =>
  (w.inputTokens * inputUsdPerM + w.outputTokens * outputUsdPerM) / 1e6;
