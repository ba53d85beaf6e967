import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './state/app.svelte';
import { parseQuery } from './state/url';
import { parseView } from './state/embed';
import { languageFromNavigator } from './state/inputs';
import { loadLanguage } from './i18n/i18n';
import './app.css';

const parsed = parseQuery(location.search, languageFromNavigator(navigator.languages));
const view = parseView(location.search);
document.documentElement.dataset.theme = view.theme;
const target = document.getElementById('app');
if (target) {
  // An embedded chart (?embed=…) and presenter mode (?present=1) load their own component.
  const embed = view.embed ? import('./Embed.svelte') : undefined;
  const present = view.present ? import('./Present.svelte') : undefined;
  void Promise.all([loadLanguage(parsed.state.lang), embed, present]).then(([, e, p]) => {
    target.textContent = '';
    const context = appContext(new AppState(parsed));
    if (e && view.embed) mount(e.default, { target, context, props: { view: { ...view, embed: view.embed } } });
    else if (p) mount(p.default, { target, context });
    else mount(App, { target, context });
  });
}
