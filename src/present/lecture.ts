// What a lecture's two windows say to each other (issue 19): the speaker view and the audience's stage
// follow one another through a BroadcastChannel of this origin, which needs no network and works from
// the offline file. A message names the place; anything else on the channel is ignored. Pure.
import type { Place } from './slides';

export const CHANNEL = 'token-cost:lecture';
export const PLACE_TYPE = 'token-cost:place';

/** placeMessage(place, slides): what a window posts when its place changes; slides is the lecture's `slides=` value. */
export const placeMessage = (p: Place, slides: string) => ({ type: PLACE_TYPE, slide: p.slide, frag: p.frag, slides });

/** placeFrom(data, slides, count): the place a message names, for this same lecture, clamped; null for anything else. */
export function placeFrom(data: unknown, slides: string, count: number): Place | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== PLACE_TYPE || m.slides !== slides || !Number.isInteger(m.slide) || !Number.isInteger(m.frag)) return null;
  return { slide: Math.min(Math.max(m.slide as number, 0), count - 1), frag: Math.max(0, Math.min(m.frag as number, 50)) };
}

/** elapsed(ms): a timer's reading, "12:05" or "1:02:09". */
export function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
