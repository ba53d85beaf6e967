// The page's languages, and how a link or a browser names one. No imports: the entry (main.ts) and the
// classic script in <head> (head.ts) read them before anything else loads.
// zh is Simplified Chinese for mainland readers; zh-Hant is Traditional Chinese for Hong Kong readers,
// made at build time from zh (locales/hant.ts).

export type Lang = 'en' | 'zh' | 'zh-Hant';
export const LANGS: readonly Lang[] = ['en', 'zh', 'zh-Hant'];

/** Each language's tag for <html lang> and lang= attributes: it picks the reader's fonts and voice. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN', 'zh-Hant': 'zh-Hant-HK' };

/** isChinese(lang): written in Chinese characters, either script (万/萬 counting, no grouping commas). */
export const isChinese = (lang: Lang) => lang !== 'en';

// Browser tags that ask for Traditional characters: Hong Kong, Macao and Taiwan, or the script named.
const TRADITIONAL = /^zh-(hant|hk|mo|tw)\b/;

/**
 * languageFromNavigator(list) picks the first language in the browser's list the page has: zh-Hant
 * for zh-HK, zh-MO, zh-TW and zh-Hant-*, zh for any other Chinese (zh-Hans-HK asks for Simplified),
 * en for English; en when none is there.
 */
export function languageFromNavigator(list: readonly string[] | undefined): Lang {
  for (const tag of list ?? []) {
    const l = tag.toLowerCase();
    if (l.startsWith('zh')) return TRADITIONAL.test(l) && !l.startsWith('zh-hans') ? 'zh-Hant' : 'zh';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

/** langParam(raw): the language a link's lang= names (any case, spaces around), or undefined. */
export const langParam = (raw: string | null): Lang | undefined => {
  const l = raw?.trim().toLowerCase();
  return LANGS.find((a) => a.toLowerCase() === l);
};
