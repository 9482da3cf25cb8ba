// BlazeFace (MediaPipe's "back camera" face detector, 256x256 input, as
// converted to a TensorFlow.js graph by @vladmandic/human) without the
// network: its anchors, the decoding of its raw outputs into boxes, and
// non-maximum suppression. Pure arithmetic, no TensorFlow, so it is unit
// tested on its own.

export const INPUT_SIZE = 256;

/** Feature maps of the back model: 16x16 cells with 2 anchors, 8x8 cells with 6. */
const LAYERS = [
  { cells: 16, perCell: 2 },
  { cells: 8, perCell: 6 },
] as const;

export interface Box {
  /** left, top, width, height, in whatever space the caller works in */
  x: number;
  y: number;
  w: number;
  h: number;
  score: number;
}

export interface Anchor {
  cx: number;
  cy: number;
}

/** Anchor centres (0..1 of the input), in the model's output order: layer, row, column, anchor. */
export function anchorsOf(layer: 0 | 1): Anchor[] {
  const { cells, perCell } = LAYERS[layer];
  const out: Anchor[] = [];
  for (let y = 0; y < cells; y++) {
    for (let x = 0; x < cells; x++) {
      for (let k = 0; k < perCell; k++) out.push({ cx: (x + 0.5) / cells, cy: (y + 0.5) / cells });
    }
  }
  return out;
}

export const ANCHORS: readonly Anchor[][] = [anchorsOf(0), anchorsOf(1)];

/** Rows of the two output layers: 512 and 384 anchors. */
export const LAYER_ROWS = [ANCHORS[0].length, ANCHORS[1].length] as const;

/** Values per regressor row: box (dx, dy, w, h) then six keypoints. */
export const REGRESSOR_WIDTH = 16;

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-Math.max(-80, Math.min(80, v))));
}

/**
 * Boxes (0..1 of the model input) whose score passes `minScore`, from one
 * layer's raw logits (one per anchor) and regressors (16 per anchor, in
 * input pixels relative to the anchor centre).
 */
export function decodeLayer(layer: 0 | 1, logits: ArrayLike<number>, regressors: ArrayLike<number>, minScore: number): Box[] {
  const anchors = ANCHORS[layer];
  const boxes: Box[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const score = sigmoid(logits[i]);
    if (!(score >= minScore)) continue;
    const r = i * REGRESSOR_WIDTH;
    const cx = anchors[i].cx + regressors[r] / INPUT_SIZE;
    const cy = anchors[i].cy + regressors[r + 1] / INPUT_SIZE;
    const w = regressors[r + 2] / INPUT_SIZE;
    const h = regressors[r + 3] / INPUT_SIZE;
    if (!(w > 0 && h > 0)) continue;
    boxes.push({ x: cx - w / 2, y: cy - h / 2, w, h, score });
  }
  return boxes;
}

function intersection(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy non-maximum suppression. A box is dropped when it overlaps a
 * better one by more than `maxIou`, or lies mostly inside it (`maxCover` of
 * the smaller box): the same face seen whole in one view and cut by the
 * edge of another.
 */
export function suppress(boxes: Box[], maxIou = 0.3, maxCover = 0.6): Box[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score);
  const kept: Box[] = [];
  for (const b of sorted) {
    const clash = kept.some((k) => {
      const inter = intersection(k, b);
      if (inter === 0) return false;
      const union = k.w * k.h + b.w * b.h - inter;
      return inter / union > maxIou || inter / Math.min(k.w * k.h, b.w * b.h) > maxCover;
    });
    if (!clash) kept.push(b);
  }
  return kept;
}

/** A square region of the image (pixels; may reach past its edges) that is scaled to the model input. */
export interface View {
  x: number;
  y: number;
  size: number;
}

/**
 * The regions to run the model on: first the whole image (letterboxed into
 * a square); then, for images larger than 1.5 tiles, overlapping squares
 * the size of the model input, which see small faces (a class photo) at
 * full resolution where the whole view shrinks them below what the model
 * finds. Neighbouring tiles overlap by at least a quarter of a tile.
 */
export function viewsFor(width: number, height: number, tile = INPUT_SIZE): View[] {
  const side = Math.max(width, height);
  const views: View[] = [{ x: (width - side) / 2, y: (height - side) / 2, size: side }];
  if (side < tile * 1.5) return views;
  const starts = (length: number): number[] => {
    if (length <= tile) return [(length - tile) / 2];
    const n = Math.ceil((length - tile) / (tile * 0.75)) + 1;
    return Array.from({ length: n }, (_, i) => ((length - tile) * i) / (n - 1));
  };
  for (const y of starts(height)) for (const x of starts(width)) views.push({ x, y, size: tile });
  return views;
}

/** A box from view space (0..1) to image pixels. */
export function toImage(b: Box, v: View): Box {
  return { x: v.x + b.x * v.size, y: v.y + b.y * v.size, w: b.w * v.size, h: b.h * v.size, score: b.score };
}
