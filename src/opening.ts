// Build time only (vite.config.ts, opening()): the page as it first appears — the title, the story's
// first step and its chart — rendered to HTML in each language, so a reader sees it before any script
// has run. The page's script then replaces it with the same thing, live.
import { render } from 'svelte/server';
import App from './pages/App.svelte';
import { charts } from './charts/modules.svelte';
import { chartModule, sceneChartAt } from './charts/loaders';
import { loadLanguage } from './i18n/i18n';
import { AppState, appContext } from './state/app.svelte';
import { parseLink } from './state/url';
import type { Lang } from './i18n/lang';
import { OPENING_WIDTHS_KEY, OPENING_WIDTHS_PX } from './charts/opening';

/** renderOpening(lang): the body HTML of the page opened with only ?lang=…, its first chart at every OPENING_WIDTHS_PX. */
export async function renderOpening(lang: Lang): Promise<string> {
  const key = sceneChartAt(1);
  charts[key] = await chartModule(key);
  await loadLanguage(lang);
  const context = new Map<symbol, unknown>([...appContext(new AppState(parseLink(`?lang=${lang}`))), [OPENING_WIDTHS_KEY, OPENING_WIDTHS_PX]]);
  return render(App, { context }).body;
}
