// A fence: a box that is a layout root of its own. Chromium lays a changed text out from the nearest
// layout root, and the explorer's texts sit in grid and flex items, which it does not make roots (tried:
// containing them left the root at the document), so every slider input laid the whole document out
// (~0.6 ms of the 4 ms budget, issue 6). A fence contains its size and layout, and keeps its height
// equal to its content's with a ResizeObserver, so an input that changes only text inside it lays out
// only it; a change of height costs one more layout, in the same frame.
//
// Two conditions: its parent must be a block box (a fence that is a grid or flex item is no root), and no
// ResizeObserver may watch an ancestor of it — the height a fence takes after its content grows comes one
// observer round late for such a watcher, which the browser reports as a "ResizeObserver loop" error. The
// explorer's charts and sliders meet both, as does the phone's cost bar (App.svelte); the story's scenes
// (watched by Story.svelte) and an embedded chart (watched by Embed.svelte) do not, so the charts' and
// sliders' fences are built only where the explorer turns them on (fenceHere).
import { getContext, setContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';

const KEY = Symbol('fence');

/** fenceHere(): fences in this component's subtree are built (call while a component initialises). */
export const fenceHere = () => setContext(KEY, true);

/** fencing(): whether fences are built here. */
export const fencing = (): boolean => getContext(KEY) === true;

/** fence(node): node, whose one child is its content, takes that content's height and becomes a layout root. */
export const fence: Attachment<HTMLElement> = (node) => {
  const content = node.firstElementChild;
  if (!content || typeof ResizeObserver === 'undefined') return;
  const ro = new ResizeObserver(([entry]) => {
    node.style.height = `${entry.borderBoxSize[0].blockSize}px`;
    node.classList.add('fenced');
  });
  ro.observe(content);
  return () => {
    ro.disconnect();
    node.classList.remove('fenced');
    node.style.height = '';
  };
};
