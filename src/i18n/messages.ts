// Each language's messages as one JSON file from this origin (vite.config.ts, messages()), fetched once.
// No i18next here: the page's tiny entry (main.ts) starts the fetch before the rest of the code arrives.
import en from 'virtual:messages/en';
import zh from 'virtual:messages/zh';
import zhHant from 'virtual:messages/zh-Hant';
import type { Lang } from './lang';

export type Bundle = Record<string, object>;

const SOURCES: Record<Lang, { url: string } | { bundle: Bundle }> = { en, zh, 'zh-Hant': zhHant };
const pending = new Map<Lang, Promise<Bundle>>();

async function fetchBundle(lang: Lang): Promise<Bundle> {
  const source = SOURCES[lang];
  if ('bundle' in source) return source.bundle;
  const response = await fetch(source.url);
  if (!response.ok) throw new Error(`messages ${lang}: ${response.status}`);
  return (await response.json()) as Bundle;
}

/** messages(lang): that language's messages, every namespace; a failed fetch may be tried again. */
export function messages(lang: Lang): Promise<Bundle> {
  let p = pending.get(lang);
  if (!p) {
    p = fetchBundle(lang);
    p.catch(() => pending.delete(lang));
    pending.set(lang, p);
  }
  return p;
}
