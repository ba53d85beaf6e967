// The assumptions behind a figure in one line (charts:export.assumptions), two in compare mode: an
// exported picture's subtitle, a CSV's header, an embed's caption, a chart slide's foot. One function, so
// all of them always say the same. Pure.
import { hardwareUsdPerGpuHour } from '../model/cost';
import { acceleratorById } from '../model/presets';
import { count, money, percent, plain, type MoneyContext } from '../format/number';
import type { AppInputs } from '../state/inputs';
import type { AppState } from '../state/app.svelte';

/** assumptionValues(x, gpuName, m): the placeholders of charts:export.assumptions at the model inputs x. */
export function assumptionValues(x: AppInputs, gpuName: string, m: MoneyContext): Record<string, string> {
  return { gpu: gpuName, rent: money(hardwareUsdPerGpuHour(x), m), elec: money(x.elecUsdPerKwh, m),
    tps: count(x.tokPerSecPerGpu, m.lang), util: percent(x.utilisation, m.lang), pue: plain(x.pue, m.lang, 2) };
}

/**
 * assumptionLines(app): the assumptions behind what the page shows, a line a scenario: A's alone, or in
 * compare mode A's and B's, each named (B's curves and marks are on the charts too).
 */
export function assumptionLines(app: Pick<AppState, 't' | 'model' | 'gpu' | 'money' | 'b'>): string[] {
  const line = (x: AppInputs, gpuName: string) => app.t('charts:export.assumptions', assumptionValues(x, gpuName, app.money));
  const a = line(app.model, app.gpu?.name ?? app.model.gpuId);
  if (!app.b) return [a];
  const b = line(app.b, acceleratorById(app.b.gpuId)?.name ?? app.b.gpuId);
  return [app.t('charts:export.scenarioLine', { name: app.t('charts:compare.total.a'), line: a }),
    app.t('charts:export.scenarioLine', { name: app.t('charts:compare.total.b'), line: b })];
}
