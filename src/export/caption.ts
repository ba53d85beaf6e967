// The assumptions behind a figure in one line (charts:export.assumptions), two in compare mode: an
// exported picture's subtitle, a CSV's header, an embed's caption, a chart slide's foot. One function, so
// all of them always say the same. Pure.
import { hardwareUsdPerGpuHour } from '../model/cost';
import { acceleratorById } from '../model/presets';
import { count, money, percent, plain, type MoneyContext } from '../format/number';
import { fieldOf, PLAYERS, readsOf, type Player } from '../state/players';
import type { AppInputs } from '../state/inputs';
import type { AppState } from '../state/app.svelte';

type Words = Pick<AppState, 't' | 'money'>;

/** assumptionValues(x, gpuName, m): the placeholders of charts:export.assumptions (and assumptionsOwn) at the model inputs x. */
export function assumptionValues(x: AppInputs, gpuName: string, m: MoneyContext): Record<string, string> {
  return { gpu: gpuName, rent: money(hardwareUsdPerGpuHour(x), m), elec: money(x.elecUsdPerKwh, m),
    tps: count(x.tokPerSecPerGpu, m.lang), util: percent(x.utilisation, m.lang), pue: plain(x.pue, m.lang, 2),
    capex: money(x.capexUsdPerGpu, m), years: plain(x.depreciationYears, m.lang, 1), capital: percent(x.capitalRatePerYear, m.lang) };
}

/**
 * inputText(p, x, w): input p's value in x as a reader reads it — in their currency, with its unit, a
 * choice in words ("$2.35 per GPU-hour", "1.275 kW", "Own it").
 */
export function inputText(p: Player, x: AppInputs, { t, money: m }: Words): string {
  const v = x[fieldOf(p)];
  switch (p) {
    case 'elec': case 'rent': case 'opex': return t(`controls:${p}.valueText`, { value: money(v as number, m) });
    case 'tps': return t('controls:tps.valueText', { value: plain(v as number, m.lang, 0) });
    case 'kw': return t('controls:kw.valueText', { value: plain(v as number, m.lang, 3) });
    case 'years': case 'siteyears': return t('controls:years.valueText', { value: plain(v as number, m.lang, 1) });
    case 'util': case 'capital': return percent(v as number, m.lang);
    case 'capex': case 'site': return money(v as number, m);
    case 'mode': return t(`controls:mode.${v}`);
    case 'power': return t(`controls:power.${v}`);
    default: return plain(v as number, m.lang, 2);
  }
}

/** What every assumptions line writes itself: the rest of a scenario's inputs are added where they differ. */
const IN_LINE: ReadonlySet<Player> = new Set(['elec', 'rent', 'tps', 'util', 'pue', 'mode', 'capex', 'years', 'capital']);

/**
 * assumptionLine(x, gpuName, w, also): x's assumptions in one line: a renter's rent, or an owner's GPU
 * price, years and cost of money with the hour they come to; then each input of `also` that x's cost
 * reads, named, with its value.
 */
export function assumptionLine(x: AppInputs, gpuName: string, w: Words, also: readonly Player[] = []): string {
  const reads = readsOf(x);
  return [w.t(x.mode === 'own' ? 'charts:export.assumptionsOwn' : 'charts:export.assumptions', assumptionValues(x, gpuName, w.money)),
    ...also.filter((p) => reads.has(p) && !IN_LINE.has(p)).map((p) => w.t('charts:export.also', { name: w.t(`charts:compare.players.${p}`), value: inputText(p, x, w) })),
  ].join(' · ');
}

/**
 * assumptionLines(app): the assumptions behind what the page shows, a line a scenario: A's alone, or in
 * compare mode A's and B's, each named, each with the inputs set differently that its cost reads (B's
 * curves and marks are on the charts too).
 */
export function assumptionLines(app: Pick<AppState, 't' | 'model' | 'gpu' | 'money' | 'b'>): string[] {
  const a = (also: Player[] = []) => assumptionLine(app.model, app.gpu?.name ?? app.model.gpuId, app, also);
  const b = app.b;
  if (!b) return [a()];
  const differ = PLAYERS.filter(([, f]) => app.model[f] !== b[f]).map(([p]) => p);
  return [app.t('charts:export.scenarioLine', { name: app.t('charts:compare.total.a'), line: a(differ) }),
    app.t('charts:export.scenarioLine', { name: app.t('charts:compare.total.b'), line: assumptionLine(b, acceleratorById(b.gpuId)?.name ?? b.gpuId, app, differ) })];
}
