// The page's one state object: the reader's inputs, plus the notices a link produced.
// Everything a component shows is derived from it; components change it only through these methods.

import { getContext } from 'svelte';
import { cost, type CostResult, type PowerBilling } from '../model/cost';
import { checkCostClaim, checkOpexClaim } from '../model/claims';
import { clamp, EFF_RANGES, FX_RANGE, RANGES, STEP_RANGE, STORY_RANGES, type EfficiencyNumeric, type NumericInput, type StoryNumeric } from '../model/ranges';
import { scene } from './steps';
import { acceleratorById, acceleratorInputs, ACCELERATORS, benchmarkPrefillTps, SCENARIOS, scenarioInputs, tpsMeaningFor } from '../model/presets';
import { CUSTOM_MODEL_ID, customModel, decodeStep, modelById, MODELS, prefillUsdPerM, requestCostUsd, type KvBits, type ServingConfig, type TpsMeaning, type WeightBits } from '../model/efficiency';
import { loadLanguage, tFor } from '../i18n/i18n';
import type { MoneyContext } from '../format/number';
import { compareQuery, parseQuery, serializeQuery, type Link, type Notice } from './url';
import { markChanged, settleNow, type Region } from './visibility.svelte';
import { defaultCurrency, type AppInputs, type Currency, type Lang } from './inputs';

/** Context key under which the page is mounted with its AppState (main.ts, tests). */
export const APP_KEY = Symbol('app');

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export const MAX_PINS = 3;

const WHOLE = new Set<EfficiencyNumeric>(['batch', 'gpusPerReplica', 'contextTokens', 'inputTokens', 'outputTokens',
  'customExperts', 'customActiveExperts', 'customKvBytes']);

export interface Pin {
  key: string;
  gpuName: string;
  modelName: string;
  weightBits: number;
  kvBits: number;
  gpus: number;
  config: ServingConfig;
  kwPerGpu: number;
  pue: number;
}

export class AppState {
  inputs: AppInputs = $state() as AppInputs;
  notices: Notice[] = $state([]);
  /** Some piece of the page could not load (its code, a chunk nobody retried): the page says so once. */
  pieceFailed = $state(false);
  /** A language the reader asked for whose messages could not be loaded (the page stays in its own). */
  languageFailed: Lang | null = $state(null);
  /** Changes that may wait for a language's messages run one after another, in the order they came. */
  #pending: Promise<unknown> = Promise.resolve();
  #langAsked = 0;
  /** Up to three configurations pinned for comparison on the frontier chart (not kept in links). */
  pins: Pin[] = $state([]);
  /** Set when a hand on the efficiency slider just detached it from the panel, so the page can say so. */
  justDetached = $state(false);
  /**
   * Whether the values on screen are the reader's own: any change they make (or a link that sets values)
   * makes them so. Until then, entering a story step sets its scene; from then on, scrolling keeps their
   * values, and a step's case comes only when they ask for it (showCase), theirs kept to go back to.
   */
  own = $state(false);
  /** The reader's values from before they asked for a step's case (restoreMine goes back to them), or null. */
  mine: Partial<AppInputs> | null = $state(null);

  /**
   * A plain copy of the inputs, made once per change: the charts sweep the model hundreds of times
   * per input, and copying the reactive proxy each time would cost more than the model itself. A new
   * object whenever any input changes, so reading it is also the cheapest way to follow every input.
   */
  readonly plain: AppInputs = $derived({ ...this.inputs });

  /**
   * The efficiency panel's configuration and its decode step (cost-model.md §2). It reads only its own
   * fields, so moving the explorer's price sliders does not rebuild it or the frontier drawn from it.
   */
  serving: ServingConfig = $derived.by(() => {
    const x = this.inputs;
    return {
      chip: (acceleratorById(x.gpuId) ?? ACCELERATORS[0]).chip,
      model: x.modelId === CUSTOM_MODEL_ID
        ? customModel({ totalB: x.customTotalB, activeB: x.customActiveB, expertB: x.customExpertB,
          experts: x.customExperts, activeExperts: x.customActiveExperts, kvBytes: x.customKvBytes })
        : modelById(x.modelId) ?? MODELS[1],
      weightBits: x.weightBits, kvBits: x.kvBits, gpus: x.gpusPerReplica, batch: x.batch,
      contextTokens: x.contextTokens, mbu: x.mbu, mfu: x.mfu, mfuPrefill: x.mfu, stepOverheadMs: x.stepOverheadMs,
    };
  });
  step = $derived(decodeStep(this.serving));
  /** The panel's tokens/s as the explorer may use it: inside the slider's range. */
  derivedTps = $derived(clamp(this.step.tokPerSecPerGpu, RANGES.tokPerSecPerGpu));
  /** True when the explorer runs on the panel's tokens/s; an infeasible configuration is never priced. */
  linked = $derived(this.inputs.effLinked && this.step.fits);

  /**
   * The inputs the model is evaluated at: the reader's, with tokens/s from the panel when linked — one
   * plain object a change. (A view that follows field by field cost 1–1.5 ms more a slider input in
   * bench/input.mjs than the few curves it spares: docs/performance.md.)
   */
  model: AppInputs = $derived(this.linked ? { ...this.plain, tokPerSecPerGpu: this.derivedTps } : this.plain);
  result = $derived(cost(this.model));
  /** What the explorer's tokens/s counts (end-to-end at a shape, or decode alone). */
  tpsMeaning: TpsMeaning = $derived(tpsMeaningFor(this.inputs.gpuId, this.linked));

  /** runsOnPanel(x): whether x's tokens/s is the efficiency panel's (a story scene's never is). */
  runsOnPanel(x: AppInputs): boolean {
    return x.effLinked && this.step.fits;
  }

  /** tpsMeaningOf(x): what x's tokens/s counts. */
  tpsMeaningOf(x: AppInputs): TpsMeaning {
    return tpsMeaningFor(x.gpuId, this.runsOnPanel(x));
  }

  /** servedModelName(x): the model x's tokens/s is for — the panel's when x runs on it, else the chip's benchmark model. */
  servedModelName(x: AppInputs): string {
    return this.runsOnPanel(x) ? this.serving.model.name : (acceleratorById(x.gpuId) ?? ACCELERATORS[0]).benchmarkModel;
  }
  /** The reports' two claims on electricity's share, checked at the reader's settings (the anchor chart and story step 8 show both). */
  costClaim = $derived(checkCostClaim(this.model));
  opexClaim = $derived(checkOpexClaim(this.model));
  t = $derived(tFor(this.inputs.lang));
  money: MoneyContext = $derived({
    lang: this.inputs.lang, currency: this.inputs.currency, cnyPerUsd: this.inputs.cnyPerUsd,
  });
  /** The link to these settings. Read it when it is needed: nothing on the page follows it per input. */
  get query() {
    return serializeQuery(this.plain) + (this.b ? `&${compareQuery(this.plain, this.b)}` : '');
  }
  /**
   * Compare mode's scenario B (issue 20), or null when it is off: a second set of inputs, its tokens/s its
   * own. Replaced whole on every change (setB), never written field by field, so a plain object: its
   * Shapley shares copy and read it hundreds of times an input, which through a reactive proxy cost more.
   */
  b: AppInputs | null = $state.raw(null);
  bResult = $derived(this.b ? cost(this.b) : null);
  gpu = $derived(acceleratorById(this.inputs.gpuId));
  /** The scenario whose values the reader's settings match, if any (derived, never stored). */
  activeScenarioId = $derived.by(() => {
    const x = this.plain;
    return SCENARIOS.find((s) => {
      if (s.gpuId !== x.gpuId || x.effLinked) return false;
      const want = scenarioInputs(s, x.cnyPerUsd);
      return Object.entries(want).every(([k, v]) => {
        const have = x[k as keyof AppInputs];
        return typeof v === 'number' ? near(have as number, v) : have === v;
      });
    })?.id;
  });

  /** The link the page was opened with (its state is where this.inputs started). */
  readonly link: Link;

  constructor(link: Link) {
    this.link = link;
    this.inputs = link.state;
    this.notices = link.notices;
    this.own = link.setsValues;
    this.b = link.compare ?? null;
  }

  /** The one door every change comes through: the page's regions out of sight wait until it is still. */
  #put(patch: Partial<AppInputs>) {
    Object.assign(this.inputs, patch);
    markChanged();
  }

  /** A change the reader made: the values are theirs from now on, and what they had before a case is theirs no longer to miss. */
  #change(patch: Partial<AppInputs>) {
    this.#put(patch);
    this.own = true;
    this.mine = null;
  }

  /** set(key, v) puts v, clamped to its range, into the state; it returns what it stored. */
  set(key: NumericInput, v: number): number {
    const c = Number.isFinite(v) ? clamp(v, RANGES[key]) : this.inputs[key];
    // Moving model efficiency by hand detaches it from the efficiency panel.
    if (key === 'tokPerSecPerGpu' && this.inputs.effLinked) {
      this.#change({ [key]: c, effLinked: false });
      this.justDetached = true;
    } else this.#change({ [key]: c });
    return c;
  }

  /** setEff(key, v): an efficiency setting, clamped; counts are whole numbers. */
  setEff(key: EfficiencyNumeric, v: number): number {
    if (!Number.isFinite(v)) return this.inputs[key];
    const whole = WHOLE.has(key);
    const c = clamp(whole ? Math.round(v) : v, EFF_RANGES[key]);
    this.#change({ [key]: c });
    return c;
  }

  setModel(id: string) {
    if (modelById(id) || id === CUSTOM_MODEL_ID) this.#change({ modelId: id });
  }

  setBits(kind: 'weight', b: WeightBits): void;
  setBits(kind: 'kv', b: KvBits): void;
  setBits(kind: 'weight' | 'kv', b: number) {
    this.#change(kind === 'weight' ? { weightBits: b as WeightBits } : { kvBits: b as KvBits });
  }

  /** useDerived(): "use this" — the explorer follows the panel from now on, and starts from its value. */
  useDerived() {
    if (!this.step.fits) return;
    this.#change({ tokPerSecPerGpu: this.derivedTps, effLinked: true });
    this.justDetached = false;
  }

  /**
   * The current configuration as a pin names it: all that shapes its frontier line. Not the batch, which
   * only moves the dot along the line — the same setup at another batch is the same line.
   */
  get pinKey(): string {
    const x = this.plain;
    return [x.gpuId, x.modelId, x.weightBits, x.kvBits, x.gpusPerReplica, x.contextTokens, x.mbu, x.mfu, x.stepOverheadMs].join('|');
  }
  /** Whether the current configuration's line is pinned already. */
  get pinned(): boolean {
    return this.pins.some((p) => p.key === this.pinKey);
  }

  /** pin(): keep the current configuration on the frontier chart; the oldest goes when a fourth comes. */
  pin() {
    const x = this.plain;
    const key = this.pinKey;
    if (this.pins.some((p) => p.key === key)) return;
    const pin: Pin = {
      key, gpuName: acceleratorById(x.gpuId)?.name ?? x.gpuId, modelName: this.serving.model.name,
      weightBits: x.weightBits, kvBits: x.kvBits, gpus: x.gpusPerReplica,
      config: this.serving, kwPerGpu: x.kwPerGpu, pue: x.pue,
    };
    this.pins = [...this.pins, pin].slice(-MAX_PINS);
  }

  unpin(key: string) {
    this.pins = this.pins.filter((p) => p.key !== key);
  }

  setWorkload(w: { inputTokens: number; outputTokens: number }) {
    this.#change({ inputTokens: w.inputTokens, outputTokens: w.outputTokens });
  }

  setFx(v: number): number {
    const c = Number.isFinite(v) ? clamp(v, FX_RANGE) : this.inputs.cnyPerUsd;
    this.#change({ cnyPerUsd: c });
    return c;
  }

  setCurrency(c: Currency) {
    this.#put({ currency: c });
  }

  /**
   * setLang(l) switches language once its messages are loaded (at once if they already are); the
   * currency follows when the reader had not chosen one.
   */
  setLang(l: Lang): Promise<void> {
    const asked = ++this.#langAsked;
    return this.#inOrder(async () => {
      // A later choice supersedes this one, loaded or not.
      if (asked !== this.#langAsked || !(await this.#load(l)) || asked !== this.#langAsked) return;
      // A reader who kept their language's currency gets the new language's; one who chose stays with it.
      this.#put({ lang: l, ...(this.inputs.currency === defaultCurrency(this.inputs.lang) ? { currency: defaultCurrency(l) } : {}) });
      // One change, not a drag: the whole page, in sight or not, speaks the new language at once.
      settleNow();
    });
  }

  /** inOrder(change): runs change once every change asked before it has run, so the last one asked wins. */
  #inOrder(change: () => Promise<void>): Promise<void> {
    const run = this.#pending.then(change);
    this.#pending = run.catch(() => undefined);
    return run;
  }

  /** load(l): whether l's messages are there; if they cannot be loaded the page says so and keeps its language. */
  async #load(l: Lang): Promise<boolean> {
    try {
      await loadLanguage(l);
      if (this.languageFailed === l) this.languageFailed = null;
      return true;
    } catch {
      this.languageFailed = l;
      return false;
    }
  }

  setMode(m: 'rent' | 'own') {
    this.#change({ mode: m });
  }

  setPowerBilling(p: PowerBilling) {
    this.#change({ powerBilling: p });
  }

  applyGpu(id: string) {
    const gpu = acceleratorById(id);
    if (!gpu) return;
    this.#change({ ...acceleratorInputs(gpu), gpuId: id });
  }

  applyScenario(id: string) {
    const s = SCENARIOS.find((x) => x.id === id);
    if (!s) return;
    // A scenario's tokens/s is a published figure: it detaches the efficiency panel.
    this.#change({ ...scenarioInputs(s, this.inputs.cnyPerUsd), gpuId: s.gpuId, effLinked: false });
  }

  /** setStory(key, v): one of the story's own levers (step 5), clamped. */
  setStory(key: StoryNumeric, v: number): number {
    const c = Number.isFinite(v) ? clamp(v, STORY_RANGES[key]) : this.inputs[key];
    this.#change({ [key]: c });
    return c;
  }

  /**
   * goToStep(n, apply): the reader is at step n (0 = outside the story). With apply, the step's scene
   * is set too, whoever's values were there (presenter mode: each slide is its step's case).
   */
  goToStep(n: number, apply: boolean) {
    const step = Math.round(clamp(n, STEP_RANGE));
    this.#put({ ...(apply ? scene(step, this.inputs.cnyPerUsd) : {}), step });
  }

  /** enterStep(n): the reader scrolled or stepped into step n; its scene is set only over values not their own. */
  enterStep(n: number) {
    this.goToStep(n, !this.own);
  }

  /**
   * showCase(n): the reader asked for step n's own case. Their values, if they had their own, are kept
   * (restoreMine); the story's scenes then follow their scrolling again until they change something.
   */
  showCase(n: number) {
    if (this.own) {
      const { lang: _l, currency: _c, step: _s, ...values } = this.plain;
      this.mine = values;
    }
    this.goToStep(n, true);
    this.own = false;
  }

  /** replaceValues(values): the reader's own change of many values at once (compare mode's swap). */
  replaceValues(values: Partial<AppInputs>) {
    this.#change(values);
  }

  /** setB(b): compare mode's scenario B (issue 20), or null to leave it. Only what follows it changes. */
  setB(b: AppInputs | null) {
    this.b = b;
    markChanged();
  }

  /** showValues(values): a lecture's chart slide puts back the settings its link was made with — a scene, not the reader's change. */
  showValues(values: Partial<AppInputs>) {
    this.#put(values);
  }

  /** restoreMine(): back to the values the reader had before they asked for a step's case. */
  restoreMine() {
    if (!this.mine) return;
    this.#put(this.mine);
    this.own = true;
    this.mine = null;
  }

  /**
   * applyLink(q): link parameters laid over the current state, parsed and clamped exactly as a link is
   * (an embedding page's set message). The story step stays; the charts tween to the new state.
   */
  applyLink(q: URLSearchParams): Promise<void> {
    if (q.has('lang')) this.#langAsked++;
    return this.#inOrder(async () => {
      const merged = new URLSearchParams(serializeQuery(this.inputs));
      for (const [k, v] of q) merged.set(k, v);
      const { state } = parseQuery(merged.toString(), this.inputs.lang);
      // Without its language's words the rest still applies, in the language the page has.
      if (state.lang !== this.inputs.lang && !(await this.#load(state.lang))) {
        state.lang = this.inputs.lang;
        if (!q.has('cur')) state.currency = this.inputs.currency;
      }
      this.#change({ ...state, step: this.inputs.step });
    });
  }

  /**
   * requestUsd(w, x, r): one request's cost, priced as x's tokens/s was measured, at x's hourly cost r
   * (default: the reader's; a story step passes its own scene). Prompts are read at prefillTps(x).
   */
  requestUsd(w: { inputTokens: number; outputTokens: number; cacheHit?: number }, x: AppInputs = this.model, r: CostResult = this.result): number {
    return requestCostUsd({ cacheHit: 0, ...w }, this.tpsMeaningOf(x), this.prefillTps(x),
      x.tokPerSecPerGpu, r.hourlyTotalUsd, x.utilisation);
  }

  /**
   * prefillTps(x): the prefill rate that goes with x's tokens/s — the efficiency panel's when the explorer
   * runs on it, otherwise that of the model the chip's published figure was measured on.
   */
  prefillTps(x: AppInputs = this.model): number {
    return this.runsOnPanel(x) ? this.step.prefillTokPerSecPerGpu : benchmarkPrefillTps(x.gpuId, x.mfu);
  }

  /**
   * outputUsdPerM(x, r): the cost of a million output tokens of 1,000-in, 1,000-out requests, prompts
   * paid once — the basis step 6 compares list prices on. inputUsdPerM: reading a million prompt tokens.
   */
  outputUsdPerM(x: AppInputs = this.model, r: CostResult = this.result): number {
    return (this.requestUsd({ inputTokens: 1000, outputTokens: 1000 }, x, r) / 1000) * 1e6;
  }

  inputUsdPerM(x: AppInputs = this.model, r: CostResult = this.result): number {
    return prefillUsdPerM(r.hourlyTotalUsd, this.prefillTps(x), x.utilisation);
  }

  dismissNotices() {
    this.notices = [];
  }
}

export const appContext = (app: AppState) => new Map([[APP_KEY, app]]);
export const useApp = () => getContext<AppState>(APP_KEY);

/** Every value the state shows (its getters); a held view holds each of them. */
const SHOWN = Object.entries(Object.getOwnPropertyDescriptors(AppState.prototype)).filter(([, d]) => d.get).map(([k]) => k);
/** The methods that only answer from the state: a held view answers them from what it holds. The rest change it. */
const ANSWERS = new Set<PropertyKey>(['runsOnPanel', 'tpsMeaningOf', 'servedModelName', 'requestUsd', 'prefillTps', 'outputUsdPerM', 'inputUsdPerM']);

/**
 * heldView(app, region) is app as a part of the page out of sight sees it: every value it shows follows the
 * state while the region is seen or the page is still and keeps its last value otherwise (region.follow),
 * each input on its own; changes go to app itself. Call it while a component initialises.
 */
export function heldView(app: AppState, region: Region): AppState {
  const shown = app as unknown as Record<string, unknown>;
  const held = new Map<string, { readonly value: unknown }>(SHOWN.map((k) => [k, region.follow(() => shown[k])]));
  // The inputs field by field, as the state's own: what reads one input follows that one alone.
  const inputs = app.inputs as unknown as Record<string, unknown>;
  const each = Object.keys(inputs).map((f) => [f, region.follow(() => inputs[f])] as const);
  held.set('inputs', { value: Object.defineProperties({}, Object.fromEntries(each.map(([f, h]) => [f, { get: () => h.value, enumerable: true }]))) });
  return new Proxy(app, {
    get(target, key, view) {
      const h = held.get(key as string);
      if (h) return h.value;
      const v: unknown = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(ANSWERS.has(key) ? view : target) : v;
    },
  });
}
