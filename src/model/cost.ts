// What a token costs to make: section 1 of shared/design/cost-model.md.
// Money is US dollars throughout; display currency is a formatting concern (src/format).

export type HardwareMode = 'rent' | 'own';

/** The model's inputs, each with its unit in its name. */
export interface CostInputs {
  /** Electricity price paid by the facility, USD per kWh. */
  elecUsdPerKwh: number;
  /** GPU rent, USD per GPU-hour (rent mode). */
  rentUsdPerGpuHour: number;
  /** Tokens per second one GPU produces while serving ("model efficiency"). */
  tokPerSecPerGpu: number;
  /** Share of paid hours spent serving, 0..1. */
  utilisation: number;
  /** Facility power / IT power. */
  pue: number;
  /** All-in IT power per GPU (its share of the server included), kW. */
  kwPerGpu: number;
  /** Staff, network, maintenance: USD per GPU-hour. */
  opexUsdPerGpuHour: number;
  mode: HardwareMode;
  /** Purchase price per GPU, server share included, USD (own mode). */
  capexUsdPerGpu: number;
  /** Straight-line depreciation period, years (own mode). */
  depreciationYears: number;
  /** Yearly cost of money, simple, 0..1 (own mode). */
  capitalRatePerYear: number;
}

export interface Parts<T = number> {
  hardware: T;
  electricity: T;
  other: T;
}

export interface CostResult {
  /** USD per GPU-hour for each part. */
  hourlyUsd: Parts;
  hourlyTotalUsd: number;
  /** Tokens one GPU makes per paid hour (utilisation applied). */
  tokensPerHour: number;
  /** USD per million tokens for each part, and in total. */
  perMillionUsd: Parts;
  perMillionTotalUsd: number;
  /** Each part's share of the total, 0..1 (all 0 when the total is 0). */
  shares: Parts;
  /** Electricity / (electricity + other): OPEX leaves depreciation out (CPS-0616's "60–70% of OPEX"). */
  electricityShareOfOpex: number;
  tokensPerKwh: number;
  joulesPerToken: number;
  /** Tokens one US dollar buys at cost (Infinity when the cost is zero). */
  tokensPerUsd: number;
  /** The electricity price at which electricity costs as much as hardware, USD per kWh. */
  breakEvenElecUsdPerKwh: number;
}

/**
 * costInputs(x) is x's cost inputs alone. The page's state holds many more fields; a sweep that copies
 * its input once per point copies these eleven instead (a slider input sweeps the model ~60 times).
 */
export const costInputs = (x: CostInputs): CostInputs => ({
  elecUsdPerKwh: x.elecUsdPerKwh, rentUsdPerGpuHour: x.rentUsdPerGpuHour, tokPerSecPerGpu: x.tokPerSecPerGpu,
  utilisation: x.utilisation, pue: x.pue, kwPerGpu: x.kwPerGpu, opexUsdPerGpuHour: x.opexUsdPerGpuHour, mode: x.mode,
  capexUsdPerGpu: x.capexUsdPerGpu, depreciationYears: x.depreciationYears, capitalRatePerYear: x.capitalRatePerYear,
});

export const HOURS_PER_YEAR = 8760;

/**
 * hardwareUsdPerGpuHour(inputs) is the rent in rent mode, and in own mode the purchase price spread
 * straight-line over the depreciation years plus a simple yearly cost of money
 * (cost-model.md §1; CPS-0616 table 8: hardware depreciates straight-line over 3–5 years).
 */
export function hardwareUsdPerGpuHour(x: CostInputs): number {
  if (x.mode === 'rent') return x.rentUsdPerGpuHour;
  return (x.capexUsdPerGpu / (x.depreciationYears * HOURS_PER_YEAR)) * (1 + x.capitalRatePerYear);
}

/** electricityUsdPerGpuHour(x) = kW × PUE × price: PUE scales IT power up to facility power. */
export function electricityUsdPerGpuHour(x: CostInputs): number {
  return x.kwPerGpu * x.pue * x.elecUsdPerKwh;
}

const safeRatio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * cost(x) is the cost of making tokens on one GPU for one paid hour, per part and per million tokens.
 * Contract: for inputs inside RANGES (src/model/ranges.ts) every field is finite and non-negative,
 * except tokensPerUsd and breakEvenElecUsdPerKwh, which are Infinity when their divisor is zero.
 */
export function cost(x: CostInputs): CostResult {
  const hourlyUsd: Parts = {
    hardware: hardwareUsdPerGpuHour(x),
    electricity: electricityUsdPerGpuHour(x),
    other: x.opexUsdPerGpuHour,
  };
  const hourlyTotalUsd = hourlyUsd.hardware + hourlyUsd.electricity + hourlyUsd.other;
  const tokensPerHour = x.tokPerSecPerGpu * 3600 * x.utilisation;
  const perM = (usdPerHour: number) => (usdPerHour / tokensPerHour) * 1e6;
  const perMillionUsd: Parts = {
    hardware: perM(hourlyUsd.hardware),
    electricity: perM(hourlyUsd.electricity),
    other: perM(hourlyUsd.other),
  };
  const perMillionTotalUsd = perMillionUsd.hardware + perMillionUsd.electricity + perMillionUsd.other;
  const facilityKw = x.kwPerGpu * x.pue;
  return {
    hourlyUsd,
    hourlyTotalUsd,
    tokensPerHour,
    perMillionUsd,
    perMillionTotalUsd,
    shares: {
      hardware: safeRatio(hourlyUsd.hardware, hourlyTotalUsd),
      electricity: safeRatio(hourlyUsd.electricity, hourlyTotalUsd),
      other: safeRatio(hourlyUsd.other, hourlyTotalUsd),
    },
    electricityShareOfOpex: safeRatio(hourlyUsd.electricity, hourlyUsd.electricity + hourlyUsd.other),
    tokensPerKwh: facilityKw > 0 ? (x.tokPerSecPerGpu * 3600) / facilityKw : Infinity,
    joulesPerToken: (facilityKw * 1000) / x.tokPerSecPerGpu,
    tokensPerUsd: perMillionTotalUsd > 0 ? 1e6 / perMillionTotalUsd : Infinity,
    breakEvenElecUsdPerKwh: facilityKw > 0 ? hourlyUsd.hardware / facilityKw : Infinity,
  };
}

/**
 * elecPriceForShareUsdPerKwh(x, share) is the electricity price at which electricity would be `share`
 * of the whole cost, everything else held: solves e / (h + e + o) = s for e = kW·PUE·price.
 * Infinity when no price reaches it (share ≥ 1, or no power drawn). Used to test HK-TE's "70%" claim.
 */
export function elecPriceForShareUsdPerKwh(x: CostInputs, share: number): number {
  const facilityKw = x.kwPerGpu * x.pue;
  if (share >= 1 || facilityKw <= 0) return Infinity;
  if (share <= 0) return 0;
  const rest = hardwareUsdPerGpuHour(x) + x.opexUsdPerGpuHour;
  return ((share / (1 - share)) * rest) / facilityKw;
}

/** grossMargin(listUsdPerM, costUsdPerM) = (p − c) / p: the share of a list price left after cost. */
export function grossMargin(listUsdPerM: number, costUsdPerM: number): number {
  return listUsdPerM > 0 ? (listUsdPerM - costUsdPerM) / listUsdPerM : 0;
}
