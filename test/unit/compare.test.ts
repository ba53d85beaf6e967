// Compare mode (issue 20): Shapley attribution of the gap between two scenarios (model/shapley.ts,
// state/compare.ts), checked by its laws and by a case worked by hand; and the pair in a link.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shapley } from '../../src/model/shapley';
import { attribution, balanced, comparable, gapStory, PLAYERS, readsOf, readyMatching, readyPair, READY, TERMS, waterfallRows } from '../../src/state/compare';
import { cost } from '../../src/model/cost';
import { defaults } from '../../src/state/inputs';
import { compareQuery, EFF_PARAMS, noticeText, NUMERIC_PARAMS, parseLink, serializeQuery, STORY_PARAMS } from '../../src/state/url';
import en from 'virtual:messages/en';
import zh from 'virtual:messages/zh';
import { addBundle, tFor, type Bundle } from '../../src/i18n/i18n';
import { RANGES } from '../../src/model/ranges';

const bundleOf = (s: typeof en) => ('bundle' in s ? s.bundle : {}) as Bundle;
addBundle('en', bundleOf(en));
addBundle('zh', bundleOf(zh));

const base = defaults('en');
const billed = { ...base, powerBilling: 'billed' as const, rentUsdPerGpuHour: 2, elecUsdPerKwh: 0.1, kwPerGpu: 1, pue: 1, opexUsdPerGpuHour: 0, tokPerSecPerGpu: 1000, utilisation: 1 };

// Any pair of scenarios inside the ranges, both modes, both kinds of rent.
const num = (k: keyof typeof RANGES) => fc.double({ min: RANGES[k].min, max: RANGES[k].max, noNaN: true });
const scenario = fc.record({
  elecUsdPerKwh: num('elecUsdPerKwh'), rentUsdPerGpuHour: num('rentUsdPerGpuHour'), tokPerSecPerGpu: fc.double({ min: 1, max: 1e5, noNaN: true }),
  utilisation: fc.double({ min: 0.01, max: 1, noNaN: true }), pue: num('pue'), kwPerGpu: num('kwPerGpu'), opexUsdPerGpuHour: num('opexUsdPerGpuHour'),
  mode: fc.constantFrom('rent' as const, 'own' as const), powerBilling: fc.constantFrom('included' as const, 'billed' as const),
  capexUsdPerGpu: num('capexUsdPerGpu'), depreciationYears: num('depreciationYears'), capitalRatePerYear: num('capitalRatePerYear'),
  siteUsdPerGpu: num('siteUsdPerGpu'), siteYears: num('siteYears'),
}).map((x) => ({ ...base, ...x }));
// B: A with a random subset of its inputs replaced.
const pair = fc.tuple(scenario, scenario, fc.array(fc.boolean(), { minLength: PLAYERS.length, maxLength: PLAYERS.length })).map(([a, other, pick]) => {
  const b = { ...a };
  PLAYERS.forEach(([, k], i) => { if (pick[i]) (b as Record<string, unknown>)[k] = other[k]; });
  return [a, b] as const;
});
const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

describe('attribution(a, b)', () => {
  it('the contributions add up to B − A exactly, for any pair', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const att = attribution(a, b);
      expect(near(att.aUsd, cost(a).perMillionTotalUsd) && near(att.bUsd, cost(b).perMillionTotalUsd)).toBe(true);
      const sum = att.parts.reduce((s, p) => s + p.usd, 0);
      expect(Math.abs(sum - (att.bUsd - att.aUsd))).toBeLessThanOrEqual(1e-9 * Math.max(1, att.aUsd, att.bUsd));
    }));
  });
  it('term by term, it is the Shapley value of the whole cost over every subset of the inputs that differ', () => {
    // The fast way (TERMS) against the definition: all 2^n costs of the model itself.
    fc.assert(fc.property(pair, ([a0, b0]) => {
      const [a, b] = comparable(a0, b0);
      // Unchanged up to a float's rounding: inside a rent, (rent − power) + power.
      expect(near(cost(a).perMillionTotalUsd, cost(a0).perMillionTotalUsd)).toBe(true);
      expect(near(cost(b).perMillionTotalUsd, cost(b0).perMillionTotalUsd)).toBe(true);
      const differ = PLAYERS.filter(([, k]) => a[k] !== b[k]);
      const whole = shapley(differ.length, (mask) => {
        const x = { ...a };
        differ.forEach(([, k], i) => { if (mask & (1 << i)) (x as Record<string, unknown>)[k] = b[k]; });
        return cost(x).perMillionTotalUsd;
      });
      const att = attribution(a0, b0);
      const scale = 1e-9 * Math.max(1, att.aUsd, att.bUsd);
      expect(att.parts.map((p) => p.name).sort()).toEqual(differ.map(([n]) => n).sort());
      att.parts.forEach((p) => expect(Math.abs(p.usd - whole[differ.findIndex(([n]) => n === p.name)]), p.name).toBeLessThanOrEqual(scale));
      // Largest first: the waterfall's first step is its biggest.
      att.parts.forEach((p, i) => i && expect(Math.abs(p.usd)).toBeLessThanOrEqual(Math.abs(att.parts[i - 1].usd)));
    }), { numRuns: 60 });
  });
  it('the terms add up to the model\'s total in every mode', () => {
    fc.assert(fc.property(scenario, (x) => {
      const total = cost(x).perMillionTotalUsd;
      expect(Math.abs(TERMS.reduce((s, t) => s + t.usd(x), 0) - total)).toBeLessThanOrEqual(1e-12 * Math.max(1, total));
    }));
  });
  it('swapping A and B negates every contribution', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const ab = attribution(a, b), ba = attribution(b, a);
      expect(ba.parts.map((p) => p.name)).toEqual(ab.parts.map((p) => p.name));
      ab.parts.forEach((p, i) => expect(Math.abs(p.usd + ba.parts[i].usd)).toBeLessThanOrEqual(1e-9 * Math.max(1, ab.aUsd, ab.bUsd)));
    }));
  });
  it('a pair that differs in one input gives it the whole difference; inputs that do not differ have no part', () => {
    const b = { ...billed, rentUsdPerGpuHour: 3.5 };
    const att = attribution(billed, b);
    expect(att.parts.map((p) => p.name)).toEqual(['rent']);
    expect(att.parts[0].usd).toBeCloseTo(att.bUsd - att.aUsd, 12);
    expect(attribution(billed, { ...billed }).parts).toEqual([]);
  });
  it('worked by hand: power billed on top, power price 0.1 → 0.5 $/kWh and 1,000 → 2,000 tokens/s', () => {
    // Cost per million = (rent + price × kW × PUE + opex) ÷ (tokens/s × 3,600 × utilisation) × 10⁶.
    // v(∅) = 2.1/3.6 = 0.583333…, v(power) = 2.5/3.6 = 0.694444…, v(tps) = 2.1/7.2 = 0.291666…, v(both) = 2.5/7.2 = 0.347222…
    // power: ½[(0.694444 − 0.583333) + (0.347222 − 0.291667)] = 0.0833333…; tps: ½[(0.291667 − 0.583333) + (0.347222 − 0.694444)] = −0.3194444…
    const att = attribution(billed, { ...billed, elecUsdPerKwh: 0.5, tokPerSecPerGpu: 2000 });
    expect(att.aUsd).toBeCloseTo(2.1 / 3.6, 12);
    expect(att.bUsd).toBeCloseTo(2.5 / 7.2, 12);
    expect(att.parts.find((p) => p.name === 'elec')!.usd).toBeCloseTo(1 / 12, 12);
    expect(att.parts.find((p) => p.name === 'tps')!.usd).toBeCloseTo(-0.3194444444444444, 12);
  });
  it('renting against owning is one switch: an owner\'s rent and a renter\'s purchase price are no differences', () => {
    const owner = { ...base, mode: 'own' as const, rentUsdPerGpuHour: 4.08, powerBilling: 'billed' as const };
    const renter = { ...base, capexUsdPerGpu: 1, siteYears: 7 };
    const att = attribution(renter, owner);
    expect(att.parts.map((p) => p.name)).toEqual(['mode']);
    expect(att.parts[0].usd).toBeCloseTo(att.bUsd - att.aUsd, 12);
    // Both renting, the rent is a difference again.
    expect(attribution(base, { ...base, rentUsdPerGpuHour: 4.08 }).parts.map((p) => p.name)).toEqual(['rent']);
  });
  it('what neither cost reads takes no share, and says why: a power price inside both rents, an owner\'s capital when both rent', () => {
    const att = attribution(base, { ...base, elecUsdPerKwh: 0.3, kwPerGpu: 1, siteUsdPerGpu: 5000, rentUsdPerGpuHour: 3 });
    expect(att.parts.map((p) => p.name)).toEqual(['rent']);
    expect(att.absorbed).toEqual([{ name: 'elec', why: 'power' }, { name: 'kw', why: 'power' }, { name: 'site', why: 'own' }]);
    // Both own: the rents they do not pay; renting against owning: what only one of them reads is in the switch.
    const owner = { ...base, mode: 'own' as const };
    expect(attribution(owner, { ...owner, rentUsdPerGpuHour: 9 }).absorbed).toEqual([{ name: 'rent', why: 'rent' }]);
    expect(attribution(base, { ...owner, rentUsdPerGpuHour: 9, elecUsdPerKwh: 0.3 }).absorbed).toEqual([{ name: 'rent', why: 'mode' }]);
  });
  it('readsOf(x): changing an input x does not read never changes its cost', () => {
    fc.assert(fc.property(scenario, scenario, (x, other) => {
      const reads = readsOf(x);
      for (const [name, k] of PLAYERS) {
        if (reads.has(name)) continue;
        // Up to a float's rounding: inside a rent the bill is (rent − power) + power.
        expect(near(cost({ ...x, [k]: other[k] }).perMillionTotalUsd, cost(x).perMillionTotalUsd), name).toBe(true);
      }
    }));
  });
  it('every input set differently is either a share of the gap or named as taking none', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const att = attribution(a, b);
      const named = [...att.parts.map((p) => p.name), ...att.absorbed.map((p) => p.name)].sort();
      expect(named).toEqual(PLAYERS.filter(([, k]) => a[k] !== b[k]).map(([name]) => name).sort());
    }));
  });
  it('shapley(n, v) of an additive game is each player\'s own effect, whatever n', () => {
    const w = [3, -1, 0.5, 2, -4];
    const phi = shapley(5, (m) => w.reduce((s, x, i) => s + (m & (1 << i) ? x : 0), 0));
    phi.forEach((p, i) => expect(p).toBeCloseTo(w[i], 12));
  });
  it('the waterfall steps from A to B, each bar starting where the last ended', () => {
    const att = attribution(billed, { ...billed, elecUsdPerKwh: 0.5, tokPerSecPerGpu: 2000 });
    const rows = waterfallRows(att);
    // Largest step first: tokens/s takes B − A − elec's 1/12 = 2.5/7.2 − 2.1/3.6 − 1/12 ≈ −0.319, elec +1/12.
    expect(rows.map((r) => r.key)).toEqual(['a', 'tps', 'elec', 'b']);
    expect(rows[1].hi).toBeCloseTo(2.1 / 3.6, 12);
    expect(rows[1].lo).toBeCloseTo(2.5 / 7.2 - 1 / 12, 12);
    expect(rows[2].lo).toBeCloseTo(2.5 / 7.2 - 1 / 12, 12);
    expect(rows[2].hi).toBeCloseTo(2.5 / 7.2, 12);
    // Each bar ends where the next begins: A's total, down by tokens/s' share to the low end, up by elec's to B's.
    expect(rows[0].end).toBeCloseTo(2.1 / 3.6, 12);
    expect(rows[1].end).toBeCloseTo(rows[1].lo, 12);
    expect(rows[2].end).toBeCloseTo(2.5 / 7.2, 12);
    expect(rows[3].end).toBeCloseTo(rows[2].end, 12);
  });
});

describe('gapStory(att): what the sentence says', () => {
  // billed: rent $2, power 0.1 $/kWh × 1 kW, no other cost, 1,000 tokens/s, always busy: (2 + 0.1) ÷ 3.6 = $0.583333 per million.
  it('one input: all of the gap is its own, and B\'s cost is a share of A\'s', () => {
    const st = gapStory(attribution(billed, { ...billed, rentUsdPerGpuHour: 3.5 }));
    // (3.5 + 0.1) ÷ (2 + 0.1) = 1.714…
    expect(st).toMatchObject({ head: 'share', gap: { kind: 'one', restUsd: null }, why: null });
    expect(st.ratio).toBeCloseTo(3.6 / 2.1, 12);
  });
  it('twice the rent and twice the tokens/s: the two shares largely cancel', () => {
    // B: (4 + 0.1) ÷ 7.2 = 0.569444; gap −0.013889. Rent: ½[(4.1 − 2.1)/3.6 + (4.1 − 2.1)/7.2] = +0.416667;
    // tokens/s: the rest, −0.430556. |shares| add to 0.847, more than five times the gap.
    const att = attribution(billed, { ...billed, rentUsdPerGpuHour: 4, tokPerSecPerGpu: 2000 });
    expect(att.parts.find((p) => p.name === 'rent')!.usd).toBeCloseTo(2 / 3.6 / 2 + 2 / 7.2 / 2, 12);
    expect(gapStory(att).gap!.kind).toBe('cancel');
    // The same rise in rent with a smaller gain in tokens/s does not cancel: the largest shares, listed.
    expect(gapStory(attribution(billed, { ...billed, rentUsdPerGpuHour: 4, tokPerSecPerGpu: 1200 })).gap!.kind).toBe('list');
  });
  it('more than three inputs: the three largest and what the rest add, which makes up the gap', () => {
    const att = attribution(billed, { ...billed, rentUsdPerGpuHour: 3, tokPerSecPerGpu: 1500, utilisation: 0.5, elecUsdPerKwh: 0.3, opexUsdPerGpuHour: 0.1 });
    const st = gapStory(att);
    expect(st.gap!.top).toHaveLength(3);
    expect(st.gap!.top.reduce((s, p) => s + p.usd, 0) + st.gap!.restUsd!).toBeCloseTo(att.bUsd - att.aUsd, 12);
  });
  it('twice as dear or cheap or more is a multiple, either way; nothing moving is the same cost', () => {
    // billed pays $2.10 an hour whatever its tokens/s, so B's cost is A's × 1000 / B's tokens/s.
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 50 })).head).toBe('times');
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 400 })).head).toBe('times'); // 2.5×
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 600 })).head).toBe('share'); // 167%
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 1500 })).head).toBe('share'); // 67%
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 2500 })).head).toBe('timesA'); // A 2.5× B
    expect(gapStory(attribution(billed, { ...billed, tokPerSecPerGpu: 20000 })).head).toBe('timesA');
    expect(gapStory(attribution(base, { ...base, elecUsdPerKwh: 0.3 }))).toMatchObject({ head: 'sameCost', gap: null, why: 'power' });
    expect(gapStory(attribution(base, { ...base, elecUsdPerKwh: 0.3, siteUsdPerGpu: 1 })).why).toBe('powerOwn');
    expect(gapStory(attribution(base, { ...base })).head).toBe('same');
  });
});

describe('compare mode in a link', () => {
  it('cmp=1 and b_ values round-trip the pair, writing only what differs from A', () => {
    for (const r of READY) {
      const { a, b } = readyPair(r, { ...base, lang: 'zh', currency: 'CNY' });
      const link = `${serializeQuery(a)}&${compareQuery(a, b)}`;
      const back = parseLink(link);
      expect(back.compare, r.id).toBeDefined();
      // Links carry six significant figures (linkNumber): the costs come back within a few parts in a million.
      const within = (x: number, y: number) => expect(Math.abs(x - y) / y, r.id).toBeLessThan(1e-5);
      within(attribution(back.state, back.compare!).bUsd, cost(b).perMillionTotalUsd);
      within(cost(back.state).perMillionTotalUsd, cost(a).perMillionTotalUsd);
      for (const [k, v] of new URLSearchParams(compareQuery(a, b))) if (k !== 'cmp') expect(new URLSearchParams(serializeQuery(a)).get(k.slice(2)), k).not.toBe(v);
    }
    expect(compareQuery(base, { ...base })).toBe('cmp=1');
  });
  it('a ready comparison is known as one after a link\'s round trip, and not once B moves', () => {
    for (const r of READY) {
      const { a, b } = readyPair(r, { ...base, lang: 'zh', currency: 'CNY' });
      expect(readyMatching(a, b)?.id).toBe(r.id);
      const back = parseLink(`${serializeQuery(a)}&${compareQuery(a, b)}`);
      expect(readyMatching(back.state, back.compare!)?.id, r.id).toBe(r.id);
      expect(readyMatching(a, { ...b, rentUsdPerGpuHour: b.rentUsdPerGpuHour + 0.01 })).toBeUndefined();
    }
    expect(readyMatching(base, { ...base })).toBeUndefined();
  });
  it('B is parsed and clamped like A; a link without cmp=1 has no B', () => {
    const l = parseLink('lang=en&rent=3&cmp=1&b_rent=99&b_elec=abc&b_gpu=b200');
    expect(l.compare!.rentUsdPerGpuHour).toBe(15);
    expect(l.compare!.elecUsdPerKwh).toBe(l.state.elecUsdPerKwh);
    expect(l.compare!.gpuId).toBe('b200');
    expect(l.notices.map((n) => n.param).sort()).toEqual(['b_elec', 'b_rent']);
    expect(parseLink('lang=en&b_rent=3').compare).toBeUndefined();
  });
  it('a notice names the input, the unit its link value is in, the parameter and the range it was held to', () => {
    const l = parseLink('lang=en&elec=0.9&cmp=1&b_rent=99&b_elec=abc&b_pue=1.3');
    const en = tFor('en'), zh = tFor('zh');
    expect(l.notices.map((n) => noticeText(n, en, 'en'))).toEqual([
      'Electricity price (elec, in US$ per kWh): 0.9 is outside the allowed 0–0.5; 0.5 is used instead.',
      'Scenario B’s electricity price (b_elec, in US$ per kWh): “abc” is not an accepted value; scenario A’s value is used.',
      'Scenario B’s GPU rent (b_rent, in US$ per GPU-hour): 99 is outside the allowed 0–15; 15 is used instead.',
    ]);
    expect(noticeText(l.notices[2], zh, 'zh')).toBe('情景 B 的 GPU 租金（b_rent，单位：美元/卡时）：99 超出允许范围 0–15，已改用 15。');
    // An input with no unit, and a choice, read without one; every parameter a link can carry has a name.
    const p = parseLink('lang=en&pue=9&mode=lease').notices.map((n) => noticeText(n, en, 'en'));
    expect(p).toEqual(['PUE (pue): 9 is outside the allowed 1–2.5; 2.5 is used instead.',
      'Rent or own (mode): “lease” is not an accepted value; the default is used.']);
    const names = ['lang', 'gpu', 'cur', 'fx', 'mode', 'power', 'model', 'wbits', 'kvbits', 'eff', 'step',
      ...[...NUMERIC_PARAMS, ...EFF_PARAMS, ...STORY_PARAMS].map(([param]) => param)];
    for (const lang of ['en', 'zh'] as const) {
      for (const param of names) expect(tFor(lang)(`common:notices.names.${param}`, { defaultValue: '' }), `${lang} ${param}`).not.toBe('');
    }
  });
});

describe('balanced(values, total, places): shares shown that add up to the gap shown', () => {
  it('the case a lecturer added up: −2.854 and +1.468 (gap −1.386) show −2.86 and +1.47, which make −1.39', () => {
    // Rounded one by one: −2.85 + 1.47 = −1.38. Scaled by 100: floors −286 and 146 (−140); the gap rounds to −139,
    // one unit left, given to the one rounded down most (146.8, 0.8 against −285.4's 0.6).
    expect(balanced([-2.854, 1.468], -1.386, 2)).toEqual([-2.86, 1.47]);
    // Where plain rounding already adds up, it is what is shown.
    expect(balanced([0.3994, -0.2052], 0.1942, 3)).toEqual([0.399, -0.205]);
  });
  it('always adds up to the rounded total, each value within one unit of where it was', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (vs, places) => {
      const total = vs.reduce((a, b) => a + b, 0), k = 10 ** places;
      const out = balanced(vs, total, places);
      return Math.round(out.reduce((a, b) => a + b, 0) * k) === Math.round(total * k) && out.every((v, i) => Math.abs(v - vs[i]) * k < 1 + 1e-6);
    }), { seed: 7, numRuns: 500 });
  });
});

