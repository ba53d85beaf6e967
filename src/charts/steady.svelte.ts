// What keeps a chart readable as it changes: an axis that holds its scale while a hand is on a slider
// (so a drag shows the line move, rather than the axis relabelling under a line that looks the same),
// says when it has rescaled, and a ghost of where the reader's point was before the latest change.

import { untrack } from 'svelte';
import { hand } from '../state/motion.svelte';
import type { AxisSpec } from './line.geometry';
import { keeper } from './kept';
import type { Point } from '../model/sweeps';

const RESCALE_CUE_MS = 1500;

/**
 * steadyAxis(get): the axis get() gives, except while a pointer is on a slider, when it stays as it was
 * when the pointer went down; `rescaled` is true for a moment after its domain changes.
 * Call it while a component initialises.
 */
export function steadyAxis(get: () => AxisSpec) {
  let frozen: AxisSpec | null = $state(null);
  let rescaled = $state(false);
  let last: readonly [number, number] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  $effect.pre(() => {
    const held = hand.held;
    untrack(() => { frozen = held ? get() : null; });
  });
  // The same domain given again (a new object each time its chart's data moves) is the same axis: its ticks are not laid out again (kept.ts).
  const keepAxis = keeper<AxisSpec>();
  const axis = $derived(keepAxis(frozen ?? get()));
  $effect(() => {
    const d = axis.domain;
    const moved = last && d.some((v, i) => Math.abs(v - last![i]) > 0.01 * Math.max(Math.abs(v), Math.abs(last![i]), 1e-12));
    last = [d[0], d[1]];
    if (!moved) return;
    rescaled = true;
    clearTimeout(timer);
    timer = setTimeout(() => { rescaled = false; }, RESCALE_CUE_MS);
  });
  return { get axis() { return axis; }, get rescaled() { return rescaled; } };
}

/**
 * ghostOf(get, quietMs): where the point get() gives was before the latest change — changes less than
 * quietMs apart (a drag, a tween, keys held down) count as one — or undefined before any change.
 */
export function ghostOf(get: () => Point | undefined, quietMs = 800) {
  let ghost: Point | undefined = $state();
  let prev: Point | undefined;
  let lastAt = -Infinity;
  $effect.pre(() => {
    const m = get();
    untrack(() => {
      if (prev && m && (prev.x !== m.x || prev.y !== m.y)) {
        const now = performance.now();
        if (now - lastAt > quietMs) ghost = prev;
        lastAt = now;
      }
      prev = m ? { x: m.x, y: m.y } : undefined;
    });
  });
  return { get value() { return ghost; } };
}
