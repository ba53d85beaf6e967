// Allowed ranges and defaults: the table in shared/design/cost-model.md §1, plus own mode's inputs.
// A value from a URL or a typed box outside its range is clamped, and the page says so.

import type { CostInputs } from './cost';

export type NumericInput = Exclude<keyof CostInputs, 'mode' | 'powerBilling'>;
export type EfficiencyNumeric = 'gpusPerReplica' | 'batch' | 'contextTokens' | 'mbu' | 'mfu' | 'stepOverheadMs'
  | 'inputTokens' | 'outputTokens' | 'cacheHit'
  | 'customTotalB' | 'customActiveB' | 'customExpertB' | 'customExperts' | 'customActiveExperts' | 'customKvBytes';

export interface Range {
  min: number;
  max: number;
  /** Slider step in the model's unit (USD for money); 0 means the slider is logarithmic. */
  step: number;
}

/** Default CNY per USD: the 2025 average, as cost-model.md sets it (an editable assumption). */
export const DEFAULT_CNY_PER_USD = 7.15;

export const RANGES: Record<NumericInput, Range> = {
  elecUsdPerKwh: { min: 0, max: 0.5, step: 0.001 },
  rentUsdPerGpuHour: { min: 0, max: 15, step: 0.01 },
  tokPerSecPerGpu: { min: 1, max: 100_000, step: 0 },
  utilisation: { min: 0.01, max: 1, step: 0.01 },
  pue: { min: 1, max: 2.5, step: 0.01 },
  kwPerGpu: { min: 0, max: 3, step: 0.005 },
  opexUsdPerGpuHour: { min: 0, max: 5, step: 0.01 },
  capexUsdPerGpu: { min: 0, max: 200_000, step: 250 },
  depreciationYears: { min: 1, max: 10, step: 0.5 },
  capitalRatePerYear: { min: 0, max: 0.3, step: 0.005 },
  siteUsdPerGpu: { min: 0, max: 100_000, step: 250 },
  siteYears: { min: 5, max: 40, step: 1 },
};

/** The efficiency panel's ranges; step 0 marks a logarithmic slider. */
export const EFF_RANGES: Record<EfficiencyNumeric, Range> = {
  gpusPerReplica: { min: 1, max: 72, step: 1 },
  batch: { min: 1, max: 4096, step: 0 },
  contextTokens: { min: 128, max: 131_072, step: 0 },
  mbu: { min: 0.1, max: 1, step: 0.01 },
  mfu: { min: 0.05, max: 1, step: 0.01 },
  stepOverheadMs: { min: 0, max: 50, step: 0.5 },
  inputTokens: { min: 0, max: 1_000_000, step: 0 },
  outputTokens: { min: 0, max: 1_000_000, step: 0 },
  cacheHit: { min: 0, max: 1, step: 0.01 },
  // A custom model (active ≤ total and expert ≤ total are enforced when it is built).
  customTotalB: { min: 0.1, max: 5000, step: 0.1 },
  customActiveB: { min: 0.1, max: 5000, step: 0.1 },
  customExpertB: { min: 0, max: 5000, step: 0.1 },
  customExperts: { min: 0, max: 1024, step: 1 },
  customActiveExperts: { min: 0, max: 64, step: 1 },
  customKvBytes: { min: 1000, max: 4_000_000, step: 1 },
};

/**
 * The story's own levers (issue 4, step 5): what training cost, and how many tokens the model serves
 * in its life. Both logarithmic; CPS-0616 gives $100M–$500M, facts.md compares 1e12 with 1e15 tokens.
 */
export type StoryNumeric = 'trainUsd' | 'lifeTokens';
export const STORY_RANGES: Record<StoryNumeric, Range> = {
  trainUsd: { min: 1e6, max: 1e10, step: 0 },
  lifeTokens: { min: 1e10, max: 1e17, step: 0 },
};

/** The story has eight steps; 0 means the reader is not in it. */
export const STEP_RANGE: Range = { min: 0, max: 8, step: 1 };

export const FX_RANGE: Range = { min: 5, max: 9, step: 0.01 };

/** clamp(v, range) is v limited to [min, max]; NaN is not a number a caller may pass. */
export function clamp(v: number, r: Range): number {
  return Math.min(r.max, Math.max(r.min, v));
}
