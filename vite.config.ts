import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, createServer, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hantBundle, type Tree } from './locales/hant.ts';

/**
 * The built page allows only its own origin: no inline script or style, no eval, no plug-ins, nothing
 * fetched from elsewhere. Set as a <meta> in the built HTML only (the dev server injects styles).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Every mode needs the shared code (lib) and the chart frame (chart), but the entry asks for them only
 * once it runs: preloaded from the HTML they arrive with the entry instead of after it.
 */
function preloadShared(names: string[]): Plugin {
  return {
    name: 'preload-shared',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && names.includes(c.name)).map((c) => c.fileName);
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`).join('\n    ');
        return links ? html.replace('</head>', `  ${links}\n  </head>`) : html;
      },
    },
  };
}

export const SINGLE_FILE = 'token-cost-offline.html';
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/**
 * After the normal build, a second one with every chunk in one (both languages, all modes) is folded
 * into dist/token-cost-offline.html: opened from disk (file://), it needs no network and no server.
 * Its policy is the strictest it can work with: only the one inline script and style, by their hashes.
 */
function singleFile(): Plugin {
  return {
    name: 'single-file',
    apply: (_config, env) => env.command === 'build' && !process.env.SINGLE_FILE_BUILD,
    async closeBundle() {
      process.env.SINGLE_FILE_BUILD = '1';
      const tmp = 'node_modules/.single-file';
      try {
        await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true, rolldownOptions: { output: { codeSplitting: false } } } });
      } finally {
        delete process.env.SINGLE_FILE_BUILD;
      }
      const assets = await readdir(`${tmp}/assets`);
      const js = (await Promise.all(assets.filter((f) => f.endsWith('.js')).map((f) => readFile(`${tmp}/assets/${f}`, 'utf8')))).join('\n');
      const css = (await Promise.all(assets.filter((f) => f.endsWith('.css')).map((f) => readFile(`${tmp}/assets/${f}`, 'utf8')))).join('\n');
      const icon = await readFile('public/favicon.svg');
      const script = js.replace(/<\/script/gi, '<\\/script');
      const policy = [
        "default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(css)}`, "img-src data:",
        "object-src 'none'", "base-uri 'none'", "form-action 'none'",
      ].join('; ');
      let html = await readFile(`${tmp}/index.html`, 'utf8');
      html = html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`)
        .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" />`)
        .replace(/<script type="module" crossorigin src="[^"]*"><\/script>/, '')
        .replace(/<link rel="stylesheet" crossorigin href="[^"]*">/, '')
        .replace('</head>', () => `<style>${css}</style>\n</head>`)
        .replace('</body>', () => `<script type="module">${script}</script>\n</body>`);
      await writeFile(`dist/${SINGLE_FILE}`, html);
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * compact(html): without Svelte's hydration markers (the opening is replaced, not hydrated). Coordinates
 * keep every digit: rounded even to 0.01 px, the antialiasing differs from the script's drawing.
 */
const compact = (html: string) => html.replace(/<!--[^>]*-->/g, '');

/**
 * The page's opening — its title, the story's first step and that step's chart — rendered to HTML at
 * build time in every language (src/opening.ts), so a reader sees it before any script has run, and a
 * reader without script sees it at all. A small classic script in <head> (src/head.ts) picks the
 * language before the first paint; the page's script then replaces the opening with the same, live.
 * Not in the single file, which has no separate script to run first.
 */
function opening(): Plugin {
  let headFile = '';
  let bodies: Record<string, string> = {};
  return {
    name: 'opening',
    apply: (_config, env) => env.command === 'build' && !process.env.SINGLE_FILE_BUILD,
    async buildStart() {
      const out = await build({ configFile: false, logLevel: 'warn', build: { write: false, minify: true, target: 'es2022',
        lib: { entry: 'src/head.ts', formats: ['iife'], name: 'tokenCostHead' } } });
      const head = (Array.isArray(out) ? out[0] : out as { output: { code?: string }[] }).output[0].code ?? '';
      headFile = `assets/head-${createHash('sha256').update(head).digest('hex').slice(0, 10)}.js`;
      this.emitFile({ type: 'asset', fileName: headFile, source: head });
      const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false } });
      try {
        const { renderOpening } = await server.ssrLoadModule('/src/opening.ts');
        bodies = { en: await renderOpening('en'), 'zh-CN': await renderOpening('zh'), 'zh-Hant-HK': await renderOpening('zh-Hant') };
      } finally {
        await server.close();
      }
      // The page's policy refuses inline styles: the opening must carry none (the script's own are set by the DOM).
      for (const [lang, body] of Object.entries(bodies)) if (/\sstyle="/.test(body)) throw new Error(`opening (${lang}): an inline style would be refused`);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const openings = Object.entries(bodies).map(([lang, body]) => `<div class="opening" lang="${lang}">${compact(body)}</div>`).join('');
        return html
          .replace('<link rel="icon"', `<script src="./${headFile}"></script>\n    <link rel="icon"`)
          .replace(/(<div id="app">)(<noscript>.*?<\/noscript>)/s, (_m, open, noscript) => `${open}${noscript}${openings}`);
      },
    },
  };
}

/**
 * Each language's messages (every namespace file in locales/<lang>/) become one JSON file beside the
 * scripts, fetched from the page's own origin: words are data, and parse faster as JSON than as script.
 * In development, in tests and in the single file (which has no server to fetch from) they are inlined.
 * Import 'virtual:messages/en' → { url } or { bundle }. zh-Hant is made from zh (locales/hant.ts).
 */
function messages(): Plugin {
  const PREFIX = 'virtual:messages/';
  let inline = true;
  return {
    name: 'messages',
    configResolved(c) { inline = c.command !== 'build' || Boolean(process.env.SINGLE_FILE_BUILD); },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return;
      const lang = id.slice(PREFIX.length + 1);
      const read = async (file: string) => {
        this.addWatchFile(resolve(file));
        return JSON.parse(await readFile(file, 'utf8'));
      };
      const folder = async (dir: string) => {
        const bundle: Record<string, Tree> = {};
        for (const f of (await readdir(dir)).filter((x) => x.endsWith('.json')).sort()) bundle[f.slice(0, -'.json'.length)] = await read(`${dir}/${f}`);
        return bundle;
      };
      // Traditional Chinese is made from Simplified here, at build time (locales/hant.ts).
      const bundle = lang === 'zh-Hant' ? hantBundle(await folder('locales/zh'), await read('locales/zh-Hant/overrides.json'))
        : /^[a-z]{2}$/.test(lang) ? await folder(`locales/${lang}`) : undefined;
      if (!bundle) throw new Error(`no locale ${lang}`);
      const json = JSON.stringify(bundle);
      if (inline) return `export default { bundle: JSON.parse(${JSON.stringify(json)}) };`;
      const name = `messages-${lang}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
      this.emitFile({ type: 'asset', fileName: `assets/${name}`, source: json });
      // The chunk that holds this lives in assets/ too, so the file is found from any sub-path.
      return `const name = ${JSON.stringify(`./${name}`)};\nexport default { url: new URL(name, import.meta.url).href };`;
    },
  };
}

// base './': the build works from any path (a sub-folder, a USB stick served by any static server).
/**
 * pptxgenjs as a browser module alone: its JSZip is our own small writer (src/present/zip.ts), and its
 * Node-only `require('sizeof')` and imports of node:fs and node:https are dropped. Either would bring a bundler's CommonJS glue into the shared
 * runtime every page loads at open, for a deck few readers make.
 */
function pptxForBrowser(): Plugin {
  return {
    name: 'pptx-for-browser',
    transform(code, id) {
      if (!/pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/.test(id)) return null;
      return code.replace("typeof require !== 'undefined' ? require('sizeof') : null", 'null')
        .replace(/import\('node:(fs|https)'\)/g, "Promise.reject(new Error('Node only'))");
    },
  };
}

/** d3-scale's d3-interpolate is src/charts/scaleInterpolate.ts (numbers only: no colour, date or string interpolators at open); everyone else's is the real one. */
function scaleNumbersOnly(): Plugin {
  const shim = fileURLToPath(new URL('./src/charts/scaleInterpolate.ts', import.meta.url));
  return { name: 'scale-numbers-only', enforce: 'pre', resolveId: (id, importer) => (id === 'd3-interpolate' && importer && /[\\/]d3-scale[\\/]/.test(importer) ? shim : undefined) };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), scaleNumbersOnly(), messages(), contentSecurityPolicy(), preloadShared(['lib', 'chart']), opening(), singleFile(), pptxForBrowser()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // One stylesheet (7 KB gzipped), fetched with the entry: no chunk waits on its own CSS.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Fewer, fuller files: what every mode shares (the Svelte runtime, i18next, d3, state, model)
        // — all but the few plain modules the entry needs (main.ts), kept apart so it need not wait —
        // in one, and the chart frame with its geometry in another, rather than a dozen small requests.
        codeSplitting: {
          groups: [
            { name: 'boot', test: /[\\/]src[\\/](state[\\/]view|i18n[\\/](messages|lang)|charts[\\/]loaders)\.ts|virtual:messages/, priority: 20 },
            // The libraries a lecture's files need (pptxgenjs and its zip writer, the GIF and QR encoders)
            // stay in their own chunks, loaded only when a deck, a GIF or a slide is asked for; so do the
            // sources' data (the method, the lecture) and an embed's messages, which only lazy parts read; and
            // compare mode's code (state/compare, state/players), which nothing at open runs.
            { name: 'lib', test: /node_modules(?![\\/](pptxgenjs|jszip|gifenc|lean-qr)[\\/])|[\\/]src[\\/](model[\\/](?!figures|sources|shapley)|format[\\/]|state[\\/](?!view|embed|compare|players)|i18n[\\/]i18n|start\.ts)/, priority: 10 },
            { name: 'chart', test: /[\\/]src[\\/](charts[\\/](ChartFrame|LineChart|line\.geometry|labels|steady)|export[\\/]table|ui[\\/]Deferred)/, priority: 5 },
          ],
        },
      },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    environment: 'node',
    // The first component test compiles the page (about 2 s here): a busy machine must not fail it.
    testTimeout: 15_000,
    // d3-scale through the build's own plugins, so the tests' scales use the interpolators the page's do.
    server: { deps: { inline: ['d3-scale'] } },
  },
  resolve: {
    // The lecture's libraries as plain browser modules (pptxForBrowser above): no CommonJS glue at open.
    alias: { jszip: fileURLToPath(new URL('./src/present/zip.ts', import.meta.url)), gifenc: 'gifenc/dist/gifenc.esm.js' },
    ...(process.env.VITEST ? { conditions: ['browser'] } : {}),
  },
});
