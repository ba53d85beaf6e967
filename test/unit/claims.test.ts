import { describe, expect, it } from 'vitest';
import { checkCostClaim, checkOpexClaim } from '../../src/model/claims';
import { cost } from '../../src/model/cost';
import { defaults } from '../../src/state/inputs';

const X = defaults('en'); // H100, $2.35, 1.275 kW, PUE 1.3, ¥0.3/kWh at 7.15, $0.05 other

describe('checkOpexClaim(x) — CPS-0616, 60–70% of OPEX', () => {
  it('at the defaults: 0.069545 / (0.069545 + 0.05) = 58.2%, just under the claim', () => {
    const c = checkOpexClaim(X);
    expect(c.modelShare).toBeCloseTo(0.0695455 / 0.1195455, 6);
    expect(c.holds).toBe(false);
    // 60%: 1.5 × 0.05 / 1.6575 = $0.04525/kWh; 70%: (7/3) × 0.05 / 1.6575 = $0.07039/kWh.
    expect(c.priceRangeUsd![0]).toBeCloseTo(0.045249, 6);
    expect(c.priceRangeUsd![1]).toBeCloseTo(0.070387, 6);
    expect(checkOpexClaim({ ...X, elecUsdPerKwh: 0.06 }).holds).toBe(true);
  });
  it('has no price range when there is no other cost (electricity is then all of OPEX)', () => {
    expect(checkOpexClaim({ ...X, opexUsdPerGpuHour: 0 }).priceRangeUsd).toBeNull();
  });
});

describe('checkCostClaim(x) — HK-TE, 70% of token cost', () => {
  it('at the defaults: electricity is 2.8% of the cost; 70% needs $3.38/kWh, ~81× the price', () => {
    const c = checkCostClaim(X);
    expect(c.holds).toBe(false);
    expect(c.modelShare).toBeCloseTo(0.02816, 4);
    // (0.7/0.3) × (2.35 + 0.05) / 1.6575 = 3.3786
    expect(c.priceNeededUsd).toBeCloseTo(3.37858, 4);
    expect(c.priceMultiple).toBeCloseTo(3.37858 / (0.3 / 7.15), 2);
    expect(c.hardwareCeilingUsd).toBeNull(); // 0.0695/0.7 − 0.0695 − 0.05 < 0
  });
  it('holds for paid-off hardware on dear power, and the ceiling is exact there', () => {
    const x = { ...X, mode: 'own' as const, capexUsdPerGpu: 0, elecUsdPerKwh: 0.1 };
    const c = checkCostClaim(x);
    // e = 0.16575, share = 0.16575 / 0.21575 = 76.8%: within 5 points of 70%.
    expect(c.modelShare).toBeCloseTo(0.16575 / 0.21575, 9);
    expect(c.holds).toBe(false);
    const y = { ...x, elecUsdPerKwh: 0.075 }; // e = 0.1243, share 71.3%
    expect(checkCostClaim(y).holds).toBe(true);
    const ceil = checkCostClaim(y).hardwareCeilingUsd!;
    expect(cost({ ...y, mode: 'rent', rentUsdPerGpuHour: ceil }).shares.electricity).toBeCloseTo(0.7, 12);
  });
});
