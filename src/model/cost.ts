// What a token costs to make: section 1 of shared/design/cost-model.md.
// Money is US dollars throughout; display currency is a formatting concern (src/format).

export type HardwareMode = 'rent' | 'own';
/**
 * Who pays for power in rent mode. 'included': the rent is all-in, as a cloud rent is, so the power the
 * GPU draws is paid out of the rent; 'billed': power is billed on top, as in a colocation contract.
 * Owned hardware always pays its own power bill.
 */
export type PowerBilling = 'included' | 'billed';

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
  /** Rent mode: whether the rent already pays for power. */
  powerBilling: PowerBilling;
  /** Purchase price per GPU, server share included, USD (own mode). */
  capexUsdPerGpu: number;
  /** Depreciation period of the GPUs, years (own mode). */
  depreciationYears: number;
  /** Yearly cost of money, 0..1 (own mode): capital is recovered as an annuity at this rate. */
  capitalRatePerYear: number;
  /** The facility's own capital per GPU (building, power and cooling plant), USD (own mode). */
  siteUsdPerGpu: number;
  /** The facility's life, years (own mode). */
  siteYears: number;
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
  /**
   * Electricity's share of OPEX as CPS-0616 (table 8) defines it: everything but capital. In own mode
   * that is electricity + other; in rent mode the rent is bought compute, an operating expense too, so
   * OPEX is the whole hourly cost.
   */
  electricityShareOfOpex: number;
  /** The power the GPU draws at the reader's price, USD per GPU-hour, whoever pays it. */
  powerUsdPerGpuHour: number;
  /** False when power is inside a rent that is smaller than the power bill: no provider could offer it. */
  rentCoversPower: boolean;
  /** Tokens per kWh and joules per token over paid hours (utilisation applied, as the power bill is). */
  tokensPerKwh: number;
  joulesPerToken: number;
  /** Tokens one US dollar buys at cost (Infinity when the cost is zero). */
  tokensPerUsd: number;
  /** The electricity price at which electricity costs as much as hardware, USD per kWh. */
  breakEvenElecUsdPerKwh: number;
}

const COST_KEYS = ['elecUsdPerKwh', 'rentUsdPerGpuHour', 'tokPerSecPerGpu', 'utilisation', 'pue', 'kwPerGpu',
  'opexUsdPerGpuHour', 'mode', 'powerBilling', 'capexUsdPerGpu', 'depreciationYears', 'capitalRatePerYear',
  'siteUsdPerGpu', 'siteYears'] as const satisfies readonly (keyof CostInputs)[];

/**
 * costInputs(x, over) is x's cost inputs alone, those named in `over` taken from it without reading x's.
 * The page's state holds many more fields; a sweep that copies its input once per point copies these
 * instead. Reading only what it uses, a sweep derived from the page's state follows only those inputs:
 * one that sweeps the price is not redrawn when the price moves.
 */
export function costInputs(x: CostInputs, over: Partial<CostInputs> = {}): CostInputs {
  const out: Record<string, unknown> = {};
  for (const k of COST_KEYS) out[k] = k in over ? over[k] : x[k];
  return out as unknown as CostInputs;
}

export const HOURS_PER_YEAR = 8760;

/**
 * capitalRecoveryPerYear(r, n) is the share of a capital sum to pay each year for n years so that the
 * sum and its interest at rate r are repaid: r(1+r)^n / ((1+r)^n − 1), and 1/n when r = 0 (straight
 * line). The annuity NVIDIA's TCO recipe and inferecon use; charging interest on one year's
 * depreciation only would undercount it.
 */
export function capitalRecoveryPerYear(r: number, n: number): number {
  if (n <= 0) return 0;
  if (r <= 1e-12) return 1 / n;
  const g = (1 + r) ** n;
  return (r * g) / (g - 1);
}

/**
 * hardwareUsdPerGpuHour(x) is what the hardware costs per GPU-hour before power is split out: the rent
 * in rent mode; in own mode the GPUs' purchase price and the facility's capital, each recovered as an
 * annuity over its own life (cost-model.md §1; CPS-0616 table 8 counts both as CAPEX: AI算力硬件 and
 * 智算中心基建; hardware over 3–5 years). With no cost of money and no facility it is the straight line
 * capex / (years × 8,760 h).
 */
export function hardwareUsdPerGpuHour(x: CostInputs): number {
  if (x.mode === 'rent') return x.rentUsdPerGpuHour;
  const gpusPerYear = x.capexUsdPerGpu * capitalRecoveryPerYear(x.capitalRatePerYear, x.depreciationYears);
  const sitePerYear = x.siteUsdPerGpu * capitalRecoveryPerYear(x.capitalRatePerYear, x.siteYears);
  return (gpusPerYear + sitePerYear) / HOURS_PER_YEAR;
}

/** electricityUsdPerGpuHour(x) = kW × PUE × price: PUE scales IT power up to facility power. */
export function electricityUsdPerGpuHour(x: CostInputs): number {
  return x.kwPerGpu * x.pue * x.elecUsdPerKwh;
}

/** powerInsideRent(x): the reader pays a rent that already covers the power (rent mode, all-in). */
export const powerInsideRent = (x: CostInputs) => x.mode === 'rent' && x.powerBilling === 'included';

/**
 * hourlyParts(x) is the cost of one GPU-hour by part. When power is inside the rent, the rent is split
 * into the power it pays for and the rest (hardware, the provider's margin), and the reader's bill is the
 * rent alone: the power price then moves the split, not the total. A power bill larger than the rent
 * takes the whole rent (the provider would lose money; `cost` reports it).
 */
export function hourlyParts(x: CostInputs): Parts {
  const power = electricityUsdPerGpuHour(x);
  if (powerInsideRent(x)) {
    const electricity = Math.min(power, x.rentUsdPerGpuHour);
    return { hardware: x.rentUsdPerGpuHour - electricity, electricity, other: x.opexUsdPerGpuHour };
  }
  return { hardware: hardwareUsdPerGpuHour(x), electricity: power, other: x.opexUsdPerGpuHour };
}

const safeRatio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * cost(x) is the cost of making tokens on one GPU for one paid hour, per part and per million tokens.
 * Contract: for inputs inside RANGES (src/model/ranges.ts) every field is finite and non-negative,
 * except tokensPerUsd and breakEvenElecUsdPerKwh, which are Infinity when their divisor is zero.
 */
export function cost(x: CostInputs): CostResult {
  const hourlyUsd = hourlyParts(x);
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
  const power = electricityUsdPerGpuHour(x);
  // Inside a rent, power equals the rest of the rent at half the rent; billed, it equals the hardware.
  const breakEvenHourlyUsd = powerInsideRent(x) ? x.rentUsdPerGpuHour / 2 : hourlyUsd.hardware;
  const opexUsd = x.mode === 'rent' ? hourlyTotalUsd : hourlyUsd.electricity + hourlyUsd.other;
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
    electricityShareOfOpex: safeRatio(hourlyUsd.electricity, opexUsd),
    powerUsdPerGpuHour: power,
    rentCoversPower: !powerInsideRent(x) || power <= x.rentUsdPerGpuHour,
    tokensPerKwh: facilityKw > 0 ? tokensPerHour / facilityKw : Infinity,
    joulesPerToken: tokensPerHour > 0 ? (facilityKw * 3.6e6) / tokensPerHour : 0,
    tokensPerUsd: perMillionTotalUsd > 0 ? 1e6 / perMillionTotalUsd : Infinity,
    breakEvenElecUsdPerKwh: facilityKw > 0 ? breakEvenHourlyUsd / facilityKw : Infinity,
  };
}

/**
 * elecPriceForShareUsdPerKwh(x, share) is the electricity price at which electricity would be `share`
 * of the whole cost, everything else held. Power billed: solves e / (h + e + o) = s for e = kW·PUE·price.
 * Power inside the rent: the total is the rent and other costs, so e = s·(rent + o), reachable only while
 * the rent still covers it. Infinity when no price reaches it. Used to test HK-TE's "70%" claim.
 */
export function elecPriceForShareUsdPerKwh(x: CostInputs, share: number): number {
  const facilityKw = x.kwPerGpu * x.pue;
  if (share >= 1 || facilityKw <= 0) return Infinity;
  if (share <= 0) return 0;
  if (powerInsideRent(x)) {
    const e = share * (x.rentUsdPerGpuHour + x.opexUsdPerGpuHour);
    return e <= x.rentUsdPerGpuHour && e > 0 ? e / facilityKw : Infinity;
  }
  const rest = hardwareUsdPerGpuHour(x) + x.opexUsdPerGpuHour;
  return ((share / (1 - share)) * rest) / facilityKw;
}

/** grossMargin(listUsdPerM, costUsdPerM) = (p − c) / p: the share of a list price left after cost. */
export function grossMargin(listUsdPerM: number, costUsdPerM: number): number {
  return listUsdPerM > 0 ? (listUsdPerM - costUsdPerM) / listUsdPerM : 0;
}
