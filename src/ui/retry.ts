// A chunk's import that can be tried again once it has failed (a dropped connection, a server that
// stumbled). Chromium keeps a failed module import's failure for its address (the HTML spec's module
// map), so asking again for the same file fails at once, with no request. A retry asks for that file
// under a fresh query ("?1", "?2"…), its address read off the end of the failure's message ("Failed to
// fetch dynamically imported module: https://…/Explorer-….js"). Its own imports keep their addresses,
// so they are the modules the page already has. A message that ends in no script of this origin
// (another browser's wording) leaves the plain import to be tried again.

/** retryable(load): load, which after a failure imports the failed file afresh. */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let file = '', tries = 0;
  return () => (file ? (import(/* @vite-ignore */ `${file}?${++tries}`) as Promise<T>) : load()).catch((e: unknown) => {
    const named = String(e).split(' ').pop()!;
    if (!file && named.startsWith(`${location.origin}/`)) file = named;
    throw e;
  });
}
