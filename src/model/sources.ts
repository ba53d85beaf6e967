// Every figure the page shows names one of these. Reports are the five in shared/seeds/
// (short names as in shared/facts.md); the rest are public sources the reports do not cover.
// What a source *says* is prose and lives in locales/*/sources.json under the same id.

export type SourceKind = 'report' | 'public' | 'assumption';

export interface Source {
  id: string;
  kind: SourceKind;
  /** Publisher and original title, shown as a proper name in both languages. */
  publisher: string;
  title: string;
  /** ISO date or year-month of publication. */
  date: string;
  /** Where a reader can check it; reports in shared/seeds/ have none. */
  url?: string;
}

export const SOURCES = {
  'cps-0616': {
    id: 'cps-0616', kind: 'report', publisher: '中邮证券 China Post Securities',
    title: '底座算力跃迁到token工厂的新机会', date: '2026-06-16',
  },
  'hk-te': {
    id: 'hk-te', kind: 'report', publisher: 'Hong Kong investor article',
    title: 'Token經濟崛起：AI產業新週期', date: '2026',
  },
  'cps-price': {
    id: 'cps-price', kind: 'report', publisher: '中邮证券 China Post Securities',
    title: 'Token需求膨胀引致算力紧缺，算力环节全线涨价', date: '2026-04',
  },
  'dw-0413': {
    id: 'dw-0413', kind: 'report', publisher: '东吴证券 Soochow Securities',
    title: 'Token时代下算力租赁行业重构', date: '2026-04-13',
  },
  sr: {
    id: 'sr', kind: 'report', publisher: '证券日报 Securities Daily',
    title: 'Token即产能 大模型价值战开启', date: '2026-03',
  },
  'trtllm-perf': {
    id: 'trtllm-perf', kind: 'public', publisher: 'NVIDIA TensorRT-LLM',
    title: 'Performance overview (perf-overview.md)', date: '2025',
    url: 'https://nvidia.github.io/TensorRT-LLM/developer-guide/perf-overview.html',
  },
  'trtllm-perf-v09': {
    id: 'trtllm-perf-v09', kind: 'public', publisher: 'NVIDIA TensorRT-LLM',
    title: 'Performance overview, v0.9-era tables', date: '2024',
    url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/v0.9.0/docs/source/performance.md',
  },
  'mlperf-v41-amd': {
    id: 'mlperf-v41-amd', kind: 'public', publisher: 'MLCommons',
    title: 'MLPerf Inference v4.1, closed, AMD 8×MI300X, llama2-70b-99 Offline', date: '2024-08',
    url: 'https://github.com/mlcommons/inference_results_v4.1/tree/main/closed/AMD/results/8xMI300X_2xEPYC-9374F',
  },
  'deepseek-day6': {
    id: 'deepseek-day6', kind: 'public', publisher: 'DeepSeek',
    title: 'Day 6: One More Thing, DeepSeek-V3/R1 Inference System Overview', date: '2025-03-01',
    url: 'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md',
  },
  cloudmatrix: {
    id: 'cloudmatrix', kind: 'public', publisher: 'Huawei & SiliconFlow',
    title: 'Serving Large Language Models on Huawei CloudMatrix384 (arXiv 2506.12708)', date: '2025-06',
    url: 'https://arxiv.org/abs/2506.12708',
  },
  'lmsys-h20': {
    id: 'lmsys-h20', kind: 'public', publisher: 'LMSYS / Ant Group',
    title: 'Together with SGLang: Best Practices for Serving DeepSeek-R1 on H20-96G', date: '2025-09-26',
    url: 'https://lmsys.org/blog/2025-09-26-sglang-ant-group/',
  },
  'nvidia-dgx': {
    id: 'nvidia-dgx', kind: 'public', publisher: 'NVIDIA',
    title: 'DGX A100 / DGX H100 / DGX B200 datasheets; GB200 NVL72 (via cost-model.md)', date: '2020–2024',
    url: 'https://www.nvidia.com/en-us/data-center/dgx-platform/',
  },
  'huawei-cm384': {
    id: 'huawei-cm384', kind: 'public', publisher: 'Huawei (via cost-model.md)',
    title: 'CloudMatrix384: 384 Ascend 910C, ≈559 kW', date: '2025',
    url: 'https://arxiv.org/abs/2506.12708',
  },
  'eia-epa-2023': {
    id: 'eia-epa-2023', kind: 'public', publisher: 'U.S. Energy Information Administration',
    title: 'Electric Power Annual 2023: average revenue per kWh by state and sector', date: '2024-10-17',
    url: 'https://www.eia.gov/electricity/annual/secrev-map.php',
  },
  'eurostat-nonhh': {
    id: 'eurostat-nonhh', kind: 'public', publisher: 'Eurostat',
    title: 'Electricity price statistics (non-household consumers)', date: '2024',
    url: 'https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Electricity_price_statistics',
  },
  'epoch-dgx-price': {
    id: 'epoch-dgx-price', kind: 'public', publisher: 'Epoch AI, citing SemiAnalysis',
    title: 'training-cost-trends: DGX H100 sale price ≈ $270,000', date: '2024',
    url: 'https://github.com/epoch-research/training-cost-trends',
  },
  'cost-model': {
    id: 'cost-model', kind: 'assumption', publisher: 'This explainer',
    title: 'shared/design/cost-model.md', date: '2026',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
