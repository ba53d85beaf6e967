// The page's one state object: the reader's inputs, plus the notices a link produced.
// Everything a component shows is derived from it; components change it only through these methods.

import { getContext } from 'svelte';
import { cost } from '../model/cost';
import { clamp, FX_RANGE, RANGES, type NumericInput } from '../model/ranges';
import { acceleratorById, acceleratorInputs, SCENARIOS, scenarioInputs } from '../model/presets';
import { tFor } from '../i18n/i18n';
import type { MoneyContext } from '../format/number';
import { serializeQuery, type Notice, type Parsed } from './url';
import type { AppInputs, Currency, Lang } from './inputs';

/** Context key under which the page is mounted with its AppState (main.ts, tests). */
export const APP_KEY = Symbol('app');

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export class AppState {
  inputs: AppInputs = $state() as AppInputs;
  notices: Notice[] = $state([]);

  /**
   * A plain copy of the inputs, made once per change: the charts sweep the model hundreds of times
   * per input, and copying the reactive proxy each time would cost more than the model itself.
   */
  model: AppInputs = $derived({ ...this.inputs });
  result = $derived(cost(this.model));
  t = $derived(tFor(this.inputs.lang));
  money: MoneyContext = $derived({
    lang: this.inputs.lang, currency: this.inputs.currency, cnyPerUsd: this.inputs.cnyPerUsd,
  });
  query = $derived(serializeQuery(this.inputs));
  gpu = $derived(acceleratorById(this.inputs.gpuId));
  /** The scenario whose values the reader's settings match, if any (derived, never stored). */
  activeScenarioId = $derived.by(() => {
    const x = this.model;
    return SCENARIOS.find((s) => {
      if (s.gpuId !== x.gpuId) return false;
      const want = scenarioInputs(s, x.cnyPerUsd);
      return Object.entries(want).every(([k, v]) => {
        const have = x[k as keyof AppInputs];
        return typeof v === 'number' ? near(have as number, v) : have === v;
      });
    })?.id;
  });

  constructor(parsed: Parsed) {
    this.inputs = parsed.state;
    this.notices = parsed.notices;
  }

  /** set(key, v) puts v, clamped to its range, into the state; it returns what it stored. */
  set(key: NumericInput, v: number): number {
    const c = Number.isFinite(v) ? clamp(v, RANGES[key]) : this.inputs[key];
    this.inputs[key] = c;
    return c;
  }

  setFx(v: number): number {
    const c = Number.isFinite(v) ? clamp(v, FX_RANGE) : this.inputs.cnyPerUsd;
    this.inputs.cnyPerUsd = c;
    return c;
  }

  setCurrency(c: Currency) {
    this.inputs.currency = c;
  }

  /** setLang(l) switches language; the currency follows when the reader had not chosen one. */
  setLang(l: Lang) {
    const natural = this.inputs.lang === 'zh' ? 'CNY' : 'USD';
    if (this.inputs.currency === natural) this.inputs.currency = l === 'zh' ? 'CNY' : 'USD';
    this.inputs.lang = l;
  }

  setMode(m: 'rent' | 'own') {
    this.inputs.mode = m;
  }

  applyGpu(id: string) {
    const gpu = acceleratorById(id);
    if (!gpu) return;
    Object.assign(this.inputs, acceleratorInputs(gpu), { gpuId: id });
  }

  applyScenario(id: string) {
    const s = SCENARIOS.find((x) => x.id === id);
    if (!s) return;
    Object.assign(this.inputs, scenarioInputs(s, this.inputs.cnyPerUsd), { gpuId: s.gpuId });
  }

  dismissNotices() {
    this.notices = [];
  }
}

export const appContext = (app: AppState) => new Map([[APP_KEY, app]]);
export const useApp = () => getContext<AppState>(APP_KEY);
