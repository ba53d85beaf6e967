// A chart as a 16:9 slide (issue 19): for the slide tools that cannot run the page (PowerPoint, Google
// Slides, Keynote), a 1920 × 1080 picture with its own layout — the title and what the chart shows, the
// drawing as large as the slide allows (small multiples side by side, each under its panel title), and
// a column with the key assumptions, the sources by report name, the date, and the link to this exact
// view with its QR code. Runs in the browser (it copies the drawings as drawn); tests decode the result.

import { esc, inlined, wrap, type Picture } from '../export/svg';
import { qrOf } from './qr';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
const PAD = 72;
const COLUMN_X = 1456;

export interface SlideText {
  title: string;
  /** What the chart shows, in a sentence or three (its text alternative). */
  says: string;
  /** The assumptions, as charts:export.assumptions writes them ("H100 · rent $2.35 … · PUE 1.3"): one per line here. */
  assumptions: string;
  assumptionsLabel: string;
  source: string;
  sourcesLabel: string;
  date: string;
  link: string;
}
export interface Colours { background: string; ink: string; muted: string }

/** Lines of text at fontPx that fit widthPx, in at most maxLines (smaller type until they do, down to minPx). */
function fitLines(text: string, widthPx: number, fontPx: number, maxLines: number, minPx: number): { lines: string[]; px: number } {
  let px = fontPx;
  for (;;) {
    const lines = wrap(text, Math.floor(widthPx / (px * 0.55)));
    if (lines.length <= maxLines || px <= minPx) return { lines, px };
    px = Math.max(minPx, Math.floor(px * 0.88));
  }
}

/** slidePicture(figure, text, colours): the figure's chart laid out as a 1920 × 1080 slide. */
export function slidePicture(figure: HTMLElement, text: SlideText, c: Colours): Picture {
  const font = getComputedStyle(figure).fontFamily.replace(/"/g, "'");
  const parts: string[] = [`<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="${esc(c.background)}"/>`];
  const put = (s: string, x: number, y: number, px: number, colour: string, weight = 400, family = '') =>
    parts.push(`<text x="${x}" y="${y}" font-size="${px}" font-weight="${weight}" fill="${esc(colour)}"${family ? ` font-family="${family}"` : ''}>${esc(s)}</text>`);
  let y = PAD;
  const block = (s: string, x: number, width: number, px: number, maxLines: number, minPx: number, colour: string, weight = 400, gap = 1.3) => {
    const f = fitLines(s, width, px, maxLines, minPx);
    for (const l of f.lines) { y += f.px * gap; put(l, x, y, f.px, colour, weight); }
    return f.lines.length * f.px * gap;
  };
  // Title and what it shows, across the whole slide.
  y -= 8;
  block(text.title, PAD, SLIDE_W - 2 * PAD, 50, 2, 34, c.ink, 700, 1.2);
  y += 8;
  block(text.says, PAD, SLIDE_W - 2 * PAD, 24, 3, 17, c.muted);
  let top = y + 28;

  // The column: assumptions one a line, sources, date; the QR code and the link at its foot.
  const colW = SLIDE_W - PAD - COLUMN_X;
  y = top;
  block(text.assumptionsLabel, COLUMN_X, colW, 20, 1, 16, c.muted, 700);
  y += 4;
  for (const a of text.assumptions.split(' · ')) block(a, COLUMN_X, colW, 22, 2, 16, c.ink);
  y += 18;
  block(text.sourcesLabel, COLUMN_X, colW, 20, 1, 16, c.muted, 700);
  y += 4;
  block(text.source, COLUMN_X, colW, 17, 7, 13, c.ink, 400, 1.35);
  y += 14;
  block(text.date, COLUMN_X, colW, 17, 1, 13, c.muted);
  const qrPx = 232;
  const link = wrap(text.link, Math.floor(colW / (14 * 0.6))).slice(0, 4);
  const qrY = SLIDE_H - PAD - link.length * 19 - 12 - qrPx;
  const q = qrOf(text.link);
  parts.push(`<g transform="translate(${COLUMN_X} ${qrY}) scale(${qrPx / q.size})" shape-rendering="crispEdges"><rect width="${q.size}" height="${q.size}" fill="#fff"/><path d="${q.d}" fill="#000"/></g>`);
  link.forEach((l, i) => put(l, COLUMN_X, qrY + qrPx + 24 + i * 19, 14, c.muted, 400, 'ui-monospace, monospace'));

  // A chart led by one figure (the cost stack's total) shows it as the slide's headline, over the drawing.
  const big = figure.querySelector('.headline .big')?.textContent?.trim();
  if (big) {
    put(big, PAD, top + 84, 96, c.ink, 700);
    const unit = figure.querySelector('.headline .unit')?.textContent?.trim() ?? '';
    put(unit, PAD + 40 + [...big].length * 55, top + 84, 34, c.muted);
    top += 130;
  }

  // The drawings as large as the area allows, in the grid of columns that lets them be largest (small
  // multiples side by side or two by two, each under its panel's title); the key right under them.
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('.drawing svg')].filter((s) => s.width.baseVal.value > 0);
  const keys = [...figure.querySelectorAll<HTMLElement>('.drawing .chart-key li, .drawing .legend li')].map((li) => {
    const sw = li.querySelector<HTMLElement>('.k, .swatch');
    const cs = sw ? getComputedStyle(sw) : null;
    return { colour: cs ? (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : cs.borderTopColor) : c.ink,
      label: (li.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
  const areaW = COLUMN_X - 56 - PAD;
  const KEY_PX = 24, KEY_ROW = 38;
  const keyRows: { colour: string; label: string; x: number }[][] = [[]];
  let kx = 0;
  for (const k of keys) {
    const w = 34 + [...k.label].reduce((a, ch) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? KEY_PX : KEY_PX * 0.56), 0);
    if (kx + w > areaW && kx > 0) { keyRows.push([]); kx = 0; }
    keyRows[keyRows.length - 1].push({ ...k, x: kx });
    kx += w + 28;
  }
  const keyH = keys.length ? keyRows.length * KEY_ROW + 16 : 0;
  const areaH = SLIDE_H - PAD - top - keyH;
  const headed = svgs.map((s) => s.closest('.panel')?.querySelector('h3')?.textContent?.trim() ?? '');
  const HEAD = headed.some(Boolean) ? 44 : 0, GAP = 32;
  const sizes = svgs.map((s) => ({ w: s.width.baseVal.value, h: s.height.baseVal.value }));
  let best = { cols: 1, k: 0 };
  for (let cols = 1; cols <= Math.max(1, svgs.length); cols++) {
    const rows = Math.ceil(svgs.length / cols);
    const cellW = (areaW - GAP * (cols - 1)) / cols, cellH = (areaH - GAP * (rows - 1)) / rows - HEAD;
    const k = Math.min(2.6, ...sizes.map((z) => Math.min(cellW / z.w, cellH / z.h)));
    if (k > best.k) best = { cols, k };
  }
  const { cols, k } = best;
  const rows = Math.ceil(svgs.length / cols);
  const cellW = (areaW - GAP * (cols - 1)) / cols;
  const rowH = Math.max(0, ...sizes.map((z) => z.h * k)) + HEAD;
  const y0 = top;
  svgs.forEach((s, i) => {
    const col = i % cols, row = Math.floor(i / cols);
    const cx = PAD + col * (cellW + GAP), cy = y0 + row * (rowH + GAP);
    if (headed[i]) put(headed[i], cx, cy + 30, 28, c.ink, 700);
    const x = cx + (cellW - sizes[i].w * k) / 2;
    parts.push(`<g transform="translate(${x.toFixed(1)} ${(cy + HEAD).toFixed(1)}) scale(${k.toFixed(4)})">${inlined(s)}</g>`);
  });
  const keyTop = y0 + rows * rowH + (rows - 1) * GAP + 16;
  keyRows.forEach((row, r) => row.forEach((key) => {
    const ky = keyTop + 26 + r * KEY_ROW;
    parts.push(`<rect x="${PAD + key.x}" y="${ky - 18}" width="22" height="18" fill="${esc(key.colour)}"/>`);
    put(key.label, PAD + key.x + 32, ky, KEY_PX, c.ink);
  }));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${esc(font)}">`
    + `<title>${esc(text.title)}</title>${parts.join('')}</svg>`;
  return { svg, width: SLIDE_W, height: SLIDE_H };
}
