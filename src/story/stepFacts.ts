// The situations the story's live sentences describe, computed from the model: each sentence picks its
// wording from these (which part is larger, above or below, more or less), so it stays true at every
// value its numbers can take. Pure; test/unit/stepFacts.test.ts walks them across the sliders' ranges.

import { cost, powerInsideRent, type CostInputs, type CostResult } from '../model/cost';
import { EU_GRID_POWER, priceToUsd, US_VIRGINIA_POWER, WEST_CHINA_POWER } from '../model/presets';

/** The three places of step 3 and their power prices, west China first. */
export const PLACES = [
  { key: 'westChina', power: WEST_CHINA_POWER },
  { key: 'us', power: US_VIRGINIA_POWER },
  { key: 'eu', power: EU_GRID_POWER },
] as const;

/** anchorOf(r): the price anchor in CPS-0616's sense — whichever of chips and electricity costs more. */
export const anchorOf = (r: CostResult): 'chips' | 'electricity' => (r.hourlyUsd.electricity > r.hourlyUsd.hardware ? 'electricity' : 'chips');

export interface LeverFacts {
  /** Electricity's share of the whole cost at the reader's price. */
  share: number;
  /** Which part is the larger: the price anchor in CPS-0616's sense. */
  anchor: 'chips' | 'electricity';
  /** The power price at which electricity equals the rest of the hardware cost, USD/kWh (Infinity if none). */
  breakEvenUsdPerKwh: number;
  /** breakEven ÷ the reader's price: > 1 means power must get dearer; Infinity when the price is 0. */
  breakEvenMultiple: number;
  /** Power is paid out of a rent: the total does not depend on where the GPU runs. */
  powerInRent: boolean;
  rentCoversPower: boolean;
  /** Dearest place's cost per million ÷ cheapest place's, at the reader's other settings (1 = no change). */
  placesSpread: number;
  /** Owned hardware: the hourly cost left with a free GPU (the building's share), and whether power would then lead. */
  siteUsdPerHour: number;
  anchorMovesWithFreeGpu: boolean;
}

/** leverFacts(x): what step 3's sentences say at x. */
export function leverFacts(x: CostInputs, cnyPerUsd: number): LeverFacts {
  const r = cost(x);
  const totals = PLACES.map((p) => cost({ ...x, elecUsdPerKwh: priceToUsd(p.power.value, cnyPerUsd) }).perMillionTotalUsd);
  const lo = Math.min(...totals), hi = Math.max(...totals);
  const free = cost({ ...x, capexUsdPerGpu: 0 });
  return {
    share: r.shares.electricity,
    anchor: anchorOf(r),
    breakEvenUsdPerKwh: r.breakEvenElecUsdPerKwh,
    breakEvenMultiple: x.elecUsdPerKwh > 0 ? r.breakEvenElecUsdPerKwh / x.elecUsdPerKwh : Infinity,
    powerInRent: powerInsideRent(x),
    rentCoversPower: r.rentCoversPower,
    placesSpread: lo > 0 ? hi / lo : 1,
    siteUsdPerHour: free.hourlyUsd.hardware,
    anchorMovesWithFreeGpu: anchorOf(free) === 'electricity',
  };
}

/**
 * breakEvenCase(f): how the break-even sentence must read — 'above' (power must get dearer to match the
 * hardware), 'below' (it already costs more), 'free' (the reader's power is free), 'none' (no power drawn).
 */
export function breakEvenCase(f: LeverFacts): 'above' | 'below' | 'free' | 'none' {
  if (!Number.isFinite(f.breakEvenUsdPerKwh)) return 'none';
  if (!Number.isFinite(f.breakEvenMultiple)) return 'free';
  return f.breakEvenMultiple > 1 ? 'above' : 'below';
}

/** placesCase(f): 'same' when a rent includes the power (the bars are one length), else 'barely' or 'apart'. */
export function placesCase(f: LeverFacts): 'same' | 'barely' | 'apart' {
  if (f.placesSpread < 1 + 1e-9) return 'same';
  return f.placesSpread < 1.25 ? 'barely' : 'apart';
}

export interface EfficiencyFacts {
  /** Blackwell's rent ÷ the H100 contract rent. */
  rentRatio: number;
  /** The reader's cost per million against the H100's at its contract rent and published tokens/s. */
  costUsdPerM: number;
  h100CostUsdPerM: number;
}

/** efficiencyFacts(x, h100): step 4 — the reader's chip against an H100 at its contract rent and tokens/s. */
export function efficiencyFacts(x: CostInputs, h100: { rent: number; kw: number; tps: number }): EfficiencyFacts {
  const here = cost(x).perMillionTotalUsd;
  const ref = cost({ ...x, mode: 'rent', rentUsdPerGpuHour: h100.rent, kwPerGpu: h100.kw, tokPerSecPerGpu: h100.tps }).perMillionTotalUsd;
  return { rentRatio: h100.rent > 0 ? x.rentUsdPerGpuHour / h100.rent : Infinity, costUsdPerM: here, h100CostUsdPerM: ref };
}
