// Charts and lectures as 16:9 slides (issue 19), for the slide tools that cannot run the page
// (PowerPoint, Google Slides, Keynote): 1920 × 1080 pictures with their own layout. A chart's slide has
// its title and what it shows, the drawing as large as the slide allows (small multiples in the grid
// that makes them largest, each under its panel title), and a column with the key assumptions, the
// sources by report name, the date, and the link to this exact view with its QR code. A text slide (a
// lecture's title, claims and closing) has a title, paragraphs or a list, and the QR code. Runs in the
// browser (it copies the drawings as drawn); the browser tests decode the results.

import { esc, inlined, wrap, type Picture } from '../export/svg';
import { qrOf } from './qr';
import { textWidthPx } from '../charts/line.geometry';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
const PAD = 72;
const COLUMN_X = 1456;

export interface Colours { background: string; ink: string; muted: string }
interface Box { x: number; y: number; w: number; h: number }

/** fitted(s, width, px, maxLines, minPx): s's lines at width, in the largest type from px down to minPx that keeps them within maxLines. */
function fitted(s: string, width: number, px: number, maxLines: number, minPx: number) {
  let size = px;
  let lines = wrap(s, Math.floor(width / (size * 0.55)));
  while (lines.length > maxLines && size > minPx) {
    size = Math.max(minPx, Math.floor(size * 0.88));
    lines = wrap(s, Math.floor(width / (size * 0.55)));
  }
  return { size, lines };
}
/** The height block() gives s. */
const blockHeight = (s: string, width: number, px: number, maxLines: number, minPx: number, gap = 1.3) => {
  const { size, lines } = fitted(s, width, px, maxLines, minPx);
  return lines.length * size * gap;
};

/** A slide being drawn: its parts as SVG markup, and helpers that place text and the QR code. */
class Canvas {
  parts: string[];
  constructor(readonly c: Colours) {
    this.parts = [`<rect width="${SLIDE_W}" height="${SLIDE_H}" fill="${esc(c.background)}"/>`];
  }
  text(s: string, x: number, y: number, px: number, colour: string, weight = 400, family = '') {
    this.parts.push(`<text x="${x}" y="${y}" font-size="${px}" font-weight="${weight}" fill="${esc(colour)}"${family ? ` font-family="${family}"` : ''}>${esc(s)}</text>`);
  }
  /** Wrapped to width in at most maxLines (smaller type until it fits, down to minPx), from y; returns the y below it. */
  block(s: string, x: number, y: number, width: number, px: number, maxLines: number, minPx: number, colour: string, weight = 400, gap = 1.3): number {
    const { size, lines } = fitted(s, width, px, maxLines, minPx);
    for (const l of lines) { y += size * gap; this.text(l, x, y, size, colour, weight); }
    return y;
  }
  /** The link's QR code (black on white, whatever the theme) at x, y, px wide, with the link written under it. */
  qr(link: string, x: number, y: number, px: number, textWidth: number) {
    const q = qrOf(link);
    this.parts.push(`<g transform="translate(${x} ${y}) scale(${px / q.size})" shape-rendering="crispEdges"><rect width="${q.size}" height="${q.size}" fill="#fff"/><path d="${q.d}" fill="#000"/></g>`);
    // A link has no spaces to break at: cut it into lines of as many characters as fit.
    const per = Math.floor(textWidth / (14 * 0.62));
    const lines = Array.from({ length: Math.ceil(link.length / per) }, (_, i) => link.slice(i * per, (i + 1) * per)).slice(0, 4);
    lines.forEach((l, i) => this.text(l, x, y + px + 24 + i * 19, 14, this.c.muted, 400, 'ui-monospace, monospace'));
  }
  picture(title: string, font: string): Picture {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_W}" height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${esc(font)}">`
      + `<title>${esc(title)}</title>${this.parts.join('')}</svg>`;
    return { svg, width: SLIDE_W, height: SLIDE_H };
  }
}

const fontOf = (el: Element) => getComputedStyle(el).fontFamily.replace(/"/g, "'");
const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * drawings(figure, cv, box): the figure's drawings laid into box — its headline figure (the cost
 * stack's total) first, then the drawings in the grid of columns that makes them largest, each under
 * its panel's title, then the key in rows.
 */
function drawings(figure: HTMLElement, cv: Canvas, box: Box): number {
  const c = cv.c;
  let top = box.y;
  const big = figure.querySelector('.headline .big:not(.copy *)')?.textContent?.trim();
  if (big) {
    cv.text(big, box.x, top + 84, 96, c.ink, 700);
    // Measured in the slide's own font, bold, so the unit starts after the figure in every script.
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = `700 96px ${fontOf(figure)}`;
    const bigPx = ctx ? ctx.measureText(big).width : textWidthPx(big, 96) * 1.15;
    cv.text(figure.querySelector('.headline .unit:not(.copy *)')?.textContent?.trim() ?? '', box.x + bigPx + 28, top + 84, 34, c.muted);
    top += 130;
  }
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('.drawing svg')].filter((s) => s.width.baseVal.value > 0);
  const keys = [...figure.querySelectorAll<HTMLElement>('.drawing .chart-key li, .drawing .legend li:not(.copy *)')].map((li) => {
    const sw = li.querySelector<HTMLElement>('.k, .swatch');
    const cs = sw ? getComputedStyle(sw) : null;
    return { colour: cs ? (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : cs.borderTopColor) : c.ink,
      label: (li.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
  const KEY_PX = 24, KEY_ROW = 38;
  const keyRows: { colour: string; label: string; x: number }[][] = [[]];
  let kx = 0;
  for (const k of keys) {
    const w = 34 + [...k.label].reduce((a, ch) => a + (WIDE.test(ch) ? KEY_PX : KEY_PX * 0.56), 0);
    if (kx + w > box.w && kx > 0) { keyRows.push([]); kx = 0; }
    keyRows[keyRows.length - 1].push({ ...k, x: kx });
    kx += w + 28;
  }
  const keyH = keys.length ? keyRows.length * KEY_ROW + 16 : 0;
  const areaH = box.y + box.h - top - keyH;
  const headed = svgs.map((s) => s.closest('.panel')?.querySelector('h3')?.textContent?.trim() ?? '');
  const HEAD = headed.some(Boolean) ? 44 : 0, GAP = 32;
  const sizes = svgs.map((s) => ({ w: s.width.baseVal.value, h: s.height.baseVal.value }));
  let best = { cols: 1, k: 0 };
  for (let cols = 1; cols <= Math.max(1, svgs.length); cols++) {
    const rows = Math.ceil(svgs.length / cols);
    const cellW = (box.w - GAP * (cols - 1)) / cols, cellH = (areaH - GAP * (rows - 1)) / rows - HEAD;
    const k = Math.min(2.6, ...sizes.map((z) => Math.min(cellW / z.w, cellH / z.h)));
    if (k > best.k) best = { cols, k };
  }
  const { cols, k } = best;
  const rows = Math.ceil(svgs.length / cols);
  const cellW = (box.w - GAP * (cols - 1)) / cols;
  const rowH = Math.max(0, ...sizes.map((z) => z.h * k)) + HEAD;
  svgs.forEach((s, i) => {
    const cx = box.x + (i % cols) * (cellW + GAP), cy = top + Math.floor(i / cols) * (rowH + GAP);
    if (headed[i]) cv.text(headed[i], cx, cy + 30, 28, c.ink, 700);
    cv.parts.push(`<g transform="translate(${(cx + (cellW - sizes[i].w * k) / 2).toFixed(1)} ${(cy + HEAD).toFixed(1)}) scale(${k.toFixed(4)})">${inlined(s)}</g>`);
  });
  const keyTop = top + rows * rowH + (rows - 1) * GAP + 16;
  keyRows.forEach((row, r) => row.forEach((key) => {
    const ky = keyTop + 26 + r * KEY_ROW;
    cv.parts.push(`<rect x="${box.x + key.x}" y="${ky - 18}" width="22" height="18" fill="${esc(key.colour)}"/>`);
    cv.text(key.label, box.x + key.x + 32, ky, KEY_PX, c.ink);
  }));
  return keyTop + (keys.length ? keyRows.length * KEY_ROW + 8 : -16);
}

export interface SlideText {
  title: string;
  /** What the chart shows (its text alternative), or a lecture step's main point. */
  says: string;
  /** The assumptions, as charts:export.assumptions writes them ("H100 · rent $2.35 … · PUE 1.3"): one per line here. */
  assumptions: string;
  assumptionsLabel: string;
  source: string;
  sourcesLabel: string;
  date: string;
  link: string;
}

/** slidePicture(figure, text, colours): the figure's chart laid out as a 1920 × 1080 slide. */
export function slidePicture(figure: HTMLElement, text: SlideText, c: Colours): Picture {
  const cv = new Canvas(c);
  let y = cv.block(text.title, PAD, PAD - 8, SLIDE_W - 2 * PAD, 50, 2, 34, c.ink, 700, 1.2);
  y = cv.block(text.says, PAD, y + 8, SLIDE_W - 2 * PAD, 24, 3, 17, c.muted);
  const top = y + 28;
  // The column: assumptions one a line, sources, date; the QR code and the link at its foot.
  const colW = SLIDE_W - PAD - COLUMN_X, qrTop = SLIDE_H - PAD - 4 * 19 - 12 - 232;
  y = cv.block(text.assumptionsLabel, COLUMN_X, top, colW, 20, 1, 16, c.muted, 700) + 4;
  for (const a of text.assumptions.split(' · ')) y = cv.block(a, COLUMN_X, y, colW, 22, 2, 16, c.ink);
  // The sources and the date, under the assumptions while they clear the QR code; under the drawing,
  // which gives up the height they need, when two scenarios' assumptions fill the column.
  const sources = (x: number, y: number, w: number) => {
    y = cv.block(text.sourcesLabel, x, y, w, 20, 1, 16, c.muted, 700) + 4;
    y = cv.block(text.source, x, y, w, 17, 7, 13, c.ink, 400, 1.35);
    return cv.block(text.date, x, y + 14, w, 17, 1, 13, c.muted);
  };
  const sourcesHeight = (w: number) => 20 * 1.3 + 4 + blockHeight(text.source, w, 17, 7, 13, 1.35) + 14 + 17 * 1.3;
  const drawingW = COLUMN_X - 56 - PAD;
  if (y + 18 + sourcesHeight(colW) <= qrTop - 16) {
    sources(COLUMN_X, y + 18, colW);
    drawings(figure, cv, { x: PAD, y: top, w: drawingW, h: SLIDE_H - PAD - top });
  } else {
    const below = sourcesHeight(drawingW) + 24;
    sources(PAD, drawings(figure, cv, { x: PAD, y: top, w: drawingW, h: SLIDE_H - PAD - top - below }) + 24, drawingW);
  }
  cv.qr(text.link, COLUMN_X, qrTop, 232, colW);
  return cv.picture(text.title, fontOf(figure));
}

/** drawingPicture(figure, colours): the figure's drawings and key alone, 1920 wide and as tall as they are (at most 16:9), for a deck's slide to place. */
export function drawingPicture(figure: HTMLElement, c: Colours): Picture {
  const cv = new Canvas(c);
  const bottom = Math.min(SLIDE_H, Math.ceil(drawings(figure, cv, { x: 24, y: 24, w: SLIDE_W - 48, h: SLIDE_H - 48 }) + 24));
  const p = cv.picture('', fontOf(figure));
  return { svg: p.svg.replace(`height="${SLIDE_H}" viewBox="0 0 ${SLIDE_W} ${SLIDE_H}"`, `height="${bottom}" viewBox="0 0 ${SLIDE_W} ${bottom}"`), width: SLIDE_W, height: bottom };
}

export interface TextSlide {
  title: string;
  paragraphs: readonly string[];
  /** A list under the paragraphs (the closing slide's reports, the claims' verdicts). */
  items?: readonly string[];
  /** The foot: sources or a date. */
  foot: string;
  /** With a link, its QR code stands at the right. */
  link?: string;
}

/** textSlide(s, colours, font): a lecture's slide of words — its title, closing or claims — at 1920 × 1080. */
export function textSlide(s: TextSlide, c: Colours, font: string): Picture {
  const cv = new Canvas(c);
  const width = (s.link ? COLUMN_X - 80 : SLIDE_W) - 2 * PAD + (s.link ? PAD : 0);
  let y = cv.block(s.title, PAD, PAD + 40, width, 64, 2, 40, c.ink, 700, 1.2) + 24;
  for (const p of s.paragraphs) y = cv.block(p, PAD, y, width, 30, 6, 20, c.ink, 400, 1.45) + 16;
  for (const item of s.items ?? []) y = cv.block(`• ${item}`, PAD, y, width, 24, 3, 17, c.ink, 400, 1.35) + 6;
  cv.block(s.foot, PAD, SLIDE_H - PAD - 40, width, 20, 2, 15, c.muted);
  if (s.link) cv.qr(s.link, COLUMN_X, (SLIDE_H - 360) / 2, 340, SLIDE_W - PAD - COLUMN_X);
  return cv.picture(s.title, font);
}
