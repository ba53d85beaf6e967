import { describe, expect, it } from 'vitest';
import { axisMoney, count, currencySymbol, money, moneyRange, percent, plain } from '../../src/format/number';

const usd = { lang: 'en' as const, currency: 'USD' as const, cnyPerUsd: 7.15 };
const cny = { lang: 'zh' as const, currency: 'CNY' as const, cnyPerUsd: 7.15 };

describe('numbers as each reader expects them', () => {
  it('money: three significant digits below $1, cents from $1, whole above $100', () => {
    expect(money(0.4444, usd)).toBe('$0.444');
    expect(money(2.35, usd)).toBe('$2.35');
    expect(money(33_750, usd)).toBe('$33,750');
  });
  it('money in yuan converts at the reader\'s rate: $0.4444 × 7.15 = ¥3.18', () => {
    expect(money(0.4444, cny)).toBe('¥3.18');
  });
  it('a range\'s two ends to the same decimals, two figures of the smaller end, below 100; money\'s own form above', () => {
    // money alone: $0.0060 (two figures at least) and $0.018 — four decimals against three.
    expect([money(0.006, usd), money(0.018, usd)]).toEqual(['$0.0060', '$0.018']);
    expect(moneyRange(0.006, 0.018, usd)).toEqual(['$0.0060', '$0.0180']);
    // money alone: $0.000839 and $0.00252 (three figures: six decimals against five); two of 0.000839 take five.
    expect(moneyRange(0.000839, 0.002517, usd)).toEqual(['$0.00084', '$0.00252']);
    expect(moneyRange(0.5, 2, usd)).toEqual(['$0.50', '$2.00']);
    // ¥: 0.006 × 7.15 = 0.0429 and 0.018 × 7.15 = 0.1287; two figures of 0.0429 take three decimals.
    expect(moneyRange(0.006, 0.018, cny)).toEqual(['¥0.043', '¥0.129']);
    expect(moneyRange(50, 500, usd)).toEqual(['$50.00', '$500']);
  });
  it('large sums: millions in English, 万 and 亿 in Chinese', () => {
    expect(money(100e6, usd)).toBe('$100M');
    expect(money(500e6, usd)).toBe('$500M');
    // $100M × 7.15 = ¥7.15亿; $33,750 × 7.15 = ¥241,312.5 → 24.1万.
    expect(money(100e6, cny)).toBe('¥7.15亿');
    expect(money(33_750, cny)).toBe('¥24.1万');
    // From 1万 up, as counts and axes write it (a Chinese editor's pass): ¥42,701 is ¥4.27万; below it, whole yuan.
    expect(money(42_701 / 7.15, cny)).toBe('¥4.27万');
    expect(money(9_999 / 7.15, cny)).toBe('¥9999');
  });
  it('counts: T in English, 万亿 in Chinese, grouped when compact', () => {
    expect(count(1.4e14, 'en')).toBe('140T');
    expect(count(1.4e14, 'zh')).toBe('140万亿');
    expect(count(1e11, 'zh')).toBe('1000亿');
    // No grouping commas in Chinese: 2209 tokens/s, ¥1234 (locales/glossary.json); English keeps them.
    expect(plain(2209.4, 'zh', 0)).toBe('2209');
    expect(plain(2209.4, 'en', 0)).toBe('2,209');
    expect(count(2209, 'zh')).toBe('2209');
    expect(money(1234 / 7.15, cny)).toBe('¥1234');
    expect(count(1e15, 'en')).toBe('1,000T');
    expect(count(2209, 'en')).toBe('2,209');
  });
  it('percent: one decimal below 10%', () => {
    expect(percent(0.028, 'en')).toBe('2.8%');
    expect(percent(0.95, 'zh')).toBe('95%');
  });
  it('axis labels use as many decimals as the tick spacing needs', () => {
    expect(axisMoney(0.1, 0.1, usd)).toBe('$0.10');
    expect(axisMoney(20, 10, cny)).toBe('¥20');
  });
});

describe('counts past 万亿 in Chinese', () => {
  it('are written in 万万亿, as the reports write them (CPS-0616: "约4万万亿次"), not 10,000万亿', () => {
    expect(count(4e16, 'zh')).toBe('4万万亿');
    expect(count(1e16, 'zh')).toBe('1万万亿');
    expect(count(2.5e17, 'zh')).toBe('25万万亿');
    expect(count(1e15, 'zh')).toBe('1000万亿');
    expect(count(1e16, 'en')).toBe('10,000T');
  });
});

describe('numbers in Traditional Chinese for Hong Kong', () => {
  const hk = { lang: 'zh-Hant' as const, currency: 'CNY' as const, cnyPerUsd: 7.15 };
  const hkUsd = { ...hk, currency: 'USD' as const };
  it('count in 萬, 億, 萬億 and 萬萬億 as Simplified does (Intl\'s zh-HK would write 140T)', () => {
    expect(count(1.4e14, 'zh-Hant')).toBe('140萬億');
    expect(count(1e11, 'zh-Hant')).toBe('1000億');
    expect(count(4e16, 'zh-Hant')).toBe('4萬萬億');
    expect(plain(2209.4, 'zh-Hant', 0)).toBe('2209');
  });
  it('name both currencies: CN¥ and US$, since a bare ¥ reads as yen and $ as Hong Kong dollars', () => {
    expect(money(0.4444, hk)).toBe('CN¥3.18');
    expect(money(33_750, hk)).toBe('CN¥24.1萬');
    expect(money(100e6, hk)).toBe('CN¥7.15億');
    expect(money(2.35, hkUsd)).toBe('US$2.35');
    expect(axisMoney(20, 10, hk)).toBe('CN¥20');
    expect(currencySymbol(hk)).toBe('CN¥');
    expect(currencySymbol(hkUsd)).toBe('US$');
  });
});
