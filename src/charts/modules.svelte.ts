// The charts loaded so far (loaders.ts), kept where Svelte sees them: a scene draws as soon as its
// code arrives, and at once — in the same frame — when it already has.
import type { Component } from 'svelte';
import { chartModule, SCENE_CHART, type ChartKey } from './loaders';

export { SCENE_CHART, type ChartKey };

export const charts: Partial<Record<ChartKey, Component<any>>> = $state({});
/** Charts whose code could not be fetched: their place says so and offers to try again. */
export const failedCharts: Partial<Record<ChartKey, true>> = $state({});

/** loadChart(key): fetches that chart once and keeps it in `charts`; a failure is noted, never thrown. */
export const loadChart = (key: ChartKey): Promise<void> => {
  if (failedCharts[key]) delete failedCharts[key];
  return chartModule(key).then((c) => { charts[key] = c; }, () => { failedCharts[key] = true; });
};

/** loadScenes(): every scene's chart (presenter mode, printing, a reader who has begun to scroll). */
export const loadScenes = () => Promise.all(Object.values(SCENE_CHART).map(loadChart));

const INTENT = ['scroll', 'keydown', 'pointermove', 'pointerdown', 'touchstart', 'focusin'] as const;
/**
 * loadScenesOnIntent(): the later scenes' code (a few KB each) loads once a reader shows any sign of reading
 * on — a scroll, a key (Ctrl+P included), the pointer — so no scene waits when it comes near, nor when
 * printed. Returns what stops listening.
 */
export function loadScenesOnIntent(): () => void {
  const stop = () => { for (const ev of INTENT) removeEventListener(ev, onIntent); };
  const onIntent = () => { stop(); void loadScenes(); };
  for (const ev of INTENT) addEventListener(ev, onIntent, { passive: true });
  return stop;
}
