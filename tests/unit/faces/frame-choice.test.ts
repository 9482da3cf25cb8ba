import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { drawSize, frameTime } from '../../../src/faces/client';
import { apng, fit, pngChunks } from './animated';

// The small rules that decide what the detector is shown, or that the count
// stays unknown: which video frame, what size, what is too small.

describe('which video frame is counted', () => {
  it('half a second in, or the middle of a clip shorter than a second', () => {
    expect(frameTime(12)).toBe(0.5);
    expect(frameTime(1)).toBe(0.5);
    expect(frameTime(0.4)).toBeCloseTo(0.2);
  });

  it('the first frame when the duration is unknown (a live recording has none), zero or not a number', () => {
    expect(frameTime(Number.POSITIVE_INFINITY)).toBe(0);
    expect(frameTime(Number.NaN)).toBe(0);
    expect(frameTime(0)).toBe(0);
    expect(frameTime(-1)).toBe(0);
  });
});

describe('what size the picture is drawn at', () => {
  it('at most 640 px on its longest side, keeping its shape; small pictures as they are', () => {
    expect(drawSize(1920, 960)).toEqual({ width: 640, height: 320 });
    expect(drawSize(3024, 4032)).toEqual({ width: 480, height: 640 });
    expect(drawSize(200, 150)).toEqual({ width: 200, height: 150 });
    // A panorama keeps at least one row.
    expect(drawSize(40_000, 32)).toEqual({ width: 640, height: 1 });
  });

  it('unknown (undefined) under 32 px, or when the size is missing or not a number', () => {
    expect(drawSize(31, 400)).toBeUndefined();
    expect(drawSize(1, 1)).toBeUndefined();
    expect(drawSize(0, 0)).toBeUndefined(); // a video whose frame never decoded
    expect(drawSize(Number.NaN, 100)).toBeUndefined();
    expect(drawSize(Number.POSITIVE_INFINITY, 100)).toBeUndefined();
    expect(drawSize(32, 32)).toEqual({ width: 32, height: 32 });
  });
});

describe('the animated test pictures', () => {
  const red = fit({ data: new Uint8Array(4 * 4 * 4).fill(0).map((_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 0)), width: 4, height: 4 }, 40, 40);
  const blue = fit({ data: new Uint8Array(40 * 40 * 4).map((_, i) => (i % 4 === 2 || i % 4 === 3 ? 255 : 0)), width: 40, height: 40 }, 40, 40);

  it('an APNG shows its first frame to a decoder without animation, and declares both frames', () => {
    const file = apng([red, blue]);
    const types = pngChunks(file).map((c) => c.type);
    expect(types).toEqual(['IHDR', 'acTL', 'fcTL', 'IDAT', 'fcTL', 'fdAT', 'IEND']);
    expect(pngChunks(file)[1].data.readUInt32BE(0)).toBe(2);
    const still = PNG.sync.read(file);
    expect([still.width, still.height]).toEqual([40, 40]);
    expect(Buffer.from(still.data).equals(Buffer.from(red.data))).toBe(true);
  });
});
