// The page's languages, and how a link or a browser names one. No imports: the entry (main.ts) and the
// classic script in <head> (head.ts) read them before anything else loads.

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** languageFromNavigator(list) picks zh for any Chinese browser language, else en. */
export function languageFromNavigator(list: readonly string[] | undefined): Lang {
  for (const tag of list ?? []) {
    const l = tag.toLowerCase();
    if (l.startsWith('zh')) return 'zh';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

/** langParam(raw): the language a link's lang= names (any case, spaces around), or undefined. */
export const langParam = (raw: string | null): Lang | undefined => LANGS.find((a) => a === raw?.trim().toLowerCase());
