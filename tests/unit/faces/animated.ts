import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import type { Pixels } from '../../../src/faces/detector';

// Animated pictures built from real photos at test time (no package ships
// one with people in it): an APNG and a GIF whose frames differ, so a test
// can tell which frame was counted. All frames must have the same size.

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The chunks of a PNG file, in order. */
export function pngChunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function sameSize(frames: Pixels[]): void {
  if (!frames.length || frames.some((f) => f.width !== frames[0].width || f.height !== frames[0].height)) throw new Error('frames must share one size');
}

/** An APNG, looping, `delayMs` per frame; browsers without APNG support show the first frame (the default image). */
export function apng(frames: Pixels[], delayMs = 500): Buffer {
  sameSize(frames);
  const { width, height } = frames[0];
  const parts: Buffer[] = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  let seq = 0;
  const fcTL = () => {
    const b = Buffer.alloc(26);
    b.writeUInt32BE(seq++, 0);
    b.writeUInt32BE(width, 4);
    b.writeUInt32BE(height, 8);
    b.writeUInt16BE(delayMs, 20);
    b.writeUInt16BE(1000, 22);
    return chunk('fcTL', b); // offsets 0, dispose none, blend source
  };
  frames.forEach((f, i) => {
    const encoded = pngChunks(PNG.sync.write({ width, height, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) } as PNG));
    const idat = Buffer.concat(encoded.filter((c) => c.type === 'IDAT').map((c) => c.data));
    if (i === 0) {
      parts.push(chunk('IHDR', encoded[0].data));
      const actl = Buffer.alloc(8);
      actl.writeUInt32BE(frames.length, 0); // plays: 0 = forever
      parts.push(chunk('acTL', actl), fcTL(), chunk('IDAT', idat));
    } else {
      parts.push(fcTL());
      const s = Buffer.alloc(4);
      s.writeUInt32BE(seq++, 0);
      parts.push(chunk('fdAT', Buffer.concat([s, idat])));
    }
  });
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** 3-3-2 RGB palette index of a pixel. */
const index332 = (r: number, g: number, b: number) => (r & 0xe0) | ((g & 0xe0) >> 3) | (b >> 6);

/**
 * LZW with literal codes only: a clear code every 250 pixels keeps every code
 * 9 bits wide (bigger than a real encoder's output, but valid GIF).
 */
function lzw(indices: Uint8Array): Buffer {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (code: number) => {
    acc |= code << bits;
    bits += 9;
    while (bits >= 8) {
      bytes.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  for (let i = 0; i < indices.length; i++) {
    if (i % 250 === 0) put(256);
    put(indices[i]);
  }
  put(257);
  if (bits > 0) bytes.push(acc & 0xff);
  const blocks: number[] = [8];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  blocks.push(0);
  return Buffer.from(blocks);
}

/** An animated GIF (GIF89a, 3-3-2 colours, looping), `delayMs` per frame. */
export function gif(frames: Pixels[], delayMs = 500): Buffer {
  sameSize(frames);
  const { width, height } = frames[0];
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const palette = Buffer.alloc(768);
  for (let i = 0; i < 256; i++) {
    palette[i * 3] = (i & 0xe0) | 0x10;
    palette[i * 3 + 1] = ((i << 3) & 0xe0) | 0x10;
    palette[i * 3 + 2] = ((i & 3) << 6) | 0x20;
  }
  const parts: Buffer[] = [
    Buffer.from('GIF89a', 'latin1'),
    Buffer.from([...u16(width), ...u16(height), 0xf7, 0, 0]),
    palette,
    Buffer.from([0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0', 'latin1'), 3, 1, 0, 0, 0]),
  ];
  for (const f of frames) {
    const indices = new Uint8Array(width * height);
    for (let p = 0; p < indices.length; p++) indices[p] = index332(f.data[p * 4], f.data[p * 4 + 1], f.data[p * 4 + 2]);
    parts.push(
      Buffer.from([0x21, 0xf9, 4, 0x04, ...u16(Math.round(delayMs / 10)), 0, 0]),
      Buffer.from([0x2c, 0, 0, 0, 0, ...u16(width), ...u16(height), 0]),
      lzw(indices),
    );
  }
  parts.push(Buffer.from([0x3b]));
  return Buffer.concat(parts);
}

/** `p` centred on a white canvas of the given size (cut when bigger). */
export function fit(p: Pixels, width: number, height: number): Pixels {
  const out = new Uint8Array(width * height * 4).fill(255);
  const ox = Math.floor((width - p.width) / 2);
  const oy = Math.floor((height - p.height) / 2);
  for (let y = 0; y < height; y++) {
    const sy = y - oy;
    if (sy < 0 || sy >= p.height) continue;
    for (let x = 0; x < width; x++) {
      const sx = x - ox;
      if (sx < 0 || sx >= p.width) continue;
      out.set(p.data.subarray((sy * p.width + sx) * 4, (sy * p.width + sx) * 4 + 4), (y * width + x) * 4);
    }
  }
  return { data: out, width, height };
}
