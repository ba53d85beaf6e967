// A chart as a picture: its drawing(s) with their styles written in, under its title, a subtitle naming
// the key assumptions and a line of what it shows, above its key and source line, on a solid background.
// Runs in the browser (it reads computed styles); the browser tests check what it writes.

const NS = 'http://www.w3.org/2000/svg';
// The presentation properties the page's stylesheet sets on chart elements.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'paint-order', 'text-anchor'] as const;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** inlined(svg): the drawing's markup with the page's computed styles written in as attributes. */
export function inlined(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    // As presentation attributes, not a style attribute: the page's policy forbids inline styles.
    const cs = getComputedStyle(el);
    for (const p of PROPS) (to[i] as Element).setAttribute(p, cs.getPropertyValue(p));
    (to[i] as Element).removeAttribute('class');
  });
  // A label's halo (paint-order: stroke) as a copy of it drawn first, stroke only: LibreOffice and
  // PowerPoint ignore paint-order and would paint the halo over the letters.
  for (const el of copy.querySelectorAll('text')) {
    if (!/^stroke/.test(el.getAttribute('paint-order') ?? '') || el.getAttribute('stroke') === 'none' || !parseFloat(el.getAttribute('stroke-width') ?? '0')) continue;
    const halo = el.cloneNode(true) as SVGTextElement;
    halo.setAttribute('fill', 'none');
    halo.setAttribute('aria-hidden', 'true');
    el.before(halo);
    el.setAttribute('stroke', 'none');
    for (const e of [halo, el]) e.removeAttribute('paint-order');
  }
  copy.removeAttribute('role');
  return copy.innerHTML;
}

const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;
// Punctuation that may not begin a line (Chinese line breaking, as in JIS X 4051 / W3C clreq): it stays on the line before.
const NO_START = /^[。，、；：？！）」』》〉”’%．,.;:!?)\]]/;

/** wrap(text, chars): lines of about `chars` characters (a CJK character counts double), never starting with 。，、 and the like. */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = [];
  let line = '', width = 0;
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? []) {
    const w = [...token].reduce((a, c) => a + (WIDE.test(c) ? 2 : 1), 0);
    if (width + w > chars && line.trim() && !NO_START.test(token)) { out.push(line.trim()); line = ''; width = 0; }
    line += token; width += w;
  }
  if (line.trim()) out.push(line.trim());
  return out;
}

export interface Picture { svg: string; width: number; height: number }

/**
 * chartPicture(figure, text): the figure's drawings stacked under its title and subtitle lines, its key
 * entries as swatches and labels, its source line last, all on `background`.
 */
export function chartPicture(figure: HTMLElement, text: { title: string; subtitle: string; says: string; source: string; link: string }, background: string, ink: string, muted: string): Picture {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('.drawing svg')];
  const width = Math.max(480, ...svgs.map((s) => s.width.baseVal.value));
  const chars = Math.floor(width / 7.2);
  const font = getComputedStyle(figure).fontFamily.replace(/"/g, "'");
  let y = 16;
  const parts: string[] = [`<rect width="100%" height="100%" fill="${esc(background)}"/>`];
  const lines = (s: string, size: number, color: string, weight = 400) => {
    for (const l of wrap(s, Math.floor(chars * 13 / size))) {
      y += size * 1.35;
      parts.push(`<text x="16" y="${y}" font-size="${size}" font-weight="${weight}" fill="${esc(color)}">${esc(l)}</text>`);
    }
  };
  lines(text.title, 20, ink, 700);
  lines(text.subtitle, 13, muted);
  lines(text.says, 13, ink);
  y += 10;
  for (const s of svgs) {
    const h = s.height.baseVal.value, w = s.width.baseVal.value;
    parts.push(`<g transform="translate(${(width - w) / 2} ${y})">${inlined(s)}</g>`);
    y += h + 8;
  }
  // The key: each entry's swatch colour as the page draws it, then its words.
  let x = 16;
  const keyY = () => y + 14;
  // Not in a Steady box's hidden copy (ui/Steady.svelte): the legend once, as the reader sees it.
  for (const li of figure.querySelectorAll<HTMLElement>('.drawing .chart-key li, .drawing .legend li:not(.copy *)')) {
    const sw = li.querySelector<HTMLElement>('.k, .swatch');
    const cs = sw ? getComputedStyle(sw) : null;
    const color = cs ? (cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : cs.borderTopColor) : ink;
    const label = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    const w = 24 + [...label].reduce((a, c) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 12.5 : 7), 0);
    if (x + w > width - 16 && x > 16) { x = 16; y += 20; }
    parts.push(`<rect x="${x}" y="${keyY() - 9}" width="12" height="10" fill="${esc(color)}"/><text x="${x + 16}" y="${keyY()}" font-size="12" fill="${esc(ink)}">${esc(label)}</text>`);
    x += w + 12;
  }
  y += 28;
  lines(text.source, 11, muted);
  lines(text.link, 11, muted);
  const height = Math.ceil(y + 14);
  const svg = `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}">`
    + `<title>${esc(text.title)}</title>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** rasterOf(picture, scale, type, quality): the picture drawn at scale× into a canvas, as a PNG (or JPEG) blob. */
export async function rasterOf(p: Picture, scale: number, type = 'image/png', quality?: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(p.width * scale);
  canvas.height = Math.round(p.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, p.width, p.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('no picture'))), type, quality));
}

/** pngOf(picture, scale): the picture rasterised at scale× (2 or 3 for slides), as a PNG blob. */
export const pngOf = (p: Picture, scale: number) => rasterOf(p, scale);

/** download(blob, name): hands a file to the reader. */
export function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
