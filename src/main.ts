import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './state/app.svelte';
import { parseQuery } from './state/url';
import { languageFromNavigator } from './state/inputs';
import { loadLanguage } from './i18n/i18n';
import './app.css';

const parsed = parseQuery(location.search, languageFromNavigator(navigator.languages));
const target = document.getElementById('app');
if (target) {
  void loadLanguage(parsed.state.lang).then(() => {
    target.textContent = '';
    mount(App, { target, context: appContext(new AppState(parsed)) });
  });
}
