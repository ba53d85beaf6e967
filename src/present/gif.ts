// A chart in motion for the slide tools that cannot run the page (issue 19): an animated GIF, 16:9, of
// a chart while the electricity price sweeps its whole range — the reports' first lever — each frame
// the chart's slide (slidePicture.ts) with its caption of assumptions, so the moving price is read on
// it. The chart is the page's own, moved through the state and put back after; gifenc encodes.

import { tick } from 'svelte';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import type { AppState } from '../state/app.svelte';
import { instant } from '../state/motion.svelte';
import { RANGES } from '../model/ranges';
import { rasterOf } from '../export/svg';
import { slidePicture, SLIDE_H, SLIDE_W, type Colours, type SlideText } from './slidePicture';
import { nextFrames, settledPage } from './settle';

export const GIF_FRAMES = 16;
const SCALE = 0.5; // 960 × 540: sharp enough for a slide, small enough to mail

/**
 * sweepGif(app, figure, text, colours): the figure's chart at GIF_FRAMES electricity prices from the
 * range's low end to its high end and back, 960 × 540, looping. text(x) gives each frame's words (its
 * assumptions at that price). The reader's price is put back, whatever happens.
 */
export async function sweepGif(app: AppState, figure: HTMLElement, text: () => SlideText, c: Colours): Promise<Blob> {
  const kept = app.inputs.elecUsdPerKwh;
  const { min, max } = RANGES.elecUsdPerKwh;
  const gif = GIFEncoder();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_W * SCALE;
  canvas.height = SLIDE_H * SCALE;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  try {
    const half = GIF_FRAMES / 2;
    for (let i = 0; i < GIF_FRAMES; i++) {
      const f = i < half ? i / (half - 1) : (GIF_FRAMES - 1 - i) / (half - 1);
      instant(() => app.showValues({ elecUsdPerKwh: min + f * (max - min) }));
      await tick();
      // The chart's words (its text alternative, the caption) follow once the page is still.
      await settledPage();
      await nextFrames(2);
      const png = await rasterOf(slidePicture(figure, text(), c), SCALE);
      const img = await createImageBitmap(png);
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), canvas.width, canvas.height, { palette, delay: i === 0 || i === half ? 900 : 220, repeat: 0 });
    }
  } finally {
    instant(() => app.showValues({ elecUsdPerKwh: kept }));
  }
  gif.finish();
  return new Blob([gif.bytes()], { type: 'image/gif' });
}
