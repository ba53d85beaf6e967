// An embedded chart fills a slide-sized frame (issue 5): the space a frame has beyond what the chart
// needs goes to the plotting height of its line charts, shared out equally among their rows; a frame
// short of it takes height from them instead, down to MIN_CHART_PX each, so a small slide needs no
// scrollbar. Elsewhere 0.
export const fill = $state({ extraPx: 0 });

/** The least a line chart keeps: room for its axes, three gridlines and a readable line. */
export const MIN_CHART_PX = 150;

/** A line chart's height: its own, plus the frame's extra, never below MIN_CHART_PX (nor above its own if that is less). */
export const chartHeight = (basePx: number, extraPx: number) => Math.max(Math.min(basePx, MIN_CHART_PX), basePx + extraPx);
