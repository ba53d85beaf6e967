// A zip writer with the part of JSZip's interface pptxgenjs uses (new, folder, file, generateAsync), so
// the deck needs neither JSZip nor the CommonJS glue a bundler adds for it — glue that would otherwise
// load with every page (vite.config.ts aliases 'jszip' here). Entries are stored, not deflated: a deck
// is mostly PNGs, already compressed. PKWARE APPNOTE 6.3.x, sections 4.3.7, 4.3.12 and 4.3.16. Pure.

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
/** crc32(bytes): the checksum zip stores for each entry (ISO 3309). */
export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const enc = new TextEncoder();
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0));
type Data = string | Uint8Array | ArrayBuffer;

export default class Zip {
  #files: Map<string, Uint8Array>;
  #prefix: string;
  constructor(files = new Map<string, Uint8Array>(), prefix = '') {
    this.#files = files;
    this.#prefix = prefix;
  }
  /** folder(name): the same zip, with names inside that folder. */
  folder(name: string): Zip {
    return new Zip(this.#files, `${this.#prefix}${name.replace(/\/?$/, '/')}`);
  }
  /** file(name, data, {base64}): adds an entry (text as UTF-8; with base64, data is decoded first). */
  file(name: string, data: Data, opts: { base64?: boolean } = {}): Zip {
    const bytes = typeof data === 'string' ? (opts.base64 ? fromBase64(data) : enc.encode(data)) : data instanceof Uint8Array ? data : new Uint8Array(data);
    this.#files.set(`${this.#prefix}${name}`, bytes);
    return this;
  }
  /** bytes(): the archive. */
  bytes(): Uint8Array<ArrayBuffer> {
    const parts: Uint8Array[] = [], central: Uint8Array[] = [];
    let offset = 0;
    const header = (size: number) => { const b = new Uint8Array(size); return { b, v: new DataView(b.buffer) }; };
    for (const [name, data] of this.#files) {
      const n = enc.encode(name), crc = crc32(data);
      const local = header(30 + n.length);
      local.v.setUint32(0, 0x04034b50, true); local.v.setUint16(4, 20, true); local.v.setUint16(6, 0x0800, true);
      local.v.setUint16(10, 0, true); local.v.setUint16(12, 0x21, true); // 00:00, 1 Jan 1980: no clock in the file
      local.v.setUint32(14, crc, true); local.v.setUint32(18, data.length, true); local.v.setUint32(22, data.length, true);
      local.v.setUint16(26, n.length, true); local.b.set(n, 30);
      const dir = header(46 + n.length);
      dir.v.setUint32(0, 0x02014b50, true); dir.v.setUint16(4, 20, true); dir.v.setUint16(6, 20, true); dir.v.setUint16(8, 0x0800, true);
      dir.v.setUint16(14, 0x21, true); dir.v.setUint32(16, crc, true); dir.v.setUint32(20, data.length, true); dir.v.setUint32(24, data.length, true);
      dir.v.setUint16(28, n.length, true); dir.v.setUint32(42, offset, true); dir.b.set(n, 46);
      parts.push(local.b, data);
      central.push(dir.b);
      offset += local.b.length + data.length;
    }
    const size = central.reduce((a, c) => a + c.length, 0);
    const end = header(22);
    end.v.setUint32(0, 0x06054b50, true); end.v.setUint16(8, this.#files.size, true); end.v.setUint16(10, this.#files.size, true);
    end.v.setUint32(12, size, true); end.v.setUint32(16, offset, true);
    const all = [...parts, ...central, end.b];
    const out = new Uint8Array(all.reduce((a, c) => a + c.length, 0));
    let at = 0;
    for (const c of all) { out.set(c, at); at += c.length; }
    return out;
  }
  /** generateAsync({type}): the archive as a blob (the deck's), bytes or base64. */
  async generateAsync(opts: { type: string; mimeType?: string }): Promise<Blob | Uint8Array | string> {
    const b = this.bytes();
    if (opts.type === 'blob') return new Blob([b], { type: opts.mimeType ?? 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
    if (opts.type === 'base64') { let s = ''; for (const x of b) s += String.fromCharCode(x); return btoa(s); }
    return b;
  }
}
