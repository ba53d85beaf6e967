// The charts loaded so far (loaders.ts), kept where Svelte sees them: a scene draws as soon as its
// code arrives, and at once — in the same frame — when it already has.
import type { Component } from 'svelte';
import { chartModule, SCENE_CHART, type ChartKey } from './loaders';

export { SCENE_CHART, type ChartKey };

export const charts: Partial<Record<ChartKey, Component<any>>> = $state({});

/** loadChart(key): fetches that chart once and keeps it in `charts`. */
export const loadChart = (key: ChartKey) => chartModule(key).then((c) => (charts[key] = c));

/** loadScenes(): every scene's chart (presenter mode, printing, a reader who has begun to scroll). */
export const loadScenes = () => Promise.all(Object.values(SCENE_CHART).map(loadChart));
