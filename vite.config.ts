import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

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

// base './': the build works from any path (a sub-folder, a USB stick served by any static server).
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy()],
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
