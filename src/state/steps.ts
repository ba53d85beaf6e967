// The story's steps (issue 4) and the scene each one sets. A scene is a partial state: the values the
// step's text is written for. Entering a step applies it; the reader may then change anything, and
// "back to the story's values" applies it again. Pure: tests import it without a browser.

import { SCENARIOS, scenarioInputs } from '../model/presets';
import { TRAINING_COST_USD } from '../model/facts';
import type { AppInputs } from './inputs';

export const STEP_KEYS = ['commodity', 'bill', 'lever', 'efficiency', 'training', 'price', 'inflation', 'claims'] as const;
export type StepKey = (typeof STEP_KEYS)[number];
export const STEP_COUNT = STEP_KEYS.length;

/** Which published scenario (src/model/presets.ts) each step's scene starts from; step 1 sets nothing. */
const SCENE_SCENARIO: Record<StepKey, string | null> = {
  commodity: null,
  bill: 'h100-west-2026',
  lever: 'h100-eu-grid',
  efficiency: 'blackwell-spot-2026',
  training: 'h100-west-2026',
  price: 'h100-west-2026',
  inflation: 'h100-west-2026',
  claims: 'h100-west-2026',
};

export type Scene = Partial<AppInputs>;

/**
 * scene(step, cnyPerUsd) is what step 1..8 sets: its scenario (rent, power, chip, tokens/s from the
 * chip's published figure, so the efficiency panel is detached), and for step 5 the training levers.
 * Step 1 is about volumes, not cost: it leaves the reader's settings alone.
 */
export function scene(step: number, cnyPerUsd: number): Scene {
  const key = STEP_KEYS[step - 1];
  if (!key) return {};
  const id = SCENE_SCENARIO[key];
  const s = id ? SCENARIOS.find((x) => x.id === id) : undefined;
  const out: Scene = s ? { ...scenarioInputs(s, cnyPerUsd), gpuId: s.gpuId, effLinked: false } : {};
  if (key === 'training') Object.assign(out, { trainUsd: TRAINING_COST_USD.value[0], lifeTokens: 1e15 });
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** atScene(state, scene) is true while every value the scene sets is still what it set. */
export function atScene(state: AppInputs, sc: Scene): boolean {
  return Object.entries(sc).every(([k, v]) => {
    const have = state[k as keyof AppInputs];
    return typeof v === 'number' && typeof have === 'number' ? near(have, v) : have === v;
  });
}
