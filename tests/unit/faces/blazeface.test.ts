import { describe, expect, it } from 'vitest';
import { ANCHORS, INPUT_SIZE, LAYER_ROWS, REGRESSOR_WIDTH, decodeLayer, suppress, toImage, viewsFor, type Box } from '../../../src/faces/blazeface';

const box = (x: number, y: number, w: number, h: number, score = 0.9): Box => ({ x, y, w, h, score });

describe('BlazeFace anchors', () => {
  it("has the back model's 512 + 384 anchors, row by row, centred in their cells", () => {
    expect(LAYER_ROWS).toEqual([512, 384]);
    expect(ANCHORS[0][0]).toEqual({ cx: 0.5 / 16, cy: 0.5 / 16 });
    expect(ANCHORS[0][1]).toEqual(ANCHORS[0][0]); // two anchors per cell
    expect(ANCHORS[0][2]).toEqual({ cx: 1.5 / 16, cy: 0.5 / 16 });
    expect(ANCHORS[0][511]).toEqual({ cx: 15.5 / 16, cy: 15.5 / 16 });
    expect(ANCHORS[1][6]).toEqual({ cx: 1.5 / 8, cy: 0.5 / 8 }); // six per cell
    expect(ANCHORS[1][383]).toEqual({ cx: 7.5 / 8, cy: 7.5 / 8 });
  });
});

describe('decodeLayer', () => {
  it('turns a confident anchor and its regressors into a box around the anchor', () => {
    const logits = new Float32Array(LAYER_ROWS[1]).fill(-10);
    const regs = new Float32Array(LAYER_ROWS[1] * REGRESSOR_WIDTH);
    const i = 6 * (8 * 3 + 4); // cell (4, 3): centre (4.5/8, 3.5/8)
    logits[i] = 3;
    regs.set([8, -16, 64, 32], i * REGRESSOR_WIDTH); // shifted 8 px right, 16 px up; 64x32 px
    const [b, ...rest] = decodeLayer(1, logits, regs, 0.5);
    expect(rest).toEqual([]);
    expect(b.score).toBeCloseTo(1 / (1 + Math.exp(-3)));
    expect(b.w).toBeCloseTo(64 / INPUT_SIZE);
    expect(b.h).toBeCloseTo(32 / INPUT_SIZE);
    expect(b.x + b.w / 2).toBeCloseTo(4.5 / 8 + 8 / INPUT_SIZE);
    expect(b.y + b.h / 2).toBeCloseTo(3.5 / 8 - 16 / INPUT_SIZE);
  });

  it('drops weak scores, empty boxes and NaN', () => {
    const logits = new Float32Array(LAYER_ROWS[0]).fill(-10);
    const regs = new Float32Array(LAYER_ROWS[0] * REGRESSOR_WIDTH);
    logits[0] = 0; // 0.5: below 0.6
    logits[1] = 5; // confident, but a zero-size box
    logits[2] = Number.NaN;
    expect(decodeLayer(0, logits, regs, 0.6)).toEqual([]);
  });
});

describe('suppress', () => {
  it('keeps the best of overlapping boxes and distinct faces side by side', () => {
    const kept = suppress([box(0, 0, 10, 10, 0.7), box(1, 1, 10, 10, 0.9), box(20, 0, 10, 10, 0.8)]);
    expect(kept.map((b) => b.score)).toEqual([0.9, 0.8]);
  });

  it('drops a partial face lying inside a whole one, even with little IoU', () => {
    expect(suppress([box(0, 0, 20, 20, 0.9), box(0, 0, 8, 8, 0.95)])).toHaveLength(1);
  });
});

describe('viewsFor', () => {
  it('letterboxes the whole image into one square view', () => {
    expect(viewsFor(640, 480)[0]).toEqual({ x: 0, y: -80, size: 640 });
    expect(viewsFor(300, 200)).toEqual([{ x: 0, y: -50, size: 300 }]);
  });

  it('covers a larger image with overlapping tiles of the model size', () => {
    const [, ...tiles] = viewsFor(640, 480);
    expect(tiles).toHaveLength(9);
    for (const t of tiles) {
      expect(t.size).toBe(INPUT_SIZE);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeGreaterThanOrEqual(0);
      expect(t.x + t.size).toBeLessThanOrEqual(640);
      expect(t.y + t.size).toBeLessThanOrEqual(480);
    }
    const xs = [...new Set(tiles.map((t) => t.x))].sort((a, b) => a - b);
    expect(xs[0]).toBe(0);
    expect(xs[xs.length - 1] + INPUT_SIZE).toBe(640);
    for (let i = 1; i < xs.length; i++) expect(xs[i - 1] + INPUT_SIZE - xs[i]).toBeGreaterThanOrEqual(INPUT_SIZE / 4);
  });

  it('maps a box from a view back to image pixels', () => {
    expect(toImage(box(0.5, 0.25, 0.1, 0.2), { x: 100, y: -50, size: 200 })).toEqual(box(200, 0, 20, 40));
  });
});
