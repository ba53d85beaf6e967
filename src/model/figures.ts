// Every figure the story shows, as one list for "Sources and method": what it is, its value, the
// month it describes, the report it comes from and, where the report cites one, the original source.
// Built from the data files, so a figure cannot appear in the story without appearing here.

import { AGENT_EXAMPLES, CHINA_DAILY_TOKENS, CHINA_DAILY_TOKENS_ALT, IDC_MAAS_2026, LIST_PRICES, MODEL_LIFE_YEARS, OPENROUTER_WEEKLY_TOKENS, PRICE_EVENTS, TASK_TOKENS, TRAINING_COST_USD } from './facts';
import { EU_GRID_POWER, RENTS, US_VIRGINIA_POWER, WEST_CHINA_POWER } from './presets';
import type { SourceId } from './sources';

export type FigureValue =
  | { kind: 'tokens'; n: number; per?: 'day' | 'week' | 'year' }
  | { kind: 'tokenRange'; lo: number; hi: number }
  | { kind: 'money'; unit: 'usd' | 'cny'; lo: number; hi?: number; per?: 'hour' | 'kwh' | 'mtok' | 'ktok' }
  | { kind: 'change'; share: number }
  | { kind: 'years'; lo: number; hi: number }
  /** A figure the report gives in words, not a number: the locale key of its wording. */
  | { kind: 'words'; key: string };

/** Task sizes a report gives only in words (SR: 数十万级别); the story takes 200,000 as the low end. */
const TASK_IN_WORDS: Partial<Record<keyof typeof TASK_TOKENS, string>> = { creditAgent: 'story:figures.words.hundredsOfThousands' };

export interface FigureRow {
  id: string;
  /** Locale key of what the figure is. */
  label: string;
  value: FigureValue;
  date?: string;
  source: SourceId;
  /** Locale key (story:figures.cites.*) of the original source the report cites, if any. */
  cites?: string;
}

const power = (id: string, p: typeof WEST_CHINA_POWER, cites?: string): FigureRow => ({
  id, label: `story:figures.label.${id}`, source: p.source as SourceId, cites,
  value: 'cny' in p.value ? { kind: 'money', unit: 'cny', lo: p.value.cny, per: 'kwh' } : { kind: 'money', unit: 'usd', lo: p.value.usd, per: 'kwh' },
});

// The agency each report names for China's daily tokens: CPS-Price 国家统计局, HK-TE 国家数据局, CPS-0616 none.
const CHINA_AGENCY: Partial<Record<string, string>> = { 'cps-price': 'nbs', 'hk-te': 'nda' };

export const FIGURES: readonly FigureRow[] = [
  ...CHINA_DAILY_TOKENS.map((f) => ({ id: `china-${f.date}`, label: `story:demand.series.${f.forecast ? 'chinaForecast' : 'china'}`,
    value: { kind: 'tokens' as const, n: f.value, per: 'day' as const }, date: f.date, source: f.source as SourceId, cites: CHINA_AGENCY[f.source] })),
  { id: 'china-alt', label: 'story:demand.series.chinaAlt', value: { kind: 'tokens', n: CHINA_DAILY_TOKENS_ALT.value, per: 'day' },
    date: CHINA_DAILY_TOKENS_ALT.date, source: CHINA_DAILY_TOKENS_ALT.source as SourceId, cites: 'guolian' },
  ...OPENROUTER_WEEKLY_TOKENS.map((f) => ({ id: `openrouter-${f.date}`, label: 'story:demand.series.openrouter',
    value: { kind: 'tokens' as const, n: f.value, per: 'week' as const }, date: f.date, source: f.source as SourceId, cites: 'openrouter' })),
  { id: 'rent-h100-2026', label: 'story:figures.label.rentH100Contract', value: { kind: 'money', unit: 'usd', lo: RENTS.h100Contract2026.value, per: 'hour' }, date: '2026-03', source: RENTS.h100Contract2026.source, cites: 'semianalysis' },
  { id: 'rent-h100-2025', label: 'story:figures.label.rentH100Low', value: { kind: 'money', unit: 'usd', lo: RENTS.h100Low2025.value, per: 'hour' }, date: '2025-10', source: RENTS.h100Low2025.source, cites: 'semianalysis' },
  { id: 'rent-blackwell-2026', label: 'story:figures.label.rentBlackwell', value: { kind: 'money', unit: 'usd', lo: RENTS.blackwellSpot2026.value, per: 'hour' }, source: RENTS.blackwellSpot2026.source, cites: 'ornn' },
  power('westChina', WEST_CHINA_POWER),
  power('usVirginia', US_VIRGINIA_POWER),
  power('euGrid', EU_GRID_POWER),
  ...LIST_PRICES.map((p) => ({ id: `price-${p.id}`, label: `story:price.names.${p.id}`, date: p.date, source: p.source as SourceId,
    value: { kind: 'money' as const, unit: p.unit, lo: p.inputPerM, hi: p.outputPerM, per: 'mtok' as const } })),
  ...LIST_PRICES.filter((p) => p.reportSays).map((p) => ({ id: `price-${p.id}-report`, label: `story:price.reportSays.${p.id}`, date: p.date,
    source: p.reportSays!.source as SourceId, value: { kind: 'money' as const, unit: p.unit, lo: p.reportSays!.inputPerM, hi: p.reportSays!.outputPerM, per: 'mtok' as const } })),
  ...PRICE_EVENTS.filter((e) => e.change !== undefined).map((e) => ({ id: `event-${e.id}`, label: `story:price.events.${e.id}`, date: e.date,
    source: e.source as SourceId, value: { kind: 'change' as const, share: e.change! } })),
  ...Object.entries(TASK_TOKENS).map(([k, f]) => ({ id: `task-${k}`, label: `story:tasks.names.${k}`, source: f.source as SourceId,
    value: TASK_IN_WORDS[k as keyof typeof TASK_TOKENS] ? { kind: 'words' as const, key: TASK_IN_WORDS[k as keyof typeof TASK_TOKENS]! }
      : { kind: 'tokenRange' as const, lo: f.value[0], hi: f.value[1] } })),
  { id: 'training', label: 'story:figures.label.training', source: TRAINING_COST_USD.source as SourceId,
    value: { kind: 'money', unit: 'usd', lo: TRAINING_COST_USD.value[0], hi: TRAINING_COST_USD.value[1] } },
  { id: 'life', label: 'story:figures.label.life', source: MODEL_LIFE_YEARS.source as SourceId, value: { kind: 'years', lo: MODEL_LIFE_YEARS.value[0], hi: MODEL_LIFE_YEARS.value[1] } },
  { id: 'idc-tokens', label: 'story:figures.label.idcTokens', date: '2026', source: IDC_MAAS_2026.tokens.source as SourceId, cites: 'idc',
    value: { kind: 'tokens', n: IDC_MAAS_2026.tokens.value, per: 'year' } },
  { id: 'idc-revenue', label: 'story:figures.label.idcRevenue', date: '2026', source: IDC_MAAS_2026.revenueCny.source as SourceId, cites: 'idc',
    value: { kind: 'money', unit: 'cny', lo: IDC_MAAS_2026.revenueCny.value } },
  ...AGENT_EXAMPLES.map((a) => ({ id: `agent-${a.id}`, label: `story:figures.label.agent.${a.id}`, source: a.source as SourceId, cites: 'gtc',
    value: { kind: 'tokens' as const, n: a.statedPerYear, per: 'year' as const } })),
];
