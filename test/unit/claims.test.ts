import { describe, expect, it } from 'vitest';
import { checkCostClaim, checkOpexClaim, priceNeededCase } from '../../src/model/claims';
import { cost } from '../../src/model/cost';
import { defaults } from '../../src/state/inputs';

const X = defaults('en'); // H100, $2.35, 1.275 kW, PUE 1.3, ¥0.3/kWh at 7.15, $0.05 other

describe('checkOpexClaim(x) — CPS-0616, 60–70% of OPEX, OPEX as its table 8 defines it', () => {
  it('rented at the defaults: the rent is OPEX, so OPEX is the whole $2.40 and electricity is 2.9% of it, not 58%', () => {
    const c = checkOpexClaim(X);
    expect(c.opexIs).toBe('wholeCost');
    expect(c.modelShare).toBeCloseTo(0.0695455 / 2.4, 6);
    expect(c.holds).toBe(false);
    // Power inside the rent: 60% needs e = 0.6 × 2.40 = 1.44 ≤ 2.35, price 1.44 / 1.6575 = $0.8688/kWh; 70%, $1.0136.
    expect(c.priceRangeUsd![0]).toBeCloseTo(0.868778, 6);
    expect(c.priceRangeUsd![1]).toBeCloseTo(1.013575, 6);
  });
  it('owned: OPEX is power and other costs; at the defaults 0.069545 / (0.069545 + 0.05) = 58.2%', () => {
    const own = { ...X, mode: 'own' as const };
    const c = checkOpexClaim(own);
    expect(c.opexIs).toBe('runningCost');
    expect(c.modelShare).toBeCloseTo(0.0695455 / 0.1195455, 6);
    expect(c.holds).toBe(false);
    // 60%: 1.5 × 0.05 / 1.6575 = $0.04525/kWh; 70%: (7/3) × 0.05 / 1.6575 = $0.07039/kWh.
    expect(c.priceRangeUsd![0]).toBeCloseTo(0.045249, 6);
    expect(c.priceRangeUsd![1]).toBeCloseTo(0.070387, 6);
    expect(checkOpexClaim({ ...own, elecUsdPerKwh: 0.06 }).holds).toBe(true);
  });
  it('has no price range for owned hardware with no other cost (electricity is then all of OPEX)', () => {
    expect(checkOpexClaim({ ...X, mode: 'own', opexUsdPerGpuHour: 0 }).priceRangeUsd).toBeNull();
  });
});

describe('checkCostClaim(x) — HK-TE, 70% of token cost', () => {
  it('at the defaults: electricity is 2.9% of the cost; 70% needs $1.0136/kWh inside the rent, ~24× the price', () => {
    const c = checkCostClaim(X);
    expect(c.holds).toBe(false);
    expect(c.modelShare).toBeCloseTo(0.0695455 / 2.4, 6);
    // 0.7 × (2.35 + 0.05) / 1.6575 = 1.013575
    expect(c.priceNeededUsd).toBeCloseTo(1.013575, 6);
    expect(c.priceMultiple).toBeCloseTo(1.013575 / (0.3 / 7.15), 4);
    expect(priceNeededCase(c)).toBe('higher');
    expect(c.hardwareCeilingUsd).toBeNull(); // 0.0695/0.7 − 0.0695 − 0.05 < 0
  });
  it('power billed on top: 70% needs (0.7/0.3) × (2.35 + 0.05) / 1.6575 = $3.3786/kWh', () => {
    expect(checkCostClaim({ ...X, powerBilling: 'billed' }).priceNeededUsd).toBeCloseTo(3.37858, 4);
  });
  it('holds for paid-off hardware on dear power, and the ceiling is exact there', () => {
    const x = { ...X, mode: 'own' as const, capexUsdPerGpu: 0, siteUsdPerGpu: 0, elecUsdPerKwh: 0.1 };
    const c = checkCostClaim(x);
    // e = 0.16575, share = 0.16575 / 0.21575 = 76.8%: more than 5 points above 70%, so power must be cheaper.
    expect(c.modelShare).toBeCloseTo(0.16575 / 0.21575, 9);
    expect(c.holds).toBe(false);
    expect(priceNeededCase(c)).toBe('lower');
    const y = { ...x, elecUsdPerKwh: 0.075 }; // e = 0.1243, share 71.3%
    expect(checkCostClaim(y).holds).toBe(true);
    const ceil = checkCostClaim(y).hardwareCeilingUsd!;
    expect(cost({ ...y, mode: 'rent', powerBilling: 'billed', rentUsdPerGpuHour: ceil }).shares.electricity).toBeCloseTo(0.7, 12);
  });
  it('paid off but with the facility still being paid for: European power gives 67%', () => {
    // Facility $14,917.50 over 14 years = $0.121637/h; power 1.6575 × 1.5/7.15 = $0.347727; other $0.05.
    const x = { ...X, mode: 'own' as const, capexUsdPerGpu: 0, elecUsdPerKwh: 1.5 / 7.15 };
    expect(checkCostClaim(x).modelShare).toBeCloseTo(0.347727 / (0.121637 + 0.347727 + 0.05), 5);
    expect(checkCostClaim(x).holds).toBe(true);
    // Without the facility: 0.347727 / 0.397727 = 87%.
    expect(checkCostClaim({ ...x, siteUsdPerGpu: 0 }).modelShare).toBeCloseTo(0.874287, 5);
    expect(priceNeededCase(checkCostClaim({ ...x, siteUsdPerGpu: 0, elecUsdPerKwh: 0 }))).toBe('fromFree');
  });
});
