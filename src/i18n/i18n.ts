// Every word a reader sees comes from locales/{en,zh}/*.json, one namespace a file. Only the reader's
// language is loaded (one JSON file of this build, from this origin — vite.config.ts, messages()); the
// other arrives when they switch.
// Messages take {{placeholders}}; numbers are formatted before they go in.

import i18next, { type TFunction } from 'i18next';
import { messages } from './messages';
import type { Lang } from '../state/inputs';

export const NAMESPACES = ['common', 'controls', 'charts', 'presets', 'sources', 'efficiency', 'story'] as const;
export type Bundle = Record<(typeof NAMESPACES)[number], object>;

// Svelte renders every message as text, never as markup, so i18next need not escape values.
void i18next.init({
  resources: {},
  lng: 'en',
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loaded = new Map<Lang, Promise<void>>();

/** addBundle(lang, bundle) registers a language's messages (tests use it directly). */
export function addBundle(lang: Lang, bundle: Bundle) {
  for (const ns of NAMESPACES) i18next.addResourceBundle(lang, ns, bundle[ns], true, true);
}

/** loadLanguage(lang) resolves once that language's messages are registered; loading happens once. */
export function loadLanguage(lang: Lang): Promise<void> {
  let p = loaded.get(lang);
  if (!p) {
    p = messages(lang).then((b) => addBundle(lang, b as Bundle));
    // A failed load may be tried again (a language switch after the network came back).
    p.catch(() => loaded.delete(lang));
    loaded.set(lang, p);
  }
  return p;
}

const fixed = new Map<Lang, TFunction>();

/** tFor(lang) is the translate function for one language (cached; switching language is a lookup). */
export function tFor(lang: Lang): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    t = i18next.getFixedT(lang);
    fixed.set(lang, t);
  }
  return t;
}
