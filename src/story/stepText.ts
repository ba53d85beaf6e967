// What each story step says, as data: for every step, its paragraphs in order — which message (chosen
// by the situations of stepFacts.ts, so each stays true at every value its numbers can take) and the
// values its placeholders take, in the reader's language. StepText.svelte only draws them. Pure:
// test/unit/stepText.test.ts checks the words chosen and the figures in them.

import { atScene, scene, type StepKey } from '../state/steps';
import type { AppInputs } from '../state/inputs';
import { breakEvenCase, efficiencyFacts, leverFacts, placesCase } from './stepFacts';
import { grossMargin, powerInsideRent, type CostResult } from '../model/cost';
import { acceleratorById, publishedFigures, RENTS } from '../model/presets';
import { amortisedUsdPerM, listPriceUsd, splitTokens, TASK_INPUT_SHARE } from '../model/story';
import { CHINA_DAILY_TOKENS, LIST_PRICES, OPENROUTER_WEEKLY_TOKENS, TASK_TOKENS } from '../model/facts';
import { count, currencySymbol, money, percent, plain, type MoneyContext } from '../format/number';

/** A placeholder's value: text in the reader's language, or another of the step's messages with its values. */
export type Value = string | { key: string; values: Record<string, string> };

/** One paragraph: its message under story:steps.<step>., its values, and whether live numbers stand in it. */
export interface Paragraph {
  key: string;
  values?: Record<string, Value>;
  /** Its placeholders include live numbers (rich.ts slots) a reader can drag. */
  live?: boolean;
  /** The whole paragraph is a link to this place on the page. */
  href?: string;
}

/** What a step's numbers come from: the state's pricing of a request, as its tokens/s was measured. */
export interface Pricing {
  tpsMeaningOf(x: AppInputs): { kind: string };
  servedModelName(x: AppInputs): string;
  requestUsd(w: { inputTokens: number; outputTokens: number }, x: AppInputs, r: CostResult): number;
  outputUsdPerM(x: AppInputs, r: CostResult): number;
  inputUsdPerM(x: AppInputs, r: CostResult): number;
}

const H100 = publishedFigures(acceleratorById('h100')!);
const CHINA = CHINA_DAILY_TOKENS.filter((p) => !p.forecast);

/** usdOf(id, which, cnyPerUsd): a list price per million tokens in US dollars (input's when a list has one price). */
function usdOf(id: string, which: 'inputPerM' | 'outputPerM', cnyPerUsd: number): number {
  const p = LIST_PRICES.find((q) => q.id === id)!;
  const v = p[which] ?? p.inputPerM;
  return p.unit === 'usd' ? v : v / cnyPerUsd;
}

const msg = (key: string, values: Record<string, string> = {}) => ({ key, values });

/**
 * stepText(step, x, r, m, pricing, slide): the step's paragraphs at the model inputs x with result r (the step's
 * own scene until it is the current step), money shown as m says. On a slide (slide = true) a sentence that
 * asks the reader to move a control says what moving it does instead: a class sees no controls.
 */
export function stepText(step: StepKey, x: AppInputs, r: CostResult, m: MoneyContext, pricing: Pricing, slide = false): Paragraph[] {
  const lang = m.lang;
  const $ = (usd: number) => money(usd, m);
  const pct = (v: number) => percent(v, lang);
  // Owned hardware has no rent to speak of: the sentences that name one say what repaying the GPU costs.
  const owned = x.mode === 'own';
  const gpu = acceleratorById(x.gpuId)?.name ?? x.gpuId;
  switch (step) {
    case 'commodity': {
      const [first, last] = [CHINA[0], CHINA[CHINA.length - 1]];
      return [{ key: 'p1' }, { key: 'p2', values: {
        start: count(first.value, lang), end: count(last.value, lang), times: count(last.value / first.value, lang),
        orStart: count(OPENROUTER_WEEKLY_TOKENS[0].value, lang), orEnd: count(OPENROUTER_WEEKLY_TOKENS[1].value, lang),
      } }, { key: 'p3' }];
    }
    case 'bill': {
      const p1 = owned ? 'p1Own' : !powerInsideRent(x) ? 'p1Billed' : !r.rentCoversPower ? 'p1Exceeds' : atScene(x, scene(2, x.cnyPerUsd)) ? 'p1' : 'p1Any';
      return [{ key: p1, live: true, values: {
        gpu, capex: $(x.capexUsdPerGpu), years: plain(x.depreciationYears, lang, 0), hardware: $(r.hourlyUsd.hardware),
        kw: plain(x.kwPerGpu, lang, 2), pue: plain(x.pue, lang, 2), elecHour: $(r.powerUsdPerGpuHour), util: pct(x.utilisation),
        tokensHour: count(r.tokensPerHour, lang),
      } }, { key: pricing.tpsMeaningOf(x).kind === 'decode' ? 'p2Decode' : 'p2', values: {
        total: $(r.perMillionTotalUsd), hw: pct(r.shares.hardware), el: pct(r.shares.electricity), other: pct(r.shares.other),
        perUnit: count(r.tokensPerUsd / (m.currency === 'CNY' ? m.cnyPerUsd : 1), lang), unit: `${currencySymbol(m)}1`,
      } }];
    }
    case 'lever': {
      const f = leverFacts(x, x.cnyPerUsd);
      // "Move the same GPU to Europe" only while the price is Europe's.
      const atScenePrice = Math.abs(x.elecUsdPerKwh - (scene(3, x.cnyPerUsd).elecUsdPerKwh ?? NaN)) < 1e-9;
      const beCase = breakEvenCase(f);
      return [
        { key: !f.rentCoversPower ? 'p1Exceeds' : `${f.anchor === 'chips' ? 'p1Small' : 'p1Large'}${atScenePrice ? '' : 'Any'}`, live: true,
          values: { share: pct(f.share), power: $(r.powerUsdPerGpuHour) } },
        { key: `places.${placesCase(f)}`, values: { spread: pct(f.placesSpread - 1) } },
        { key: owned ? `p2own.${beCase}` : `p2.${f.rentCoversPower ? beCase : 'exceeds'}`, live: true, values: {
          breakEven: $(f.breakEvenUsdPerKwh), hardware: $(r.hourlyUsd.hardware),
          times: plain(f.breakEvenMultiple, lang, f.breakEvenMultiple < 10 ? 1 : 0), fraction: pct(f.breakEvenMultiple),
        } },
        ...(f.rentCoversPower ? [{ key: `anchor.${f.anchor}${owned && f.anchor === 'chips' ? 'Own' : ''}` }] : []),
        { key: !owned ? `p3${slide ? 'Slide' : ''}` : f.anchorMovesWithFreeGpu ? `p3Own${slide ? 'Slide' : ''}` : 'p3OwnStays', values: { site: $(f.siteUsdPerHour), power: $(r.hourlyUsd.electricity) } },
      ];
    }
    case 'efficiency': {
      const e = efficiencyFacts(x, H100);
      const cheaper = e.costUsdPerM < e.h100CostUsdPerM;
      const h100 = $(RENTS.h100Contract2026.value);
      // The chip is named, not assumed: the step's case is a Blackwell, a reader's own values may be any chip.
      const same = Math.abs(e.costUsdPerM / e.h100CostUsdPerM - 1) < 0.005;
      const rentSame = Math.abs(e.rentRatio - 1) < 0.005;
      return [
        { key: !owned && same ? 'p1Same' : `p1${owned ? 'Own' : ''}${cheaper ? 'Cheaper' : 'Dearer'}${!owned && e.rentRatio < 1 && cheaper ? 'Too' : ''}`, live: true, values: {
          gpu, hardware: $(r.hourlyUsd.hardware), h100, total: $(e.costUsdPerM), h100Cost: $(e.h100CostUsdPerM),
          rentCompare: rentSame ? msg('rentSame', { h100 }) : e.rentRatio >= 1 ? msg('rentTimes', { times: plain(e.rentRatio, lang, 1), h100 }) : msg('rentLess', { h100 }),
        } },
        { key: 'p2' },
        { key: 'panelLink', href: '#efficiency' },
      ];
    }
    case 'training': {
      const amort = amortisedUsdPerM(x.trainUsd, x.lifeTokens);
      return [
        { key: 'p1', live: true, values: { amort: $(amort), inference: $(r.perMillionTotalUsd) } },
        { key: 'p2', values: { share: pct(amort / (amort + r.perMillionTotalUsd)), tenth: $(amortisedUsdPerM(x.trainUsd, x.lifeTokens / 10)) } },
      ];
    }
    case 'price': {
      // Like with like: 1,000 tokens in and 1,000 out, cost and list price per million output tokens; and
      // a price per million input tokens against reading a million prompt tokens.
      const costPerMOut = pricing.outputUsdPerM(x, r);
      const gptPerMOut = (listPriceUsd({ inputTokens: 1000, outputTokens: 1000 },
        usdOf('gpt-5.5', 'inputPerM', x.cnyPerUsd), usdOf('gpt-5.5', 'outputPerM', x.cnyPerUsd)) / 1000) * 1e6;
      const input = pricing.inputUsdPerM(x, r);
      const cn = usdOf('china-mainstream', 'inputPerM', x.cnyPerUsd);
      return [{ key: 'p1' }, { key: 'p2', live: true, values: {
        cost: $(costPerMOut), gpt: $(gptPerMOut), gpu, model: pricing.servedModelName(x), marginGpt: pct(grossMargin(gptPerMOut, costPerMOut)),
        cnClause: cn >= input ? msg('cnAbove', { cn: $(cn), input: $(input), margin: pct(grossMargin(cn, input)) })
          : msg('cnBelow', { cn: $(cn), input: $(input), times: plain(input / cn, lang, 1) }),
      } }, { key: 'p3' }];
    }
    case 'inflation': {
      const task = (key: keyof typeof TASK_INPUT_SHARE, tokens: number) => splitTokens(tokens, TASK_INPUT_SHARE[key]);
      const request = (w: { inputTokens: number; outputTokens: number }) => $(pricing.requestUsd(w, x, r));
      const booking = task('ticketAgent', TASK_TOKENS.ticketAgent.value[1]);
      return [{ key: 'p1' }, { key: 'p2', live: true, values: {
        email: request(task('email', TASK_TOKENS.email.value[0])),
        booking: request(booking), bookingIn: count(booking.inputTokens, lang), bookingOut: count(booking.outputTokens, lang),
        bookingList: $(listPriceUsd(booking, usdOf('sonnet-4.6', 'inputPerM', x.cnyPerUsd), usdOf('sonnet-4.6', 'outputPerM', x.cnyPerUsd))),
        credit: request(task('creditAgent', TASK_TOKENS.creditAgent.value[0])), creditTokens: count(TASK_TOKENS.creditAgent.value[0], lang),
      } }, { key: 'p3' }];
    }
    case 'claims':
      return [{ key: 'p1' }, { key: owned ? 'p2Own' : 'p2', live: true, values: { share: pct(r.shares.electricity), hardware: $(r.hourlyUsd.hardware) } }];
  }
}
