// Waiting for the page to catch up before a picture of it is taken (a deck's chart, a GIF's frame): its
// held parts, the charts' words among them, follow once it is still (state/visibility.svelte.ts sets
// <html data-settled>), and a chart just mounted lays itself out over a frame or two.

/** settledPage(): resolves once the page is still and has caught up, or after 2 s. */
export const settledPage = () => new Promise<void>((ok) => {
  const end = Date.now() + 2000;
  const look = () => (document.documentElement.hasAttribute('data-settled') || Date.now() > end ? ok() : setTimeout(look, 30));
  setTimeout(look, 30);
});

/** nextFrames(n): resolves after n frames have been drawn (a chart laid out by its observers, then painted). */
export const nextFrames = (n: number) => new Promise<void>((ok) => {
  const go = (k: number) => (k ? requestAnimationFrame(() => go(k - 1)) : ok());
  go(n);
});
