// The lecture as a file (issue 19): "Download the lecture" builds, in the browser and in the reader's
// language, theme and settings, a PowerPoint deck (pptxgenjs) or a PDF of the same slides — a title
// slide, one slide per story step with its chart as a picture, its main point on the slide and its
// whole text in the speaker notes, the sources on each, in compare mode the waterfall of A and B after the
// steps, and a closing slide with the link and its QR code. Each chart is drawn off screen by the page's
// own component at the reader's settings.
// Loaded only when a lecture is asked for.

import { mount, tick, unmount, type Component } from 'svelte';
import { appContext, type AppState } from '../state/app.svelte';
import { chartModule, SCENE_CHART } from '../charts/loaders';
import { fill } from '../charts/fill.svelte';
import { instant } from '../state/motion.svelte';
import { STEP_KEYS, type StepKey } from '../state/steps';
import { SOURCES } from '../model/sources';
import { HTML_LANG } from '../i18n/lang';
import { plainParagraphs } from '../story/plainText';
import { assumptionLine, assumptionLines } from '../export/caption';
import { rasterOf, type Picture } from '../export/svg';
import { drawingPicture, slidePicture, textSlide, type Colours } from './slidePicture';
import { qrSvg } from './qr';
import { pdfOf } from './pdf';
import { nextFrames } from './settle';
import { lectureSettings } from './slides';

interface StepSlide {
  /** The story step, or 'compare' for compare mode's waterfall after them. */
  key: StepKey | 'compare';
  title: string;
  paragraphs: string[];
  source: string;
  link: string;
  /** The step's case in one line (export/caption.ts), or in compare mode A's and B's, a line each. */
  assumptions: string[];
  /** The chart, for a step that has one drawn in SVG; the claims' verdicts for the claim checker. */
  figure?: HTMLElement;
  claims?: string[];
}

/** The page's colours as #rrggbb (a canvas normalises any CSS colour). */
function colours(): Colours {
  const cs = getComputedStyle(document.documentElement);
  const ctx = document.createElement('canvas').getContext('2d')!;
  const hex = (v: string, fallback: string) => { ctx.fillStyle = fallback; ctx.fillStyle = v.trim() || fallback; return ctx.fillStyle; };
  return { background: hex(cs.getPropertyValue('--panel'), '#ffffff'), ink: hex(cs.getPropertyValue('--ink'), '#111111'), muted: hex(cs.getPropertyValue('--muted'), '#555555') };
}

/**
 * lecture(app, each): the story's steps, each at its own case as presenter mode shows it (its words are
 * written for that case), in the reader's language, currency and theme; each chart drawn off screen by
 * its component and handed to `each` while it is mounted (it is unmounted after). The reader's values
 * are put back afterwards, whatever happens.
 */
async function lecture(app: AppState, each: (s: StepSlide, i: number) => Promise<void>) {
  const t = app.t;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'deck-offscreen';
  // Laid out as on a laptop, out of sight: wide enough for the charts' desktop layout.
  Object.assign(host.style, { position: 'fixed', left: '-12000px', top: '0', width: '1100px' });
  document.body.append(host);
  const base = lectureSettings(app.query);
  // A slide is wider than tall: its line charts are drawn taller than the page's (as an embed's grow to fill a frame).
  const extra = fill.extraPx;
  fill.extraPx = 200;
  const kept = { ...app.plain }, own = app.own, b = app.b;
  // A chart drawn off screen by its component, its figure, and what takes it down again.
  const drawn = async (Chart: Component, id: string) => {
    const box = document.createElement('div');
    host.append(box);
    const comp = mount(Chart, { target: box, context: appContext(app), props: { id } });
    await tick();
    await nextFrames(3);
    return { box, figure: box.querySelector<HTMLElement>('figure.chart') ?? undefined, done: async () => { await unmount(comp); box.remove(); } };
  };
  try {
    for (const [i, key] of STEP_KEYS.entries()) {
      instant(() => app.goToStep(i + 1, true));
      await tick();
      const paragraphs = plainParagraphs(key, app.model, app.result, app.money, app, t);
      const link = `${location.origin}${location.pathname}?${base.toString()}${base.toString() ? '&' : ''}step=${i + 1}#step-${i + 1}`;
      const { box, figure, done } = await drawn(await chartModule(SCENE_CHART[key]), `deck-${key}`);
      const claims = key === 'claims' ? [...box.querySelectorAll('.claim')].map((c) =>
        `${c.querySelector('.verdict')?.textContent?.trim()} — ${c.querySelector('blockquote')?.textContent?.trim()}`) : undefined;
      const source = figure?.querySelector('.source .cite')?.textContent?.trim() ?? t('story:present.claimsSource');
      const assumptions = [assumptionLine(app.model, app.gpu?.name ?? app.model.gpuId, app)];
      await each({ key, title: t(`story:steps.${key}.title`), paragraphs, source, link, assumptions, figure: claims ? undefined : figure, claims }, i);
      await done();
    }
    // In compare mode, the waterfall at the reader's own A and B follows the steps.
    if (b) {
      instant(() => app.showValues(kept));
      app.own = own;
      app.setB(b);
      await tick();
      const { box, figure, done } = await drawn(await chartModule('compare'), 'deck-compare');
      const words = [box.querySelector('.sentence:not(.copy *)'), box.querySelector('.ready-note')].map((e) => e?.textContent?.trim() ?? '').filter(Boolean);
      const link = `${location.origin}${location.pathname}?${app.query}#compare`;
      await each({ key: 'compare', title: t('charts:compare.title'), paragraphs: words, source: figure?.querySelector('.source .cite')?.textContent?.trim() ?? '',
        link, assumptions: assumptionLines(app), figure }, STEP_KEYS.length);
      await done();
    }
  } finally {
    fill.extraPx = extra;
    host.remove();
    instant(() => app.showValues(kept));
    app.own = own;
    if (app.b !== b) app.setB(b);
  }
}

/** What every slide of the deck shares: its words, colours, date and links. */
function common(app: AppState) {
  const t = app.t;
  const q = lectureSettings(app.query);
  return {
    t, c: colours(), font: getComputedStyle(document.body).fontFamily.replace(/"/g, "'"),
    date: new Intl.DateTimeFormat(HTML_LANG[app.inputs.lang], { dateStyle: 'long' }).format(new Date()),
    link: `${location.origin}${location.pathname}${q.toString() ? `?${q}` : ''}`,
    reports: Object.values(SOURCES).filter((s) => s.kind === 'report').map((s) => t(`sources:${s.id}.who`)),
  };
}

const toBytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const dataOf = (b: Blob) => new Promise<string>((ok, fail) => {
  const r = new FileReader();
  r.onload = () => ok(String(r.result).replace(/^data:/, ''));
  r.onerror = () => fail(r.error);
  r.readAsDataURL(b);
});

export type Progress = (done: number, total: number) => void;
/** The slides a lecture has: title, the steps, compare mode's waterfall if it is on, the closing. */
const total = (app: AppState) => STEP_KEYS.length + 2 + (app.b ? 1 : 0);

/** pdfLecture(app, progress): the deck as a PDF of 16:9 pages (960 × 540 pt). */
export async function pdfLecture(app: AppState, progress: Progress = () => {}): Promise<Blob> {
  const k = common(app);
  const pages: Uint8Array[] = [];
  const add = async (p: Picture) => { pages.push(await toBytes(await rasterOf(p, 1, 'image/jpeg', 0.92))); progress(pages.length, total(app)); };
  await add(textSlide({ title: k.t('common:title'), paragraphs: [k.t('common:lede')], foot: k.t('story:present.dated', { date: k.date }), link: k.link }, k.c, k.font));
  await lecture(app, async (s) => {
    if (s.figure) {
      await add(slidePicture(s.figure, { title: s.title, says: s.paragraphs[0] ?? '', assumptions: s.assumptions.join(' · '), assumptionsLabel: k.t('charts:export.csvAssumptions'),
        source: s.source, sourcesLabel: k.t('charts:export.csvSources'), date: k.t('charts:export.made', { date: k.date }), link: s.link }, k.c));
    } else {
      await add(textSlide({ title: s.title, paragraphs: s.paragraphs.slice(0, 1), items: s.claims, foot: s.source }, k.c, k.font));
    }
  });
  await add(textSlide({ title: k.t('story:present.endTitle'), paragraphs: [k.t('story:present.endBody')], items: k.reports,
    foot: k.t('story:present.sources'), link: k.link }, k.c, k.font));
  return new Blob([pdfOf(pages.map((jpeg) => ({ jpeg, widthPx: 1920, heightPx: 1080 })))], { type: "application/pdf" });
}

/** pptxLecture(app, progress): the deck as PowerPoint (16:9), its words as editable text, notes under every step. */
export async function pptxLecture(app: AppState, progress: Progress = () => {}): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const k = common(app);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = k.t('common:title');
  const lang = app.inputs.lang;
  pptx.rtlMode = false;
  const face = lang === 'en' ? 'Calibri' : lang === 'zh' ? 'Microsoft YaHei' : 'Microsoft JhengHei';
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const ink = hex(k.c.ink), muted = hex(k.c.muted);
  const qrData = async (link: string) => dataOf(await rasterOf({ svg: qrSvg(link, 600), width: 600, height: 600 }, 1));
  // Tagged with the language, so PowerPoint checks the spelling of the right one.
  const base = { fontFace: face, color: ink, valign: 'top' as const, margin: 0, lang: lang === 'en' ? 'en-US' : lang === 'zh' ? 'zh-CN' : 'zh-HK' };
  let done = 0;
  const slide = () => { const s = pptx.addSlide(); s.background = { color: hex(k.c.background) }; return s; };

  const first = slide();
  first.addText(k.t('common:title'), { ...base, x: 0.6, y: 1.4, w: 8.4, h: 1.8, fontSize: 40, bold: true, valign: 'bottom' });
  first.addText(k.t('common:lede'), { ...base, x: 0.6, y: 3.4, w: 8.4, h: 2.2, fontSize: 18 });
  first.addText(k.t('story:present.dated', { date: k.date }), { ...base, x: 0.6, y: 6.4, w: 8.4, h: 0.5, fontSize: 12, color: muted });
  first.addImage({ data: await qrData(k.link), x: 9.7, y: 1.9, w: 2.9, h: 2.9, altText: k.t('story:present.qr', { link: k.link }) });
  first.addText(k.link, { ...base, x: 9.3, y: 4.95, w: 3.7, h: 0.8, fontSize: 10, color: muted, fontFace: 'Consolas', align: 'center' });
  first.addNotes(k.t('story:present.notesFor.title'));
  progress(++done, total(app));

  await lecture(app, async (s) => {
    const sl = slide();
    // Sized for the back of a room: title 30 pt, main point 18 pt, assumptions 14 pt, sources 11 pt.
    sl.addText(s.title, { ...base, x: 0.5, y: 0.3, w: 12.3, h: 0.75, fontSize: 30, bold: true, fit: 'shrink' });
    sl.addText(s.paragraphs[0] ?? '', { ...base, x: 0.5, y: 1.1, w: 12.3, h: 1.55, fontSize: 18, fit: 'shrink' });
    if (s.figure) {
      const pic = drawingPicture(s.figure, k.c);
      const png = await rasterOf(pic, 1);
      // As large as its box allows, its own shape kept.
      const [bw, bh] = [8.9, 4.15];
      const w = Math.min(bw, (bh * pic.width) / pic.height), h = (w * pic.height) / pic.width;
      sl.addImage({ data: await dataOf(png), x: 0.5, y: 2.75, w, h, altText: s.figure.querySelector('.drawing svg')?.getAttribute('aria-label') ?? s.title });
      // One a line; a comparison's two scenarios, a paragraph each, smaller.
      const two = s.assumptions.length > 1;
      sl.addText(two ? s.assumptions.join('\n\n') : s.assumptions[0].split(' · ').join('\n'), { ...base, x: 9.6, y: 2.75, w: 3.4, h: 2.2, fontSize: two ? 10 : 14, fit: 'shrink' });
      sl.addImage({ data: await qrData(s.link), x: 9.6, y: 5.0, w: 1.6, h: 1.6, altText: k.t('story:present.qr', { link: s.link }) });
    } else {
      sl.addText((s.claims ?? []).map((c) => ({ text: c, options: { bullet: true, breakLine: true } })), { ...base, x: 0.5, y: 2.75, w: 10.3, h: 4.1, fontSize: 15, fit: 'shrink' });
      sl.addImage({ data: await qrData(s.link), x: 11.1, y: 2.75, w: 1.7, h: 1.7, altText: k.t('story:present.qr', { link: s.link }) });
    }
    sl.addText(s.source, { ...base, x: 0.5, y: 6.9, w: 12.3, h: 0.5, fontSize: 11, color: muted, fit: 'shrink' });
    sl.addNotes(s.paragraphs.join('\n\n'));
    progress(++done, total(app));
  });

  const end = slide();
  end.addText(k.t('story:present.endTitle'), { ...base, x: 0.6, y: 0.7, w: 8.4, h: 1.2, fontSize: 36, bold: true, valign: 'bottom' });
  end.addText(k.t('story:present.endBody'), { ...base, x: 0.6, y: 2.1, w: 8.4, h: 1.4, fontSize: 18 });
  end.addText(k.t('story:present.sources'), { ...base, x: 0.6, y: 3.7, w: 8.4, h: 0.4, fontSize: 14, bold: true, color: muted });
  end.addText(k.reports.map((r) => ({ text: r, options: { bullet: true, breakLine: true } })), { ...base, x: 0.6, y: 4.15, w: 8.4, h: 2.6, fontSize: 13 });
  end.addImage({ data: await qrData(k.link), x: 9.6, y: 1.6, w: 3.1, h: 3.1, altText: k.t('story:present.qr', { link: k.link }) });
  end.addText(k.link, { ...base, x: 9.2, y: 4.85, w: 3.9, h: 0.8, fontSize: 9, color: muted, fontFace: 'Consolas', align: 'center' });
  end.addNotes(k.t('story:present.notesFor.end'));
  progress(++done, total(app));
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
