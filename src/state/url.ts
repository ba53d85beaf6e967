// Links that keep their state. The query holds only what differs from the defaults, in stable names,
// money always in USD (README: "Link parameters"). parseQuery never throws and always returns a state
// inside RANGES; what it had to clamp or ignore comes back as notices for the page to translate.

import { clamp, EFF_RANGES, FX_RANGE, RANGES, STEP_RANGE, STORY_RANGES, type EfficiencyNumeric, type NumericInput, type Range, type StoryNumeric } from '../model/ranges';
import { acceleratorById } from '../model/presets';
import { CUSTOM_MODEL_ID, KV_BITS, MODELS, WEIGHT_BITS } from '../model/efficiency';
import { defaults, LANGS, languageFromNavigator, type AppInputs, type Currency, type Lang } from './inputs';
import { parseView, type View } from './view';
import { plain } from '../format/number';

/** URL name → numeric input. Names are part of the public contract: never rename one. */
export const NUMERIC_PARAMS: ReadonlyArray<readonly [string, NumericInput]> = [
  ['elec', 'elecUsdPerKwh'],
  ['rent', 'rentUsdPerGpuHour'],
  ['tps', 'tokPerSecPerGpu'],
  ['util', 'utilisation'],
  ['pue', 'pue'],
  ['kw', 'kwPerGpu'],
  ['opex', 'opexUsdPerGpuHour'],
  ['capex', 'capexUsdPerGpu'],
  ['years', 'depreciationYears'],
  ['capital', 'capitalRatePerYear'],
  ['site', 'siteUsdPerGpu'],
  ['siteyears', 'siteYears'],
];

/** The efficiency panel's numbers (README: "Link parameters"). Counts are rounded to whole numbers. */
export const EFF_PARAMS: ReadonlyArray<readonly [string, EfficiencyNumeric, boolean]> = [
  ['gpus', 'gpusPerReplica', true],
  ['batch', 'batch', true],
  ['ctx', 'contextTokens', true],
  ['mbu', 'mbu', false],
  ['mfu', 'mfu', false],
  ['ovh', 'stepOverheadMs', false],
  ['tin', 'inputTokens', true],
  ['tout', 'outputTokens', true],
  ['hit', 'cacheHit', false],
  ['mtot', 'customTotalB', false],
  ['mact', 'customActiveB', false],
  ['mexp', 'customExpertB', false],
  ['mE', 'customExperts', true],
  ['mk', 'customActiveExperts', true],
  ['mkv', 'customKvBytes', true],
];

/** The story's numbers (README: "Link parameters"): its training levers. */
export const STORY_PARAMS: ReadonlyArray<readonly [string, StoryNumeric]> = [
  ['train', 'trainUsd'],
  ['life', 'lifeTokens'],
];

export type NoticeKind = 'clamped' | 'invalid';

export interface Notice {
  param: string;
  kind: NoticeKind;
  /** The value as the link had it, shortened; shown to the reader as text only. */
  given: string;
  /** For a clamped value: what it became, and the range it was held to. */
  used?: number;
  range?: Range;
}

/**
 * noticeText(n, t, lang): what a notice says, in the page's language — the page's notices box and an
 * embed's foot say it in the same words. It names the input as the page does, with the unit the link's
 * number is in (money is in US dollars in a link, whatever the page shows), then the parameter itself,
 * which is what a reader editing the link looks for.
 */
export function noticeText(n: Notice, t: (key: string, vars?: Record<string, unknown>) => string, lang: Lang): string {
  const own = n.param.replace(/^b_/, '');
  const isB = own !== n.param;
  const name = t(`common:notices.names.${own}`, { defaultValue: own });
  const unit = t(`common:notices.units.${own}`, { defaultValue: '' });
  const num = (v = 0) => plain(v, lang, 4);
  // Scenario B's values (b_…) fall back to A's, not to the defaults.
  const s = t(`common:notices.${n.kind}${isB && n.kind === 'invalid' ? 'B' : ''}`, {
    // Chinese spaces a Latin word from the characters before it: 情景 B 的 GPU 租金.
    label: t(`common:notices.label${unit ? '' : 'NoUnit'}`, { name: isB ? t(/^[A-Za-z]/.test(name) ? 'common:notices.ofBLatin' : 'common:notices.ofB', { name }) : name, param: n.param, unit }),
    given: n.given, used: num(n.used), min: num(n.range?.min), max: num(n.range?.max) });
  // Names are written as they read mid-sentence ("scenario B's GPU rent"); the notice starts with one.
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MAX_SHOWN = 24;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

// Plain decimal or scientific notation only: no hex, no "Infinity", no empty string.
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** parseNumber(s) is the finite number s spells, or undefined. */
export function parseNumber(s: string): number | undefined {
  const t = s.trim();
  if (!NUMBER_RE.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function readNumber(
  q: URLSearchParams, param: string, range: Range, notices: Notice[],
): number | undefined {
  const raw = q.get(param);
  if (raw === null) return undefined;
  const n = parseNumber(raw);
  if (n === undefined) {
    notices.push({ param, kind: 'invalid', given: shorten(raw) });
    return undefined;
  }
  const c = clamp(n, range);
  if (c !== n) notices.push({ param, kind: 'clamped', given: shorten(raw), used: c, range });
  return c;
}

function readChoice<T extends string>(
  q: URLSearchParams, param: string, allowed: readonly T[], notices: Notice[],
): T | undefined {
  const raw = q.get(param);
  if (raw === null) return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (!hit) notices.push({ param, kind: 'invalid', given: shorten(raw) });
  return hit;
}

export interface Parsed {
  state: AppInputs;
  notices: Notice[];
}

/**
 * parseQuery(search, fallbackLang) reads a query string (with or without "?") into a full state:
 * language, then the accelerator preset, then every explicit value over it. Unknown names are ignored.
 */
export function parseQuery(search: string, fallbackLang: Lang, base?: AppInputs): Parsed {
  const notices: Notice[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const lang = readChoice(q, 'lang', LANGS, notices) ?? base?.lang ?? fallbackLang;
  const gpuRaw = q.get('gpu');
  let gpuId: string | undefined;
  if (gpuRaw !== null) {
    gpuId = acceleratorById(gpuRaw.trim().toLowerCase())?.id;
    if (!gpuId) notices.push({ param: 'gpu', kind: 'invalid', given: shorten(gpuRaw) });
  }
  // Over a base (compare mode's B over A), a chip is a value like any other: it resets nothing else.
  const state = base ? { ...base, gpuId: gpuId ?? base.gpuId } : defaults(lang, gpuId);
  for (const [param, key] of NUMERIC_PARAMS) {
    const v = readNumber(q, param, RANGES[key], notices);
    if (v !== undefined) state[key] = v;
  }
  const fx = readNumber(q, 'fx', FX_RANGE, notices);
  if (fx !== undefined) state.cnyPerUsd = fx;
  const cur = readChoice<Currency>(q, 'cur', ['USD', 'CNY'], notices);
  if (cur) state.currency = cur;
  const mode = readChoice(q, 'mode', ['rent', 'own'] as const, notices);
  if (mode) state.mode = mode;
  const power = readChoice(q, 'power', ['included', 'billed'] as const, notices);
  if (power) state.powerBilling = power;
  for (const [param, key, whole] of EFF_PARAMS) {
    const v = readNumber(q, param, EFF_RANGES[key], notices);
    if (v !== undefined) state[key] = whole ? Math.round(v) : v;
  }
  const model = readChoice(q, 'model', [...MODELS.map((m) => m.id), CUSTOM_MODEL_ID], notices);
  if (model) state.modelId = model;
  const wbits = readChoice(q, 'wbits', WEIGHT_BITS.map(String), notices);
  if (wbits) state.weightBits = Number(wbits) as AppInputs['weightBits'];
  const kvbits = readChoice(q, 'kvbits', KV_BITS.map(String), notices);
  if (kvbits) state.kvBits = Number(kvbits) as AppInputs['kvBits'];
  const eff = readChoice(q, 'eff', ['0', '1'], notices);
  if (eff) state.effLinked = eff === '1';
  for (const [param, key] of STORY_PARAMS) {
    const v = readNumber(q, param, STORY_RANGES[key], notices);
    if (v !== undefined) state[key] = v;
  }
  const step = readNumber(q, 'step', STEP_RANGE, notices);
  if (step !== undefined) state.step = Math.round(step);
  return { state, notices };
}

/**
 * linkNumber(v): v as a link writes it, to six significant figures: a drag leaves values such as
 * 7.6000000000000005 or 0.2097902097902098 (¥1.5 in dollars), and a link of them is unreadable. Six
 * figures move a cost by at most five parts in a million, far below the three figures the page shows.
 */
export const linkNumber = (v: number) => String(Number(v.toPrecision(6)));

/**
 * serializeQuery(state) is the shortest query that parseQuery turns back into `state`, numbers to six
 * significant figures (linkNumber): the language always (so a shared link opens in the sharer's
 * language), everything else only where it differs from the defaults for that language and accelerator.
 */
export function serializeQuery(state: AppInputs): string {
  const base = defaults(state.lang, state.gpuId);
  const q = new URLSearchParams();
  q.set('lang', state.lang);
  if (state.gpuId !== defaults(state.lang).gpuId) q.set('gpu', state.gpuId);
  for (const [param, key] of NUMERIC_PARAMS) {
    if (state[key] !== base[key]) q.set(param, linkNumber(state[key]));
  }
  if (state.cnyPerUsd !== base.cnyPerUsd) q.set('fx', linkNumber(state.cnyPerUsd));
  if (state.currency !== base.currency) q.set('cur', state.currency);
  if (state.mode !== base.mode) q.set('mode', state.mode);
  if (state.powerBilling !== base.powerBilling) q.set('power', state.powerBilling);
  for (const [param, key] of EFF_PARAMS) if (state[key] !== base[key]) q.set(param, linkNumber(state[key]));
  if (state.modelId !== base.modelId) q.set('model', state.modelId);
  if (state.weightBits !== base.weightBits) q.set('wbits', String(state.weightBits));
  if (state.kvBits !== base.kvBits) q.set('kvbits', String(state.kvBits));
  if (state.effLinked !== base.effLinked) q.set('eff', state.effLinked ? '1' : '0');
  for (const [param, key] of STORY_PARAMS) if (state[key] !== base[key]) q.set(param, linkNumber(state[key]));
  if (state.step !== base.step) q.set('step', String(state.step));
  return q.toString();
}

/** linkValues(state): every value a link can carry but the language, step and currency, as a link writes it. */
function linkValues(s: AppInputs): Map<string, string> {
  const m = new Map<string, string>([['gpu', s.gpuId], ['mode', s.mode], ['power', s.powerBilling], ['model', s.modelId],
    ['wbits', String(s.weightBits)], ['kvbits', String(s.kvBits)], ['eff', s.effLinked ? '1' : '0']]);
  for (const [param, key] of [...NUMERIC_PARAMS, ...EFF_PARAMS, ...STORY_PARAMS]) m.set(param, linkNumber(s[key as NumericInput]));
  return m;
}

/**
 * compareQuery(a, b): compare mode in a link (issue 20) — `cmp=1`, then B's values as `b_<name>` where
 * they differ from A's. parseLink reads B back over A, so the pair round-trips.
 */
export function compareQuery(a: AppInputs, b: AppInputs): string {
  const av = linkValues(a);
  return ['cmp=1', ...[...linkValues(b)].filter(([k, v]) => av.get(k) !== v).map(([k, v]) => `b_${k}=${encodeURIComponent(v)}`)].join('&');
}

/** Parameters that set no value a scene would overwrite: the language, the step and currency, and the view. */
const NOT_VALUES = new Set(['lang', 'step', 'cur', 'fx', 'theme', 'present', 'embed', 'controls', 'host', 'slides', 'slide', 'speaker', 'fit']);

/** A whole link, as every mode reads it. It is parsed once, when the page starts (start.ts). */
export interface Link extends Parsed {
  /** What to show: the page, one embedded chart or presenter mode, and the theme. */
  view: View;
  /** The place the link names after "#", decoded ('' for none). */
  place: string;
  /** It sets values beyond language, step and currency: a linked step then keeps them, not its scene. */
  setsValues: boolean;
  /** Compare mode's scenario B (cmp=1 and its b_ values, parsed and clamped over A's), if the link has one. */
  compare?: AppInputs;
}

/** parseLink(search, hash, browserLangs): the link in full; its language falls back to the browser's. */
export function parseLink(search: string, hash = '', browserLangs: readonly string[] = []): Link {
  let place = hash.replace(/^#/, '');
  try { place = decodeURIComponent(place); } catch { /* a malformed #… is looked up as it stands */ }
  let keys: string[] = [];
  try { keys = [...new URLSearchParams(search).keys()]; } catch { /* no values */ }
  const parsed = parseQuery(search, languageFromNavigator(browserLangs));
  let compare: AppInputs | undefined;
  const q = new URLSearchParams(keys.length ? search : '');
  if (q.get('cmp') === '1') {
    const bq = new URLSearchParams([...q].filter(([k]) => k.startsWith('b_')).map(([k, v]) => [k.slice(2), v]));
    const b = parseQuery(bq.toString(), parsed.state.lang, { ...parsed.state, effLinked: false });
    compare = b.state;
    parsed.notices.push(...b.notices.map((n) => ({ ...n, param: `b_${n.param}` })));
  }
  return { ...parsed, view: parseView(search), place, setsValues: keys.some((k) => !NOT_VALUES.has(k)), compare };
}
