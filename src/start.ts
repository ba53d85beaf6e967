// Mounts the mode main.ts chose once everything it asked for has arrived.
import { mount, type Component } from 'svelte';
import { AppState, appContext } from './state/app.svelte';
import { loadLanguage } from './i18n/i18n';
import { charts } from './charts/modules.svelte';
import type { ChartKey } from './charts/loaders';
import { parseLink } from './state/url';

export interface Wanted {
  ui: Promise<{ default: Component<any> }>;
  chart: Promise<readonly [ChartKey, Component<any>]>;
  controls?: Promise<{ default: Component<any> }>;
}

export async function start(target: HTMLElement, wanted: Wanted) {
  const link = parseLink(location.search, location.hash, navigator.languages);
  const [ui, [key, chart], controls] = await Promise.all([wanted.ui, wanted.chart, wanted.controls, loadLanguage(link.state.lang)]);
  charts[key] = chart;
  target.textContent = '';
  const context = appContext(new AppState(link));
  const { view } = link;
  const props = view.embed ? { view: { ...view, embed: view.embed }, chart, controls: controls?.default } : {};
  mount(ui.default, { target, context, props });
}
