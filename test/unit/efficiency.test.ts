import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customModel, decodeStep, fitAdvice, frontier, kvBytes, maxBatchThatFits, MODELS, modelById, promptTokensToPrefill, requestCostUsd,
  tokPerSecPerMw, weightBytes, weightBytesRead, KV_BITS, WEIGHT_BITS, type ServingConfig,
} from '../../src/model/efficiency';
import { ACCELERATORS, acceleratorById, benchmarkPrefillTps } from '../../src/model/presets';

const H100 = acceleratorById('h100')!.chip;
const base = (over: Partial<ServingConfig> = {}): ServingConfig => ({
  chip: H100, model: modelById('llama31-70b')!, weightBits: 8, kvBits: 8, gpus: 1, batch: 1,
  contextTokens: 1024, mbu: 1, mfu: 1, mfuPrefill: 1, stepOverheadMs: 0, ...over,
});

describe('decodeStep(config)', () => {
  it('70B dense at 8 bits on one H100, batch 1: memory-bound near bandwidth ÷ weight bytes = 47.4 tok/s', () => {
    const r = decodeStep(base());
    // weights 70.6 GB; KV 1024 × 327,680 × 8/16 = 0.168 GB; 3.35 TB/s ÷ 70.77 GB = 47.34 tok/s
    expect(r.fits).toBe(true);
    expect(r.bound).toBe('memory');
    expect(r.tMemS).toBeCloseTo((70.6e9 + 167_772_160) / 3.35e12, 12);
    expect(r.tokPerSecPerGpu).toBeCloseTo(47.34, 2);
    expect(r.tokPerSecPerGpu / (3.35e12 / 70.6e9)).toBeGreaterThan(0.99);
    // compute: 2 × 70.6e9 / 1,979e12 = 71 µs, far below the 21 ms memory time
    expect(r.tComputeS).toBeCloseTo(141.2e9 / 1979e12, 12);
  });

  it('turns compute-bound when the batch is large enough: 8B at 8 bits on H100, batch 1,024, short context', () => {
    const r = decodeStep(base({ model: modelById('llama31-8b')!, batch: 1024, contextTokens: 64, mfu: 0.5, mbu: 0.8 }));
    // tCompute = 2 × 8e9 × 1024 / (1979e12 × 0.5) = 16.56 ms; tMem = (8e9 + 1024×64×65,536) / (3.35e12×0.8) = 4.59 ms
    expect(r.bound).toBe('compute');
    expect(r.tComputeS).toBeCloseTo(0.016558, 5);
    expect(r.tokPerSecPerGpu).toBeCloseTo(1024 / 0.016558, -1);
  });

  it('says a 405B model at 16 bits does not fit on one H100, and what would', () => {
    const c = base({ model: modelById('llama31-405b')!, weightBits: 16 });
    expect(decodeStep(c).fits).toBe(false);
    const a = fitAdvice(c);
    // 810 GB of weights + 0.26 GB KV over 72 GB usable per GPU → 12 GPUs
    expect(a.gpusNeeded).toBe(12);
    expect(a.weightBitsThatFit).toBeUndefined();
    expect(a.maxBatch).toBe(0);
    expect(decodeStep({ ...c, gpus: 12 }).fits).toBe(true);
  });

  it('prefill runs at the compute roof: 1,979 TFLOPS × MFU ÷ (2 × 70.6B) = 14,016 tok/s at MFU 1', () => {
    expect(decodeStep(base()).prefillTokPerSecPerGpu).toBeCloseTo(1979e12 / 141.2e9, 6);
  });

  it('uses FP4 units only where the chip has them: 4-bit weights on H100 compute at FP8 speed', () => {
    const h = decodeStep(base({ weightBits: 4, batch: 512, contextTokens: 16 }));
    const b = decodeStep(base({ chip: acceleratorById('b200')!.chip, weightBits: 4, batch: 512, contextTokens: 16 }));
    expect(h.tComputeS).toBeCloseTo((2 * 70.6e9 * 512) / 1979e12, 12);
    expect(b.tComputeS).toBeCloseTo((2 * 70.6e9 * 512) / 9000e12, 12);
  });
});

describe('MoE weight reads', () => {
  const ds = modelById('deepseek-v3')!;
  it('a batch of one reads the dense part and k/E of the experts: 17.1B + 653.9B × 8/256 = 37.5B params', () => {
    expect(weightBytesRead(ds, 8, 1) / 1e9).toBeCloseTo(17.1 + 653.9 * (8 / 256), 6);
  });
  it('a large batch touches nearly every expert: B = 512 reads 1 − (1 − 8/256)^512 ≈ 99.99997% of them', () => {
    expect(weightBytesRead(ds, 8, 512) / weightBytes(ds, 8)).toBeGreaterThan(0.99999);
  });
});

const arbConfig = fc.record({
  gpu: fc.constantFrom(...ACCELERATORS.map((a) => a.id)),
  model: fc.constantFrom(...MODELS.map((m) => m.id)),
  weightBits: fc.constantFrom(...WEIGHT_BITS),
  kvBits: fc.constantFrom(...KV_BITS),
  gpus: fc.integer({ min: 1, max: 72 }),
  batch: fc.integer({ min: 1, max: 2048 }),
  contextTokens: fc.integer({ min: 128, max: 131_072 }),
  mbu: fc.double({ min: 0.1, max: 1, noNaN: true }),
  mfu: fc.double({ min: 0.05, max: 1, noNaN: true }),
  stepOverheadMs: fc.double({ min: 0, max: 20, noNaN: true }),
}).map((r): ServingConfig => ({
  chip: acceleratorById(r.gpu)!.chip, model: modelById(r.model)!, weightBits: r.weightBits, kvBits: r.kvBits,
  gpus: r.gpus, batch: r.batch, contextTokens: r.contextTokens, mbu: r.mbu, mfu: r.mfu, mfuPrefill: r.mfu,
  stepOverheadMs: r.stepOverheadMs,
}));
const SEED = { seed: 42, numRuns: 400 };

describe('laws of the roofline', () => {
  it('throughput never exceeds either roof', () => {
    fc.assert(fc.property(arbConfig, (c) => {
      const r = decodeStep(c);
      const memRoof = (c.batch * c.chip.hbmTbPerS * 1e12 * c.mbu) / (r.weightBytesRead + r.kvBytes); // per GPU
      const flops = c.weightBits <= 4 && c.chip.tflops[4] ? c.chip.tflops[4] : c.weightBits <= 8 && c.chip.tflops[8] ? c.chip.tflops[8] : c.chip.tflops[16];
      const computeRoof = (flops * 1e12 * c.mfu) / (2 * c.model.activeParamsB * 1e9);
      return r.tokPerSecPerGpu <= memRoof * (1 + 1e-12) && r.tokPerSecPerGpu <= computeRoof * (1 + 1e-12);
    }), SEED);
  });

  it('per-GPU throughput does not fall as the batch grows, while it fits; per-reader speed does not rise', () => {
    fc.assert(fc.property(arbConfig, (c) => {
      const a = decodeStep(c), b = decodeStep({ ...c, batch: c.batch + 1 });
      if (!b.fits) return true;
      return b.tokPerSecPerGpu >= a.tokPerSecPerGpu * (1 - 1e-12) && b.tokPerSecPerReader <= a.tokPerSecPerReader * (1 + 1e-12);
    }), SEED);
  });

  it('an MoE model reads no more weight bytes than its dense equivalent', () => {
    fc.assert(fc.property(arbConfig, (c) => weightBytesRead(c.model, c.weightBits, c.batch) <= weightBytes(c.model, c.weightBits) * (1 + 1e-12)), SEED);
  });

  it('every number is finite and positive; fitting is exactly weights + KV within 90% of HBM', () => {
    fc.assert(fc.property(arbConfig, (c) => {
      const r = decodeStep(c);
      const nums = [r.tMemS, r.tComputeS, r.tStepS, r.tokPerSecPerGpu, r.tokPerSecPerReader, r.prefillTokPerSecPerGpu];
      return nums.every((v) => Number.isFinite(v) && v > 0)
        && r.fits === (weightBytes(c.model, c.weightBits) + kvBytes(c.model, c.kvBits, c.batch, c.contextTokens) <= c.gpus * c.chip.hbmGb * 0.9e9);
    }), SEED);
  });

  it('maxBatchThatFits is the edge: it fits, one more does not', () => {
    fc.assert(fc.property(arbConfig, (c) => {
      const m = maxBatchThatFits(c);
      if (m === 0) return !decodeStep({ ...c, batch: 1 }).fits;
      return decodeStep({ ...c, batch: m }).fits && !decodeStep({ ...c, batch: m + 1 }).fits;
    }), SEED);
  });
});

describe('frontier(config)', () => {
  it('sweeps powers of two while they fit, throughput rising and speed falling', () => {
    const f = frontier(base({ gpus: 2, contextTokens: 2048 }));
    // 2 × 72 GB − 70.6 GB = 73.4 GB free; 2048 × 163,840 B = 335.5 MB a sequence → 218 fit: batches 1…128
    expect(f.map((p) => p.batch)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
    for (let i = 1; i < f.length; i++) {
      expect(f[i].tokPerSecPerGpu).toBeGreaterThan(f[i - 1].tokPerSecPerGpu);
      expect(f[i].tokPerSecPerReader).toBeLessThanOrEqual(f[i - 1].tokPerSecPerReader);
    }
  });
});

describe('KV cache and peaks from the configurations', () => {
  it('gpt-oss-120b: half its layers hold a 128-token window, so long contexts need about half of 73,728 bytes a token', () => {
    const m = modelById('gpt-oss-120b')!;
    // 18 full layers × 2 × 8 KV heads × 64 × 2 bytes = 36,864 a token, + 18 windowed layers × as much × min(L, 128).
    expect(kvBytes(m, 16, 1, 100)).toBe(100 * 36_864 + 100 * 36_864);
    expect(kvBytes(m, 16, 1, 8192)).toBe(8192 * 36_864 + 128 * 36_864);
    expect(kvBytes(m, 16, 1, 131_072) / 131_072).toBeCloseTo(36_900, 0); // ≈ 36,864 + 36,864 × 128 / 131,072
    expect(kvBytes(m, 8, 4, 8192)).toBe(4 * (8192 * 36_864 + 128 * 36_864) / 2);
  });
  it('8-bit weights on A100 and Ascend 910C run at their 8-bit peaks, twice the 16-bit ones', () => {
    for (const id of ['a100', 'ascend910c']) {
      const chip = acceleratorById(id)!.chip;
      expect(chip.tflops[8]).toBe(2 * chip.tflops[16]);
    }
  });
});

describe('input and output tokens', () => {
  it('prices a request on a decode-only figure as GPU-seconds of prefill and decode: worked example', () => {
    // 3,000 in (half cached) at 10,000 tok/s prefill = 0.15 s; 500 out at 1,000 tok/s = 0.5 s;
    // 0.65 GPU-s × $3.60/h ÷ 3600 ÷ 0.5 utilisation = $0.0013
    expect(requestCostUsd({ inputTokens: 3000, outputTokens: 500, cacheHit: 0.5 }, { kind: 'decode' }, 10_000, 1000, 3.6, 0.5)).toBeCloseTo(0.0013, 12);
  });
  it('an end-to-end figure already paid for its prompts: a request of the benchmark\'s shape costs its output alone', () => {
    const e2e = { kind: 'endToEnd', inputTokens: 1000, outputTokens: 1000 } as const;
    // The default H100: $2.40/h (a $2.35 cloud rent with power + $0.05), 2,209 tok/s, 70% busy, prefill 7,008 tok/s.
    // 1,000 out / 2,209 = 0.452694 s × 2.40 / 3600 / 0.7 = $0.000431137; per million $0.431137, × 1,000 / 1e6 the same.
    const perM = (2.4 / (2209 * 3600 * 0.7)) * 1e6;
    expect(requestCostUsd({ inputTokens: 1000, outputTokens: 1000, cacheHit: 0 }, e2e, 7008, 2209, 2.4, 0.7)).toBeCloseTo(1000 * perM / 1e6, 15);
    expect(1000 * perM / 1e6).toBeCloseTo(0.000431137, 9);
    // Prefill added on top (the old accounting) would have given 0.5954 s: +31%.
    // 3,000 in, 1,000 out: 2,000 prompt tokens beyond the benchmark's share, 2,000 / 7,008 s more.
    const extra = (2000 / 7008) * 2.4 / 3600 / 0.7;
    expect(requestCostUsd({ inputTokens: 3000, outputTokens: 1000, cacheHit: 0 }, e2e, 7008, 2209, 2.4, 0.7))
      .toBeCloseTo(1000 * perM / 1e6 + extra, 15);
    // Fewer prompt tokens than the benchmark's share are not credited back.
    expect(promptTokensToPrefill({ inputTokens: 200, outputTokens: 1000, cacheHit: 0 }, e2e)).toBe(0);
    // A prompt length that is not published: all fresh input is priced again.
    expect(promptTokensToPrefill({ inputTokens: 1000, outputTokens: 300, cacheHit: 0.5 }, { kind: 'endToEnd', inputTokens: null, outputTokens: 293 })).toBe(500);
  });
  it('reads a chip\'s prompts at the rate of the model its tokens/s was measured on', () => {
    // H800 and Ascend 910C: their services' published rates, 73,700 per 8-GPU node and 6,688 per chip
    // (the roofline would give 1,979 TFLOPS × 0.5 ÷ (2 × 37B) = 13,372 on H800: more than DeepSeek measured).
    expect(benchmarkPrefillTps('h800', 0.5)).toBe(9212.5);
    expect(benchmarkPrefillTps('ascend910c', 0.9)).toBe(6688);
    // H20 has no published rate: DeepSeek-V3 at FP8 on its 296 TFLOPS, 296 × 0.5 ÷ 74 = 2,000 tok/s.
    expect(benchmarkPrefillTps('h20', 0.5)).toBeCloseTo(148e12 / 74e9, 6);
    // H100's Llama-70B rate, 1,979 × 0.5 ÷ (2 × 70.6B) = 7,008.5.
    expect(benchmarkPrefillTps('h100', 0.5)).toBeCloseTo(989.5e12 / 141.2e9, 6);
    // B200 at FP4: 9,000 TFLOPS; A100's Llama-2-70B at FP16: 312.
    expect(benchmarkPrefillTps('b200', 0.5)).toBeCloseTo(4500e12 / 141.2e9, 6);
    expect(benchmarkPrefillTps('a100', 0.5)).toBeCloseTo(156e12 / 141.2e9, 6);
    for (const a of ACCELERATORS) expect(modelById(a.benchmarkServing.modelId), a.id).toBeDefined();
  });
  it('tokens per megawatt: 2,000 tok/s on 1.275 kW × 1.3 is 1.207 million tok/s per MW', () => {
    expect(tokPerSecPerMw(2000, 1.275, 1.3)).toBeCloseTo(2000 * 1000 / 1.6575, 6);
  });
});

describe('reality checks against published setups', () => {
  it('2 × H100, 70B at 8 bits, 1,500 tokens held: 298 readers fit and the roofline gives ≈ 4,860 tok/s/GPU against 2,209 measured', () => {
    // free = 144 GB − 70.6 GB = 73.4 GB; a reader holds 1,500 × 163,840 B = 245.76 MB → 298 fit
    // tMem = (70.6e9 + 298 × 245.76e6) / (2 × 3.35e12 × 0.7) = 30.66 ms; tCompute = 21.26 ms → 298 / (2 × 30.66 ms)
    const c = base({ gpus: 2, contextTokens: 1500, mbu: 0.7, mfu: 0.5 });
    expect(maxBatchThatFits(c)).toBe(298);
    const r = decodeStep({ ...c, batch: 298 });
    expect(r.bound).toBe('memory');
    expect(r.tokPerSecPerGpu).toBeCloseTo(298 / (2 * ((70.6e9 + 298 * 245_760_000) / (2 * 3.35e12 * 0.7))), 6);
    expect(Math.round(r.tokPerSecPerGpu)).toBe(4858);
  });
});

describe('customModel(figures)', () => {
  it('with Llama-3.1-8B\'s figures behaves exactly as the 8B preset', () => {
    const m = customModel({ totalB: 8, activeB: 8, expertB: 0, experts: 0, activeExperts: 0, kvBytes: 131_072 });
    expect(decodeStep(base({ model: m })).tokPerSecPerGpu).toBe(decodeStep(base({ model: modelById('llama31-8b')! })).tokPerSecPerGpu);
  });
  it('keeps a reader\'s figures consistent: active and expert parameters at most the total, k at most E', () => {
    const m = customModel({ totalB: 100, activeB: 300, expertB: 500, experts: 8, activeExperts: 20, kvBytes: 50_000 });
    expect([m.activeParamsB, m.expertParamsB, m.experts, m.activeExperts]).toEqual([100, 100, 8, 8]);
    expect(customModel({ totalB: 10, activeB: 5, expertB: 9, experts: 0, activeExperts: 2, kvBytes: 1e4 }).expertParamsB).toBe(0);
  });
});
