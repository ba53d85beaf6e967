// Every figure the page shows names one of these. Reports are the five in shared/seeds/
// (short names as in shared/facts.md); the rest are public sources the reports do not cover.
// Publisher, title and what a source says are words, so they live in locales/*/sources.json under the
// same id (an English reader gets a translated title of a Chinese report, marked as such).

export type SourceKind = 'report' | 'public' | 'assumption';

export interface Source {
  id: string;
  kind: SourceKind;
  /** ISO date or year-month of publication. */
  date: string;
  /** Where a reader can check it; reports in shared/seeds/ have none. */
  url?: string;
}

export const SOURCES = {
  'cps-0616': {
    id: 'cps-0616', kind: 'report', date: '2026-06-16',
  },
  'hk-te': {
    id: 'hk-te', kind: 'report', date: '2026',
  },
  'cps-price': {
    id: 'cps-price', kind: 'report', date: '2026-04',
  },
  'dw-0413': {
    id: 'dw-0413', kind: 'report', date: '2026-04-13',
  },
  sr: {
    id: 'sr', kind: 'report', date: '2026-03',
  },
  'trtllm-perf': {
    id: 'trtllm-perf', kind: 'public', date: '2025',
    url: 'https://nvidia.github.io/TensorRT-LLM/developer-guide/perf-overview.html',
  },
  'trtllm-perf-v09': {
    id: 'trtllm-perf-v09', kind: 'public', date: '2024',
    url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/v0.9.0/docs/source/performance.md',
  },
  'mlperf-v41-amd': {
    id: 'mlperf-v41-amd', kind: 'public', date: '2024-08',
    url: 'https://github.com/mlcommons/inference_results_v4.1/tree/main/closed/AMD/results/8xMI300X_2xEPYC-9374F',
  },
  'deepseek-day6': {
    id: 'deepseek-day6', kind: 'public', date: '2025-03-01',
    url: 'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md',
  },
  cloudmatrix: {
    id: 'cloudmatrix', kind: 'public', date: '2025-06',
    url: 'https://arxiv.org/abs/2506.12708',
  },
  'lmsys-h20': {
    id: 'lmsys-h20', kind: 'public', date: '2025-09-26',
    url: 'https://lmsys.org/blog/2025-09-26-sglang-ant-group/',
  },
  'nvidia-dgx': {
    id: 'nvidia-dgx', kind: 'public', date: '2020–2024',
    url: 'https://www.nvidia.com/en-us/data-center/dgx-platform/',
  },
  'eia-epa-2023': {
    id: 'eia-epa-2023', kind: 'public', date: '2024-10-17',
    url: 'https://www.eia.gov/electricity/annual/secrev-map.php',
  },
  'eurostat-nonhh': {
    id: 'eurostat-nonhh', kind: 'public', date: '2024',
    url: 'https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Electricity_price_statistics',
  },
  'epoch-dgx-price': {
    id: 'epoch-dgx-price', kind: 'public', date: '2024',
    url: 'https://github.com/epoch-research/training-cost-trends',
  },
  'chip-specs': {
    id: 'chip-specs', kind: 'public', date: '2020–2025',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  'hf-llama31': {
    id: 'hf-llama31', kind: 'public', date: '2024-07-23',
    url: 'https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json',
  },
  'hf-deepseek-v3': {
    id: 'hf-deepseek-v3', kind: 'public', date: '2024-12-26',
    url: 'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json',
  },
  'hf-qwen3': {
    id: 'hf-qwen3', kind: 'public', date: '2025-04-29',
    url: 'https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json',
  },
  'hf-gpt-oss': {
    id: 'hf-gpt-oss', kind: 'public', date: '2025-08-05',
    url: 'https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json',
  },
  'anthropic-pricing': {
    id: 'anthropic-pricing', kind: 'public', date: '2026-02-05',
    url: 'https://www.anthropic.com/news/claude-opus-4-6',
  },
  'semianalysis-cm384': {
    id: 'semianalysis-cm384', kind: 'public', date: '2025-04-16',
    url: 'https://semianalysis.com/2025/04/16/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72/',
  },
  'cw-dc-cost': {
    id: 'cw-dc-cost', kind: 'public', date: '2025',
    url: 'https://cushwake.cld.bz/Data-Center-Development-Cost-Guide-2025/8-9',
  },
  'epoch-dc-tco': {
    id: 'epoch-dc-tco', kind: 'public', date: '2026-05-14',
    url: 'https://epoch.ai/data-insights/ai-datacenter-cost-breakdown',
  },
  'cost-model': {
    id: 'cost-model', kind: 'assumption', date: '2026',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
