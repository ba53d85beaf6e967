import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLink, parseNumber, parseQuery, serializeQuery } from '../../src/state/url';
import { defaults, type AppInputs } from '../../src/state/inputs';
import { langParam, languageFromNavigator } from '../../src/i18n/lang';
import { EFF_RANGES, FX_RANGE, RANGES, STORY_RANGES } from '../../src/model/ranges';
import { KV_BITS, MODELS, WEIGHT_BITS } from '../../src/model/efficiency';
import { ACCELERATORS } from '../../src/model/presets';

const SEED = { seed: 7, numRuns: 400 };
/** significant(raw): how many significant figures a number as written has ("0.20979" 5, "1000000" 1, "62.3565" 6). */
const significant = (raw: string) => {
  const m = raw.replace(/^-/, '').replace(/e.*$/, '');
  const digits = m.includes('.') ? m.replace('.', '').replace(/^0+/, '') : m.replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
};

function inBounds(s: AppInputs): boolean {
  const nums = Object.entries(RANGES).every(([k, r]) => {
    const v = s[k as keyof typeof RANGES];
    return Number.isFinite(v) && v >= r.min && v <= r.max;
  });
  const eff = Object.entries(EFF_RANGES).every(([k, r]) => {
    const v = s[k as keyof typeof EFF_RANGES];
    return Number.isFinite(v) && v >= r.min && v <= r.max;
  });
  const story = Object.entries(STORY_RANGES).every(([k, r]) => {
    const v = s[k as keyof typeof STORY_RANGES];
    return Number.isFinite(v) && v >= r.min && v <= r.max;
  });
  return nums && eff && story && Number.isInteger(s.step) && s.step >= 0 && s.step <= 8 && Number.isInteger(s.batch) && Number.isInteger(s.gpusPerReplica)
    && (MODELS.some((m) => m.id === s.modelId) || s.modelId === 'custom') && WEIGHT_BITS.includes(s.weightBits) && KV_BITS.includes(s.kvBits)
    && typeof s.effLinked === 'boolean' && s.cnyPerUsd >= FX_RANGE.min && s.cnyPerUsd <= FX_RANGE.max
    && ['en', 'zh', 'zh-Hant'].includes(s.lang) && ['USD', 'CNY'].includes(s.currency)
    && ['rent', 'own'].includes(s.mode) && ACCELERATORS.some((a) => a.id === s.gpuId);
}

describe('parseNumber(s)', () => {
  it('reads plain and scientific decimals and nothing else', () => {
    expect(parseNumber('0.042')).toBe(0.042);
    expect(parseNumber(' 2.35 ')).toBe(2.35);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '0x10', 'Infinity', 'NaN', '1,5', '2.35$', '1e999', '--1']) {
      expect(parseNumber(bad)).toBeUndefined();
    }
  });
});

describe('parseQuery(search, fallbackLang)', () => {
  it('opens the defaults, in the fallback language, from an empty query', () => {
    expect(parseQuery('', 'zh')).toEqual({ state: defaults('zh'), notices: [] });
  });

  it('reads the efficiency panel\'s parameters, rounding counts', () => {
    const { state, notices } = parseQuery('model=deepseek-v3&wbits=4&kvbits=3&gpus=8.4&batch=256&ctx=4096&mbu=0.6&mfu=0.4&ovh=2&tin=5000&tout=300&hit=0.5&eff=1', 'en');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ modelId: 'deepseek-v3', weightBits: 4, kvBits: 3, gpusPerReplica: 8, batch: 256,
      contextTokens: 4096, mbu: 0.6, mfu: 0.4, stepOverheadMs: 2, inputTokens: 5000, outputTokens: 300, cacheHit: 0.5, effLinked: true });
    expect(parseQuery('wbits=6&model=gpt5&batch=99999', 'en').notices.map((n) => [n.param, n.kind])).toEqual([
      ['batch', 'clamped'], ['model', 'invalid'], ['wbits', 'invalid']]);
  });

  it('reads every documented parameter', () => {
    const { state, notices } = parseQuery(
      '?lang=en&cur=CNY&fx=7.2&elec=0.09&rent=1.7&tps=5000&util=0.5&pue=1.1&kw=1.5&opex=0.1&gpu=b200&mode=own&capex=40000&years=5&capital=0.08',
      'zh');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...defaults('en', 'b200'), currency: 'CNY', cnyPerUsd: 7.2, elecUsdPerKwh: 0.09, rentUsdPerGpuHour: 1.7,
      tokPerSecPerGpu: 5000, utilisation: 0.5, pue: 1.1, kwPerGpu: 1.5, opexUsdPerGpuHour: 0.1, gpuId: 'b200',
      mode: 'own', capexUsdPerGpu: 40000, depreciationYears: 5, capitalRatePerYear: 0.08,
    });
  });

  it('reads the power billing and the facility: power=billed, site=0, siteyears=20', () => {
    const { state, notices } = parseQuery('power=billed&site=0&siteyears=20&mode=own', 'en');
    expect(notices).toEqual([]);
    expect(state.powerBilling).toBe('billed');
    expect(state.siteUsdPerGpu).toBe(0);
    expect(state.siteYears).toBe(20);
    expect(parseQuery('power=free', 'en').notices).toEqual([{ param: 'power', kind: 'invalid', given: 'free' }]);
    expect(parseQuery('siteyears=99', 'en').state.siteYears).toBe(40);
    expect(serializeQuery(defaults('en'))).toBe('lang=en');
  });

  it('sizes the facility to the chip: $11,700 per kW × 1.275 kW = $14,917.50 (H100), × 1.7875 kW = $20,913.75 (B200)', () => {
    expect(defaults('en').siteUsdPerGpu).toBeCloseTo(14_917.5, 9);
    expect(defaults('en', 'b200').siteUsdPerGpu).toBeCloseTo(20_913.75, 9);
    expect(serializeQuery(defaults('en', 'b200'))).toBe('lang=en&gpu=b200');
  });

  it('applies the accelerator preset under explicit values: gpu=b200 sets 1.7875 kW, 6,920 tok/s, $4.08', () => {
    const { state } = parseQuery('gpu=B200&tps=100', 'en');
    expect(state.kwPerGpu).toBeCloseTo(1.7875, 12);
    expect(state.rentUsdPerGpuHour).toBe(4.08);
    expect(state.tokPerSecPerGpu).toBe(100);
  });

  it('clamps out-of-range values and says which', () => {
    const { state, notices } = parseQuery('elec=7&util=0&tps=1e9&fx=100', 'en');
    expect(state.elecUsdPerKwh).toBe(0.5);
    expect(state.utilisation).toBe(0.01);
    expect(state.tokPerSecPerGpu).toBe(100_000);
    expect(state.cnyPerUsd).toBe(9);
    expect(notices.map((n) => [n.param, n.kind, n.used])).toEqual([
      ['elec', 'clamped', 0.5], ['tps', 'clamped', 100_000], ['util', 'clamped', 0.01], ['fx', 'clamped', 9]]);
  });

  it('reads the story step as a whole number from 1 to 8, clamping the rest', () => {
    expect(parseQuery('step=5', 'en').state.step).toBe(5);
    expect(parseQuery('step=4.6', 'en').state.step).toBe(5);
    expect(parseQuery('step=99', 'en').state.step).toBe(8);
    expect(parseQuery('step=-3', 'en').state.step).toBe(0);
    expect(parseQuery('step=two', 'en').state.step).toBe(0);
    expect(serializeQuery({ ...defaults('zh'), step: 3 })).toBe('lang=zh&step=3');
  });

  it('ignores values that are not numbers or not choices, and unknown parameters, with notices', () => {
    const { state, notices } = parseQuery('rent=<script>alert(1)</script>&gpu=tpu&lang=fr&cur=EUR&foo=1&mode=x', 'en');
    expect(state).toEqual(defaults('en'));
    expect(notices.map((n) => n.param).sort()).toEqual(['cur', 'gpu', 'lang', 'mode', 'rent']);
    expect(notices.every((n) => n.given.length <= 25)).toBe(true);
  });

  it('never throws and always lands inside the allowed ranges, whatever the string', () => {
    const names = ['elec', 'rent', 'tps', 'util', 'pue', 'kw', 'opex', 'fx', 'cur', 'lang', 'gpu', 'mode', 'capex', 'years', 'capital',
      'gpus', 'batch', 'ctx', 'mbu', 'mfu', 'ovh', 'tin', 'tout', 'hit', 'model', 'wbits', 'kvbits', 'eff',
      'mtot', 'mact', 'mexp', 'mE', 'mk', 'mkv', 'step', 'train', 'life', 'x'];
    const pair = fc.tuple(fc.constantFrom(...names), fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)));
    const query = fc.oneof(fc.string(), fc.array(pair).map((ps) => ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')));
    fc.assert(fc.property(query, fc.constantFrom('en' as const, 'zh' as const, 'zh-Hant' as const), (q, fb) => inBounds(parseQuery(q, fb).state)), SEED);
  });
});

describe('serializeQuery(state)', () => {
  it('writes only the language for the defaults', () => {
    expect(serializeQuery(defaults('zh'))).toBe('lang=zh');
  });

  it('writes money in USD and only what differs', () => {
    const s = { ...defaults('en'), rentUsdPerGpuHour: 1.7, currency: 'CNY' as const };
    expect(serializeQuery(s)).toBe('lang=en&rent=1.7&cur=CNY');
  });

  it('parse(serialize(x)) returns x for any state in range, each number to six significant figures, and writes the same link again', () => {
    const r = (k: keyof typeof RANGES) => fc.double({ min: RANGES[k].min, max: RANGES[k].max, noNaN: true, noDefaultInfinity: true })
      .map((v) => (Object.is(v, -0) ? 0 : v));
    const arb = fc.record({
      elecUsdPerKwh: r('elecUsdPerKwh'), rentUsdPerGpuHour: r('rentUsdPerGpuHour'), tokPerSecPerGpu: r('tokPerSecPerGpu'),
      utilisation: r('utilisation'), pue: r('pue'), kwPerGpu: r('kwPerGpu'), opexUsdPerGpuHour: r('opexUsdPerGpuHour'),
      capexUsdPerGpu: r('capexUsdPerGpu'), depreciationYears: r('depreciationYears'), capitalRatePerYear: r('capitalRatePerYear'),
      siteUsdPerGpu: r('siteUsdPerGpu'), siteYears: r('siteYears'),
      mode: fc.constantFrom('rent' as const, 'own' as const), gpuId: fc.constantFrom(...ACCELERATORS.map((a) => a.id)),
      powerBilling: fc.constantFrom('included' as const, 'billed' as const),
      currency: fc.constantFrom('USD' as const, 'CNY' as const),
      cnyPerUsd: fc.double({ min: FX_RANGE.min, max: FX_RANGE.max, noNaN: true }),
      lang: fc.constantFrom('en' as const, 'zh' as const, 'zh-Hant' as const),
      effLinked: fc.boolean(),
      modelId: fc.constantFrom(...MODELS.map((m) => m.id)),
      weightBits: fc.constantFrom(...WEIGHT_BITS),
      kvBits: fc.constantFrom(...KV_BITS),
      gpusPerReplica: fc.integer({ min: 1, max: 72 }),
      batch: fc.integer({ min: 1, max: 4096 }),
      contextTokens: fc.integer({ min: 128, max: 131_072 }),
      mbu: fc.double({ min: 0.1, max: 1, noNaN: true }),
      mfu: fc.double({ min: 0.05, max: 1, noNaN: true }),
      stepOverheadMs: fc.double({ min: 0, max: 50, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
      inputTokens: fc.integer({ min: 0, max: 1_000_000 }),
      outputTokens: fc.integer({ min: 0, max: 1_000_000 }),
      cacheHit: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
      customTotalB: fc.double({ min: 0.1, max: 5000, noNaN: true }),
      customActiveB: fc.double({ min: 0.1, max: 5000, noNaN: true }),
      customExpertB: fc.double({ min: 0, max: 5000, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
      customExperts: fc.integer({ min: 0, max: 1024 }),
      customActiveExperts: fc.integer({ min: 0, max: 64 }),
      customKvBytes: fc.integer({ min: 1000, max: 4_000_000 }),
      step: fc.integer({ min: 0, max: 8 }),
      trainUsd: fc.double({ min: 1e6, max: 1e10, noNaN: true }),
      lifeTokens: fc.double({ min: 1e10, max: 1e17, noNaN: true }),
    });
    fc.assert(fc.property(arb, fc.constantFrom('en' as const, 'zh' as const, 'zh-Hant' as const), (x, fb) => {
      const link = serializeQuery(x);
      const back = parseQuery(link, fb);
      expect(back.notices).toEqual([]);
      for (const [k, v] of Object.entries(x)) {
        const got = back.state[k as keyof AppInputs];
        if (typeof v === 'number') expect(Math.abs((got as number) - v), k).toBeLessThanOrEqual(5e-6 * Math.abs(v) + 1e-12);
        else expect(got, k).toEqual(v);
      }
      expect(serializeQuery(back.state)).toBe(link);
      for (const [, raw] of new URLSearchParams(link)) {
        if (/^-?[\d.e+-]+$/.test(raw)) expect(significant(raw), raw).toBeLessThanOrEqual(6);
      }
    }), SEED);
  });

  it('a link after a drag reads as a person would write it: 7.6, not 7.6000000000000005', () => {
    const dragged = { ...defaults('en'), rentUsdPerGpuHour: 7.6000000000000005, elecUsdPerKwh: 1.5 / 7.15, tokPerSecPerGpu: 62.356517639615575 };
    expect(serializeQuery(dragged)).toBe('lang=en&elec=0.20979&rent=7.6&tps=62.3565');
  });
});

describe('parseLink(search, hash, browserLangs)', () => {
  it('reads the place and whether the link sets values a scene would overwrite (the view sets none)', () => {
    const l = parseLink('?step=4&theme=projector&present=1', '#story-price', ['zh-CN']);
    expect(l.place).toBe('story-price');
    expect(l.state.lang).toBe('zh');
    expect(l.view).toMatchObject({ theme: 'projector', present: true });
    expect(l.setsValues).toBe(false);
    expect(parseLink('?step=4&rent=3').setsValues).toBe(true);
    expect(parseLink('?lang=en', '#%E0%A4%A').place).toBe('%E0%A4%A');
  });
});

describe('the reader\'s language, from a link or the browser', () => {
  it('a Hong Kong, Macao, Taiwan or Traditional browser gets Traditional; any other Chinese Simplified', () => {
    for (const tag of ['zh-HK', 'zh-MO', 'zh-TW', 'zh-Hant', 'zh-Hant-SG', 'ZH-hk']) expect(languageFromNavigator([tag]), tag).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK']) expect(languageFromNavigator([tag]), tag).toBe('zh');
    expect(languageFromNavigator(['fr-FR', 'zh-HK', 'en'])).toBe('zh-Hant');
    expect(languageFromNavigator(['de'])).toBe('en');
  });
  it('lang=zh-Hant in any case opens Traditional, with yuan as its currency, and is written back as zh-Hant', () => {
    for (const raw of ['zh-Hant', 'zh-hant', ' ZH-HANT ']) expect(langParam(raw), raw).toBe('zh-Hant');
    const { state, notices } = parseQuery('?lang=zh-hant', 'en');
    expect(state).toEqual(defaults('zh-Hant'));
    expect(state.currency).toBe('CNY');
    expect(notices).toEqual([]);
    expect(serializeQuery(state)).toBe('lang=zh-Hant');
    expect(parseLink('?step=2', '', ['zh-HK']).state.lang).toBe('zh-Hant');
  });
});
