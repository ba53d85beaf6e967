// Fitting a chart to its frame: an embed's (pages/Embed.svelte) and a lecture's stage (present/Stage.svelte).
// The line charts' share of the frame is fill.extraPx (fill.svelte.ts); what these measure and decide
// stays out of the page's opening script, which only draws the charts at the height they are given.

// Layout heights, not on-screen ones: a lecture's stage is scaled (present/Stage.svelte), and the charts' own heights are in layout pixels.
const heightOf = (el: Element | null) => (el as HTMLElement | null)?.offsetHeight ?? 0;
/**
 * The line charts inside el, row by row: small multiples side by side (the three levers) grow together,
 * and a row grows its frame once, not once a chart. Charts whose boxes overlap top to bottom share a row.
 */
function fillRows(el: Element): HTMLElement[][] {
  const rows: { top: number; bottom: number; charts: HTMLElement[] }[] = [];
  for (const c of el.querySelectorAll<HTMLElement>('[data-fill]')) {
    const { top, bottom } = c.getBoundingClientRect();
    const row = rows.find((r) => top < r.bottom && bottom > r.top);
    if (row) row.charts.push(c);
    else rows.push({ top, bottom, charts: [c] });
  }
  return rows.map((r) => r.charts);
}
/** How far the line charts inside el are drawn above their own heights (negative: held below them), a row counted once. */
function grownPx(el: Element): number {
  let grown = 0;
  for (const row of fillRows(el)) grown += Math.max(...row.map((c) => heightOf(c) - Number(c.dataset.fill)));
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
 * largestScale(heightAt, frameW, frameH, minW, maxW): the layout width in [minW, maxW] at which a chart
 * is drawn largest in a frameW × frameH frame, and that scale — as large as the frame's width allows and
 * no taller than its height. heightAt(w) is the chart's height laid out w wide, which falls as w grows
 * (text wraps into fewer lines): a few steps toward the width at which both edges meet, each the
 * geometric mean of where it is and where the height it measured asks for (a bound at once); the best
 * seen is kept.
 */
export function largestScale(heightAt: (widthPx: number) => number, frameW: number, frameH: number, minW: number, maxW: number) {
  let best = { widthPx: maxW, scale: 0 };
  let w = maxW;
  for (let i = 0; i < 5; i++) {
    const h = heightAt(w), scale = Math.min(frameW / w, frameH / h);
    if (scale > best.scale) best = { widthPx: w, scale };
    // A height that asks for a width past a bound goes to the bound at once: nothing lies beyond it to overshoot.
    const meet = Math.min(maxW, Math.max(minW, (frameW * h) / frameH));
    const next = meet === minW || meet === maxW ? meet : Math.round(Math.sqrt(w * meet));
    if (Math.abs(next - w) < 2) break;
    w = next;
  }
  return best;
}

/**
 * fitFrame(root, viewportPx): the extra height (negative: the height given up) for each line chart in
 * root so that root fills a viewport of viewportPx. Stable: computed from the natural height and the
 * charts' own heights, calling it again after the charts changed gives the same answer (no resize loop).
 */
export function fitFrame(root: HTMLElement, viewportPx: number): number {
  const rows = fillRows(root), charts = rows.length;
  if (!charts) return 0;
  let spare = viewportPx - naturalHeight(root) - 2;
  // Room beside a taller aside costs the frame nothing: a chart may take it on top of the spare. And a
  // chart beside a taller aside gives the frame nothing by shrinking — the aside holds the row's height —
  // so in a frame short of height it keeps at least that room (the anchor chart's plot had fallen to 90 px
  // beside its claims on a projector's slide) and the frame is drawn smaller instead (shrinkToFit).
  let slack = 0, beside = 0;
  for (const body of root.querySelectorAll('.with-aside')) {
    const row = sideBySide(body);
    if (!row) continue;
    slack += Math.max(0, row.asidePx - (row.drawingPx - grownPx(body)));
    beside += fillRows(body).length;
  }
  if (spare > 0) spare += slack;
  else if (slack > 0 && beside === charts) return Math.floor(slack / charts);
  // Short of height, a chart gives up at most GIVE_UP of its own; the rest of the frame is drawn smaller
  // (shrinkToFit). Down to its floor, the anchor chart's plot was 60 px tall under its claims on an
  // 800 × 450 slide, the size the embed code offers: a squashed chart is worse than smaller type.
  const least = Math.min(...rows.map((row) => Math.max(...row.map((c) => Number(c.dataset.fill)))));
  // A frame that is taller than wide would only stretch the axes; cap the gain at half the frame.
  return Math.max(-Math.floor(least * GIVE_UP), Math.min(Math.floor(spare / charts), Math.floor(viewportPx / 2)));
}

/** The share of its own height a line chart gives up to a frame short of height. */
const GIVE_UP = 0.3;
