// One place the page says "done": a reader who copies embed code, saves a picture or restores their
// settings hears and sees that it happened (Acknowledgement.svelte draws it, in a polite live region).

let said = $state({ text: '', n: 0 });

/** announce(text): say text now; the same text said twice is said twice (a second copy is a second action). */
export function announce(text: string) {
  said = { text, n: said.n + 1 };
}

/** What was said last, and a count that changes with every saying. */
export const lastSaid = () => said;
