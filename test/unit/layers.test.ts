// The folders of src/ are layers, and a file imports only from its own folder or a layer below it, so a
// newcomer can read the page from the bottom up. Lazy imports (import('…')) are exempt: they are where
// the page asks for code it will need, which may sit above (a registry names the charts it can load).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = join(__dirname, '../../src');

/** Bottom first. Files at the top of src/ (main.ts, head.ts, start.ts, opening.ts) boot the page: the top layer. */
const LAYERS: readonly (readonly string[])[] = [
  ['model'], // the cost model, its data and their sources: pure TypeScript
  ['i18n'], // the languages and their messages
  ['format'], // numbers and money as each language writes them
  ['state'], // the one state object, the link, scenes, motion and what is on screen
  ['ui', 'export'], // controls any part may use; pictures and tables out of a chart
  ['charts'], // geometry and the charts drawn from it
  ['method'], // sources and method: every figure, its source, the formula at your values
  ['explorer', 'story'], // the page's two parts (the explorer shows the sources and method below it)
  ['present'], // a lecture: its slides, the stage, the deck and the pictures made for slides
  ['pages'], // the modes: the whole page, one embedded chart, presenter mode
  ['.'], // boot
];
const layerOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

/** The folder of src/ a path is in ('.' for the top). */
const folderOf = (p: string) => relative(SRC, p).split(/[\\/]/).slice(0, -1)[0] ?? '.';

/** Static imports only: `import … from '…'` and `export … from '…'`, not `import('…')`. */
const importsOf = (text: string) => [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"()]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);

describe('src/ is layered', () => {
  const files = walk(SRC);

  it('every folder of src/ has a place in the layers', () => {
    const folders = new Set(files.map(folderOf));
    for (const f of folders) expect(layerOf(f), f).toBeGreaterThanOrEqual(0);
  });

  it('no file imports from a layer above its own, or from a sibling folder of its layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const to = folderOf(normalize(join(dirname(file), spec)) + '.x');
        if (to !== from && layerOf(to) >= layerOf(from)) wrong.push(`${relative(SRC, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the check sees imports: the pages import the state, and the model imports nothing above it', () => {
    const app = readFileSync(join(SRC, 'pages/App.svelte'), 'utf8');
    expect(importsOf(app)).toContain('../state/app.svelte');
    expect(importsOf("import { a } from '../x';\nconst m = import('../y');")).toEqual(['../x']);
  });
});
