// An embedded chart fills a slide-sized frame (issue 5): the space a frame has beyond what the chart
// needs goes to the plotting height of its line charts, shared out equally; a frame short of it takes
// height from them instead, down to MIN_CHART_PX each, so a small slide needs no scrollbar. Elsewhere 0.
export const fill = $state({ extraPx: 0 });

/** The least a line chart keeps: room for its axes, three gridlines and a readable line. */
export const MIN_CHART_PX = 150;

/** A line chart's height: its own, plus the frame's extra, never below MIN_CHART_PX (nor above its own if that is less). */
export const chartHeight = (basePx: number, extraPx: number) => Math.max(Math.min(basePx, MIN_CHART_PX), basePx + extraPx);

/**
 * naturalHeight(root): the height root needs at the charts' own heights — what a frame reports to its
 * parent, so that a parent which sizes the frame to it settles at once. Each line chart marks its own
 * height (data-fill); what it is drawn at now is measured, so a chart held at its floor counts right.
 */
export function naturalHeight(root: HTMLElement): number {
  let given = 0;
  for (const el of root.querySelectorAll<HTMLElement>('[data-fill]')) given += el.getBoundingClientRect().height - Number(el.dataset.fill);
  return root.getBoundingClientRect().height - given;
}

/**
 * fitFrame(root, viewportPx): the extra height (negative: the height given up) for each line chart in
 * root so that root fills a viewport of viewportPx. Stable: computed from the natural height, calling it
 * again after the charts changed gives the same answer (no resize loop).
 */
export function fitFrame(root: HTMLElement, viewportPx: number): number {
  const charts = root.querySelectorAll('[data-fill]').length;
  if (!charts) return 0;
  // A frame that is taller than wide would only stretch the axes; cap the gain at half the frame.
  return Math.min(Math.floor((viewportPx - naturalHeight(root) - 2) / charts), Math.floor(viewportPx / 2));
}
