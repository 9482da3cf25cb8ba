// Pixel dimensions read from the first bytes of a PNG, GIF, JPEG or WebP
// file, without decoding it. A picture of a few megabytes can declare
// hundreds of megapixels (a "decompression bomb", or a 200 MP phone photo);
// decoding that in the site's tab could exhaust its memory, so larger
// pictures are described from their header and never decoded.

/** Above this many pixels a picture is not decoded (its faces stay unknown). */
export const MAX_DECODE_PIXELS = 60_000_000;

/** How much of the file the header search reads (JPEG's SOF can follow large EXIF blocks). */
const HEADER_BYTES = 256 * 1024;

export interface PixelSize {
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const le16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const be32 = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
const le24 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const ascii = (b: Uint8Array, i: number, s: string) => [...s].every((c, k) => b[i + k] === c.charCodeAt(0));

function jpegSize(b: Uint8Array): PixelSize | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: be16(b, i + 5), width: be16(b, i + 7) };
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2; // markers without a length
      continue;
    }
    i += 2 + be16(b, i + 2);
  }
  return undefined;
}

/** The declared size, or undefined when the format is not one of these or the header is cut short. */
export function sizeFromHeader(b: Uint8Array): PixelSize | undefined {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 'PNG') && ascii(b, 12, 'IHDR')) return { width: be32(b, 16), height: be32(b, 20) };
  if (b.length >= 10 && ascii(b, 0, 'GIF8')) return { width: le16(b, 6), height: le16(b, 8) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.length >= 30 && ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) {
    if (ascii(b, 12, 'VP8X')) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
    if (ascii(b, 12, 'VP8 ') && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
    if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
      const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
  }
  return undefined;
}

/** Reads the header of a file; undefined when unknown. Never throws. */
export async function headerSize(file: Blob): Promise<PixelSize | undefined> {
  try {
    return sizeFromHeader(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  } catch {
    return undefined;
  }
}

export const tooLargeToDecode = (s: PixelSize | undefined): boolean => !!s && s.width * s.height > MAX_DECODE_PIXELS;
