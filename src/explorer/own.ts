// An owner's sliders ("rent or own": own): the GPUs' and the facility's capital, each a price in the display
// currency and a life, and the cost of money — A's in MoreAssumptions.svelte, B's in Compare.svelte. Pure.
import { money, percent, plain, type MoneyContext } from '../format/number';
import type { NumericInput } from '../model/ranges';
import type { TFunction } from 'i18next';

/** Each slider: its input, its link name (its messages are controls:<name>.*), and how it is shown. */
export const OWN_SLIDERS = [
  { key: 'capexUsdPerGpu', name: 'capex', money: true, digits: 0 },
  { key: 'depreciationYears', name: 'years', money: false, digits: 1 },
  { key: 'capitalRatePerYear', name: 'capital', money: false, digits: 3 },
  { key: 'siteUsdPerGpu', name: 'site', money: true, digits: 0 },
  { key: 'siteYears', name: 'siteyears', money: false, digits: 0 },
] as const satisfies ReadonlyArray<{ key: NumericInput; name: string; money: boolean; digits: number }>;
export type OwnSlider = (typeof OWN_SLIDERS)[number];

/** ownValueText(o, v, t, m): what a screen reader says of slider o at value v (a price, a rate, years). */
export function ownValueText(o: OwnSlider, v: number, t: TFunction, m: MoneyContext): string {
  if (o.money) return money(v, m);
  if (o.key === 'capitalRatePerYear') return percent(v, m.lang);
  return t('controls:years.valueText', { value: plain(v, m.lang, o.digits) });
}
