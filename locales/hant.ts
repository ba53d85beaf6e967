// The Traditional Chinese edition for Hong Kong readers (lang=zh-Hant), made from the Simplified one at
// build time (vite.config.ts, messages()) and in tests — never edited as a copy that could drift.
// Three layers, each for what the one before gets wrong:
// 1. OpenCC's Hong Kong table (opencc-js, cn → hk): characters, and the phrases it knows as units.
// 2. PHRASES: Hong Kong's own words where the mainland's survive conversion (晶片 for 芯片, 伺服器 for
//    服务器), and the few places OpenCC splits a phrase wrongly. Then RULES: Hong Kong's quotation marks;
//    Token, the word Hong Kong readers use and HK-TE writes (its 詞元 appears once, as the official
//    name); and money named as 人民幣, because a bare 元 reads as Hong Kong dollars there.
// 3. locales/zh-Hant/overrides.json: whole messages an editor rewrote — HK-TE's quotations in its own
//    Traditional text, and sentences where Hong Kong says it differently. Each keeps the Simplified text
//    it was written against; staleOverrides() names any whose source has changed since, and a test fails
//    on them, so the edition never goes stale silently.
import { Converter } from 'opencc-js/cn2t';

/** A namespace's messages: strings, or objects of them. */
export type Tree = { [key: string]: string | Tree };
/** One override: the Simplified message it was written against, and the Traditional text that replaces it. */
export interface Override { zh: string; text: string }
/** Overrides by message key, "ns:path.to.key". */
export type Overrides = Record<string, Override>;

const opencc = Converter({ from: 'cn', to: 'hk' });

/**
 * Hong Kong vocabulary over OpenCC's output (which is already Traditional), longest first where one
 * contains another. Hong Kong usage as its press and government write it (not Taiwan's: 軟件, not 軟體;
 * 數據, not 資料; 英偉達, not 輝達).
 */
export const PHRASES: readonly (readonly [string, string])[] = [
  ['增長几乎', '增長幾乎'], // OpenCC reads 增长几 as a unit
  ['芯片', '晶片'],
  ['顯存', '記憶體'],
  ['內存', '記憶體'],
  ['服務器', '伺服器'],
  ['帶寬', '頻寬'],
  ['視頻', '影片'],
  ['併發', '並發'],
  ['默認', '預設'],
  ['鏈接', '連結'],
  ['導出', '匯出'],
  ['設置', '設定'],
  ['運營', '營運'],
  ['滑塊', '滑桿'],
  ['代碼', '程式碼'],
  ['信息', '資訊'],
  // From a Hong Kong editor's read of the whole edition (interface, finance, place names).
  ['算法見下方', '計算方法見下方'], // 算法 here is the method of calculation, not an algorithm
  ['總擁有成本算法', '總擁有成本計算方法'],
  ['控件', '控制項'],
  ['加載', '載入'],
  ['刷新頁面', '重新載入頁面'],
  ['打開完整頁面', '開啟完整頁面'],
  ['文本框', '文字框'],
  ['賬單', '帳單'],
  ['合同', '合約'],
  ['摺合', '折合'], // OpenCC's 摺 is folding; 折合 is converting a sum
  ['最多隻能', '最多只能'], // and its 隻 is the measure word
  ['字節數', '位元組數'], // bytes; 字節 alone is also ByteDance (字節豆包)
  ['字節（', '位元組（'],
  ['批大小', '批次大小'],
  ['調優', '調校'],
  ['一封郵件', '一封電郵'],
  ['弗吉尼亞', '維珍尼亞'],
  ['自定義', '自訂'],
  ['大語言模型', '大型語言模型'],
  ['最佳實踐', '最佳做法'],
  ['光模塊', '光模組'],
  ['整櫃', '整個機櫃'],
  ['卡間通信', '卡間通訊'],
  ['土建', '建築工程'],
  ['/卡時', '/GPU 小時'],
  ['滑桿每挪一格', '滑桿每移一格'],
  ['最大吞吐（', '最大吞吐量（'],
  ['最大吞吐下', '最大吞吐量下'],
  ['發布', '發佈'],
  ['下劃線', '底線'],
  ['的周調用量', '的週調用量'], // the week is 週, as in 每週 (OpenCC's own)
  ['周量', '週量'],
  ['激活', '啟用'], // the parameters a token uses (MoE); no 激活函數 on the page
  ['大小隻', '大小只'], // OpenCC's 隻 again: 只 is "only" here
  ['緩存', '快取'], // as the editor's rewritten messages say it (HK-TE's own 緩存 stays in its quotations, which are overrides)
  ['當前', '目前'],
  ['點「', '按「'], // a button is pressed (按), not clicked on (點)
  // OpenCC's Hong Kong glyph table writes these forms; Hong Kong's press, and HK-TE, write the others.
  ['兑', '兌'], ['户', '戶'], ['説', '說'], ['税', '稅'], ['峯', '峰'], ['羣', '群'], ['啓', '啟'],
];

const HAN = '\\p{Script=Han}';
/** Rules over whole messages, after PHRASES: each a pattern and its replacement. */
export const RULES: readonly (readonly [RegExp, string])[] = [
  // Hong Kong quotes with corner brackets, single quotes inside double.
  [/“/g, '「'], [/”/g, '」'], [/‘/g, '『'], [/’/g, '』'],
  // An amount in yuan: 0.3 元 → 人民幣 0.3 元; {{value}} 元 too.
  [new RegExp(`(?<!人民幣)\\s?(?<![\\d.])(\\d[\\d.]*|\\{\\{\\w+\\}\\})\\s?元`, 'gu'), '人民幣 $1 元'],
  // Token is the term; the Simplified text's gloss 词元（Token） becomes the one word.
  [/詞元（Token）/g, 'Token'],
  [/詞元/g, 'Token'],
  // A Latin word between Chinese characters stands apart by a space, as the Simplified text writes GPU.
  [new RegExp(`(?<=[${HAN}])Token`, 'gu'), ' Token'],
  [new RegExp(`Token(?=[${HAN}])`, 'gu'), 'Token '],
];

/** toHant(zh): one Simplified message in Hong Kong Traditional, by OpenCC, PHRASES and RULES. */
export function toHant(zh: string): string {
  let s = opencc(zh);
  for (const [from, to] of PHRASES) s = s.split(from).join(to);
  for (const [pattern, to] of RULES) s = s.replace(pattern, to);
  return s;
}

/** hantTree(ns, zh, overrides): a namespace's messages in Traditional, overrides in place of conversion. */
export function hantTree(ns: string, zh: Tree, overrides: Overrides, prefix = ''): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(zh)) {
    const key = `${prefix}${k}`;
    out[k] = typeof v === 'string' ? overrides[`${ns}:${key}`]?.text ?? toHant(v) : hantTree(ns, v, overrides, `${key}.`);
  }
  return out;
}

/** hantBundle(zh, overrides): every namespace of the Simplified messages, in Traditional. */
export function hantBundle(zh: Record<string, Tree>, overrides: Overrides): Record<string, Tree> {
  return Object.fromEntries(Object.entries(zh).map(([ns, tree]) => [ns, hantTree(ns, tree, overrides)]));
}

/** staleOverrides(zh, overrides): keys of overrides whose Simplified message is gone or has changed. */
export function staleOverrides(zh: Record<string, Tree>, overrides: Overrides): string[] {
  const at = (key: string): unknown => {
    const [ns, path] = key.split(':');
    return path?.split('.').reduce<unknown>((t, k) => (t && typeof t === 'object' ? (t as Tree)[k] : undefined), zh[ns]);
  };
  return Object.entries(overrides).filter(([key, o]) => at(key) !== o.zh).map(([key]) => key);
}
