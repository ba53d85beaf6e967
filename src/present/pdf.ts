// A PDF of pictures, one a page (issue 19): the lecture for Google Slides' and Keynote's users who
// would rather import a PDF. Each page is a JPEG drawn edge to edge (DCTDecode, so the browser's own
// encoder does the compression); nothing else is needed, so no PDF library is. ISO 32000-1, 7.5: a
// header, numbered objects, a cross-reference table of their byte offsets, a trailer. Pure.

export interface PdfPage {
  jpeg: Uint8Array;
  /** The picture's size in pixels. */
  widthPx: number;
  heightPx: number;
}

const enc = new TextEncoder();

/**
 * pdfOf(pages, widthPt, heightPt): the bytes of a PDF whose pages are the pictures, each filling a page
 * of widthPt × heightPt points (960 × 540 is 13.33 × 7.5 in, PowerPoint's 16:9).
 */
export function pdfOf(pages: readonly PdfPage[], widthPt = 960, heightPt = 540): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Uint8Array) => { chunks.push(b); length += b.length; };
  const text = (s: string) => push(enc.encode(s));
  const object = (id: number, body: () => void) => { offsets[id] = length; text(`${id} 0 obj\n`); body(); text('\nendobj\n'); };

  // Objects: 1 catalog, 2 page tree, then per page: page, its content stream, its image.
  const pageId = (i: number) => 3 + i * 3;
  text('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  object(1, () => text('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => text(`<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] >>`));
  pages.forEach((p, i) => {
    const id = pageId(i);
    object(id, () => text(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPt} ${heightPt}] /Resources << /XObject << /Im${i} ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`));
    const draw = `q ${widthPt} 0 0 ${heightPt} 0 0 cm /Im${i} Do Q`;
    object(id + 1, () => text(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
    object(id + 2, () => {
      text(`<< /Type /XObject /Subtype /Image /Width ${p.widthPx} /Height ${p.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`);
      push(p.jpeg);
      text('\nendstream');
    });
  });
  const count = 3 + pages.length * 3;
  const xref = length;
  text(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) text(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  text(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
