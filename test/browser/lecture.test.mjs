// A lecture to take away (issue 19): the .pptx and the PDF of the story, and an animated GIF of a chart,
// made in the browser at the reader's settings and language, then opened here as a slide tool would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { useBrowser } from './harness.mjs';

const { track } = useBrowser();
const grab = async (page, testid) => {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testid).first().click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
};

describe('the lecture as files in Chromium', () => {
  it('a .pptx of the story in Chinese: title, one slide per step, closing; each with a picture and speaker notes; each step at its case in the reader\'s currency, and the reader\'s values put back', async () => {
    const { page } = await track('lang=zh&cur=USD&rent=3.2', { reducedMotion: 'reduce' });
    await page.getByTestId('export-deck-pptx').waitFor();
    const before = await page.getByTestId('cost-per-mtok').getAttribute('data-usd');
    const pptx = await grab(page, 'export-deck-pptx');
    await page.waitForFunction((b) => document.querySelector('[data-testid=cost-per-mtok]').dataset.usd === b, before);
    assert.equal(pptx.name, 'token-cost-lecture_zh.pptx');
    const zip = await JSZip.loadAsync(pptx.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    assert.equal(slides.length, 10, 'title, eight steps, closing');
    const text = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
    for (let n = 1; n <= 10; n++) {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`).async('string');
      assert.match(xml, /<p:pic>/, `slide ${n} has a picture`);
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`).async('string');
      const notes = rels.match(/notesSlide(\d+)\.xml/);
      assert.ok(notes, `slide ${n} has speaker notes`);
      const said = text(await zip.file(`ppt/notesSlides/notesSlide${notes[1]}.xml`).async('string'));
      assert.ok(said.length > 20, `slide ${n}'s notes say something: ${said}`);
      if (n === 1) assert.match(text(xml), /造一个词元要花多少钱/);
      if (n === 3) {
        assert.match(text(xml), /词元工厂的账单/);
        // Step 2's case (an H100 on contract at $2.35 an hour), in the reader's dollars, on the slide and in the notes.
        assert.match(text(xml), /\$2\.35/);
        assert.match(said, /\$2\.35/);
      }
      if (n === 5) assert.match(said, /Blackwell|B200/, 'step 4 at its own case: the Blackwell its words are about');
      if (n === 10) assert.match(text(xml), /中邮证券/, 'the closing slide names the reports');
    }
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
    assert.ok(media.length >= 10, `${media.length} pictures`);
  });

  it('in compare mode the deck has the waterfall after the steps: A\'s and B\'s assumptions, the sentence in the notes, and both scenarios put back', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    await page.getByTestId('compare-ready-blackwell').click();
    await page.getByTestId('compare-ready-note').waitFor();
    await page.getByTestId('export-deck-pptx').waitFor();
    const before = await page.getByTestId('cost-per-mtok-b').getAttribute('data-usd');
    const zip = await JSZip.loadAsync((await grab(page, 'export-deck-pptx')).bytes);
    await page.waitForFunction((b) => document.querySelector('[data-testid=cost-per-mtok-b]')?.dataset.usd === b, before);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    assert.equal(slides.length, 11, 'title, eight steps, the comparison, closing');
    // The words as a slide tool reads them: XML's entities decoded, the word joiners that keep a sign with its amount left out.
    const text = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replaceAll('&apos;', "'").replaceAll('&amp;', '&').replaceAll('\u2060', '')).join(' ');
    const xml = await zip.file('ppt/slides/slide10.xml').async('string');
    assert.match(xml, /<p:pic>/);
    assert.match(text(xml), /Why B’s tokens cost what they do/);
    assert.match(text(xml), /Scenario A: NVIDIA H100 SXM .*Scenario B: NVIDIA B200 · rent \$4\.08/);
    const notes = (await zip.file('ppt/slides/_rels/slide10.xml.rels').async('string')).match(/notesSlide(\d+)\.xml/)[1];
    const said = text(await zip.file(`ppt/notesSlides/notesSlide${notes}.xml`).async('string'));
    assert.match(said, /B’s cost is 55% of A’s\. B − A is −\$0\.194/);
    assert.match(said, /B200 at 4-bit \(FP4\)/, 'the ready comparison\'s note');
  });

  it('a PDF of the same deck, ten 16:9 pages, in English', async () => {
    const { page } = await track('lang=en', { reducedMotion: 'reduce' });
    await page.getByTestId('export-deck-pdf').waitFor();
    const pdf = await grab(page, 'export-deck-pdf');
    const s = pdf.bytes.toString('latin1');
    assert.ok(s.startsWith('%PDF-1.4'));
    assert.equal([...s.matchAll(/\/Type \/Page /g)].length, 10);
    assert.match(s, /\/MediaBox \[0 0 960 540\]/);
    assert.match(s, /\/Width 1920 \/Height 1080/);
    // The cross-reference table points at each object.
    const xref = Number(s.match(/startxref\n(\d+)/)[1]);
    const offsets = [...s.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => assert.equal(s.slice(o, o + `${i + 1} 0 obj`.length), `${i + 1} 0 obj`));
  });

  it('an animated GIF of a chart as the power price sweeps its range: 16:9, its frames differ, the reader\'s price put back', async () => {
    const { page } = await track('lang=en&elec=0.1', { reducedMotion: 'reduce' });
    await page.locator('#cost-stack details.share summary').click();
    const before = await page.getByTestId('cost-per-mtok').getAttribute('data-usd');
    const gif = await grab(page, 'export-gif');
    assert.equal(gif.bytes.subarray(0, 6).toString(), 'GIF89a');
    const [w, h] = [gif.bytes.readUInt16LE(6), gif.bytes.readUInt16LE(8)];
    assert.equal(w * 9, h * 16, `${w} × ${h} is 16:9`);
    const frames = await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dec = new ImageDecoder({ data, type: 'image/gif' });
      await dec.tracks.ready;
      const count = dec.tracks.selectedTrack.frameCount;
      const sums = [];
      for (const i of [0, Math.floor(count / 4), Math.floor(count / 2) - 1]) {
        const { image } = await dec.decode({ frameIndex: i });
        const c = new OffscreenCanvas(image.displayWidth, image.displayHeight);
        c.getContext('2d').drawImage(image, 0, 0);
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let sum = 0;
        for (let k = 0; k < px.length; k += 97) sum = (sum * 31 + px[k]) >>> 0;
        sums.push(sum);
        image.close();
      }
      return { count, sums };
    }, gif.bytes.toString('base64'));
    assert.equal(frames.count, 16);
    assert.equal(new Set(frames.sums).size, 3, 'the frames differ as the price moves');
    await page.waitForFunction((b) => document.querySelector('[data-testid=cost-per-mtok]').dataset.usd === b, before);
    await page.waitForFunction(() => /elec=0\.1(&|$)/.test(location.search));
  });
});
