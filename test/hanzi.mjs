// Which characters in a text are Simplified forms a Traditional reader would not write: those OpenCC
// changes when it meets them alone, to its standard Traditional and to Hong Kong's and Taiwan's forms
// alike. A character one of them keeps is a glyph some Traditional readers write: 峰 and 峯, 說 and 説.
// Shared by the unit and browser tests.
import { Converter } from 'opencc-js/cn2t';

const targets = ['t', 'hk', 'tw'].map((to) => Converter({ from: 'cn', to }));
// Characters both scripts write, whose conversion alone picks one reading: 里 is also the Chinese mile
// (里程), 占 is to divine and HK-TE's own 占 for "account for" (「電力成本占…」).
const BOTH = new Set(['里', '占']);

/** simplifiedOnly(text): the distinct Simplified-only characters in text, in order of first use. */
export function simplifiedOnly(text) {
  const out = [];
  for (const ch of new Set(text.match(/\p{Script=Han}/gu) ?? [])) if (!BOTH.has(ch) && targets.every((to) => to(ch) !== ch)) out.push(ch);
  return out;
}
