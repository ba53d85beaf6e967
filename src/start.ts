// Mounts the mode main.ts chose once everything it asked for has arrived. A piece that could not load
// takes only its own place: the first chart's says so, presenter mode falls back to the page, and any
// later failure nobody caught becomes one note on the page (AppState.pieceFailed), not an error.
import { mount, type Component } from 'svelte';
import { AppState, appContext } from './state/app.svelte';
import { loadLanguage } from './i18n/i18n';
import { charts, failedCharts } from './charts/modules.svelte';
import type { ChartKey } from './charts/loaders';
import { parseLink } from './state/url';

export interface Wanted {
  ui: Promise<{ default: Component<any> }>;
  chart: Promise<readonly [ChartKey, Component<any> | null]>;
  controls?: Promise<{ default: Component<any> }>;
}

export async function start(target: HTMLElement, wanted: Wanted) {
  const link = parseLink(location.search, location.hash, navigator.languages);
  const { view } = link;
  let partial = false;
  const ui = wanted.ui.catch((e) => {
    if (!view.present) throw e;
    partial = true;
    return import('./pages/App.svelte') as Promise<{ default: Component<any> }>;
  });
  const controls = wanted.controls?.catch(() => { partial = true; return undefined; });
  const [page, [key, chart], sliders] = await Promise.all([ui, wanted.chart, controls, loadLanguage(link.state.lang)]);
  // An embedded frame is its chart: without it there is nothing to show (main.ts says so).
  if (!chart && view.embed) throw new Error(`chart ${key} did not load`);
  if (chart) charts[key] = chart;
  else failedCharts[key] = true;
  target.textContent = '';
  const app = new AppState(link);
  app.pieceFailed = partial;
  addEventListener('unhandledrejection', (e) => { e.preventDefault(); app.pieceFailed = true; });
  const props = view.embed ? { view: { ...view, embed: view.embed }, chart, controls: sliders?.default } : {};
  mount(page.default, { target, context: appContext(app), props });
}
