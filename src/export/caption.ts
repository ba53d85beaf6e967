// The assumptions behind a figure in one line (charts:export.assumptions): an exported picture's
// subtitle, an embed's caption, a chart slide's foot. One function, so all three always say the same. Pure.
import { hardwareUsdPerGpuHour } from '../model/cost';
import { count, money, percent, plain, type MoneyContext } from '../format/number';
import type { AppInputs } from '../state/inputs';

/** assumptionValues(x, gpuName, m): the placeholders of charts:export.assumptions at the model inputs x. */
export function assumptionValues(x: AppInputs, gpuName: string, m: MoneyContext): Record<string, string> {
  return { gpu: gpuName, rent: money(hardwareUsdPerGpuHour(x), m), elec: money(x.elecUsdPerKwh, m),
    tps: count(x.tokPerSecPerGpu, m.lang), util: percent(x.utilisation, m.lang), pue: plain(x.pue, m.lang, 2) };
}
