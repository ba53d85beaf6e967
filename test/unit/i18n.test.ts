import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import i18next from 'i18next';
import en from 'virtual:messages/en';
import zh from 'virtual:messages/zh';
import { addBundle, closeCjkGap, tFor, type Bundle } from '../../src/i18n/i18n';

// tFor answers i18next's way by a faster path (i18n.ts): the same string for every message, whatever
// the values, and i18next's own answer wherever the fast path does not apply.
const bundleOf = (s: typeof en) => ('bundle' in s ? s.bundle : {}) as Bundle;
addBundle('en', bundleOf(en));
addBundle('zh', bundleOf(zh));

type Tree = { [k: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
const KEYS = Object.entries(bundleOf(en)).flatMap(([ns, tree]) => keysOf(tree as Tree).map((k) => `${ns}:${k}`));
const NAMES = [...new Set(Object.values(bundleOf(en)).flatMap((tree) => JSON.stringify(tree).match(/\{\{\w+\}\}/g) ?? []))]
  .map((p) => p.slice(2, -2));

describe('tFor(lang)', () => {
  it('knows the messages (a sanity check on the fixture)', () => {
    expect(KEYS.length).toBeGreaterThan(300);
    expect(NAMES).toContain('value');
  });

  it('gives i18next\'s answer for every message, in both languages, with any values', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant('{{value}}'), fc.constant(undefined));
    fc.assert(fc.property(fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>, fc.constantFrom(...KEYS),
      fc.dictionary(fc.constantFrom(...NAMES), value), (lang, key, values) => {
        const i18n = i18next.getFixedT(lang);
        // Chinese: i18next's answer with the gaps between two characters closed (closeCjkGap).
        const reference = (...a: Parameters<typeof i18n>) => (lang === 'zh' ? closeCjkGap(String(i18n(...a))) : i18n(...a));
        expect(tFor(lang)(key, values)).toBe(reference(key, values));
        expect(tFor(lang)(key)).toBe(reference(key));
      }), { numRuns: 3000 });
  });

  it('in Chinese, a count in 万 or 亿 meets the words after it with no gap; digits keep theirs', () => {
    const t = tFor('zh');
    expect(t('charts:costStack.tokensPerUnit', { unit: '¥1', tokens: '32.4万' })).toBe('按成本价，¥1 可买 32.4万个输出词元');
    expect(t('charts:costStack.tokensPerUnit', { unit: '¥1', tokens: '2,209' })).toBe('按成本价，¥1 可买 2,209 个输出词元');
    expect(closeCjkGap('约 3.6亿 个词元，1万 GPU')).toBe('约 3.6亿个词元，1万 GPU');
    expect(tFor('en')('charts:costStack.tokensPerUnit', { unit: '$1', tokens: '2.3M' })).not.toContain('  ');
  });

  it('fills a worked example: the value goes in once, never re-read as a placeholder', () => {
    const key = KEYS.find((k) => /^\{\{value\}\}\D/.test(String(i18next.getFixedT('en')(k))))!;
    expect(tFor('en')(key, { value: '{{value}}' }).startsWith('{{value}}')).toBe(true);
  });

  it('answers a plain message without i18next once it has found it (the point of it)', () => {
    // A message whose one placeholder is {{value}}: given only that, it is filled without i18next.
    const key = KEYS.find((k) => { const m = String(i18next.getFixedT('en')(k)).match(/\{\{\w+\}\}/g); return !!m && m.every((p) => p === '{{value}}'); })!;
    tFor('en')(key, { value: 1 });
    const spy = vi.spyOn(i18next, 't');
    try {
      expect(tFor('en')(key, { value: '¥0.50' })).toContain('¥0.50');
      expect(tFor('en')('common:title')).toBe('What does a token cost to make?');
      expect(spy).not.toHaveBeenCalled();
      tFor('en')('charts:no.such.key');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('leaves what is not a plain template to i18next: unknown keys, options it reads', () => {
    expect(tFor('en')('charts:no.such.key')).toBe('no.such.key');
    expect(tFor('en')('common:title', { defaultValue: 'x' })).toBe(i18next.getFixedT('en')('common:title', { defaultValue: 'x' }));
  });

  it('sees messages added after it was first asked', () => {
    const t = tFor('en');
    expect(t('story:testOnly')).toBe('testOnly');
    i18next.addResourceBundle('en', 'story', { testOnly: 'now {{x}}' }, true, true);
    addBundle('en', bundleOf(en));
    expect(t('story:testOnly', { x: 1 })).toBe('now 1');
  });
});
