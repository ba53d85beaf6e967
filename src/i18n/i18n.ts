// Every word a reader sees comes from locales/{en,zh}/*.json, one namespace a file. Only the reader's
// language is loaded (one JSON file of this build, from this origin — vite.config.ts, messages()); the
// other arrives when they switch.
// Messages take {{placeholders}}; numbers are formatted before they go in.

import i18next, { type TFunction } from 'i18next';
import { messages } from './messages';
import { isChinese, type Lang } from './lang';

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
  templates.clear();
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

/**
 * tFor(lang) is the translate function for one language (cached; switching language is a lookup).
 * It answers i18next's way, faster: a slider input re-translates some forty messages with new numbers,
 * and i18next's full path (key parsing, resolving, a regular expression built per placeholder) was a
 * fifth of that input's script. Our messages are plain templates, so a message found once is kept split
 * at its {{placeholders}} and filled by a join; anything else (plurals, nesting, formats, options
 * i18next reads, a missing value) goes to i18next. test/unit/i18n.test.ts holds the two to the same answers.
 */
// In Chinese, every message then has its gaps between two characters closed (closeCjkGap).
export function tFor(lang: Lang): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    t = fastT(lang, i18next.getFixedT(lang), isChinese(lang) ? closeCjkGap : undefined);
    fixed.set(lang, t);
  }
  return t;
}

// Messages found so far, per language, split at their placeholders: text, name, text, …, text.
// Emptied when messages are added (addBundle), the only way in.
const templates = new Map<Lang, Map<string, string[]>>();

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
// Option names i18next reads from the values object: a call using one goes to i18next.
const OPTIONS = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'ns', 'returnObjects', 'returnDetails',
  'joinArrays', 'postProcess', 'interpolation', 'ordinal', 'replace', 'keyPrefix', 'fallbackLng']);

/** template(lang, key): the message under "ns:path" split at its placeholders when it is a plain template. */
function template(lang: Lang, key: string): string[] | undefined {
  const colon = key.indexOf(':');
  const ns = colon < 0 ? 'common' : key.slice(0, colon);
  const found: unknown = i18next.getResource(lang, ns, colon < 0 ? key : key.slice(colon + 1));
  // Only {{word}} placeholders, nothing i18next would read otherwise ($t nesting, {{x, format}}, {{- x}}).
  if (typeof found !== 'string' || found.includes('$t(') || found.replace(PLACEHOLDER, '').includes('{{')) return undefined;
  return found.split(PLACEHOLDER); // a split on a group keeps the names at the odd places
}

/**
 * closeCjkGap(s): Chinese with no space between two Chinese characters. The messages space a number from
 * the words after it ("{{n}} 个词元": "2,209 个词元"), as Chinese sets digits apart; a count in 万 or 亿
 * ends in a character itself, and "32.4万 个" would leave a gap inside the words.
 */
export const closeCjkGap = (s: string) => (s.includes(' ') ? s.replace(/([万亿萬億]) (?=[\u3400-\u9fff])/g, '$1') : s);

function fastT(lang: Lang, full: TFunction, finish?: (s: string) => string): TFunction {
  const fast = (key: unknown, values?: unknown, ...rest: unknown[]): unknown => {
    const out = filled(key, values, rest);
    return finish && typeof out === 'string' ? finish(out) : out;
  };
  const filled = (key: unknown, values: unknown, rest: unknown[]): unknown => {
    const slow = () => (full as unknown as (...a: unknown[]) => unknown)(key, values, ...rest);
    if (typeof key !== 'string' || rest.length || (values !== undefined && (typeof values !== 'object' || values === null))) return slow();
    let byKey = templates.get(lang);
    if (!byKey) templates.set(lang, (byKey = new Map()));
    let parts = byKey.get(key);
    if (parts === undefined) {
      parts = template(lang, key);
      if (parts === undefined) return slow(); // missing (not loaded yet) or not plain: never kept
      byKey.set(key, parts);
    }
    const v = values as Record<string, unknown> | undefined;
    if (v) for (const name in v) if (OPTIONS.has(name)) return slow();
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const x = v?.[parts[i]];
      // Missing or an object: i18next's own handling (and warnings).
      if (typeof x === 'string') out += x;
      else if (typeof x === 'number') out += String(x);
      else return slow();
      out += parts[i + 1];
    }
    return out;
  };
  return fast as unknown as TFunction;
}
