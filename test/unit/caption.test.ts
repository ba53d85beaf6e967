import { describe, expect, it } from 'vitest';
import en from 'virtual:messages/en';
import zh from 'virtual:messages/zh';
import { addBundle, tFor, type Bundle } from '../../src/i18n/i18n';
import { assumptionLines } from '../../src/export/caption';
import { fileName } from '../../src/export/names';
import { defaults, type AppInputs } from '../../src/state/inputs';
import { acceleratorById } from '../../src/model/presets';

// What an exported figure says of its scenarios (export/caption.ts) and what its file is called
// (export/names.ts): an owner is not described as a renter, and an input set differently is named.
const bundleOf = (s: typeof en) => ('bundle' in s ? s.bundle : {}) as Bundle;
addBundle('en', bundleOf(en));
addBundle('zh', bundleOf(zh));

const page = (lang: 'en' | 'zh', a: AppInputs, b: AppInputs | null) => ({
  t: tFor(lang), model: a, b, gpu: acceleratorById(a.gpuId),
  money: { lang, currency: lang === 'en' ? 'USD' : 'CNY', cnyPerUsd: 7.2 } as const,
});

describe('the assumptions behind an exported figure', () => {
  const a = { ...defaults('en'), rentUsdPerGpuHour: 2, tokPerSecPerGpu: 2000, utilisation: 0.5, pue: 1.25, elecUsdPerKwh: 0.05 };

  it('one line for A alone, as before', () => {
    expect(assumptionLines(page('en', a, null))).toEqual([
      'NVIDIA H100 SXM · rent $2.00 per GPU-hour · power $0.050 per kWh · 2,000 tokens/s per GPU · 50% busy · PUE 1.25']);
  });

  it('an owned B is written as owned — its price, years and cost of money and the hour they come to — not as a rent', () => {
    // $20,000 over 4 years at 0%: 20000 / (4 × 8760) = $0.571 an hour; the facility adds 8000 / (10 × 8760) = $0.0913.
    const b = { ...a, mode: 'own' as const, capexUsdPerGpu: 20_000, depreciationYears: 4, capitalRatePerYear: 0, siteUsdPerGpu: 8000, siteYears: 10 };
    const [la, lb] = assumptionLines(page('en', a, b));
    expect(la).toBe('Scenario A: NVIDIA H100 SXM · rent $2.00 per GPU-hour · power $0.050 per kWh · 2,000 tokens/s per GPU · 50% busy · PUE 1.25');
    expect(lb).toMatch(/^Scenario B: NVIDIA H100 SXM · owned: \$20,000 a GPU over 4 years at 0\.0% a year, \$0\.662 per GPU-hour · power \$0\.050 per kWh · .* · PUE 1\.25 · facility capital \$8,000 · facility life 10 years$/);
    expect(lb).not.toMatch(/rent \$/);
  });

  it('an input set differently beyond the line\'s six is named in each line whose cost reads it, with its value', () => {
    const b = { ...a, kwPerGpu: 1.8, opexUsdPerGpuHour: 0.3, powerBilling: 'billed' as const };
    const [la, lb] = assumptionLines(page('en', a, b));
    // A's rent includes its power: its GPU's draw is not a cost of A's, so A's line leaves it out.
    expect(la).toMatch(/ · PUE 1\.25 · other operating cost \$[\d.]+ per GPU-hour · power billing In the rent$/);
    expect(lb).toMatch(/ · PUE 1\.25 · power per GPU 1\.8 kW · other operating cost \$0\.30 per GPU-hour · power billing Billed on top$/);
    const [, zb] = assumptionLines(page('zh', { ...a, lang: 'zh' }, { ...b, lang: 'zh' }));
    expect(zb).toMatch(/单卡功率 1\.8 千瓦 · 其他运营成本 ¥2\.16\/卡时 · 电费计费方式 另行计费$/);
  });
});

describe('an exported file\'s name', () => {
  const a = defaults('en');
  it('names A\'s values, and in compare mode B\'s that differ, so two comparisons never share a name', () => {
    expect(fileName('compare', a, 'csv')).toBe(`compare_h100_rent-${a.rentUsdPerGpuHour}_elec-${Number(a.elecUsdPerKwh.toPrecision(4))}_tps-${a.tokPerSecPerGpu}_en.csv`);
    const one = fileName('compare', a, 'csv', { ...a, gpuId: 'b200', rentUsdPerGpuHour: 4.08 });
    const two = fileName('compare', a, 'csv', { ...a, elecUsdPerKwh: 0.2 });
    expect(one).toMatch(/_vs_gpu-b200_rent-4\.08_en\.csv$/);
    expect(two).toMatch(/_vs_elec-0\.2_en\.csv$/);
    expect(fileName('compare', a, 'csv', a)).toBe(fileName('compare', a, 'csv'));
  });
});
