// A lecture (issue 19): the slides a lecturer chose, in their order, and the clicks through them. A
// slide is the title, a story step (1–8), one of the explorer's charts, or the closing slide; a step too
// long for one screen is several fragments, each revealed by the next click. The choice travels in the
// link as `slides=title,1,2,cost-stack,8,end`; where the lecturer is, as `slide=` (1-based). Pure.

import { STEP_COUNT } from '../state/steps';

export const CHART_SLIDES = ['cost-stack', 'levers', 'anchor', 'compare'] as const;
export type ChartSlide = (typeof CHART_SLIDES)[number];

export type Slide =
  | { kind: 'title' }
  | { kind: 'end' }
  | { kind: 'step'; step: number }
  | { kind: 'chart'; chart: ChartSlide };

/**
 * lectureSettings(query): the state's link (AppState.query) without the story's step — what a lecture, its
 * deck and the link to present it start from: a slide of a step sets that step itself.
 */
export function lectureSettings(query: string): URLSearchParams {
  const q = new URLSearchParams(query);
  q.delete('step');
  return q;
}

/** A slide's token in the link: "title", "end", "1".."8" or a chart id. */
export const slideToken = (s: Slide): string =>
  s.kind === 'step' ? String(s.step) : s.kind === 'chart' ? s.chart : s.kind;

/** Every slide there is, in the story's order: what a lecture shows unless the link says otherwise. */
export const ALL_SLIDES: readonly Slide[] = [
  { kind: 'title' },
  ...Array.from({ length: STEP_COUNT }, (_, i) => ({ kind: 'step' as const, step: i + 1 })),
  ...CHART_SLIDES.map((chart) => ({ kind: 'chart' as const, chart })),
  { kind: 'end' },
];
/** The lecture a link without `slides=` gives: the title, the eight steps, the closing slide. */
export const DEFAULT_SLIDES: readonly Slide[] = ALL_SLIDES.filter((s) => s.kind !== 'chart');

const MAX_SLIDES = 40;

/**
 * parseSlides(raw): the slides a link names, in its order; unknown tokens are dropped and a token may
 * come back (a lecturer may show the cost stack twice). Nothing usable gives the default lecture.
 */
export function parseSlides(raw: string | null | undefined): Slide[] {
  const out: Slide[] = [];
  for (const token of (raw ?? '').toLowerCase().split(',').slice(0, MAX_SLIDES)) {
    const s = ALL_SLIDES.find((a) => slideToken(a) === token.trim());
    if (s) out.push(s);
  }
  return out.length ? out : [...DEFAULT_SLIDES];
}

/** slidesParam(slides): the `slides=` value for a link ('' when it is the default lecture). */
export function slidesParam(slides: readonly Slide[]): string {
  const tokens = slides.map(slideToken).join(',');
  return tokens === DEFAULT_SLIDES.map(slideToken).join(',') ? '' : tokens;
}

/** Where a lecture is: which slide (0-based) and how many of its fragments after the first are showing. */
export interface Place { slide: number; frag: number }

/**
 * next(place, fragments): the place one click on — the slide's next fragment, else the next slide's
 * first; at the very end it stays. fragments(i) is how many fragments slide i has (at least 1).
 */
export function next(p: Place, count: number, fragments: (i: number) => number): Place {
  if (p.frag + 1 < fragments(p.slide)) return { slide: p.slide, frag: p.frag + 1 };
  return p.slide + 1 < count ? { slide: p.slide + 1, frag: 0 } : p;
}

/** prev(place, fragments): one click back — the last fragment revealed goes; from a slide's first, the previous slide as it was left (all revealed). */
export function prev(p: Place, fragments: (i: number) => number): Place {
  if (p.frag > 0) return { slide: p.slide, frag: p.frag - 1 };
  return p.slide > 0 ? { slide: p.slide - 1, frag: Math.max(0, fragments(p.slide - 1) - 1) } : p;
}

/**
 * placeAt(raw, count, slides, step): the place a link's `slide=` (1-based) names, clamped, at its first
 * fragment; a link with no `slide=` but a story step (an older presenter link, `step=5`) opens at that step's slide.
 */
export function placeAt(raw: string | null | undefined, count: number, slides: readonly Slide[] = [], step = 0): Place {
  if ((raw === null || raw === undefined) && step > 0) {
    const i = slides.findIndex((s) => s.kind === 'step' && s.step === step);
    if (i >= 0) return { slide: i, frag: 0 };
  }
  const n = Math.round(Number(raw));
  return { slide: Number.isFinite(n) ? Math.min(Math.max(n, 1), count) - 1 : 0, frag: 0 };
}

/** The claim checker's claims (story/ClaimChecker.svelte: six checked, then the agents' arithmetic), one a click on a slide. */
export const CLAIMS_ON_STAGE = 7;
