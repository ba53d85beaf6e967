import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capitalRecoveryPerYear, cost, elecPriceForShareUsdPerKwh, grossMargin, hardwareUsdPerGpuHour, type CostInputs } from '../../src/model/cost';
import { RANGES } from '../../src/model/ranges';

// Worked example A, derived by hand:
// electricity = 1 kW × 1.5 × $0.10 = $0.15/h; hourly = 2 + 0.15 + 0.2 = $2.35/h;
// tokens/h = 1000 × 3600 × 0.5 = 1.8M; cost per M = 2.35 / 1.8 = $1.30556.
const A: CostInputs = {
  elecUsdPerKwh: 0.1, rentUsdPerGpuHour: 2, tokPerSecPerGpu: 1000, utilisation: 0.5, pue: 1.5,
  kwPerGpu: 1, opexUsdPerGpuHour: 0.2, mode: 'rent', powerBilling: 'billed', capexUsdPerGpu: 0, depreciationYears: 4,
  capitalRatePerYear: 0, siteUsdPerGpu: 0, siteYears: 14,
};

describe('cost(inputs)', () => {
  it('splits worked example A into hardware, electricity and other per million tokens', () => {
    const r = cost(A);
    expect(r.hourlyUsd.electricity).toBeCloseTo(0.15, 12);
    expect(r.hourlyTotalUsd).toBeCloseTo(2.35, 12);
    expect(r.tokensPerHour).toBe(1_800_000);
    expect(r.perMillionUsd.hardware).toBeCloseTo(1.111111, 6);
    expect(r.perMillionUsd.electricity).toBeCloseTo(0.083333, 6);
    expect(r.perMillionUsd.other).toBeCloseTo(0.111111, 6);
    expect(r.perMillionTotalUsd).toBeCloseTo(1.305556, 6);
  });

  it('gives shares, electricity share of OPEX, tokens per kWh, joules per token, tokens per dollar, break-even', () => {
    const r = cost(A);
    expect(r.shares.hardware).toBeCloseTo(2 / 2.35, 12);
    expect(r.shares.electricity).toBeCloseTo(0.0638298, 6);
    // Rented, the rent is OPEX too (CPS-0616 table 8): OPEX is the whole $2.35.
    expect(r.electricityShareOfOpex).toBeCloseTo(0.15 / 2.35, 12);
    // Owned: OPEX is power and other, 0.15 / 0.35 = 0.428571.
    expect(cost({ ...A, mode: 'own' }).electricityShareOfOpex).toBeCloseTo(0.15 / 0.35, 12);
    // Over paid hours, as the power bill is: 1.8M tokens an hour from 1.5 kWh.
    expect(r.tokensPerKwh).toBeCloseTo(1_200_000, 6); // 1000 × 3600 × 0.5 / 1.5
    expect(r.joulesPerToken).toBeCloseTo(3, 12); // 1.5 kWh × 3.6 MJ / 1.8M tokens
    expect(r.tokensPerUsd).toBeCloseTo(765_957.4, 1); // 1e6 / 1.305556
    expect(r.breakEvenElecUsdPerKwh).toBeCloseTo(2 / 1.5, 12); // $1.333/kWh
  });

  it('prices owned hardware with no cost of money and no facility straight-line: capex over years × 8760 h', () => {
    // $35,040 over 4 years = 35,040 / 35,040 h = $1.00/h.
    const own = { ...A, mode: 'own' as const, capexUsdPerGpu: 35_040 };
    expect(hardwareUsdPerGpuHour(own)).toBe(1);
    expect(cost(own).hourlyTotalUsd).toBeCloseTo(1 + 0.15 + 0.2, 12);
    // Today's defaults: $33,750 over 4 years = $0.963185/h.
    expect(hardwareUsdPerGpuHour({ ...own, capexUsdPerGpu: 33_750 })).toBeCloseTo(0.963185, 6);
  });

  it('recovers capital as an annuity: $33,750 over 4 years at 10% is $1.2154/h, not $1.0595/h', () => {
    // crf = 0.1 × 1.1^4 / (1.1^4 − 1) = 0.14641 / 0.4641 = 0.315471; × 33,750 = $10,647.14 a year.
    expect(capitalRecoveryPerYear(0.1, 4)).toBeCloseTo(0.315471, 6);
    const own = { ...A, mode: 'own' as const, capexUsdPerGpu: 33_750, capitalRatePerYear: 0.1 };
    expect(hardwareUsdPerGpuHour(own)).toBeCloseTo(10_647.14 / 8760, 5); // $1.21543/h
    // Interest: $0.252/h above the straight line, where one year's depreciation × 10% gave $0.096/h.
    expect(hardwareUsdPerGpuHour(own) - 33_750 / 35_040).toBeCloseTo(0.25225, 4);
    expect(capitalRecoveryPerYear(0, 4)).toBe(0.25);
  });

  it('adds the facility capital over its own life: $14,917.50 over 14 years is $0.12164/h', () => {
    // 14,917.5 / 14 = $1,065.536 a year ÷ 8,760 = $0.1216365/h, at no cost of money.
    const own = { ...A, mode: 'own' as const, capexUsdPerGpu: 35_040, siteUsdPerGpu: 14_917.5, siteYears: 14 };
    expect(hardwareUsdPerGpuHour(own)).toBeCloseTo(1 + 0.1216365, 6);
    // At 8%: crf(0.08, 14) = 0.121297; 14,917.5 × 0.121297 / 8760 = $0.206558/h for the facility.
    expect(capitalRecoveryPerYear(0.08, 14)).toBeCloseTo(0.121297, 6);
  });

  it('splits a rent that includes power into power and the rest; the total is the rent and other costs', () => {
    // Example A, power inside the rent: $0.15 of the $2 rent is power, $1.85 the rest; total $2.20/h.
    const inc = cost({ ...A, powerBilling: 'included' });
    expect(inc.hourlyUsd.electricity).toBeCloseTo(0.15, 12);
    expect(inc.hourlyUsd.hardware).toBeCloseTo(1.85, 12);
    expect(inc.hourlyTotalUsd).toBeCloseTo(2.2, 12);
    expect(inc.rentCoversPower).toBe(true);
    // Power = the rest of the rent at half the rent: $1/h ÷ 1.5 kW = $0.6667/kWh.
    expect(inc.breakEvenElecUsdPerKwh).toBeCloseTo(1 / 1.5, 12);
    // The power price moves the split, not the total.
    expect(cost({ ...A, powerBilling: 'included', elecUsdPerKwh: 0.4 }).hourlyTotalUsd).toBeCloseTo(2.2, 12);
    // Power dearer than the rent takes the whole rent: $0.5/kWh × 1.5 kW = $0.75 against a $0.50 rent.
    const over = cost({ ...A, powerBilling: 'included', rentUsdPerGpuHour: 0.5, elecUsdPerKwh: 0.5 });
    expect(over.hourlyUsd.electricity).toBe(0.5);
    expect(over.hourlyUsd.hardware).toBe(0);
    expect(over.rentCoversPower).toBe(false);
    expect(over.powerUsdPerGpuHour).toBeCloseTo(0.75, 12);
  });

  it('reproduces the default H100 scenario: electricity is a few per cent (facts.md, claim 1)', () => {
    // 1.275 kW × 1.3 × ¥0.3/7.15 = $0.069545/h inside a $2.35 cloud rent, + $0.05 other = $2.40/h.
    const r = cost({ ...A, rentUsdPerGpuHour: 2.35, kwPerGpu: 1.275, pue: 1.3, elecUsdPerKwh: 0.3 / 7.15,
      opexUsdPerGpuHour: 0.05, tokPerSecPerGpu: 2209, utilisation: 0.7, powerBilling: 'included' });
    expect(r.hourlyUsd.electricity).toBeCloseTo(0.0695455, 6);
    expect(r.shares.electricity).toBeCloseTo(0.0695455 / 2.4, 6); // 2.90%
    // CPS-0616's OPEX for a renter is the whole cost: ≈ 3%, not 58%.
    expect(r.electricityShareOfOpex).toBeCloseTo(0.028977, 5);
    expect(r.perMillionTotalUsd).toBeCloseTo(2.4 / 5.56668, 6); // $0.43114 per M
  });
});

describe('elecPriceForShareUsdPerKwh(x, share)', () => {
  it('inside a rent solves e = s × (rent + other): 50% in example A needs 0.5 × 2.2 / 1.5 = $0.7333/kWh', () => {
    const inc = { ...A, powerBilling: 'included' as const };
    expect(elecPriceForShareUsdPerKwh(inc, 0.5)).toBeCloseTo(0.733333, 6);
    expect(cost({ ...inc, elecUsdPerKwh: 0.733333333333 }).shares.electricity).toBeCloseTo(0.5, 9);
    // 95% would need $2.09 of power inside a $2 rent: out of reach.
    expect(elecPriceForShareUsdPerKwh(inc, 0.95)).toBe(Infinity);
  });
  it('solves e / (h + e + o) = s: 70% in example A needs (0.7/0.3) × 2.2 / 1.5 = $3.422/kWh', () => {
    const p = elecPriceForShareUsdPerKwh(A, 0.7);
    expect(p).toBeCloseTo(3.422222, 6);
    expect(cost({ ...A, elecUsdPerKwh: p }).shares.electricity).toBeCloseTo(0.7, 12);
  });
  it('is Infinity where no price can reach the share', () => {
    expect(elecPriceForShareUsdPerKwh(A, 1)).toBe(Infinity);
    expect(elecPriceForShareUsdPerKwh({ ...A, kwPerGpu: 0 }, 0.5)).toBe(Infinity);
  });
});

describe('grossMargin(list, cost)', () => {
  it('is (p − c) / p', () => {
    expect(grossMargin(15, 0.44)).toBeCloseTo(0.970667, 6);
    expect(grossMargin(0, 1)).toBe(0);
  });
});

// Inputs anywhere in the allowed ranges.
const inRange = (k: keyof typeof RANGES) => fc.double({ min: RANGES[k].min, max: RANGES[k].max, noNaN: true });
const arbInputs: fc.Arbitrary<CostInputs> = fc.record({
  elecUsdPerKwh: inRange('elecUsdPerKwh'),
  rentUsdPerGpuHour: inRange('rentUsdPerGpuHour'),
  tokPerSecPerGpu: inRange('tokPerSecPerGpu'),
  utilisation: inRange('utilisation'),
  pue: inRange('pue'),
  kwPerGpu: inRange('kwPerGpu'),
  opexUsdPerGpuHour: inRange('opexUsdPerGpuHour'),
  mode: fc.constantFrom('rent' as const, 'own' as const),
  powerBilling: fc.constantFrom('included' as const, 'billed' as const),
  capexUsdPerGpu: inRange('capexUsdPerGpu'),
  depreciationYears: inRange('depreciationYears'),
  capitalRatePerYear: inRange('capitalRatePerYear'),
  siteUsdPerGpu: inRange('siteUsdPerGpu'),
  siteYears: inRange('siteYears'),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const SEED = { seed: 20261122, numRuns: 500 };

describe('the five laws of cost-model.md', () => {
  it('1. scaling rent by k scales the hardware part by k; the total moves by exactly the hardware share', () => {
    fc.assert(fc.property(arbInputs, fc.double({ min: 0, max: 5, noNaN: true }), (x0, k) => {
      const x = { ...x0, mode: 'rent' as const, powerBilling: 'billed' as const };
      const a = cost(x), b = cost({ ...x, rentUsdPerGpuHour: x.rentUsdPerGpuHour * k });
      return close(b.perMillionUsd.hardware, k * a.perMillionUsd.hardware)
        && close(b.perMillionTotalUsd - a.perMillionTotalUsd, (k - 1) * a.perMillionUsd.hardware)
        && close(b.perMillionUsd.electricity, a.perMillionUsd.electricity);
    }), SEED);
  });

  it('2. cost × tps × util is constant: halving either doubles every part', () => {
    fc.assert(fc.property(arbInputs, (x) => {
      const a = cost(x), h = cost({ ...x, tokPerSecPerGpu: x.tokPerSecPerGpu / 2 });
      const u = cost({ ...x, utilisation: x.utilisation / 2 });
      return (['hardware', 'electricity', 'other'] as const).every((p) =>
        close(h.perMillionUsd[p], 2 * a.perMillionUsd[p]) && close(u.perMillionUsd[p], 2 * a.perMillionUsd[p]));
    }), SEED);
  });

  it('3. electricity is linear in kW, PUE and price, and independent of rent; PUE never touches rent (power billed)', () => {
    fc.assert(fc.property(arbInputs, fc.double({ min: 0, max: 3, noNaN: true }), (x0, k) => {
      const x = { ...x0, powerBilling: 'billed' as const };
      const a = cost(x);
      return close(cost({ ...x, kwPerGpu: x.kwPerGpu * k }).perMillionUsd.electricity, k * a.perMillionUsd.electricity)
        && close(cost({ ...x, elecUsdPerKwh: x.elecUsdPerKwh * k }).perMillionUsd.electricity, k * a.perMillionUsd.electricity)
        && close(cost({ ...x, pue: x.pue * k }).perMillionUsd.electricity, k * a.perMillionUsd.electricity)
        && cost({ ...x, rentUsdPerGpuHour: x.rentUsdPerGpuHour + 1 }).perMillionUsd.electricity === a.perMillionUsd.electricity
        && cost({ ...x, pue: 2.5 }).perMillionUsd.hardware === a.perMillionUsd.hardware;
    }), SEED);
  });

  it('4. parts sum to the total; nothing is negative, NaN or infinite in the allowed ranges', () => {
    fc.assert(fc.property(arbInputs, (x) => {
      const r = cost(x);
      const finite = [r.hourlyTotalUsd, r.perMillionTotalUsd, r.joulesPerToken, r.electricityShareOfOpex,
        ...Object.values(r.perMillionUsd), ...Object.values(r.shares)];
      const sharesSum = r.shares.hardware + r.shares.electricity + r.shares.other;
      return finite.every((v) => Number.isFinite(v) && v >= 0)
        && close(r.perMillionUsd.hardware + r.perMillionUsd.electricity + r.perMillionUsd.other, r.perMillionTotalUsd)
        && (r.hourlyTotalUsd === 0 ? sharesSum === 0 : close(sharesSum, 1))
        && r.tokensPerUsd > 0 && r.tokensPerKwh > 0;
    }), SEED);
  });

  it('3b. power inside the rent: the total never depends on the power price, and the parts split the rent', () => {
    fc.assert(fc.property(arbInputs, inRange('elecUsdPerKwh'), (x0, p) => {
      const x = { ...x0, mode: 'rent' as const, powerBilling: 'included' as const };
      const a = cost(x), b = cost({ ...x, elecUsdPerKwh: p });
      return close(a.hourlyTotalUsd, x.rentUsdPerGpuHour + x.opexUsdPerGpuHour)
        && close(b.hourlyTotalUsd, a.hourlyTotalUsd)
        && close(a.hourlyUsd.hardware + a.hourlyUsd.electricity, x.rentUsdPerGpuHour)
        && close(a.hourlyUsd.electricity, Math.min(a.powerUsdPerGpuHour, x.rentUsdPerGpuHour));
    }), SEED);
  });

  it('5. grouping does not matter: 8 GPUs at $2 making 22,300 tok/s cost what 1 GPU making 2,787.5 does', () => {
    expect(22_300 / 8).toBe(2787.5);
    const one = cost({ ...A, rentUsdPerGpuHour: 2, tokPerSecPerGpu: 2787.5 });
    // The eight as one unit: eight times the rent, power and other cost, making 22,300 tok/s together.
    const eight = cost({ ...A, rentUsdPerGpuHour: 16, kwPerGpu: 8 * A.kwPerGpu,
      opexUsdPerGpuHour: 8 * A.opexUsdPerGpuHour, tokPerSecPerGpu: 22_300 });
    expect(eight.perMillionTotalUsd).toBeCloseTo(one.perMillionTotalUsd, 12);
    fc.assert(fc.property(arbInputs, fc.integer({ min: 1, max: 72 }), (x0, n) => {
      const x = { ...x0, mode: 'rent' as const };
      const group = cost({ ...x, rentUsdPerGpuHour: n * x.rentUsdPerGpuHour, kwPerGpu: n * x.kwPerGpu,
        opexUsdPerGpuHour: n * x.opexUsdPerGpuHour, tokPerSecPerGpu: n * x.tokPerSecPerGpu });
      const r = cost(x);
      return (['hardware', 'electricity', 'other'] as const).every((p) => close(group.perMillionUsd[p], r.perMillionUsd[p]));
    }), SEED);
  });
});
