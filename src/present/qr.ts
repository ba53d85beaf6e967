// A QR code for a link (issue 19): a lecture's title and closing slides, and every slide-shaped picture,
// carry one so a class can open the exact view on their phones. lean-qr encodes; this draws the dark
// modules as one SVG path, with the four-module quiet zone the standard asks for (ISO/IEC 18004). Pure.
import { generate, correction } from 'lean-qr';

export interface QrDrawing {
  /** Modules across, quiet zone included: the path's viewBox is 0 0 size size. */
  size: number;
  /** The dark modules, one unit square each. */
  d: string;
}

const QUIET = 4;

/** qrOf(text): the QR code of text at error correction M (readable on a projected slide, a little worn). */
export function qrOf(text: string): QrDrawing {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  return { size: code.size + 2 * QUIET, d };
}

/** qrSvg(text, px, ink, paper): the code as a standalone SVG element's markup, px wide. */
export function qrSvg(text: string, px: number, ink = '#000', paper = '#fff'): string {
  const q = qrOf(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${q.size} ${q.size}" shape-rendering="crispEdges">`
    + `<rect width="${q.size}" height="${q.size}" fill="${paper}"/><path d="${q.d}" fill="${ink}"/></svg>`;
}
