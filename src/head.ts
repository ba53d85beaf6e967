// A classic script in the page's <head>, run before anything is painted (vite.config.ts, opening()).
// The HTML holds the page's opening in every language (src/opening.ts); this names the one to show, and
// the theme, so the first paint is already right. A link that asks for more than a language and a theme
// (settings, a step, a place, an embed, presenter mode) shows no opening: the script draws the page it asks for.
import { HTML_LANG, langParam, languageFromNavigator } from './i18n/lang';
import { parseView } from './state/view';

const root = document.documentElement;
const q = new URLSearchParams(location.search);
const lang = langParam(q.get('lang')) ?? languageFromNavigator(navigator.languages);
root.lang = HTML_LANG[lang];
root.dataset.theme = parseView(location.search).theme;
const plain = [...q.keys()].every((k) => k === 'lang' || k === 'theme') && location.hash.length <= 1;
root.dataset.opening = plain ? lang : 'none';
