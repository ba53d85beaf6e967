// Accelerator and scenario presets. Each figure carries the source it comes from (src/model/sources.ts);
// the words that explain each figure are in locales/*/presets.json under the same ids.

import type { CostInputs } from './cost';
import type { SourceId } from './sources';
import { modelById, MODELS, prefillTokPerSecPerGpu, type ChipSpec, type TpsMeaning, type WeightBits } from './efficiency';

/** A figure and where it comes from. `derived` marks one we computed from sourced figures (working in the note). */
export interface Sourced<T = number> {
  value: T;
  source: SourceId;
  derived?: boolean;
}

/** A price quoted in the currency its source used; resolved to USD with the reader's exchange rate. */
export type Price = { usd: number } | { cny: number };

export function priceToUsd(p: Price, cnyPerUsd: number): number {
  return 'usd' in p ? p.usd : p.cny / cnyPerUsd;
}

/**
 * What a published tokens/s figure counts. 'endToEnd': output tokens per second of whole requests of the
 * stated shape, their prefill run on the same GPUs (TensorRT-LLM's fixed-length runs, MLPerf offline);
 * a request of that shape costs its output tokens alone. 'decode': output tokens per second on nodes that
 * only decode, prefill done elsewhere (DeepSeek's, LMSYS's and Huawei's disaggregated services): a
 * request's prompt must be paid for on top.
 */
export type TpsMeasure = TpsMeaning;

export interface Accelerator {
  id: string;
  /** Product name, the same in every language. */
  name: string;
  kwPerGpu: Sourced;
  /** Absent where no source we hold publishes a rent: picking the chip then keeps the reader's rent. */
  rentUsdPerGpuHour?: Sourced;
  tokPerSecPerGpu: Sourced;
  /** What tokPerSecPerGpu counts. */
  tpsMeasure: TpsMeasure;
  /** The model the tokens/s figure was measured on (a proper name). */
  benchmarkModel: string;
  /**
   * The same model as the efficiency panel knows it, and its weights' width: a request's prompt is read at
   * this model's prefill rate (Llama-3.3-70B and Llama-2-70B share Llama-3.1-70B's size).
   */
  benchmarkServing: { modelId: string; weightBits: WeightBits };
  /** A published prefill rate, prompt tokens/s per GPU, where the benchmark's service gives one. */
  prefillTokPerSecPerGpu?: Sourced;
  /** Memory, bandwidth and arithmetic: what the efficiency panel derives tokens/s from. */
  chip: ChipSpec;
}

/**
 * The reports' GPU rents, USD per GPU-hour (CPS-Price, citing SemiAnalysis and the Ornn index). Both are
 * cloud rents (云端数据中心的现货租赁价格, 租赁合同价格): all-in prices, power included.
 */
export const RENTS = {
  h100Contract2026: { value: 2.35, source: 'cps-price' },
  h100Low2025: { value: 1.7, source: 'cps-price' },
  blackwellSpot2026: { value: 4.08, source: 'cps-price' },
  /** Two months before the April report: Blackwell spot at $2.75. */
  blackwellSpotBefore: { value: 2.75, source: 'cps-price' },
} as const satisfies Record<string, Sourced>;

/** A DGX H100 (8 GPUs) sold for about $270,000 (SemiAnalysis via Epoch AI): per GPU, server share included. */
export const H100_PRICE_PER_GPU: Sourced = { value: 270_000 / 8, source: 'epoch-dgx-price', derived: true };

/**
 * The facility's own capital, per GPU: CPS-0616 table 8 counts 智算中心基建 (building, power and cooling
 * plant) as CAPEX beside the chips. SITE_USD_PER_KW is its cost per kW of IT load; per GPU it is that
 * times the H100's all-in 1.275 kW. Written off over the facility's life.
 */
export const SITE_USD_PER_KW: Sourced = { value: 11_700, source: 'cw-dc-cost' };
export const FACILITY = {
  // Cushman & Wakefield: $11.7M per MW of critical load, the average of 19 US markets (land, IT
  // equipment and soft costs excluded). At the H100's 1.275 kW all-in: $14,917.50 per GPU; other chips
  // get their own kW's worth (acceleratorInputs).
  usdPerGpu: { value: SITE_USD_PER_KW.value * (10.2 / 8), source: 'cw-dc-cost', derived: true },
  // Epoch AI: "We assume 5 years for IT equipment and 14 years for the facility."
  years: { value: 14, source: 'epoch-dc-tco' },
} as const satisfies Record<string, Sourced>;

/** HK-TE: west-China green power "as low as ¥0.3/kWh". */
export const WEST_CHINA_POWER: Sourced<Price> = { value: { cny: 0.3 }, source: 'hk-te' };

/**
 * The part of a server's power that is not its GPUs (CPUs, NICs, fans, storage) is mostly fixed per
 * server: DGX H100's 10.2 kW rated maximum less 8 × 700 W boards leaves 4.6 kW, 0.575 kW per GPU of an
 * 8-GPU server. Used where a vendor publishes board power but no server figure: all-in = board + 0.575.
 */
export const SERVER_REST_KW_PER_GPU = (10.2 - 8 * 0.7) / 8;

// TensorRT-LLM's overview runs fixed-length requests: 1,000 tokens in, 1,000 out.
const TRTLLM_1K_1K: TpsMeasure = { kind: 'endToEnd', inputTokens: 1000, outputTokens: 1000 };

export const ACCELERATORS: readonly Accelerator[] = [
  {
    id: 'h100', name: 'NVIDIA H100 SXM',
    kwPerGpu: { value: 10.2 / 8, source: 'nvidia-dgx' },
    rentUsdPerGpuHour: RENTS.h100Contract2026,
    tokPerSecPerGpu: { value: 2209, source: 'trtllm-perf' }, tpsMeasure: TRTLLM_1K_1K,
    benchmarkModel: 'Llama-3.3-70B FP8',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 8 },
    chip: { hbmGb: 80, hbmTbPerS: 3.35, tflops: { 16: 989, 8: 1979 }, source: 'chip-specs' },
  },
  {
    id: 'h800', name: 'NVIDIA H800 SXM',
    kwPerGpu: { value: 10.2 / 8, source: 'nvidia-dgx', derived: true },
    rentUsdPerGpuHour: { value: 2, source: 'deepseek-day6' },
    // Decode nodes only: 14.8k output tokens/s per 8-GPU node. The whole fleet, prefill included,
    // averaged 168B output tokens over 226.75 nodes in 24 h: about 1,072 per GPU.
    tokPerSecPerGpu: { value: 14_800 / 8, source: 'deepseek-day6', derived: true }, tpsMeasure: { kind: 'decode' },
    // Prefill nodes: 73.7k input tokens/s per node, cache hits included (so fresh tokens are slower still).
    prefillTokPerSecPerGpu: { value: 73_700 / 8, source: 'deepseek-day6', derived: true },
    benchmarkModel: 'DeepSeek-V3/R1',
    benchmarkServing: { modelId: 'deepseek-v3', weightBits: 8 },
    chip: { hbmGb: 80, hbmTbPerS: 3.35, tflops: { 16: 989, 8: 1979 }, source: 'chip-specs' },
  },
  {
    id: 'h200', name: 'NVIDIA H200 SXM',
    kwPerGpu: { value: 10.2 / 8, source: 'nvidia-dgx', derived: true },
    tokPerSecPerGpu: { value: 2587, source: 'trtllm-perf' }, tpsMeasure: TRTLLM_1K_1K,
    benchmarkModel: 'Llama-3.3-70B FP8',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 8 },
    chip: { hbmGb: 141, hbmTbPerS: 4.8, tflops: { 16: 989, 8: 1979 }, source: 'chip-specs' },
  },
  {
    id: 'h20', name: 'NVIDIA H20',
    kwPerGpu: { value: 0.4 + SERVER_REST_KW_PER_GPU, source: 'nvidia-dgx', derived: true },
    // SGLang on Ant Group's decode nodes (prefill and decode disaggregated).
    tokPerSecPerGpu: { value: 5700 / 8, source: 'lmsys-h20', derived: true }, tpsMeasure: { kind: 'decode' },
    benchmarkModel: 'DeepSeek-R1',
    benchmarkServing: { modelId: 'deepseek-v3', weightBits: 8 },
    chip: { hbmGb: 96, hbmTbPerS: 4.0, tflops: { 16: 148, 8: 296 }, source: 'chip-specs' },
  },
  {
    id: 'b200', name: 'NVIDIA B200',
    kwPerGpu: { value: 14.3 / 8, source: 'nvidia-dgx' },
    rentUsdPerGpuHour: RENTS.blackwellSpot2026,
    tokPerSecPerGpu: { value: 6920, source: 'trtllm-perf' }, tpsMeasure: TRTLLM_1K_1K,
    benchmarkModel: 'Llama-3.3-70B FP4',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 4 },
    chip: { hbmGb: 180, hbmTbPerS: 8.0, tflops: { 16: 2250, 8: 4500, 4: 9000 }, source: 'chip-specs' },
  },
  {
    id: 'gb200', name: 'NVIDIA GB200 NVL72',
    // SemiAnalysis: 145 kW for the NVL72, in the same comparison that gives CloudMatrix 384 559 kW.
    kwPerGpu: { value: 145 / 72, source: 'semianalysis-cm384', derived: true },
    rentUsdPerGpuHour: RENTS.blackwellSpot2026,
    tokPerSecPerGpu: { value: 7769, source: 'trtllm-perf' }, tpsMeasure: TRTLLM_1K_1K,
    benchmarkModel: 'Llama-3.3-70B FP4',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 4 },
    chip: { hbmGb: 186, hbmTbPerS: 8.0, tflops: { 16: 2500, 8: 5000, 4: 10000 }, source: 'chip-specs' },
  },
  {
    id: 'a100', name: 'NVIDIA A100 SXM',
    kwPerGpu: { value: 6.5 / 8, source: 'nvidia-dgx' },
    tokPerSecPerGpu: { value: 686, source: 'trtllm-perf-v09' },
    tpsMeasure: { kind: 'endToEnd', inputTokens: 128, outputTokens: 128 },
    benchmarkModel: 'Llama-2-70B FP16',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 16 },
    // 624 dense INT8 TOPS: the 8-bit peak, twice the 16-bit one.
    chip: { hbmGb: 80, hbmTbPerS: 2.04, tflops: { 16: 312, 8: 624 }, source: 'chip-specs' },
  },
  {
    id: 'mi300x', name: 'AMD Instinct MI300X',
    kwPerGpu: { value: 0.75 + SERVER_REST_KW_PER_GPU, source: 'nvidia-dgx', derived: true },
    // MLPerf offline counts output tokens of whole requests (OpenOrca prompts, prefill included).
    tokPerSecPerGpu: { value: 23_514.8 / 8, source: 'mlperf-v41-amd', derived: true },
    // 80.15 samples/s give 23,514.8 tokens/s: 293 output tokens a request. The prompts' mean length is
    // not in the result, so a request's prompt is priced in full on top (an upper bound).
    tpsMeasure: { kind: 'endToEnd', inputTokens: null, outputTokens: 23_514.8 / 80.15 },
    benchmarkModel: 'Llama-2-70B FP8',
    benchmarkServing: { modelId: 'llama31-70b', weightBits: 8 },
    chip: { hbmGb: 192, hbmTbPerS: 5.3, tflops: { 16: 1307, 8: 2615 }, source: 'chip-specs' },
  },
  {
    id: 'ascend910c', name: 'Huawei Ascend 910C',
    // SemiAnalysis's estimate for the whole CloudMatrix 384 system, optics included.
    kwPerGpu: { value: 559 / 384, source: 'semianalysis-cm384', derived: true },
    // Decode only: CloudMatrix-Infer disaggregates prefill and decode.
    tokPerSecPerGpu: { value: 1943, source: 'cloudmatrix' }, tpsMeasure: { kind: 'decode' },
    prefillTokPerSecPerGpu: { value: 6688, source: 'cloudmatrix' },
    benchmarkModel: 'DeepSeek-R1 INT8',
    benchmarkServing: { modelId: 'deepseek-v3', weightBits: 8 },
    // Two dies of about 376 dense BF16 TFLOPS each. No INT8 peak is published; twice the 16-bit one is
    // assumed, as on the first Ascend 910 (256 FP16 TFLOPS, 512 INT8 TOPS).
    chip: { hbmGb: 128, hbmTbPerS: 3.2, tflops: { 16: 752, 8: 1504 }, source: 'chip-specs' },
  },
];

export const DEFAULT_GPU_ID = 'h100';

/**
 * tpsMeaningFor(gpuId, linked): what the explorer's tokens/s counts. The efficiency panel's roofline
 * (linked) is decode alone; otherwise the accelerator's published figure's meaning, kept when the reader
 * moves it (they are adjusting that figure).
 */
export function tpsMeaningFor(gpuId: string, linked: boolean): TpsMeaning {
  return linked ? { kind: 'decode' } : (acceleratorById(gpuId) ?? ACCELERATORS[0]).tpsMeasure;
}

/**
 * benchmarkPrefillTps(gpuId, mfu): prompt tokens a second one GPU reads for the model its published
 * tokens/s was measured on — the service's published prefill rate where there is one (DeepSeek's H800,
 * CloudMatrix), else the roofline at that model's weight width and the achieved share of peak mfu (an
 * upper bound). A request's prompt is priced at this rate unless the explorer runs on the efficiency panel.
 */
export function benchmarkPrefillTps(gpuId: string, mfu: number): number {
  const gpu = acceleratorById(gpuId) ?? ACCELERATORS[0];
  if (gpu.prefillTokPerSecPerGpu) return gpu.prefillTokPerSecPerGpu.value;
  const { modelId, weightBits } = gpu.benchmarkServing;
  return prefillTokPerSecPerGpu(gpu.chip, modelById(modelId) ?? MODELS[1], weightBits, mfu);
}

export function acceleratorById(id: string): Accelerator | undefined {
  return ACCELERATORS.find((a) => a.id === id);
}

/** publishedFigures(a): an accelerator's published rent, power and tokens/s, as the claim checks compare them. */
export const publishedFigures = (a: Accelerator) => ({ rent: a.rentUsdPerGpuHour?.value ?? 0, kw: a.kwPerGpu.value, tps: a.tokPerSecPerGpu.value });

/**
 * The inputs an accelerator preset sets: power, tokens/s, where published rent, and the facility's capital
 * for its power draw (a facility is built per kW of IT load: SITE_USD_PER_KW × the chip's all-in kW).
 */
export function acceleratorInputs(a: Accelerator): Partial<CostInputs> {
  const out: Partial<CostInputs> = {
    kwPerGpu: a.kwPerGpu.value,
    tokPerSecPerGpu: a.tokPerSecPerGpu.value,
    siteUsdPerGpu: SITE_USD_PER_KW.value * a.kwPerGpu.value,
  };
  if (a.rentUsdPerGpuHour) out.rentUsdPerGpuHour = a.rentUsdPerGpuHour.value;
  return out;
}

export interface Scenario {
  id: string;
  gpuId: string;
  elec: Sourced<Price>;
  rentUsdPerGpuHour?: Sourced;
  /** Own-mode scenarios: purchase price and depreciation; the facility's capital is FACILITY's. */
  own?: { capexUsdPerGpu: Sourced; depreciationYears: Sourced };
}

const WEST_CHINA = WEST_CHINA_POWER;
// EIA, Electric Power Annual 2023: Virginia (the largest US data-centre market), commercial sector.
export const US_VIRGINIA_POWER: Sourced<Price> = { value: { usd: 0.0895 }, source: 'eia-epa-2023' };
// HK-TE: ¥0.3 is "1/3 to 1/5 of Europe and the US"; the 5× end for Europe.
export const EU_GRID_POWER: Sourced<Price> = { value: { cny: 1.5 }, source: 'hk-te', derived: true };

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'h100-west-2026', gpuId: 'h100', elec: WEST_CHINA,
    rentUsdPerGpuHour: RENTS.h100Contract2026,
  },
  {
    id: 'h100-low-2025', gpuId: 'h100', elec: WEST_CHINA,
    rentUsdPerGpuHour: RENTS.h100Low2025,
  },
  {
    id: 'blackwell-spot-2026', gpuId: 'b200', elec: US_VIRGINIA_POWER,
    rentUsdPerGpuHour: RENTS.blackwellSpot2026,
  },
  {
    id: 'h100-us-grid', gpuId: 'h100', elec: US_VIRGINIA_POWER,
    rentUsdPerGpuHour: RENTS.h100Contract2026,
  },
  {
    id: 'h100-eu-grid', gpuId: 'h100', elec: EU_GRID_POWER,
    rentUsdPerGpuHour: RENTS.h100Contract2026,
  },
  {
    id: 'h100-owned', gpuId: 'h100', elec: WEST_CHINA,
    own: {
      capexUsdPerGpu: H100_PRICE_PER_GPU,
      depreciationYears: { value: 4, source: 'cps-0616', derived: true },
    },
  },
  {
    id: 'h100-paid-off-eu', gpuId: 'h100', elec: EU_GRID_POWER,
    own: {
      capexUsdPerGpu: { value: 0, source: 'cost-model' },
      depreciationYears: { value: 4, source: 'cps-0616', derived: true },
    },
  },
];

/**
 * scenarioInputs(s, cnyPerUsd) is what a scenario sets: its accelerator's figures, then its own.
 * Rent-mode scenarios switch to rent; own-mode ones to own with their purchase price.
 */
export function scenarioInputs(s: Scenario, cnyPerUsd: number): Partial<CostInputs> {
  const gpu = acceleratorById(s.gpuId);
  const out: Partial<CostInputs> = gpu ? acceleratorInputs(gpu) : {};
  out.elecUsdPerKwh = priceToUsd(s.elec.value, cnyPerUsd);
  if (s.rentUsdPerGpuHour) out.rentUsdPerGpuHour = s.rentUsdPerGpuHour.value;
  if (s.own) {
    out.mode = 'own';
    out.capexUsdPerGpu = s.own.capexUsdPerGpu.value;
    out.depreciationYears = s.own.depreciationYears.value;
    out.siteYears = FACILITY.years.value;
  } else {
    // Every rent the reports quote is a cloud rent: power is inside it.
    out.mode = 'rent';
    out.powerBilling = 'included';
  }
  return out;
}

/**
 * Typical requests from the reports (DW-0413). The reports give totals; the split between input and
 * output is our assumption, said so on the page. Ranges use their midpoint.
 */
export interface WorkloadPreset {
  id: string;
  inputTokens: number;
  outputTokens: number;
  source: SourceId;
}

export const WORKLOADS: readonly WorkloadPreset[] = [
  { id: 'email', inputTokens: 100, outputTokens: 200, source: 'dw-0413' },
  { id: 'booking', inputTokens: 8000, outputTokens: 2000, source: 'dw-0413' },
  { id: 'screenshot', inputTokens: 4800, outputTokens: 200, source: 'dw-0413' },
];

/** DeepSeek's service, 24 h in February 2025: 342B of 608B input tokens hit the on-disk KV cache (56.3%). */
export const DEEPSEEK_CACHE_HIT: Sourced = { value: 342 / 608, source: 'deepseek-day6' };

/**
 * Published serving results to hold the efficiency panel against: the roofline is an upper bound,
 * and these say how far below it real systems run. `maxBatch` setups fill memory, as a
 * maximum-throughput benchmark does.
 */
export interface RealityCheck {
  id: string;
  gpuId: string;
  modelId: string;
  weightBits: 16 | 8 | 4;
  kvBits: 16 | 8 | 4 | 3;
  gpus: number;
  contextTokens: number;
  published: Sourced;
}

export const REALITY_CHECKS: readonly RealityCheck[] = [
  // Llama-3.3-70B shares Llama-3.1-70B's architecture; 1,000 in + 1,000 out averages 1,500 tokens held.
  { id: 'h100-70b', gpuId: 'h100', modelId: 'llama31-70b', weightBits: 8, kvBits: 8, gpus: 2, contextTokens: 1500,
    published: { value: 2209, source: 'trtllm-perf' } },
  { id: 'b200-70b', gpuId: 'b200', modelId: 'llama31-70b', weightBits: 4, kvBits: 8, gpus: 1, contextTokens: 1500,
    published: { value: 6920, source: 'trtllm-perf' } },
  // DeepSeek's decode: EP over 144 H800s, average KV length 4,989 tokens per output token.
  { id: 'h800-deepseek', gpuId: 'h800', modelId: 'deepseek-v3', weightBits: 8, kvBits: 16, gpus: 144, contextTokens: 4989,
    published: { value: 14_800 / 8, source: 'deepseek-day6', derived: true } },
];
