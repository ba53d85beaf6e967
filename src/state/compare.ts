// Compare mode (issue 20): scenario B beside the reader's A, and why B's tokens cost more or less. The
// players are the cost model's inputs, named by their link parameters (diff-<name> on the page); the
// chip is not one: it acts through its power, tokens/s and rent, which are. Pure.
import { cost, electricityUsdPerGpuHour, hardwareUsdPerGpuHour, powerInsideRent, type CostInputs } from '../model/cost';
import { shapley } from '../model/shapley';
import { SCENARIOS, scenarioInputs } from '../model/presets';
import { compareQuery, serializeQuery } from './url';
import type { AppInputs } from './inputs';
import { fieldOf, OWN_PLAYERS, PLAYERS, POWER_PLAYERS, readsOf, RENT_PLAYERS, type Player } from './players';

export { fieldOf, PLAYERS, readsOf, type Player };

export interface Attribution {
  aUsd: number;
  bUsd: number;
  /** One per input that differs, its share of B − A (USD per million output tokens), largest first; they sum to it. */
  parts: { name: Player; usd: number }[];
  /**
   * Inputs set differently that take no share, and why: inside both rents ('power': the power price, a
   * GPU's draw, PUE), neither owns ('own': the owner's capital), neither rents ('rent'), or only one of
   * the two rents and only one owns ('mode': its part is in the switch). See comparable().
   */
  absorbed: { name: Player; why: 'power' | 'own' | 'rent' | 'mode' }[];
}

/**
 * The cost per million (model/cost.ts) as a sum of terms, each reading only some of the inputs: the rent,
 * the owner's capital (GPUs and facility), the power bill unless it is inside the rent, and other costs,
 * each divided by the tokens an hour makes. In every mode they add up to cost()'s total: inside a rent,
 * the rent pays for the power. A Shapley value is linear in the game, and an input a term never reads gets
 * nothing from it, so each term needs only the subsets of the inputs it reads: with all fourteen inputs
 * differing that is 16 + 256 + 128 + 8 = 408 costs, not 2^14 = 16,384 (a slider input's budget).
 */
const perM = (usdPerHour: number, x: CostInputs) => (usdPerHour / (x.tokPerSecPerGpu * 3600 * x.utilisation)) * 1e6;
export const TERMS: readonly { reads: readonly Player[]; usd: (x: CostInputs) => number }[] = [
  { reads: ['mode', 'rent', 'tps', 'util'], usd: (x) => perM(x.mode === 'rent' ? x.rentUsdPerGpuHour : 0, x) },
  { reads: ['mode', 'capex', 'years', 'capital', 'site', 'siteyears', 'tps', 'util'], usd: (x) => perM(x.mode === 'own' ? hardwareUsdPerGpuHour(x) : 0, x) },
  { reads: ['mode', 'power', 'elec', 'kw', 'pue', 'tps', 'util'], usd: (x) => perM(powerInsideRent(x) ? 0 : electricityUsdPerGpuHour(x), x) },
  { reads: ['opex', 'tps', 'util'], usd: (x) => perM(x.opexUsdPerGpuHour, x) },
];

/**
 * comparable(a, b): the pair with what one scenario's cost never reads taken from the other — an owner's
 * rent, a renter's purchase price — so it is no difference between the two factories: renting against
 * owning is one switch, not a switch and a rent nobody pays. What neither reads (a power price inside
 * both rents) is no difference either. Each cost is unchanged.
 */
export function comparable(a: CostInputs, b: CostInputs): [CostInputs, CostInputs] {
  const a2 = { ...a }, b2 = { ...b };
  const take = (names: readonly Player[], to: CostInputs, from: CostInputs) => {
    for (const name of names) (to as unknown as Record<string, unknown>)[fieldOf(name)] = from[fieldOf(name)];
  };
  if (b.mode !== a.mode) {
    const [renter, owner] = a.mode === 'rent' ? [a2, b2] : [b2, a2];
    take(RENT_PLAYERS, owner, renter);
    take(OWN_PLAYERS, renter, owner);
  }
  const ra = readsOf(a), rb = readsOf(b);
  take(PLAYERS.map(([name]) => name).filter((name) => !ra.has(name) && !rb.has(name)), b2, a2);
  return [a2, b2];
}

/**
 * attribution(a, b): B's cost per million against A's, the gap split among the inputs that differ
 * (comparable: not those one of them never reads; Shapley values over them: shapley.ts, one term at a
 * time: TERMS). A pair that differs in one input gives it the whole gap.
 */
export function attribution(a0: CostInputs, b0: CostInputs): Attribution {
  const [a, b] = comparable(a0, b0);
  const differ = PLAYERS.filter(([, k]) => a[k] !== b[k]);
  const absorbed = PLAYERS.filter(([, k]) => a0[k] !== b0[k] && a[k] === b[k]).map(([name]) => ({ name,
    why: a0.mode !== b0.mode ? 'mode' as const : POWER_PLAYERS.includes(name) ? 'power' as const : a0.mode === 'rent' ? 'own' as const : 'rent' as const }));
  const phi = new Map<Player, number>(differ.map(([name]) => [name, 0]));
  for (const term of TERMS) {
    const players = differ.filter(([name]) => term.reads.includes(name));
    if (!players.length) continue;
    const shares = shapley(players.length, (mask) => {
      const x: CostInputs = { ...a };
      players.forEach(([, k], i) => { if (mask & (1 << i)) (x as unknown as Record<string, unknown>)[k] = b[k]; });
      return term.usd(x);
    });
    players.forEach(([name], i) => phi.set(name, phi.get(name)! + shares[i]));
  }
  const aUsd = cost(a).perMillionTotalUsd, bUsd = cost(b).perMillionTotalUsd;
  // An input with no effect here (tokens/s where nothing costs anything) gets exactly zero, not a float's residue.
  const tiny = 1e-12 * Math.max(Math.abs(aUsd), Math.abs(bUsd), 1e-300);
  // Largest first, so the waterfall's first step is its biggest (a lecturer's note: a fixed order put a
  // cent's step first); equal sizes keep PLAYERS' order, so swapping A and B keeps the order too.
  const parts = differ.map(([name]) => ({ name, usd: Math.abs(phi.get(name)!) < tiny ? 0 : phi.get(name)! }));
  return { aUsd, bUsd, parts: parts.sort((p, q) => Math.abs(q.usd) - Math.abs(p.usd)), absorbed };
}

/** What the sentence under the waterfall says (charts:compare.*), decided here and worded by the chart. */
export interface GapStory {
  /**
   * How it opens: A and B the same ('same'), the same cost though set differently ('sameCost'), shares that
   * are all zero ('noEffect'), or both costs with B's as a share of A's ('share', a tenth to ten times),
   * as a multiple of A's or A's of B's ('times', 'timesA'), or without a ratio where either cost is zero.
   */
  head: 'same' | 'sameCost' | 'noEffect' | 'share' | 'times' | 'timesA' | 'noRatio';
  /** B's cost ÷ A's (meaningful where head is share, times or timesA). */
  ratio: number;
  /**
   * Where the gap comes from: all from one input, mostly from the largest three, or what is left where those
   * pull against each other (their sizes add to more than five times the gap); restUsd is what the other
   * moving inputs add together, when there are others.
   */
  gap: { kind: 'one' | 'list' | 'cancel'; top: Attribution['parts']; restUsd: number | null } | null;
  /** Why the inputs that take no share take none (the two that can meet: 'powerOwn'), or null. */
  why: Attribution['absorbed'][number]['why'] | 'powerOwn' | null;
}

/** gapStory(att): the sentence's cases for an attribution, in the order the sentence says them. */
export function gapStory(att: Attribution): GapStory {
  const whys = new Set(att.absorbed.map((p) => p.why));
  const why = whys.size > 1 ? 'powerOwn' : whys.size ? [...whys][0] : null;
  const ratio = att.bUsd / att.aUsd;
  const moving = att.parts.filter((p) => p.usd !== 0);
  if (!att.parts.length) return { head: att.absorbed.length ? 'sameCost' : 'same', ratio, gap: null, why };
  if (!moving.length) return { head: 'noEffect', ratio, gap: null, why };
  // Twice or more either way reads as a multiple ("6.3 times"), not as a share ("627%").
  const head = !(att.aUsd > 0) || !(att.bUsd > 0) ? 'noRatio' : ratio >= 2 ? 'times' : ratio <= 0.5 ? 'timesA' : 'share';
  const top = moving.slice(0, 3); // the largest three: parts come largest first
  const gapUsd = att.bUsd - att.aUsd;
  const pull = top.reduce((sum, p) => sum + Math.abs(p.usd), 0);
  const kind = moving.length === 1 ? 'one' : top.some((p) => p.usd > 0) && top.some((p) => p.usd < 0) && 5 * Math.abs(gapUsd) < pull ? 'cancel' : 'list';
  const restUsd = moving.length > top.length ? gapUsd - top.reduce((sum, p) => sum + p.usd, 0) : null;
  return { head, ratio, gap: { kind, top, restUsd: restUsd === 0 ? null : restUsd }, why };
}

/**
 * balanced(values, total, places): values rounded to `places` decimals so that they add up to total rounded
 * the same way (largest remainder: each rounded down, the units left over given to those rounded down most).
 * The sentence says the shares add up to the gap; rounded one by one, −2.854 and +1.468 showed −2.85 and
 * +1.47 beside a gap of −1.39. Values that do not add up to total to within their count of units are
 * rounded one by one.
 */
export function balanced(values: readonly number[], total: number, places: number): number[] {
  const k = 10 ** places;
  const scaled = values.map((v) => v * k);
  const out = scaled.map((v) => Math.floor(v + 1e-9));
  let left = Math.round(total * k) - out.reduce((sum, f) => sum + f, 0);
  if (left < 0 || left > values.length) return scaled.map((v) => Math.round(v) / k);
  const order = scaled.map((_, i) => i).sort((i, j) => (scaled[j] - out[j]) - (scaled[i] - out[i]));
  for (const i of order) if (left > 0) { out[i] += 1; left -= 1; }
  return out.map((f) => f / k);
}

/** A waterfall row: A's total, each input's step from A's cost towards B's, B's total (USD per million). */
/** A bar from lo to hi; end is where the running total stands after it (the next step starts there). */
export interface WaterfallRow { key: 'a' | 'b' | Player; lo: number; hi: number; usd: number; end: number }

/** waterfallRows(att): the bars of the waterfall, each step starting where the one before it ended. */
export function waterfallRows(att: Attribution): WaterfallRow[] {
  let at = att.aUsd;
  const steps = att.parts.map((p) => {
    const from = at;
    at += p.usd;
    return { key: p.name, lo: Math.min(from, at), hi: Math.max(from, at), usd: p.usd, end: at };
  });
  return [{ key: 'a', lo: 0, hi: att.aUsd, usd: att.aUsd, end: att.aUsd }, ...steps, { key: 'b', lo: 0, hi: att.bUsd, usd: att.bUsd, end: att.bUsd }];
}

/**
 * The comparisons the reports make, each a pair of their scenarios (model/presets.ts) with what B
 * changes, and the sources its figures and any claim it tests come from: the 1/6–1/10 power claim (HK-TE)
 * as owned H100s on west-China power against Europe's (HK-TE's 5×); Blackwell spot against an H100
 * contract (HK-TE's 1/10, CPS-Price's rents); renting against owning (no report's claim: CPS-Price's rent,
 * the purchase price SemiAnalysis gives via Epoch AI); the Oct 2025 rent low against March 2026 (CPS-Price).
 * Each has a note on what it holds and what it leaves out (charts:compare.readyNotes).
 */
export const READY = [
  { id: 'power', a: 'h100-owned', b: 'h100-owned', bElecFrom: 'h100-eu-grid', sources: ['hk-te'] },
  { id: 'blackwell', a: 'h100-west-2026', b: 'blackwell-spot-2026', sources: ['hk-te', 'cps-price'] },
  { id: 'own', a: 'h100-west-2026', b: 'h100-owned', sources: ['cps-price', 'epoch-dgx-price'] },
  { id: 'low', a: 'h100-low-2025', b: 'h100-west-2026', sources: ['cps-price'] },
] as const;

export type Ready = (typeof READY)[number];

/** scenario(id, cnyPerUsd): a published scenario's values (model/presets.ts), its tokens/s a published figure. */
export const scenario = (id: string, cnyPerUsd: number) => {
  const s = SCENARIOS.find((x) => x.id === id)!;
  return { ...scenarioInputs(s, cnyPerUsd), gpuId: s.gpuId, effLinked: false };
};

/** valuesOf(x): a scenario's values without what both scenarios share — language, currency, exchange rate, story step. */
export function valuesOf(x: AppInputs): Partial<AppInputs> {
  const { lang: _l, currency: _c, cnyPerUsd: _f, step: _s, ...values } = x;
  return values;
}

/** readyPair(r, base): a ready comparison's A and B over the reader's other settings (language, currency, the rest). */
export function readyPair(r: Ready, base: AppInputs): { a: AppInputs; b: AppInputs } {
  const a = { ...base, ...scenario(r.a, base.cnyPerUsd) };
  const b = { ...a, ...scenario(r.b, base.cnyPerUsd), ...('bElecFrom' in r ? { elecUsdPerKwh: scenario(r.bElecFrom, base.cnyPerUsd).elecUsdPerKwh } : {}) };
  return { a, b };
}

/**
 * readyMatching(a, b): the ready comparison a pair is, if it is one — every input either could differ in
 * (PLAYERS) and both accelerators as readyPair makes them over A's other settings, numbers within a few
 * parts in a million (a link carries six significant figures).
 */
export function readyMatching(a: AppInputs, b: AppInputs): Ready | undefined {
  const same = (x: unknown, y: unknown) => x === y || (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 1e-5 * Math.max(Math.abs(x), Math.abs(y)));
  const alike = (x: AppInputs, y: AppInputs) => x.gpuId === y.gpuId && PLAYERS.every(([, k]) => same(x[k], y[k]));
  return READY.find((r) => {
    const pair = readyPair(r, a);
    return alike(pair.a, a) && alike(pair.b, b);
  });
}

/**
 * readyLink(r, base, opens): the link that opens a ready comparison — in the explorer at its waterfall, or
 * with `opens` what follows its values instead (a lecture's: "&present=1&slides=compare").
 */
export function readyLink(r: Ready, base: AppInputs, opens = '#compare'): string {
  const { a, b } = readyPair(r, base);
  return `?${serializeQuery(a)}&${compareQuery(a, b)}${opens}`;
}
