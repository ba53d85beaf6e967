// How charts move between states: tween the data, not the elements (style.md). Instant when a slider
// moves — dragged or stepped with the keys, the chart must sit under the hand — and always under
// prefers-reduced-motion; presets, scenarios, story scenes and links tween.

import { untrack } from 'svelte';
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { interpolateData } from './interpolate';

export const motion = $state({ instant: false });

export const TWEEN_MS = 350;

/**
 * transitionMs() is how long the next change should take: 0 when a hand is on a slider or when motion
 * is reduced. Read untracked: a hand leaving the slider must not send the charts a tween to where they are.
 */
export const transitionMs = () => (untrack(() => motion.instant) || prefersReducedMotion.current ? 0 : TWEEN_MS);

/**
 * tweenOf(fn) is a Tween that follows fn(), d3's interpolateNumber computing the in-between values.
 * Call it while a component initialises (it registers an effect that retargets the tween).
 */
export function tweenOf<T>(fn: () => T): Tween<T> {
  const tw = new Tween<T>(fn(), { easing: cubicOut, interpolate: interpolateData });
  $effect.pre(() => {
    const v = fn();
    void tw.set(v, { duration: transitionMs() });
  });
  return tw;
}
