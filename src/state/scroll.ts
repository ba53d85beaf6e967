// A link to a place on the page (#explorer, ?step=4) is followed while the page is still being built:
// what is above that place may still grow as its code arrives. holdInView keeps the place at the top
// until then — unless the reader moves first, whose scroll always wins. Scrolls meanwhile are the
// page's, not the reader's: the story sets no scene for them (holding()).

const MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
let holds = 0;
let moved = false;
if (typeof addEventListener === 'function') for (const ev of MOVES) addEventListener(ev, () => { moved = true; }, { passive: true, once: true });

/** readerMoved(): whether the reader has used the wheel, a key, a touch or the pointer since the page opened. */
export const readerMoved = () => moved;

/** holding(): whether a link's place is being held, so a scroll now is not the reader's. */
export const holding = () => holds > 0;

/**
 * holdInView(place, settled): the place at the top now, again two frames after `settled`, and at 400 ms.
 * A place may be a function, asked each time: what it names can appear meanwhile (a story chart, drawn
 * once its step is near).
 */
export function holdInView(place: HTMLElement | null | (() => HTMLElement | null), settled: Promise<unknown>) {
  const at = typeof place === 'function' ? place : () => place;
  if (!at()) return;
  let held = true;
  holds++;
  const release = () => {
    if (!held) return;
    held = false;
    holds--;
    for (const ev of MOVES) removeEventListener(ev, release);
  };
  for (const ev of MOVES) addEventListener(ev, release, { passive: true });
  const put = () => { if (held) at()?.scrollIntoView({ block: 'start' }); };
  put();
  const frames = settled.catch(() => undefined).then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const timer = new Promise((ok) => setTimeout(ok, 400));
  void frames.then(put);
  void Promise.all([frames, timer]).then(() => { put(); release(); });
}
