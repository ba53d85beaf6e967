/// <reference types="vite/client" />

// Each language's messages (vite.config.ts, messages()): a URL to fetch, or the messages themselves.
declare module 'virtual:messages/*' {
  const source: { url: string } | { bundle: import('./i18n/messages').Bundle };
  export default source;
}

// gifenc ships no types: the three functions the animated export uses (present/gif.ts).
declare module 'gifenc' {
  export function GIFEncoder(): {
    writeFrame(index: Uint8Array, width: number, height: number, opts?: { palette?: number[][]; delay?: number; repeat?: number }): void;
    finish(): void;
    bytes(): Uint8Array<ArrayBuffer>;
  };
  export function quantize(rgba: Uint8ClampedArray | Uint8Array, maxColors: number): number[][];
  export function applyPalette(rgba: Uint8ClampedArray | Uint8Array, palette: number[][]): Uint8Array;
}
