// The page's opening is drawn into its HTML at build time (src/opening.ts, vite.config.ts opening()),
// before anyone's screen is measured; its first chart is drawn at each of these widths and app.css
// shows the widest that fits. Steps of at most 8%: a copy is never more than a few percent narrower
// than the chart the script then draws; 705 and 743 px are the chart at 1280 px and ≥1344 px windows.
// Narrower than 500 px (a phone, where the chart is below the first screen) the chart waits for the script.

/** Widths (px, ascending) of the opening's chart copies; app.css has one container rule for each. */
export const OPENING_WIDTHS_PX = [500, 537, 575, 615, 660, 705, 743, 790, 840, 890] as const;

/** Context key under which src/opening.ts passes those widths to the chart it renders. */
export const OPENING_WIDTHS_KEY = Symbol('opening-widths');
