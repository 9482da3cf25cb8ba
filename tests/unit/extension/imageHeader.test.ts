import { afterEach, describe, expect, it, vi } from 'vitest';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describeFile } from '../../../src/content/attachments';
import { MAX_DECODE_PIXELS, sizeFromHeader, tooLargeToDecode } from '../../../src/content/imageHeader';
import { countFaces } from '../../../src/faces/client';

afterEach(() => vi.unstubAllGlobals());

/** A PNG signature and IHDR chunk declaring w x h (no pixel data: a header is all we read). */
function pngHeader(w: number, h: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  return b;
}

describe('sizeFromHeader', () => {
  it('reads real PNG and JPEG files (with an APP segment before the frame header)', () => {
    const png = new PNG({ width: 37, height: 21 });
    expect(sizeFromHeader(new Uint8Array(PNG.sync.write(png)))).toEqual({ width: 37, height: 21 });
    const jpg = jpeg.encode({ data: Buffer.alloc(45 * 13 * 4, 128), width: 45, height: 13 }, 80).data;
    expect(sizeFromHeader(new Uint8Array(jpg))).toEqual({ width: 45, height: 13 });
  });

  it('reads GIF and WebP (VP8X) headers; unknown formats and cut-short headers are undefined', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00]);
    expect(sizeFromHeader(gif)).toEqual({ width: 320, height: 240 });
    const webp = new Uint8Array(30);
    webp.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    webp.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
    webp.set([0x7f, 0x02, 0x00, 0xdf, 0x01, 0x00], 24); // 640 x 480, stored minus one
    expect(sizeFromHeader(webp)).toEqual({ width: 640, height: 480 });
    expect(sizeFromHeader(new TextEncoder().encode('<html>not a picture</html>'))).toBeUndefined();
    expect(sizeFromHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeUndefined();
    expect(sizeFromHeader(new Uint8Array(0))).toBeUndefined();
  });

  it('says which sizes are too large to decode', () => {
    expect(tooLargeToDecode({ width: 4032, height: 3024 })).toBe(false); // a 12 MP phone photo
    expect(tooLargeToDecode({ width: 16320, height: 12240 })).toBe(true); // 200 MP
    expect(tooLargeToDecode({ width: MAX_DECODE_PIXELS, height: 2 })).toBe(true);
    expect(tooLargeToDecode(undefined)).toBe(false);
  });
});

describe('a picture declaring a huge size (decompression bomb)', () => {
  const bomb = () => new File([pngHeader(50_000, 50_000).buffer as ArrayBuffer], 'bomb.png', { type: 'image/png' });

  it('is described from its header and never decoded', async () => {
    const decode = vi.fn(async () => ({ width: 1, height: 1, close() {} }));
    vi.stubGlobal('createImageBitmap', decode);
    const meta = await describeFile(bomb());
    expect(meta).toMatchObject({ kind: 'image', width: 50_000, height: 50_000 });
    expect(decode).not.toHaveBeenCalled();
  });

  it('gets no face count (unknown) and nothing is sent to the worker', async () => {
    const decode = vi.fn(async () => ({ width: 1, height: 1, close() {} }));
    vi.stubGlobal('createImageBitmap', decode);
    const send = vi.fn(async () => ({ status: 'ok', faces: 3 }));
    expect(await countFaces(bomb(), 'image', send)).toBeUndefined();
    expect(decode).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });
});
