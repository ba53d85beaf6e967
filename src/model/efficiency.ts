// Where tokens per second comes from: section 2 of shared/design/cost-model.md, a roofline model of
// one decode step. A replica of the model is sharded over G GPUs; each step gives every sequence in
// the batch one token. The step takes as long as the slower of reading memory and doing arithmetic.

import type { SourceId } from './sources';

export interface ChipSpec {
  /** HBM per GPU, GB (1e9 bytes). */
  hbmGb: number;
  /** HBM bandwidth per GPU, TB/s (1e12 bytes/s). */
  hbmTbPerS: number;
  /** Dense peak TFLOPS by arithmetic width; absent where the chip has no such unit. */
  tflops: { 16: number; 8?: number; 4?: number };
  source: SourceId;
}

export interface ModelSpec {
  id: string;
  /** Proper name, the same in every language. */
  name: string;
  totalParamsB: number;
  activeParamsB: number;
  /** Routed-expert parameters (MoE); 0 for a dense model. */
  expertParamsB: number;
  /** Routed experts per MoE layer (E) and experts each token uses (k). */
  experts: number;
  activeExperts: number;
  /** KV cache per token of context at 16-bit, bytes (the layers that attend to the whole context). */
  kvBytesPerToken16: number;
  /** Layers that attend only to a sliding window: their KV bytes per token at 16-bit, and the window. */
  window?: { kvBytesPerToken16: number; tokens: number };
  source: SourceId;
}

// Parameter counts as published; expert parameters from the configs (working in each comment).
export const MODELS: readonly ModelSpec[] = [
  // 32 layers × 2 (K,V) × 8 KV heads × 128 × 2 bytes = 131,072
  { id: 'llama31-8b', name: 'Llama-3.1-8B', totalParamsB: 8.0, activeParamsB: 8.0, expertParamsB: 0, experts: 0, activeExperts: 0, kvBytesPerToken16: 131_072, source: 'hf-llama31' },
  // 80 layers × 2 × 8 × 128 × 2 = 327,680
  { id: 'llama31-70b', name: 'Llama-3.1-70B', totalParamsB: 70.6, activeParamsB: 70.6, expertParamsB: 0, experts: 0, activeExperts: 0, kvBytesPerToken16: 327_680, source: 'hf-llama31' },
  // 126 layers × 2 × 8 × 128 × 2 = 516,096
  { id: 'llama31-405b', name: 'Llama-3.1-405B', totalParamsB: 405, activeParamsB: 405, expertParamsB: 0, experts: 0, activeExperts: 0, kvBytesPerToken16: 516_096, source: 'hf-llama31' },
  // MLA: (512 latent + 64 rope) × 61 layers × 2 bytes = 70,272. Experts: 3 × 7168 × 2048 × 256 × 58 MoE layers = 653.9B.
  { id: 'deepseek-v3', name: 'DeepSeek-V3/R1', totalParamsB: 671, activeParamsB: 37, expertParamsB: 653.9, experts: 256, activeExperts: 8, kvBytesPerToken16: 70_272, source: 'hf-deepseek-v3' },
  // 94 × 2 × 4 × 128 × 2 = 192,512. Experts: 3 × 4096 × 1536 × 128 × 94 = 227.1B.
  { id: 'qwen3-235b', name: 'Qwen3-235B-A22B', totalParamsB: 235, activeParamsB: 22, expertParamsB: 227.1, experts: 128, activeExperts: 8, kvBytesPerToken16: 192_512, source: 'hf-qwen3' },
  // Layers alternate a 128-token sliding window and full attention, 18 of each:
  // 18 × 2 × 8 × 64 × 2 = 36,864 over the whole context, and as much again over the last 128 tokens.
  // Experts: (2880 × 5760 + 2880 × 2880) × 128 × 36 = 114.7B.
  { id: 'gpt-oss-120b', name: 'gpt-oss-120b', totalParamsB: 117, activeParamsB: 5.1, expertParamsB: 114.7, experts: 128, activeExperts: 4,
    kvBytesPerToken16: 36_864, window: { kvBytesPerToken16: 36_864, tokens: 128 }, source: 'hf-gpt-oss' },
];

export const modelById = (id: string) => MODELS.find((m) => m.id === id);

export const CUSTOM_MODEL_ID = 'custom';

export interface CustomModelInput {
  totalB: number;
  activeB: number;
  expertB: number;
  experts: number;
  activeExperts: number;
  kvBytes: number;
}

/**
 * customModel(c) is a model spec from a reader's figures, made consistent: active and expert
 * parameters at most the total, k at most E, and a dense model (E = 0 or no expert parameters) has none.
 */
export function customModel(c: CustomModelInput): ModelSpec {
  const total = c.totalB;
  const moe = c.experts > 0 && c.expertB > 0 && c.activeExperts > 0;
  return {
    id: CUSTOM_MODEL_ID, name: 'Custom', totalParamsB: total, activeParamsB: Math.min(c.activeB, total),
    expertParamsB: moe ? Math.min(c.expertB, total) : 0, experts: moe ? Math.round(c.experts) : 0,
    activeExperts: moe ? Math.min(Math.round(c.activeExperts), Math.round(c.experts)) : 0,
    kvBytesPerToken16: c.kvBytes, source: 'cost-model',
  };
}

export type WeightBits = 16 | 8 | 4;
export type KvBits = 16 | 8 | 4 | 3;
export const WEIGHT_BITS: readonly WeightBits[] = [16, 8, 4];
export const KV_BITS: readonly KvBits[] = [16, 8, 4, 3];

export interface ServingConfig {
  chip: ChipSpec;
  model: ModelSpec;
  weightBits: WeightBits;
  kvBits: KvBits;
  /** GPUs one replica is sharded over (G). */
  gpus: number;
  /** Sequences decoded together (B): concurrent readers. */
  batch: number;
  /** Average context held per sequence (L), tokens. */
  contextTokens: number;
  /** Achieved shares of peak bandwidth and of peak arithmetic while decoding. */
  mbu: number;
  mfu: number;
  /** Achieved share of peak arithmetic while reading the prompt (prefill). */
  mfuPrefill: number;
  /** Fixed time per step (scheduling, kernel launches, communication), ms. */
  stepOverheadMs: number;
}

/** Memory a replica may fill: 90% of its HBM (cost-model.md §2), the rest for activations and the runtime. */
export const HBM_USABLE = 0.9;

/** computeTflops(chip, bits) is the peak the step runs at: the narrowest unit the weights can use. */
export function computeTflops(chip: ChipSpec, weightBits: WeightBits): number {
  if (weightBits <= 4 && chip.tflops[4]) return chip.tflops[4];
  if (weightBits <= 8 && chip.tflops[8]) return chip.tflops[8];
  return chip.tflops[16];
}

/** weightBytes(m, bits): all of a replica's weights at that width. */
export const weightBytes = (m: ModelSpec, bits: WeightBits) => m.totalParamsB * 1e9 * (bits / 8);

/**
 * weightBytesRead(m, bits, batch): what one step reads. A dense model reads every weight; an MoE reads
 * its dense part and the share of experts a batch touches, 1 − (1 − k/E)^B (each token picks k of E).
 */
export function weightBytesRead(m: ModelSpec, bits: WeightBits, batch: number): number {
  const bytesPerParam = bits / 8;
  if (m.experts === 0 || m.expertParamsB === 0) return weightBytes(m, bits);
  const touched = 1 - (1 - m.activeExperts / m.experts) ** batch;
  return ((m.totalParamsB - m.expertParamsB) + m.expertParamsB * touched) * 1e9 * bytesPerParam;
}

/**
 * kvBytes(m, kvBits, batch, context): the KV cache of the whole batch. Full-attention layers hold every
 * token of the context; sliding-window layers (gpt-oss) hold at most their window.
 */
export function kvBytes(m: ModelSpec, kvBits: KvBits, batch: number, contextTokens: number): number {
  const windowed = m.window ? Math.min(contextTokens, m.window.tokens) * m.window.kvBytesPerToken16 : 0;
  return batch * (contextTokens * m.kvBytesPerToken16 + windowed) * (kvBits / 16);
}

export interface StepResult {
  weightBytes: number;
  weightBytesRead: number;
  kvBytes: number;
  capacityBytes: number;
  fits: boolean;
  /** Seconds per step for memory traffic and for arithmetic, and in all. */
  tMemS: number;
  tComputeS: number;
  tStepS: number;
  bound: 'memory' | 'compute';
  tokPerSecPerReader: number;
  tokPerSecPerGpu: number;
  prefillTokPerSecPerGpu: number;
}

/**
 * decodeStep(c) is one decode step of configuration c (cost-model.md §2). Contract: for positive
 * inputs every number is finite and positive; an infeasible configuration still reports its times
 * (so the page can say how far off it is) but `fits` is false and it must not be priced.
 */
export function decodeStep(c: ServingConfig): StepResult {
  const w = weightBytes(c.model, c.weightBits);
  const wRead = weightBytesRead(c.model, c.weightBits, c.batch);
  const kv = kvBytes(c.model, c.kvBits, c.batch, c.contextTokens);
  const capacity = c.gpus * c.chip.hbmGb * 1e9 * HBM_USABLE;
  const tMemS = (wRead + kv) / (c.gpus * c.chip.hbmTbPerS * 1e12 * c.mbu);
  const flops = computeTflops(c.chip, c.weightBits) * 1e12;
  const tComputeS = (2 * c.model.activeParamsB * 1e9 * c.batch) / (c.gpus * flops * c.mfu);
  const tStepS = Math.max(tMemS, tComputeS) + c.stepOverheadMs / 1000;
  return {
    weightBytes: w,
    weightBytesRead: wRead,
    kvBytes: kv,
    capacityBytes: capacity,
    fits: w + kv <= capacity,
    tMemS,
    tComputeS,
    tStepS,
    bound: tMemS >= tComputeS ? 'memory' : 'compute',
    tokPerSecPerReader: 1 / tStepS,
    tokPerSecPerGpu: c.batch / (tStepS * c.gpus),
    prefillTokPerSecPerGpu: prefillTokPerSecPerGpu(c.chip, c.model, c.weightBits, c.mfuPrefill),
  };
}

/**
 * prefillTokPerSecPerGpu(chip, model, bits, mfu): prompt tokens one GPU reads a second. Prefill is
 * compute-bound: 2 FLOPs per active parameter per token at the peak the weights use (cost-model.md §2).
 */
export const prefillTokPerSecPerGpu = (chip: ChipSpec, m: ModelSpec, bits: WeightBits, mfu: number) =>
  (computeTflops(chip, bits) * 1e12 * mfu) / (2 * m.activeParamsB * 1e9);

/** maxBatchThatFits(c): the largest batch whose KV cache fits beside the weights (0 if the weights alone do not). */
export function maxBatchThatFits(c: ServingConfig): number {
  const free = c.gpus * c.chip.hbmGb * 1e9 * HBM_USABLE - weightBytes(c.model, c.weightBits);
  const perSeq = kvBytes(c.model, c.kvBits, 1, c.contextTokens);
  return free <= 0 ? 0 : Math.floor(free / perSeq);
}

export interface FitAdvice {
  /** GPUs per replica that would hold this batch at these precisions. */
  gpusNeeded: number;
  /** The widest weight precision that fits on these GPUs at this batch, if any. */
  weightBitsThatFit?: WeightBits;
  /** The widest KV precision that fits (weights as chosen), if any. */
  kvBitsThatFit?: KvBits;
  maxBatch: number;
}

/** fitAdvice(c) says what would make an infeasible configuration fit. */
export function fitAdvice(c: ServingConfig): FitAdvice {
  const need = weightBytes(c.model, c.weightBits) + kvBytes(c.model, c.kvBits, c.batch, c.contextTokens);
  const perGpu = c.chip.hbmGb * 1e9 * HBM_USABLE;
  return {
    gpusNeeded: Math.ceil(need / perGpu),
    weightBitsThatFit: WEIGHT_BITS.find((b) => decodeStep({ ...c, weightBits: b }).fits),
    kvBitsThatFit: KV_BITS.find((b) => decodeStep({ ...c, kvBits: b }).fits),
    maxBatch: maxBatchThatFits(c),
  };
}

export interface FrontierPoint {
  batch: number;
  tokPerSecPerReader: number;
  tokPerSecPerGpu: number;
}

/** FRONTIER_BATCHES: the batches the frontier sweeps, powers of two up to 4,096. */
export const FRONTIER_BATCHES = Array.from({ length: 13 }, (_, i) => 2 ** i);

/**
 * frontier(c): speed per reader against throughput per GPU as the batch grows, over the batches that
 * fit (cost-model.md §2: "sweeping B draws the speed-vs-throughput frontier").
 */
export function frontier(c: ServingConfig, batches: readonly number[] = FRONTIER_BATCHES): FrontierPoint[] {
  const out: FrontierPoint[] = [];
  for (const batch of batches) {
    const r = decodeStep({ ...c, batch });
    if (!r.fits) break;
    out.push({ batch, tokPerSecPerReader: r.tokPerSecPerReader, tokPerSecPerGpu: r.tokPerSecPerGpu });
  }
  return out;
}

/** tokPerSecPerMw(tokPerSecPerGpu, kwPerGpu, pue): the same throughput per megawatt of facility power. */
export const tokPerSecPerMw = (tps: number, kwPerGpu: number, pue: number) =>
  kwPerGpu * pue > 0 ? (tps * 1000) / (kwPerGpu * pue) : Infinity;

export interface Workload {
  inputTokens: number;
  outputTokens: number;
  /** Share of input tokens served from a prefix cache, 0..1 (priced at nothing here). */
  cacheHit: number;
}

/**
 * What a tokens/s figure counts (src/model/presets.ts TpsMeasure): output tokens of whole requests of a
 * shape, prefill included ('endToEnd'; inputTokens null where the shape's input is not published), or
 * output tokens on nodes that only decode ('decode').
 */
export type TpsMeaning =
  | { kind: 'endToEnd'; inputTokens: number | null; outputTokens: number }
  | { kind: 'decode' };

/**
 * promptTokensToPrefill(w, meaning): the input tokens a request must pay prefill for on top of its output
 * tokens' time. An end-to-end figure already spent prefill time on inputTokens/outputTokens prompt
 * tokens per output token, so only input beyond that share is added; a decode-only figure, or an
 * end-to-end one whose prompts are not published, adds all the input not served from cache.
 * Input below the benchmark's share is not credited back: the benchmark's time cannot be split.
 */
export function promptTokensToPrefill(w: Workload, meaning: TpsMeaning): number {
  const fresh = w.inputTokens * (1 - w.cacheHit);
  if (meaning.kind === 'decode' || meaning.inputTokens === null) return fresh;
  const covered = meaning.outputTokens > 0 ? w.outputTokens * (meaning.inputTokens / meaning.outputTokens) : 0;
  return Math.max(0, fresh - covered);
}

/** tpsMeaningCase(m) names how a sentence describes m: 'decode', 'endToEndUnknown' (no prompt length) or 'endToEnd'. */
export const tpsMeaningCase = (m: TpsMeaning) => (m.kind === 'decode' ? 'decode' : m.inputTokens === null ? 'endToEndUnknown' : 'endToEnd');

/** prefillUsdPerM(hourlyUsd, prefillTps, util): what reading a million prompt tokens costs at the prefill rate. */
export const prefillUsdPerM = (hourlyUsd: number, prefillTps: number, util: number) => (hourlyUsd / (prefillTps * 3600 * util)) * 1e6;

/**
 * requestCostUsd(w, meaning, prefillTps, outputTps, hourlyUsd, util): one request's cost,
 * (o / outputTps + prefilled / prefillTps) · hourly / 3600 / util (cost-model.md §2), with `prefilled`
 * from promptTokensToPrefill. A request of the benchmark's own shape costs exactly o × the cost per
 * million ÷ 10⁶.
 */
export function requestCostUsd(w: Workload, meaning: TpsMeaning, prefillTps: number, outputTps: number, hourlyUsd: number, util: number): number {
  const gpuSeconds = w.outputTokens / outputTps + promptTokensToPrefill(w, meaning) / prefillTps;
  return (gpuSeconds * hourlyUsd) / 3600 / util;
}
