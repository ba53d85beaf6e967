// The whole of what a reader can set, as plain data, with its defaults.
// The page's one state object (src/state/app.svelte.ts) holds one of these; everything else derives from it.

import type { CostInputs } from '../model/cost';
import type { KvBits, WeightBits } from '../model/efficiency';
import { acceleratorById, acceleratorInputs, DEFAULT_GPU_ID, FACILITY, H100_PRICE_PER_GPU, priceToUsd, WEST_CHINA_POWER } from '../model/presets';
import { DEFAULT_CNY_PER_USD } from '../model/ranges';
import { TRAINING_COST_USD } from '../model/facts';

import { isChinese, type Lang } from '../i18n/lang';
import type { Currency } from '../format/number';
export { LANGS, languageFromNavigator, type Lang } from '../i18n/lang';
export type { Currency } from '../format/number';

/** The efficiency panel's settings (cost-model.md §2); the accelerator is the explorer's gpuId. */
export interface EfficiencyInputs {
  /** When true the explorer's tokens/s is the one the panel derives ("use this"). */
  effLinked: boolean;
  modelId: string;
  weightBits: WeightBits;
  kvBits: KvBits;
  gpusPerReplica: number;
  batch: number;
  contextTokens: number;
  mbu: number;
  mfu: number;
  stepOverheadMs: number;
  /** A request: input and output tokens, and the share of input served from cache. */
  inputTokens: number;
  outputTokens: number;
  cacheHit: number;
  /** A custom model (modelId 'custom'): parameters in billions, experts, KV bytes per token at 16 bits. */
  customTotalB: number;
  customActiveB: number;
  customExpertB: number;
  customExperts: number;
  customActiveExperts: number;
  customKvBytes: number;
}

/** The story's state (issue 4): which step the reader is at, and step 5's training levers. */
export interface StoryInputs {
  /** 1..8, or 0 outside the story. */
  step: number;
  trainUsd: number;
  lifeTokens: number;
}

export interface AppInputs extends CostInputs, EfficiencyInputs, StoryInputs {
  gpuId: string;
  currency: Currency;
  cnyPerUsd: number;
  lang: Lang;
}

/** Each language's natural currency: a Chinese reader thinks in yuan, an English one in dollars. */
export const defaultCurrency = (lang: Lang): Currency => (isChinese(lang) ? 'CNY' : 'USD');

// Rent, tokens/s and power come from the default accelerator's preset (H100), applied in defaults().
const BASE: Omit<AppInputs, 'lang' | 'currency' | 'rentUsdPerGpuHour' | 'tokPerSecPerGpu' | 'kwPerGpu'> = {
  // cost-model.md: ¥0.3/kWh at the default exchange rate (HK-TE's west-China green power).
  elecUsdPerKwh: priceToUsd(WEST_CHINA_POWER.value, DEFAULT_CNY_PER_USD),
  utilisation: 0.7,
  pue: 1.3,
  // An assumption, stated on the page: in rent mode most running costs sit inside the rent.
  opexUsdPerGpuHour: 0.05,
  mode: 'rent',
  // The default rent is a cloud rent (CPS-Price, citing SemiAnalysis): power is paid out of it.
  powerBilling: 'included',
  capexUsdPerGpu: H100_PRICE_PER_GPU.value,
  depreciationYears: 4,
  capitalRatePerYear: 0,
  siteUsdPerGpu: FACILITY.usdPerGpu.value,
  siteYears: FACILITY.years.value,
  gpuId: DEFAULT_GPU_ID,
  cnyPerUsd: DEFAULT_CNY_PER_USD,
  // Efficiency panel: Llama-3.1-70B at FP8 on two GPUs, as NVIDIA's H100 benchmark ran it.
  // Achieved shares of peak (MBU 70%, MFU 50%) are our assumptions, stated on the page.
  effLinked: false,
  modelId: 'llama31-70b',
  weightBits: 8,
  kvBits: 8,
  gpusPerReplica: 2,
  batch: 64,
  contextTokens: 2048,
  mbu: 0.7,
  mfu: 0.5,
  stepOverheadMs: 0,
  inputTokens: 1000,
  outputTokens: 1000,
  cacheHit: 0,
  // The custom model starts as Llama-3.1-70B's figures, for a reader to change.
  customTotalB: 70.6,
  customActiveB: 70.6,
  customExpertB: 0,
  customExperts: 0,
  customActiveExperts: 0,
  customKvBytes: 327_680,
  step: 0,
  // CPS-0616's low end ($100M), over the larger of the two lifetimes facts.md compares (1e15 tokens).
  trainUsd: TRAINING_COST_USD.value[0],
  lifeTokens: 1e15,
};

/** defaults(lang, gpuId) is the state a link with nothing but `lang` (and `gpu`) opens. */
export function defaults(lang: Lang, gpuId: string = DEFAULT_GPU_ID): AppInputs {
  const base = acceleratorInputs(acceleratorById(DEFAULT_GPU_ID)!);
  const gpu = acceleratorById(gpuId);
  return {
    ...BASE,
    rentUsdPerGpuHour: base.rentUsdPerGpuHour!,
    tokPerSecPerGpu: base.tokPerSecPerGpu!,
    kwPerGpu: base.kwPerGpu!,
    ...(gpu ? acceleratorInputs(gpu) : {}),
    gpuId: gpu ? gpuId : DEFAULT_GPU_ID,
    lang,
    currency: defaultCurrency(lang),
  };
}

