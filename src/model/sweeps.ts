// The data behind the "which lever" and "price anchor" charts: the cost model evaluated across a
// slider's whole range with everything else held at the reader's settings. Pure, in model units (USD).

import { cost, costInputs, hardwareUsdPerGpuHour, type CostInputs } from './cost';
import { RANGES } from './ranges';

export type Lever = 'elec' | 'rent' | 'tps';
export const LEVERS: readonly Lever[] = ['elec', 'rent', 'tps'];

export interface Point {
  x: number;
  y: number;
}

/** leverValue(x, lever) is where the reader stands on a lever; for rent, the rent or the owned hardware's cost per GPU-hour. */
export function leverValue(x: CostInputs, lever: Lever): number {
  if (lever === 'elec') return x.elecUsdPerKwh;
  if (lever === 'tps') return x.tokPerSecPerGpu;
  return hardwareUsdPerGpuHour(x);
}

/** The input each lever sets: its curve does not read the reader's value of it. */
const FIELD: Record<Lever, 'elecUsdPerKwh' | 'rentUsdPerGpuHour' | 'tokPerSecPerGpu'> = {
  elec: 'elecUsdPerKwh', rent: 'rentUsdPerGpuHour', tps: 'tokPerSecPerGpu',
};

function withLever(x: CostInputs, lever: Lever, v: number): CostInputs {
  if (lever === 'elec') return { ...x, elecUsdPerKwh: v };
  if (lever === 'tps') return { ...x, tokPerSecPerGpu: v };
  // Owned hardware is priced as the rent that would cost the same per hour, its power billed as before.
  return x.mode === 'own' ? { ...x, mode: 'rent', powerBilling: 'billed', rentUsdPerGpuHour: v } : { ...x, rentUsdPerGpuHour: v };
}

const RANGE_OF: Record<Lever, { min: number; max: number }> = {
  elec: RANGES.elecUsdPerKwh,
  rent: RANGES.rentUsdPerGpuHour,
  tps: RANGES.tokPerSecPerGpu,
};

/**
 * leverCurve(x, lever, n) is the total cost per million tokens (USD) at n points across the lever's
 * whole allowed range, the other inputs held; tokens/s is sampled evenly in log space (its slider is).
 * Cost is linear in price and rent and goes as 1/tps (straight on log-log axes), so few points draw it exactly.
 */
export function leverCurve(state: CostInputs, lever: Lever, n = 11): Point[] {
  const { min, max } = RANGE_OF[lever];
  const x = costInputs(state, { [FIELD[lever]]: min });
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    const v = lever === 'tps' ? min * (max / min) ** f : min + (max - min) * f;
    out.push({ x: v, y: cost(withLever(x, lever, v)).perMillionTotalUsd });
  }
  return out;
}

export interface ShareCurve {
  /** Hardware cost per GPU-hour the curve holds, USD; undefined for the OPEX curve. */
  hardwareUsdPerGpuHour?: number;
  points: Point[];
  /** Electricity price at which electricity overtakes hardware on this curve, USD/kWh. */
  crossoverUsdPerKwh?: number;
}

/**
 * anchorCurves(x, hardwareRates, n) is electricity's share of the whole cost against the electricity
 * price (0 to the slider's maximum), one curve per hardware cost with power paid on top of it (the
 * factory's view: hardware and power as separate bills), plus electricity's share of OPEX as CPS-0616
 * defines it at the reader's settings (for owned hardware power and other costs; rented, everything).
 * The price is swept, and shares are ratios of hourly costs, in which tokens/s and utilisation cancel:
 * none of the three is read (geometry.test.ts), so the chart's curves stay put while they move.
 */
export function anchorCurves(state: CostInputs, hardwareRates: readonly number[], n = 26): {
  total: ShareCurve[];
  opex: ShareCurve;
} {
  const x = costInputs(state, { elecUsdPerKwh: 0, tokPerSecPerGpu: 1, utilisation: 1 });
  const { min, max } = RANGES.elecUsdPerKwh;
  const prices = Array.from({ length: n }, (_, i) => min + ((max - min) * i) / (n - 1));
  const facilityKw = x.kwPerGpu * x.pue;
  const total = hardwareRates.map((h): ShareCurve => ({
    hardwareUsdPerGpuHour: h,
    points: prices.map((p) => ({ x: p, y: cost({ ...x, mode: 'rent', powerBilling: 'billed', rentUsdPerGpuHour: h, elecUsdPerKwh: p }).shares.electricity })),
    crossoverUsdPerKwh: facilityKw > 0 ? h / facilityKw : undefined,
  }));
  const opex: ShareCurve = {
    points: prices.map((p) => ({ x: p, y: cost({ ...x, elecUsdPerKwh: p }).electricityShareOfOpex })),
  };
  return { total, opex };
}
