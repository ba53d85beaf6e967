import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './': the build works from any path (a sub-folder, a USB stick served by any static server).
export default defineConfig({
  base: './',
  plugins: [svelte()],
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
