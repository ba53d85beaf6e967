import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './state/app.svelte';
import { parseQuery } from './state/url';
import { languageFromNavigator } from './state/inputs';
import './app.css';

const parsed = parseQuery(location.search, languageFromNavigator(navigator.languages));
const target = document.getElementById('app');
if (target) {
  target.textContent = '';
  mount(App, { target, context: appContext(new AppState(parsed)) });
}
