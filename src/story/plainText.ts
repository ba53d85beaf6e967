// A story step's words as plain text, for what cannot draw a live number: a deck's speaker notes and
// its slides (issue 19). The same paragraphs as StepText.svelte (stepText.ts), the live numbers written
// as the reader would read them at these settings. Pure apart from the translator it is given.
import { stepText, type Pricing, type Value } from './stepText';
import type { StepKey } from '../state/steps';
import type { AppInputs } from '../state/inputs';
import type { CostResult } from '../model/cost';
import { count, money, type MoneyContext } from '../format/number';

type T = (key: string, values?: Record<string, string>) => string;

/** plainParagraphs(step, x, r, m, pricing, t): the step's paragraphs at x as a slide says them (links to the page left out), as text. */
export function plainParagraphs(step: StepKey, x: AppInputs, r: CostResult, m: MoneyContext, pricing: Pricing, t: T): string[] {
  const s = (key: string, values: Record<string, string> = {}) => t(`story:steps.${step}.${key}`, values);
  const live = { elec: money(x.elecUsdPerKwh, m), rent: money(x.rentUsdPerGpuHour, m), tps: count(x.tokPerSecPerGpu, m.lang),
    train: money(x.trainUsd, m), life: count(x.lifeTokens, m.lang) };
  const words = (values: Record<string, Value> = {}) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : s(v.key, v.values)]));
  return stepText(step, x, r, m, pricing, true).filter((p) => !p.href).map((p) => s(p.key, { ...(p.live ? live : {}), ...words(p.values) }));
}
