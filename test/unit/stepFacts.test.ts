import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakEvenCase, efficiencyFacts, leverFacts, placesCase } from '../../src/story/stepFacts';
import { checkCostClaim, priceNeededCase } from '../../src/model/claims';
import { cost } from '../../src/model/cost';
import { RANGES } from '../../src/model/ranges';
import { scene } from '../../src/state/steps';
import { defaults } from '../../src/state/inputs';

const FX = 7.15;
const lever = { ...defaults('en'), ...scene(3, FX) };
const h100 = { rent: 2.35, kw: 1.275, tps: 2209 };
const SEED = { seed: 20261201, numRuns: 400 };
const num = (k: keyof typeof RANGES) => fc.double({ min: RANGES[k].min, max: RANGES[k].max, noNaN: true });

describe('step 3 sentences, walked across the rent and the power price', () => {
  it('at the scene (Europe, $2.35 cloud rent): electricity is 14.5%, the smaller part; the bars are one length', () => {
    const f = leverFacts(lever, FX);
    // 1.6575 kW × 1.5/7.15 = $0.347727 inside a $2.35 rent, + $0.05: 0.347727 / 2.40.
    expect(f.share).toBeCloseTo(0.347727 / 2.4, 5);
    expect(f.anchor).toBe('chips');
    expect(placesCase(f)).toBe('same');
    // Half the rent, $1.175, at $0.7089/kWh: 3.38 times Europe's $0.2098.
    expect(f.breakEvenUsdPerKwh).toBeCloseTo(1.175 / 1.6575, 9);
    expect(breakEvenCase(f)).toBe('above');
  });

  it('each claim holds at every rent and price: the anchor names the larger part; above/below match the break-even', () => {
    fc.assert(fc.property(num('rentUsdPerGpuHour'), num('elecUsdPerKwh'), fc.constantFrom('included' as const, 'billed' as const), (rent, elec, powerBilling) => {
      const x = { ...lever, rentUsdPerGpuHour: rent, elecUsdPerKwh: elec, powerBilling };
      const f = leverFacts(x, FX), r = cost(x);
      expect(f.anchor === 'electricity').toBe(r.hourlyUsd.electricity > r.hourlyUsd.hardware);
      expect(f.share < 0.5 || f.share >= 0.5).toBe(true);
      const c = breakEvenCase(f);
      if (f.rentCoversPower && c === 'above') expect(f.breakEvenUsdPerKwh).toBeGreaterThan(elec);
      if (f.rentCoversPower && c === 'below') expect(r.hourlyUsd.electricity).toBeGreaterThanOrEqual(r.hourlyUsd.hardware - 1e-12);
      if (c === 'above' || c === 'below') {
        // At the break-even price, power and the rest of the hardware cost the same.
        const at = cost({ ...x, elecUsdPerKwh: f.breakEvenUsdPerKwh });
        if (at.rentCoversPower) expect(at.hourlyUsd.electricity).toBeCloseTo(at.hourlyUsd.hardware, 9);
      }
      expect(placesCase(f) === 'same').toBe(powerBilling === 'included');
      expect(Number.isFinite(f.share)).toBe(true);
    }), SEED);
  });

  it('owned hardware: the break-even is where power equals repaying the GPU, at every price and power price', () => {
    // $33,750 over 4 years at 10% = $1.2154/h with no facility; at 1.6575 kW the break-even is 1.2154 / 1.6575 = $0.7333/kWh.
    const own = { ...lever, mode: 'own' as const, capexUsdPerGpu: 33_750, depreciationYears: 4, capitalRatePerYear: 0.1, siteUsdPerGpu: 0 };
    expect(leverFacts(own, FX).breakEvenUsdPerKwh).toBeCloseTo(1.21541 / 1.6575, 4);
    fc.assert(fc.property(num('capexUsdPerGpu'), num('elecUsdPerKwh'), (capex, elec) => {
      const x = { ...own, capexUsdPerGpu: capex, elecUsdPerKwh: elec };
      const f = leverFacts(x, FX), r = cost(x);
      const c = breakEvenCase(f);
      if (c === 'above') expect(r.hourlyUsd.electricity).toBeLessThan(r.hourlyUsd.hardware);
      if (c === 'below') expect(r.hourlyUsd.electricity).toBeGreaterThanOrEqual(r.hourlyUsd.hardware - 1e-12);
      expect(placesCase(f)).not.toBe('same');
    }), SEED);
  });

  it('owned hardware with a free GPU: the building alone keeps the anchor at west China\'s price, not at Europe\'s', () => {
    // The default facility: $11.7M per MW × 1.275 kW = $14,917.50 over 14 years at 0%: $0.12164/h.
    const own = { ...defaults('en'), mode: 'own' as const };
    const west = leverFacts(own, FX);
    expect(west.siteUsdPerHour).toBeCloseTo(14_917.5 / 14 / 8760, 6);
    // West China: 1.275 kW × 1.3 × $0.04196 = $0.0695/h of power, below the building's $0.1216.
    expect(west.anchorMovesWithFreeGpu).toBe(false);
    // Europe's ¥1.5 ($0.2098): $0.3477/h of power, above it.
    expect(leverFacts({ ...own, elecUsdPerKwh: 1.5 / FX }, FX).anchorMovesWithFreeGpu).toBe(true);
  });

  it('dragging the rent to zero: inside the rent, power takes all of it and the sentence says so', () => {
    const f = leverFacts({ ...lever, rentUsdPerGpuHour: 0.2 }, FX);
    expect(f.rentCoversPower).toBe(false);
    expect(f.anchor).toBe('electricity');
    const zero = leverFacts({ ...lever, rentUsdPerGpuHour: 0, powerBilling: 'billed' }, FX);
    expect(zero.anchor).toBe('electricity');
    expect(breakEvenCase(zero)).toBe('below');
  });
});

describe('step 4: Blackwell against the H100, walked across rent and tokens/s', () => {
  it('at the scene: B200 at $4.08 costs 1.74× the H100\'s rent, yet its tokens are cheaper', () => {
    const x = { ...defaults('en'), ...scene(4, FX) };
    const f = efficiencyFacts(x, h100);
    expect(f.rentRatio).toBeCloseTo(4.08 / 2.35, 12);
    // 4.13 / (6,920 × 2,520) × 1e6 = $0.23683; the H100's 2.40 / (2,209 × 2,520) × 1e6 = $0.43114.
    expect(f.costUsdPerM).toBeCloseTo(0.236834, 5);
    expect(f.h100CostUsdPerM).toBeCloseTo(0.431137, 5);
  });
  it('"cheaper" and "dearer" follow the numbers at every rent and tokens/s', () => {
    const base = { ...defaults('en'), ...scene(4, FX) };
    fc.assert(fc.property(num('rentUsdPerGpuHour'), num('tokPerSecPerGpu'), (rent, tps) => {
      const f = efficiencyFacts({ ...base, rentUsdPerGpuHour: rent, tokPerSecPerGpu: tps }, h100);
      const cheaper = f.costUsdPerM < f.h100CostUsdPerM;
      expect(cheaper).toBe(cost({ ...base, rentUsdPerGpuHour: rent, tokPerSecPerGpu: tps }).perMillionTotalUsd < f.h100CostUsdPerM);
      expect(f.rentRatio >= 1).toBe(rent >= 2.35);
    }), SEED);
  });
});

describe('the 70% sentence, walked across power and rent', () => {
  it('"higher" means a dearer price reaches 70%, "lower" a cheaper one, and the price given does it', () => {
    fc.assert(fc.property(num('rentUsdPerGpuHour'), num('elecUsdPerKwh'), fc.constantFrom('rent' as const, 'own' as const), (rent, elec, mode) => {
      const x = { ...lever, rentUsdPerGpuHour: rent, elecUsdPerKwh: elec, mode, capexUsdPerGpu: 0 };
      const c = checkCostClaim(x), k = priceNeededCase(c);
      if (k === 'never') return;
      if (k === 'higher') expect(c.priceNeededUsd).toBeGreaterThanOrEqual(elec);
      if (k === 'lower') expect(c.priceNeededUsd).toBeLessThan(elec);
      if (k === 'fromFree') expect(elec).toBeLessThan(1e-300); // shown as 0.00
      expect(cost({ ...x, elecUsdPerKwh: c.priceNeededUsd }).shares.electricity).toBeCloseTo(0.7, 9);
    }), SEED);
  });
});
