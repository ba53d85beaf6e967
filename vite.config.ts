import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';

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

// base './': the build works from any path (a sub-folder, a USB stick served by any static server).
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), singleFile()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    environment: 'node',
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
