// Dates on the story's time axes: ISO year-months as decimal years, and back as labels.

/** yearOf('2026-03') is 2026 + 2/12: the month's start as a decimal year. */
export function yearOf(isoMonth: string): number {
  const [y, m = '1'] = isoMonth.split('-');
  return Number(y) + (Number(m) - 1) / 12;
}
