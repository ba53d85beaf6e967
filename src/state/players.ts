// The inputs compare mode can tell apart (issue 20), by their link parameters, and which of them a cost
// reads: what an export's caption needs without the Shapley machinery (state/compare.ts). Pure.
import { powerInsideRent, type CostInputs } from '../model/cost';

/** The inputs that can differ, by link name, in the order the controls list them (the waterfall's, by size). */
export const PLAYERS = [
  ['elec', 'elecUsdPerKwh'], ['rent', 'rentUsdPerGpuHour'], ['tps', 'tokPerSecPerGpu'], ['util', 'utilisation'],
  ['pue', 'pue'], ['kw', 'kwPerGpu'], ['opex', 'opexUsdPerGpuHour'], ['mode', 'mode'], ['power', 'powerBilling'],
  ['capex', 'capexUsdPerGpu'], ['years', 'depreciationYears'], ['capital', 'capitalRatePerYear'],
  ['site', 'siteUsdPerGpu'], ['siteyears', 'siteYears'],
] as const satisfies ReadonlyArray<readonly [string, keyof CostInputs]>;
export type Player = (typeof PLAYERS)[number][0];

/** The inputs only a renter's cost reads, only an owner's, and the power bill's (model/cost.ts: hardwareUsdPerGpuHour, powerInsideRent). */
export const RENT_PLAYERS: Player[] = ['rent', 'power'];
export const OWN_PLAYERS: Player[] = ['capex', 'years', 'capital', 'site', 'siteyears'];
export const POWER_PLAYERS: Player[] = ['elec', 'kw', 'pue'];

/** The model input a player's link name stands for (the waterfall's table shows both scenarios' values). */
export const fieldOf = (name: Player): keyof CostInputs => PLAYERS.find(([n]) => n === name)![1];

/** readsOf(x): the inputs x's total cost depends on (model/cost.ts): a rent that includes power reads no power price. */
export function readsOf(x: CostInputs): Set<Player> {
  const own = x.mode === 'own';
  return new Set<Player>(['tps', 'util', 'opex', 'mode', ...(own ? OWN_PLAYERS : RENT_PLAYERS), ...(powerInsideRent(x) ? [] : POWER_PLAYERS)]);
}
