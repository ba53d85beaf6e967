import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHost, parseView, setMessageQuery, SET_TYPE } from '../../src/state/embed';
import { parseQuery } from '../../src/state/url';
import { RANGES } from '../../src/model/ranges';

const SEED = { seed: 20261122, numRuns: 400 };

describe('parseView(search)', () => {
  it('shows one known chart, with sliders only when asked', () => {
    expect(parseView('embed=anchor&controls=1')).toEqual({ embed: 'anchor', controls: true, theme: 'light', present: false, speaker: false, fit: false });
    expect(parseView('embed=COST-STACK&theme=projector')).toEqual({ embed: 'cost-stack', controls: false, theme: 'projector', present: false, speaker: false, fit: false });
    expect(parseView('embed=<svg onload=x>&controls=1&theme=<b>')).toEqual({ embed: undefined, controls: false, theme: 'light', present: false, speaker: false, fit: false });
    expect(parseView('controls=1&present=1&theme=dark')).toEqual({ embed: undefined, controls: false, theme: 'dark', present: true, speaker: false, fit: false });
  });
  it('pins a host page by its origin, and nothing that is not an http(s) origin', () => {
    expect(parseView('embed=anchor&host=https://slides.example/deck/3?x=1').host).toBe('https://slides.example');
    expect(parseView('embed=anchor&host=http://localhost:8080').host).toBe('http://localhost:8080');
    for (const bad of ['javascript:alert(1)', 'slides.example', 'data:text/html,x', '']) expect(parseView(`embed=anchor&host=${encodeURIComponent(bad)}`).host, bad).toBeUndefined();
    expect(parseView('host=https://slides.example').host, 'the whole page has no host').toBeUndefined();
  });
});

describe('fromHost(message, parent, host): who may move a frame', () => {
  const parent = { name: 'the page holding the frame' };
  const opener = { name: 'a window that opened the frame' };
  it('takes messages from the parent window only, and from a pinned origin only', () => {
    expect(fromHost({ source: parent, origin: 'https://any.example' }, parent, undefined)).toBe(true);
    expect(fromHost({ source: opener, origin: 'https://any.example' }, parent, undefined)).toBe(false);
    expect(fromHost({ source: null, origin: 'https://any.example' }, parent, undefined)).toBe(false);
    expect(fromHost({ source: parent, origin: 'https://slides.example' }, parent, 'https://slides.example')).toBe(true);
    expect(fromHost({ source: parent, origin: 'https://evil.example' }, parent, 'https://slides.example')).toBe(false);
  });
});

describe('setMessageQuery(data): the set message', () => {
  it('takes the link parameters of a well-formed message, and only those', () => {
    expect(setMessageQuery({ type: SET_TYPE, state: { rent: 1.7, lang: 'zh', embed: 'levers', foo: 1 } })?.toString()).toBe('rent=1.7&lang=zh');
  });
  it('ignores every other shape', () => {
    for (const m of [null, undefined, 3, 'x', [], { type: 'token-cost:height', height: 3 }, { type: SET_TYPE }, { type: SET_TYPE, state: 'rent=3' },
      { type: SET_TYPE, state: [1] }, { type: SET_TYPE, state: { rent: Infinity } }, { type: SET_TYPE, state: { rent: {} } }]) {
      expect(setMessageQuery(m)).toBeNull();
    }
  });
  it('never throws, whatever arrives, and what it lets through parses into the allowed ranges', () => {
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(SET_TYPE, 'token-cost:height', 'x'), state: fc.anything() }),
      fc.record({ type: fc.constant(SET_TYPE), state: fc.dictionary(fc.constantFrom('rent', 'elec', 'tps', 'util', 'lang', 'gpu', 'embed', '__proto__'), fc.oneof(fc.double(), fc.string(), fc.anything())) }),
    );
    fc.assert(fc.property(payload, (p) => {
      const q = setMessageQuery(p);
      if (q === null) return true;
      const { state } = parseQuery(q.toString(), 'en');
      return Object.entries(RANGES).every(([k, r]) => {
        const v = state[k as keyof typeof RANGES];
        return Number.isFinite(v) && v >= r.min && v <= r.max;
      });
    }), SEED);
  });
  it('does not read getters or prototypes it was not sent', () => {
    const hostile = { type: SET_TYPE, get state() { throw new Error('boom'); } };
    expect(setMessageQuery(hostile)).toBeNull();
  });
});

describe('the frame\'s state messages (issue 19)', () => {
  it('tell the parent the link parameters, as an object and as a query', async () => {
    const { stateMessage, isGet } = await import('../../src/state/embed');
    expect(stateMessage('lang=zh&rent=3&step=4')).toEqual({ type: 'token-cost:state', state: { lang: 'zh', rent: '3', step: '4' }, query: 'lang=zh&rent=3&step=4' });
    expect(isGet({ type: 'token-cost:get' })).toBe(true);
    for (const bad of [null, 'token-cost:get', { type: 'token-cost:set' }, []]) expect(isGet(bad)).toBe(false);
  });
  it('let the parent set a story step, but never the view', () => {
    expect(setMessageQuery({ type: SET_TYPE, state: { step: 4, rent: 2 } })?.toString()).toBe('step=4&rent=2');
    expect(setMessageQuery({ type: SET_TYPE, state: { fit: 1, present: 1, slides: 'end' } })).toBeNull();
  });
});
