// The entry is a few hundred bytes with no Svelte, no i18next and no model: it reads what the link asks
// for, then asks at once for all the first screen needs — the shared code, the mode's own code, the
// reader's language, the first chart — so they arrive together rather than one after another. Each mode
// (the page, one embedded chart, presenter mode) loads only its own code: an embedded chart fetches no
// story and no explorer. start.ts then parses the link in full and mounts.
import './app.css';
import { langParam, languageFromNavigator } from './i18n/lang';
import { parseView } from './state/view';
import { messages } from './i18n/messages';
import { chartModule, sceneChartAt } from './charts/loaders';

const q = new URLSearchParams(location.search);
const view = parseView(location.search);
document.documentElement.dataset.theme = view.theme;
const target = document.getElementById('app');

/** painted(): resolves once the browser has painted anything (or after 300 ms where it cannot say). */
function painted(): Promise<void> {
  return new Promise((ok) => {
    if (performance.getEntriesByType('paint').length) return ok();
    const late = setTimeout(ok, 300);
    try {
      new PerformanceObserver((_list, observer) => { observer.disconnect(); clearTimeout(late); ok(); }).observe({ type: 'paint' });
    } catch { /* no paint timing: the timer decides */ }
  });
}

if (target) {
  // The same language and step start.ts will read (url.ts); a step it would reject just loads step 1's chart.
  const lang = langParam(q.get('lang')) ?? languageFromNavigator(navigator.languages);
  void messages(lang);
  const firstChart = view.embed ?? sceneChartAt(Number(q.get('step')) || 0);
  const wanted = {
    ui: view.embed ? import('./pages/Embed.svelte') : view.present ? import('./pages/Present.svelte') : import('./pages/App.svelte'),
    // A first chart that cannot load leaves its own place empty (start.ts), not the page.
    chart: chartModule(firstChart).then((c) => [firstChart, c] as const, () => [firstChart, null] as const),
    controls: view.embed && view.controls ? import('./explorer/LeverSliders.svelte') : undefined,
  };
  // start.ts decides what a failure means; until it runs, a rejection here is not an unhandled one.
  for (const p of [wanted.ui, wanted.controls]) p?.catch(() => undefined);
  const go = () => {
    // The browser's first number formatter costs ~18 ms (its locale data loads); made now, that happens
    // while the code is on its way instead of while the first chart is drawn.
    new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { notation: 'compact' }).format(1); // format/number.ts, LOCALE
    return import('./start');
  };
  // With the opening drawn into the HTML on screen (head.ts), the code runs once it has been painted:
  // on a busy machine, running first would hold up the page the reader is about to see.
  const opening = document.documentElement.dataset.opening;
  (opening && opening !== 'none' ? painted().then(go) : go())
    .then((m) => m.start(target, wanted))
    .catch(() => {
      // The messages themselves may be what failed to load, so this one line is in every language here.
      // It goes above whatever the page shows: the opening drawn into the HTML, if any, stays readable.
      const note = document.createElement('p');
      note.className = 'failed';
      note.setAttribute('role', 'alert');
      note.textContent = 'This page could not load. Please reload it. 页面未能加载，请刷新重试。頁面未能載入，請重新載入。';
      target.prepend(note);
    });
}
