// How charts move between states: tween the data, not the elements (style.md). Instant when a slider
// moves — dragged or stepped with the keys, the chart must sit under the hand — and always under
// prefers-reduced-motion; presets, scenarios, story scenes and links tween.

import { tick } from 'svelte';
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { interpolateData } from './interpolate';

// Plain flags, not state: a hand leaving a slider must not send the charts a tween to where they are.
let held = false;
let stepped = false;
/** Whether a pointer is on a slider, for what must follow it (a chart's axis holds its scale meanwhile). */
export const hand = $state({ held: false });

/** instant(change) makes change without a tween, and only that change. */
export function instant(change: () => void) {
  stepped = true;
  change();
  void tick().then(() => { stepped = false; });
}

/** byHand: what the sliders (Slider, the story's LiveNumber) tell motion about the reader's hand. */
export const byHand = {
  /** A pointer went down on a slider: changes are instant until it is released. */
  grab: () => { held = true; hand.held = true; },
  release: () => { held = false; hand.held = false; },
  /** change(fn) makes a change by hand (a key press, a drag's input) instant, and only that change. */
  change: instant,
};

export const TWEEN_MS = 350;

/** transitionMs() is how long the next change should take: 0 when made by hand or when motion is reduced. */
export const transitionMs = () => (held || stepped || prefersReducedMotion.current ? 0 : TWEEN_MS);

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
