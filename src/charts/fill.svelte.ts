// An embedded chart fills a slide-sized frame (issue 5): the space a frame has beyond what the chart
// needs goes to the plotting height of its line charts, shared out equally. Elsewhere it stays 0.
export const fill = $state({ extraPx: 0 });

/**
 * fitFrame(root, viewportPx): the extra height each line chart in root takes so that root fills a
 * viewport of viewportPx, never less than 0. Stable: it subtracts what it had already given, so calling
 * it again after the charts grew gives the same answer (no resize loop).
 */
export function fitFrame(root: HTMLElement, viewportPx: number): number {
  const charts = root.querySelectorAll('[data-fill]').length;
  if (!charts) return 0;
  const natural = naturalHeight(root);
  // A frame that is taller than wide would only stretch the axes; cap the gain at half the frame.
  return Math.max(0, Math.min(Math.floor((viewportPx - natural - 2) / charts), Math.floor(viewportPx / 2)));
}

/**
 * naturalHeight(root): the height root needs without the extra — what a frame reports to its parent,
 * so that a parent which sizes the frame to it leaves no spare height and nothing grows or shrinks in turn.
 */
export function naturalHeight(root: HTMLElement): number {
  return root.getBoundingClientRect().height - fill.extraPx * root.querySelectorAll('[data-fill]').length;
}
