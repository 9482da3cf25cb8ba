import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { INPUT_SIZE, LAYER_ROWS, REGRESSOR_WIDTH, decodeLayer, suppress, toImage, viewsFor, type Box, type View } from './blazeface';

// Counts faces in decoded pixels with BlazeFace on TensorFlow.js. Whoever
// creates the counter has chosen and readied the backend (WASM in the
// extension, WASM or CPU in Node tests) and hands over the model files, so
// this module never touches the network or the file system.

/** RGBA pixels, as ImageData holds them. */
export interface Pixels {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export interface ModelFiles {
  /** model.json: topology and weights manifest */
  json: { modelTopology: unknown; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] };
  /** the concatenated weight shards */
  weights: ArrayBuffer;
}

export interface CountOptions {
  /** Lowest detection score kept (0..1). */
  minScore?: number;
  /** Run the tiles (see viewsFor): always, never, or (default) when the whole view hints at a crowd. */
  tiles?: boolean;
}

export const DEFAULT_MIN_SCORE = 0.65;
/** Candidates this likely count as hints of a crowd... */
const HINT_SCORE = 0.4;
/** ...when narrower than this share of the image's longest side... */
const SMALL_FACE = 0.08;
/** ...and at least this many. */
const CROWD_HINTS = 3;
/** Images are downscaled so that their longest side is at most this before counting. */
export const MAX_SIDE = 640;
/** A face narrower than this (image pixels, after downscaling) is noise, not a person in the photo. */
const MIN_FACE_PX = 8;

/**
 * A tile keeps only small faces it sees whole: a face cut by its edge is
 * seen whole by the overlapping tile, and big faces are the whole view's.
 */
function wholeSmallFace(b: Box): boolean {
  return b.w <= 0.4 && b.x >= 0.01 && b.y >= 0.01 && b.x + b.w <= 0.99 && b.y + b.h <= 0.99;
}

export interface FaceCounter {
  /** Faces found (boxes in image pixels); throws on pixels that do not match their size or a backend failure. */
  detect(image: Pixels, options?: CountOptions): Box[];
  dispose(): void;
}

export async function loadFaceCounter(files: ModelFiles): Promise<FaceCounter> {
  const weightSpecs = files.json.weightsManifest.flatMap((group) => group.weights);
  const model: GraphModel = await loadGraphModel(
    tf.io.fromMemory({ modelTopology: files.json.modelTopology as never, weightSpecs, weightData: files.weights }),
  );
  // The first run compiles kernels: do it now, not on the teacher's photo.
  tf.tidy(() => {
    model.execute(tf.zeros([1, INPUT_SIZE, INPUT_SIZE, 3]));
  });

  /**
   * The model input for one view: the part of the image inside it, scaled
   * to the view's share of 256x256 and padded. (Slice, resize and pad, not
   * cropAndResize: tfjs 4.22's WASM cropAndResize returns the first crop
   * again for a second box at 256x256.)
   */
  function inputFor(rgb: tf.Tensor4D, v: View): tf.Tensor4D {
    const [, height, width] = rgb.shape;
    const scale = INPUT_SIZE / v.size;
    const x0 = Math.max(0, Math.round(v.x));
    const y0 = Math.max(0, Math.round(v.y));
    const x1 = Math.min(width, Math.round(v.x + v.size));
    const y1 = Math.min(height, Math.round(v.y + v.size));
    const w = Math.max(1, Math.min(INPUT_SIZE, Math.round((x1 - x0) * scale)));
    const h = Math.max(1, Math.min(INPUT_SIZE, Math.round((y1 - y0) * scale)));
    const left = Math.max(0, Math.min(INPUT_SIZE - w, Math.round((x0 - v.x) * scale)));
    const top = Math.max(0, Math.min(INPUT_SIZE - h, Math.round((y0 - v.y) * scale)));
    const part = tf.slice(rgb, [0, y0, x0, 0], [1, y1 - y0, x1 - x0, 3]);
    const scaled = w === x1 - x0 && h === y1 - y0 ? part : tf.image.resizeBilinear(part, [h, w], false, true);
    return tf.pad(scaled, [[0, 0], [top, INPUT_SIZE - h - top], [left, INPUT_SIZE - w - left], [0, 0]]);
  }

  function runView(rgb: tf.Tensor4D, v: View): { logits: Float32Array[]; regressors: Float32Array[] } {
    const outputs = tf.tidy(() => model.execute(inputFor(rgb, v)) as tf.Tensor[]);
    try {
      const logits: Float32Array[] = [];
      const regressors: Float32Array[] = [];
      // Four outputs, told apart by shape: [1, rows, 1] logits, [1, rows, 16] boxes.
      for (let layer = 0; layer < 2; layer++) {
        const rows = LAYER_ROWS[layer];
        const l = outputs.find((t) => t.shape[1] === rows && t.shape[2] === 1);
        const r = outputs.find((t) => t.shape[1] === rows && t.shape[2] === REGRESSOR_WIDTH);
        if (!l || !r) throw new Error('unexpected model outputs');
        logits.push(l.dataSync() as Float32Array);
        regressors.push(r.dataSync() as Float32Array);
      }
      return { logits, regressors };
    } finally {
      for (const t of outputs) t.dispose();
    }
  }

  return {
    detect(image, options = {}) {
      const { width, height } = image;
      if (!(width > 0 && height > 0) || image.data.length < width * height * 4) throw new Error('bad pixels');
      const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
      // RGB scaled to the model's -1..1 in one pass (padding then reads as mid grey).
      const values = new Float32Array(width * height * 3);
      for (let i = 0, o = 0; o < values.length; i += 4, o += 3) {
        values[o] = image.data[i] / 127.5 - 1;
        values[o + 1] = image.data[i + 1] / 127.5 - 1;
        values[o + 2] = image.data[i + 2] / 127.5 - 1;
      }
      const rgb = tf.tensor4d(values, [1, height, width, 3]);
      try {
        const views = viewsFor(width, height);
        const side = Math.max(width, height);
        const decode = (v: View, min: number): Box[] => {
          const { logits, regressors } = runView(rgb, v);
          const boxes: Box[] = [];
          for (const layer of [0, 1] as const) {
            for (const b of decodeLayer(layer, logits[layer], regressors[layer], min)) {
              if (v === views[0] || wholeSmallFace(b)) boxes.push(toImage(b, v));
            }
          }
          return boxes;
        };
        const whole = decode(views[0], Math.min(HINT_SCORE, minScore));
        const found = whole.filter((b) => b.score >= minScore);
        // Several faint small faces in the whole view: a crowd, whose faces
        // the tiles see at full resolution. Most photos need one run only.
        const crowd = suppress(whole).filter((b) => b.w < side * SMALL_FACE).length >= CROWD_HINTS;
        if (options.tiles === true || (options.tiles !== false && crowd)) {
          for (const v of views.slice(1)) found.push(...decode(v, minScore));
        }
        return suppress(found.filter((b) => b.w >= MIN_FACE_PX));
      } finally {
        rgb.dispose();
      }
    },
    dispose() {
      model.dispose();
    },
  };
}
