import type { Pixels } from './detector';
import { MAX_SIDE } from './detector';

// Decoding on the detector page: the content script sends a small JPEG/PNG
// as a data URL (messages carry strings in every browser); decoded here
// without fetch(), which would show up as a request.

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/=]+)$/;

export function bytesOf(dataUrl: string): { type: string; bytes: Uint8Array } | undefined {
  const m = DATA_URL.exec(dataUrl);
  if (!m) return undefined;
  const bin = atob(m[2]);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { type: m[1], bytes };
}

/** RGBA pixels of an image data URL, downscaled to MAX_SIDE; undefined when it does not decode. */
export async function pixelsOf(dataUrl: string): Promise<Pixels | undefined> {
  const parsed = bytesOf(dataUrl);
  if (!parsed) return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([parsed.bytes as BlobPart], { type: parsed.type }));
  } catch {
    return undefined;
  }
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    const { data } = ctx.getImageData(0, 0, width, height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}
