// Every chart that can stand alone — an embedded frame's, a story scene's — is its own chunk, loaded
// the first time it is needed: a slide fetches one chart's code, and the story's later scenes load as a
// reader comes to them. Plain imports only, so the page's tiny entry (main.ts) can ask for the first
// chart at once; modules.svelte.ts keeps the loaded ones for Svelte.
import type { Component } from 'svelte';
import type { ChartId } from '../state/view';
import type { StepKey } from '../state/steps';
import { retryable } from '../ui/retry';

export type ChartKey = ChartId | 'story-claims';

const IMPORTS: Record<ChartKey, () => Promise<{ default: Component<any> }>> = {
  'cost-stack': () => import('./CostStack.svelte'),
  levers: () => import('./LeverCharts.svelte'),
  anchor: () => import('./AnchorChart.svelte'),
  compare: () => import('./Waterfall.svelte'),
  'story-demand': () => import('../story/DemandChart.svelte'),
  'story-places': () => import('../story/PlacesChart.svelte'),
  'story-efficiency': () => import('../story/EfficiencyChart.svelte'),
  'story-training': () => import('../story/TrainingChart.svelte'),
  'story-price': () => import('../story/PriceChart.svelte'),
  'story-tasks': () => import('../story/TaskChart.svelte'),
  'story-claims': () => import('../story/ClaimChecker.svelte'),
};
/** Each import, tried afresh after a failure (ui/retry.ts). */
const LOADERS = Object.fromEntries(Object.entries(IMPORTS).map(([k, load]) => [k, retryable(load)])) as typeof IMPORTS;

/** The chart each story step puts in focus, in the steps' order (a unit test holds it to STEP_KEYS). */
export const SCENE_CHART: Record<StepKey, ChartKey> = {
  commodity: 'story-demand', bill: 'cost-stack', lever: 'story-places', efficiency: 'story-efficiency',
  training: 'story-training', price: 'story-price', inflation: 'story-tasks', claims: 'story-claims',
};

/** The id a scene's chart has on the page: the story's cost stack is "story-cost", as the explorer's is "cost-stack". */
export const sceneChartId = (key: ChartKey): string => (key === 'cost-stack' ? 'story-cost' : key);

/** stepOfSceneChart(id): the story step (1–8) whose scene holds the chart with that id on the page, or 0. */
export const stepOfSceneChart = (id: string): number => Object.values(SCENE_CHART).map(sceneChartId).indexOf(id) + 1;

/** sceneChartAt(step): the chart a page opened at story step 0..8 shows first (the first step's before it). */
export const sceneChartAt = (step: number): ChartKey => Object.values(SCENE_CHART)[Math.max(0, Math.round(step) - 1)] ?? SCENE_CHART.commodity;

const pending = new Map<ChartKey, Promise<Component<any>>>();

/** chartModule(key): the component that draws that chart, fetched once (a failed fetch may be retried). */
export function chartModule(key: ChartKey): Promise<Component<any>> {
  let p = pending.get(key);
  if (!p) {
    p = LOADERS[key]().then((m) => m.default);
    p.catch(() => pending.delete(key));
    pending.set(key, p);
  }
  return p;
}
