// Figures the story shows (issue 4), each with its source (shared/facts.md). Dates are ISO months.
// Where a report gives a range, both ends are kept; where it gives a round word (万万亿级), the
// number it names.

import type { Sourced } from './presets';

export interface DatedFigure extends Sourced {
  /** ISO year-month the figure describes. */
  date: string;
  /** Marks a forecast rather than a measurement. */
  forecast?: boolean;
}

/**
 * China's daily token calls. CPS-Price cites 国家统计局 (the National Bureau of Statistics), HK-TE
 * 国家数据局 (the National Data Administration); CPS-0616 names no agency.
 */
export const CHINA_DAILY_TOKENS: readonly DatedFigure[] = [
  { date: '2024-01', value: 1e11, source: 'cps-price' },
  { date: '2025-12', value: 1e14, source: 'cps-price' },
  { date: '2026-03', value: 1.4e14, source: 'cps-0616' },
  { date: '2030-12', value: 1e16, source: 'cps-0616', forecast: true },
];

/** Another estimate: 180万亿 a day in February 2026 (SR, citing 国联民生证券). */
export const CHINA_DAILY_TOKENS_ALT: DatedFigure = { date: '2026-02', value: 1.8e14, source: 'sr' };

/** OpenRouter's weekly tokens (CPS-0616, HK-TE). */
export const OPENROUTER_WEEKLY_TOKENS: readonly DatedFigure[] = [
  { date: '2025-03', value: 2.03e12, source: 'hk-te' },
  { date: '2026-03', value: 2.04e13, source: 'cps-0616' },
];

export type PriceUnit = 'usd' | 'cny';

export interface ListPrice {
  id: string;
  /** Product name, the same in every language. */
  name: string;
  date: string;
  unit: PriceUnit;
  /** Per million tokens; output absent where the source gives one price. */
  inputPerM: number;
  outputPerM?: number;
  source: Sourced['source'];
  derived?: boolean;
  /** Where a report's figure differs from the maker's list price: what the report says, and who. */
  reportSays?: { inputPerM: number; outputPerM: number; source: Sourced['source'] };
}

/** List prices per million tokens from the reports (and DeepSeek's own page for R1). */
export const LIST_PRICES: readonly ListPrice[] = [
  { id: 'gpt-5.5', name: 'OpenAI GPT-5.5', date: '2026-06', unit: 'usd', inputPerM: 5, outputPerM: 30, source: 'cps-0616' },
  { id: 'sonnet-4.6', name: 'Anthropic Sonnet 4.6', date: '2026-06', unit: 'usd', inputPerM: 3, outputPerM: 15, source: 'cps-0616' },
  // Anthropic lists Opus 4.6 at $5 / $25. CPS-0616 says "定价翻倍" — double Sonnet's, $6 / $30: the
  // report's error, shown beside the list price.
  { id: 'opus-4.6', name: 'Anthropic Opus 4.6', date: '2026-02', unit: 'usd', inputPerM: 5, outputPerM: 25, source: 'anthropic-pricing',
    reportSays: { inputPerM: 6, outputPerM: 30, source: 'cps-0616' } },
  { id: 'deepseek-r1', name: 'DeepSeek-R1', date: '2025-02', unit: 'usd', inputPerM: 0.55, outputPerM: 2.19, source: 'deepseek-day6' },
  { id: 'china-mainstream', name: '国产主流模型 API', date: '2026-03', unit: 'cny', inputPerM: 0.5, source: 'hk-te' },
  // SR: ¥0.0008 per thousand tokens = ¥0.8 per million.
  { id: 'doubao-pro-2024', name: '豆包 Doubao Pro', date: '2024-05', unit: 'cny', inputPerM: 0.0008 * 1000, source: 'sr', derived: true },
];

export interface PriceEvent {
  id: string;
  date: string;
  /** Relative change of price, e.g. −0.97 for "down 97%", +0.83 for "up 83%"; absent if the source gives none. */
  change?: number;
  source: Sourced['source'];
}

/** From price war to price rises (SR, HK-TE). The words of each event are in the locales. */
export const PRICE_EVENTS: readonly PriceEvent[] = [
  { id: 'doubao-2024', date: '2024-05', change: -0.993, source: 'sr' },
  { id: 'qwen-2024', date: '2024-05', change: -0.97, source: 'sr' },
  { id: 'ernie-2024', date: '2024-05', change: -1, source: 'sr' },
  { id: 'hunyuan-2024', date: '2024-05', change: -0.875, source: 'sr' },
  { id: 'aliyun-2026', date: '2026-03', change: 0.34, source: 'sr' },
  { id: 'glm5-2026', date: '2026-03', change: 0.83, source: 'hk-te' },
  { id: 'some-2026', date: '2026-03', change: 4, source: 'sr' },
];

/** Tokens per task (DW-0413, HK-TE, SR): [low, high] where the source gives a range. */
export const TASK_TOKENS = {
  email: { value: [300, 300], source: 'dw-0413' },
  ticketAgent: { value: [5000, 15_000], source: 'dw-0413' },
  screenshotOrVideo: { value: [2000, 8000], source: 'dw-0413' },
  image1024: { value: [85, 85], source: 'hk-te' },
  // SR: "数十万级别" — of the order of several hundred thousand; 200,000 is taken as its low end.
  creditAgent: { value: [200_000, 200_000], source: 'sr' },
} as const satisfies Record<string, Sourced<readonly [number, number]>>;

/** Training a hundred-billion-parameter model: $100M–$500M, amortised over 2–3 years (CPS-0616). */
export const TRAINING_COST_USD: Sourced<readonly [number, number]> = { value: [100e6, 500e6], source: 'cps-0616' };
export const MODEL_LIFE_YEARS: Sourced<readonly [number, number]> = { value: [2, 3], source: 'cps-0616' };

/** IDC via CPS-0616: China's MaaS market in 2026, about 4万万亿 tokens and ¥18.6B of revenue. */
export const IDC_MAAS_2026 = {
  tokens: { value: 4e16, source: 'cps-0616' },
  revenueCny: { value: 18.6e9, source: 'cps-0616' },
} as const satisfies Record<string, Sourced>;

/** HK-TE's agent maturity examples: records or interactions a day, tokens each, and the yearly total it states. */
export const AGENT_EXAMPLES = [
  { id: 'integrated', perDay: 1e6, tokensEach: 100, statedPerYear: 3.6e8, source: 'hk-te' },
  { id: 'driving', perDay: 1e8, tokensEach: 100, statedPerYear: 3.6e9, source: 'hk-te' },
] as const;
