// An embedded chart fills a slide-sized frame (issue 5): the space a frame has beyond what the chart
// needs goes to the plotting height of its line charts, shared out equally; a frame short of it takes
// height from them instead, down to MIN_CHART_PX each, so a small slide needs no scrollbar. Elsewhere 0.
export const fill = $state({ extraPx: 0 });

/** The least a line chart keeps: room for its axes, three gridlines and a readable line. */
export const MIN_CHART_PX = 150;

/** A line chart's height: its own, plus the frame's extra, never below MIN_CHART_PX (nor above its own if that is less). */
export const chartHeight = (basePx: number, extraPx: number) => Math.max(Math.min(basePx, MIN_CHART_PX), basePx + extraPx);

// Layout heights, not on-screen ones: a lecture's stage is scaled (present/Stage.svelte), and the charts' own heights are in layout pixels.
const heightOf = (el: Element | null) => (el as HTMLElement | null)?.offsetHeight ?? 0;
/** How far the line charts inside el are drawn above their own heights (negative: held below them). */
function grownPx(el: Element): number {
  let grown = 0;
  for (const c of el.querySelectorAll<HTMLElement>('[data-fill]')) grown += heightOf(c) - Number(c.dataset.fill);
  return grown;
}

/**
 * A chart frame's body with an aside beside its drawing (the anchor chart's claims): the row is as tall
 * as the taller of the two, so a drawing shorter than its aside grows into that slack before the frame
 * does. Stacked (a narrow frame) or without an aside, every pixel a chart grows is a pixel of the frame.
 */
function sideBySide(body: Element): { drawingPx: number; asidePx: number } | undefined {
  const drawing = body.querySelector(':scope > .drawing'), aside = body.querySelector(':scope > .aside');
  if (!drawing || !aside) return undefined;
  if (Math.abs(drawing.getBoundingClientRect().top - aside.getBoundingClientRect().top) > 1) return undefined;
  return { drawingPx: heightOf(drawing), asidePx: heightOf(aside) };
}

/**
 * naturalHeight(root): the height root needs at the charts' own heights — what a frame reports to its
 * parent, so that a parent which sizes the frame to it settles at once. Each line chart marks its own
 * height (data-fill); what it is drawn at now is measured, so a chart held at its floor counts right.
 */
export function naturalHeight(root: HTMLElement): number {
  let h = heightOf(root) - grownPx(root);
  for (const body of root.querySelectorAll('.with-aside')) {
    const row = sideBySide(body);
    const grown = grownPx(body);
    // Growth that filled the aside's slack did not make the frame taller: give it back.
    if (row && grown > 0) h += grown - (Math.max(row.drawingPx, row.asidePx) - Math.max(row.drawingPx - grown, row.asidePx));
  }
  return h;
}

/**
 * shrinkToFit(needPx, havePx): the scale that draws what still needs needPx into havePx once its line
 * charts have given up what they can (fitFrame) — 1 when it fits. An embed and a lecture's stage share it.
 */
export const shrinkToFit = (needPx: number, havePx: number) => (needPx > havePx + 1 ? havePx / needPx : 1);

/**
 * fitFrame(root, viewportPx): the extra height (negative: the height given up) for each line chart in
 * root so that root fills a viewport of viewportPx. Stable: computed from the natural height and the
 * charts' own heights, calling it again after the charts changed gives the same answer (no resize loop).
 */
export function fitFrame(root: HTMLElement, viewportPx: number): number {
  const charts = root.querySelectorAll('[data-fill]').length;
  if (!charts) return 0;
  let spare = viewportPx - naturalHeight(root) - 2;
  if (spare > 0) {
    // Room beside a taller aside costs the frame nothing: a chart may take it on top of the spare.
    for (const body of root.querySelectorAll('.with-aside')) {
      const row = sideBySide(body);
      if (row) spare += Math.max(0, row.asidePx - (row.drawingPx - grownPx(body)));
    }
  }
  // A frame that is taller than wide would only stretch the axes; cap the gain at half the frame.
  return Math.min(Math.floor(spare / charts), Math.floor(viewportPx / 2));
}
