// The reports' claims about electricity's share, put beside what the model computes (facts.md,
// "Claims worth testing", claim 1). A claim "holds" when the model lands inside the claimed range;
// each check also says which settings would make it hold, so the verdict is never just yes or no.

import { cost, elecPriceForShareUsdPerKwh, type CostInputs } from './cost';

/**
 * CPS-0616: "电力成本通常占到OPEX总额的60%-70%". Its OPEX (table 8) is everything but capital: 推理服务算力
 * 消耗 (the compute bought for inference), 电力消耗, 系统散热, staff and network.
 */
export const OPEX_CLAIM = { low: 0.6, high: 0.7 } as const;
/** HK-TE: "电力成本占Token生产成本的70%" — of the whole cost of making a token. */
export const COST_CLAIM = { share: 0.7, tolerance: 0.05 } as const;

export interface OpexClaimCheck {
  modelShare: number;
  holds: boolean;
  /**
   * Which costs the report's OPEX takes in at these settings: 'wholeCost' in rent mode, where the rent is
   * bought compute and so an operating expense; 'runningCost' (electricity + other) for owned hardware.
   */
  opexIs: 'wholeCost' | 'runningCost';
  /** Electricity prices (USD/kWh) between which the claim holds, the other costs held; null if none. */
  priceRangeUsd: [number, number] | null;
}

/**
 * checkOpexClaim(x): electricity's share of OPEX as CPS-0616 defines it, against 60–70%. Owned: OPEX is
 * electricity + other, and e/(e+o) = s gives price = s/(1−s) · other / (kW·PUE). Rented: OPEX is the
 * whole hourly cost, so the range is where electricity is 60–70% of everything.
 */
export function checkOpexClaim(x: CostInputs): OpexClaimCheck {
  const r = cost(x);
  const facilityKw = x.kwPerGpu * x.pue;
  const opexIs = x.mode === 'rent' ? 'wholeCost' : 'runningCost';
  let priceRangeUsd: [number, number] | null = null;
  if (opexIs === 'runningCost') {
    const at = (s: number) => ((s / (1 - s)) * x.opexUsdPerGpuHour) / facilityKw;
    if (facilityKw > 0 && x.opexUsdPerGpuHour > 0) priceRangeUsd = [at(OPEX_CLAIM.low), at(OPEX_CLAIM.high)];
  } else {
    const lo = elecPriceForShareUsdPerKwh(x, OPEX_CLAIM.low);
    const hi = elecPriceForShareUsdPerKwh(x, OPEX_CLAIM.high);
    if (Number.isFinite(lo) && Number.isFinite(hi)) priceRangeUsd = [lo, hi];
  }
  const s = r.electricityShareOfOpex;
  return { modelShare: s, holds: s >= OPEX_CLAIM.low - 1e-12 && s <= OPEX_CLAIM.high + 1e-12, opexIs, priceRangeUsd };
}

export interface CostClaimCheck {
  modelShare: number;
  holds: boolean;
  /** The electricity price at which electricity would be 70% of the cost, USD/kWh (Infinity if none). */
  priceNeededUsd: number;
  /** How many times the reader's price that is (Infinity when their price is 0). */
  priceMultiple: number;
  /** The most hardware may cost per GPU-hour for 70% at the reader's price; null if even free hardware falls short. */
  hardwareCeilingUsd: number | null;
}

/**
 * checkCostClaim(x): electricity's share of the whole cost against 70% (±5 points).
 * At price e·kW·PUE = E, E/(h+E+o) = 0.7 needs h = E/0.7 − E − o.
 */
export function checkCostClaim(x: CostInputs): CostClaimCheck {
  const r = cost(x);
  const priceNeededUsd = elecPriceForShareUsdPerKwh(x, COST_CLAIM.share);
  // The hardware cost (power excluded) that would leave electricity at 70%: h = E/0.7 − E − o.
  const e = r.powerUsdPerGpuHour;
  const ceiling = e / COST_CLAIM.share - e - x.opexUsdPerGpuHour;
  return {
    modelShare: r.shares.electricity,
    holds: Math.abs(r.shares.electricity - COST_CLAIM.share) <= COST_CLAIM.tolerance,
    priceNeededUsd,
    priceMultiple: x.elecUsdPerKwh > 0 ? priceNeededUsd / x.elecUsdPerKwh : Infinity,
    hardwareCeilingUsd: ceiling >= 0 ? ceiling : null,
  };
}

/**
 * priceNeededCase(c) says how a sentence about the 70% price must read: 'never' (no price reaches it),
 * 'fromFree' (the reader's power is free, so no multiple exists), 'higher' (power must be dearer) or
 * 'lower' (electricity is already above 70%: power must be cheaper).
 */
export function priceNeededCase(c: CostClaimCheck): 'never' | 'fromFree' | 'higher' | 'lower' {
  if (!Number.isFinite(c.priceNeededUsd)) return 'never';
  if (!Number.isFinite(c.priceMultiple)) return 'fromFree';
  return c.priceMultiple >= 1 ? 'higher' : 'lower';
}
