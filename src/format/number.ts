// Numbers as a reader of each language expects them, through Intl.NumberFormat only:
// in Chinese, compact notation gives 万, 亿 and 万亿; money shows ¥ or $ by the display currency.
// Traditional Chinese for Hong Kong counts the same way in 萬, 億 and 萬億 (Intl's zh-HK writes 140T
// and 241K), and names both currencies, CN¥ and US$: a bare ¥ reads as yen there, a bare $ as Hong
// Kong dollars.
// Formatters are cached: a slider input formats a dozen numbers and must stay well under 4 ms.

import { isChinese, type Lang } from '../i18n/lang';

/** The currency money is shown in; a link always carries US dollars. */
export type Currency = 'USD' | 'CNY';

// zh-Hant formats as zh-CN does, then writes its characters and symbols (HANT).
const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN', 'zh-Hant': 'zh-CN' };
const HANT: Record<string, string> = { 万: '萬', 亿: '億', '¥': 'CN¥' };
const hant = (s: string) => s.replace(/[万亿]|(?<!CN)¥/g, (c) => HANT[c]);

/** What the page asks of a formatter: Intl.NumberFormat's two methods. */
interface Formatter { format(n: number): string; formatToParts(n: number): Intl.NumberFormatPart[] }
const cache = new Map<string, Formatter>();

/**
 * nf(lang, key, opts) is the formatter for lang and the options opts() gives, kept under key — a short
 * name the caller gives those options. Options are built only the first time: building them and a JSON
 * key for every number formatted was a tenth of a slider input's script.
 */
function nf(lang: Lang, key: string, opts: () => Intl.NumberFormatOptions): Formatter {
  const k = lang + key;
  let f = cache.get(k);
  if (!f) {
    const o = opts();
    // Chinese prose writes 2209 and ¥1234, not 2,209 and ¥1,234 (locales/glossary.json): large figures go to 万 instead.
    const intl = new Intl.NumberFormat(LOCALE[lang], isChinese(lang) ? { useGrouping: false, ...o,
      // Hong Kong names the dollar: US$, as Intl's full symbol writes it.
      ...(lang === 'zh-Hant' && o.style === 'currency' ? { currencyDisplay: 'symbol' } : {}) } : o);
    f = lang !== 'zh-Hant' ? intl : {
      format: (n) => hant(intl.format(n)),
      formatToParts: (n) => intl.formatToParts(n).map((p) => ({ ...p, value: hant(p.value) })),
    };
    cache.set(k, f);
  }
  return f;
}
const currencyOpts = (currency: Currency): Intl.NumberFormatOptions => ({ style: 'currency', currency, currencyDisplay: 'narrowSymbol' });

export interface MoneyContext {
  lang: Lang;
  currency: Currency;
  cnyPerUsd: number;
}

/** toDisplay(usd, ctx) converts a USD amount into the reader's currency. */
export const toDisplay = (usd: number, ctx: MoneyContext) => (ctx.currency === 'CNY' ? usd * ctx.cnyPerUsd : usd);
/** fromDisplay(v, ctx) is the inverse of toDisplay. */
export const fromDisplay = (v: number, ctx: MoneyContext) => (ctx.currency === 'CNY' ? v / ctx.cnyPerUsd : v);

/**
 * money(usd, ctx) formats an amount in the display currency with three significant digits
 * (never fewer than two decimals below 100): "$0.444", "¥3.17", "$2.35".
 */
export function money(usd: number, ctx: MoneyContext): string {
  return moneyDisplay(toDisplay(usd, ctx), ctx);
}

/** moneyDisplay(v, ctx) formats an amount already in the display currency (as money does). */
export function moneyDisplay(v: number, ctx: MoneyContext): string {
  if (!Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  const c = ctx.currency;
  // Chinese readers count sums in 万 and 亿 from 1万 up, as count() and the axes do: "¥4.27万", not
  // "¥42701"; English ones in millions and billions from a million up: "$100M", not "$100,000,000".
  const f = abs >= (isChinese(ctx.lang) ? 10_000 : 1_000_000) ? nf(ctx.lang, `m${c}compact`, () => ({ ...currencyOpts(c), notation: 'compact', maximumSignificantDigits: 3 }))
    : abs >= 100 ? nf(ctx.lang, `m${c}int`, () => ({ ...currencyOpts(c), maximumFractionDigits: 0 }))
      : abs >= 1 || abs === 0 ? nf(ctx.lang, `m${c}2`, () => ({ ...currencyOpts(c), minimumFractionDigits: 2, maximumFractionDigits: 2 }))
        : nf(ctx.lang, `m${c}sig`, () => ({ ...currencyOpts(c), maximumSignificantDigits: 3, minimumSignificantDigits: 2 }));
  return f.format(v);
}

/**
 * moneyRange(loUsd, hiUsd, ctx): a range's two ends in the display currency to the same decimals, where
 * both are below 100: as many as the smaller end needs for two significant figures (cents at least), so
 * the ends read as one measure — "¥0.0060–¥0.0180", "$0.00084–$0.00252", not "¥0.0060–¥0.018". Larger
 * sums keep money's own form (whole units, 万 and millions).
 */
export function moneyRange(loUsd: number, hiUsd: number, ctx: MoneyContext): [string, string] {
  const lo = toDisplay(loUsd, ctx), hi = toDisplay(hiUsd, ctx);
  if (!(Math.max(Math.abs(lo), Math.abs(hi)) < 100)) return [money(loUsd, ctx), money(hiUsd, ctx)];
  const twoFigures = (v: number) => (Math.abs(v) >= 0.1 || v === 0 ? 2 : 1 - Math.floor(Math.log10(Math.abs(v))));
  const d = Math.min(8, Math.max(twoFigures(lo), twoFigures(hi)));
  const f = nf(ctx.lang, `m${ctx.currency}${d}`, () => ({ ...currencyOpts(ctx.currency), minimumFractionDigits: d, maximumFractionDigits: d }));
  return [f.format(lo), f.format(hi)];
}

/** count(n, lang) is a large count in compact form: "1.2M" / "120万", "140T" / "140万亿". */
export function count(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return '∞';
  if (Math.abs(n) < 10_000) return (n < 10 ? nf(lang, 'p2', () => ({ maximumFractionDigits: 2 })) : nf(lang, 'p0', () => ({ maximumFractionDigits: 0 }))).format(n);
  // Intl's Chinese stops at 万亿 (1e12) and would write 1e16 as "10,000万亿"; the reports write
  // 万万亿 (CPS-0616: "将达万万亿级", "约4万万亿次"), so past 1e16 the count is in those.
  if (isChinese(lang) && Math.abs(n) >= 1e16) return `${nf(lang, 'sig3', () => ({ maximumSignificantDigits: 3 })).format(n / 1e16)}${lang === 'zh' ? '万万亿' : '萬萬億'}`;
  // English groups even in compact form, so 1e15 reads "1,000T" like the 10,000T beside it;
  // Chinese writes "1000亿".
  return nf(lang, 'compact', () => ({ notation: 'compact', maximumSignificantDigits: 3, ...(lang === 'en' ? { useGrouping: true } : {}) })).format(n);
}

/** plain(n, lang, digits) is a number with grouping and at most `digits` decimals. */
export function plain(n: number, lang: Lang, digits = 2): string {
  return Number.isFinite(n) ? nf(lang, `p${digits}`, () => ({ maximumFractionDigits: digits })).format(n) : '∞';
}

/** percent(share, lang) is a 0..1 share as a percentage, one decimal below 10%. */
export function percent(share: number, lang: Lang): string {
  const digits = Math.abs(share) < 0.1 ? 1 : 0;
  return nf(lang, `%${digits}`, () => ({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits })).format(share);
}

/** currencySymbol(ctx) is "$" or "¥" ("US$" or "CN¥" in Traditional Chinese), as money() writes it. */
export function currencySymbol(ctx: MoneyContext): string {
  return nf(ctx.lang, `m${ctx.currency}`, () => currencyOpts(ctx.currency))
    .formatToParts(0).find((p) => p.type === 'currency')?.value ?? ctx.currency;
}

/**
 * axisMoney(v, step, ctx) labels an axis tick in the display currency: as many decimals as the tick
 * spacing needs and no more ("$0.10", "¥20"), compact from ten thousand ("¥1万", "$10K").
 */
export function axisMoney(v: number, step: number, ctx: MoneyContext): string {
  const c = ctx.currency;
  if (Math.abs(v) >= 10_000) return nf(ctx.lang, `m${c}compact`, () => ({ ...currencyOpts(c), notation: 'compact', maximumSignificantDigits: 3 })).format(v);
  const needed = Math.min(6, Math.max(0, -Math.floor(Math.log10(step > 0 ? step : Math.abs(v) || 1) + 1e-9)));
  // Money reads in cents: "$0.10", not "$0.1".
  const decimals = needed === 1 ? 2 : needed;
  return nf(ctx.lang, `m${c}${decimals}`, () => ({ ...currencyOpts(c), minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(v);
}

/** axisCount(v, lang) labels a count tick compactly: "1K" / "1,000", "10万". */
export const axisCount = (v: number, lang: Lang) => count(v, lang);

/** axisPercent(v, lang) labels a share tick without decimals. */
export const axisPercent = (v: number, lang: Lang) => nf(lang, '%0', () => ({ style: 'percent', maximumFractionDigits: 0, minimumFractionDigits: 0 })).format(v);
