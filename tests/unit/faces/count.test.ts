import { beforeAll, describe, expect, it } from 'vitest';
import type { FaceCounter, Pixels } from '../../../src/faces/detector';
import { nodeFaceCounter } from './node-counter';
import { CROWD, NO_PEOPLE, PEOPLE, collage, downscale, loadPhoto } from './photos';

// The real model on real photographs (see photos.ts for the labels): the
// issue asks for counts within one of the truth on at least 90% of photos
// of people, and 0 on every photo without people.

let counter: FaceCounter;
beforeAll(async () => {
  counter = await nodeFaceCounter();
}, 60_000);

const count = (p: Pixels) => counter.detect(p).length;

describe('face count on labelled photos', () => {
  it('is within one of the truth on at least 90% of the photos of people, and finds someone in each', () => {
    const results = PEOPLE.map((p) => ({ note: p.note, want: p.faces, got: count(loadPhoto(p)) }));
    const close = results.filter((r) => Math.abs(r.got - r.want) <= 1);
    expect(close.length / results.length, JSON.stringify(results)).toBeGreaterThanOrEqual(0.9);
    expect(results.filter((r) => r.got === 0)).toEqual([]);
  }, 120_000);

  it.each(NO_PEOPLE.map((p) => [p.note, p] as const))('finds no face in a photo without people: %s', (_, p) => {
    expect(count(loadPhoto(p))).toBe(0);
  }, 60_000);

  it('counts a crowd of small faces (22 faces about 20 px wide) through the tiles', () => {
    const crowd = downscale(collage(CROWD.files, CROWD.columns), 640);
    const tiled = count(crowd);
    expect(Math.abs(tiled - CROWD.faces)).toBeLessThanOrEqual(2);
    // The whole view alone misses most of them: the tiles are what count them.
    expect(counter.detect(crowd, { tiles: false }).length).toBeLessThan(CROWD.faces / 2);
  }, 120_000);

  it('counts the same faces in a large original as in its downscaled copy', () => {
    const photo = PEOPLE[4];
    expect(count(loadPhoto(photo, 1920))).toBe(count(loadPhoto(photo, 640)));
  }, 120_000);
});

describe('face count on pictures without content', () => {
  const plain = (width: number, height: number, rgba: [number, number, number, number]): Pixels => {
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
    return { data, width, height };
  };

  it('finds nothing in a blank, a black or a transparent picture, nor in noise', () => {
    expect(count(plain(640, 480, [255, 255, 255, 255]))).toBe(0);
    expect(count(plain(480, 640, [0, 0, 0, 255]))).toBe(0);
    expect(count(plain(1, 1, [0, 0, 0, 0]))).toBe(0);
    const noise = plain(640, 480, [0, 0, 0, 255]);
    let seed = 7;
    for (let i = 0; i < noise.data.length; i++) if (i % 4 !== 3) noise.data[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255;
    expect(count(noise)).toBe(0);
  }, 60_000);

  it('refuses pixels that do not match their size', () => {
    expect(() => counter.detect({ data: new Uint8Array(10), width: 640, height: 480 })).toThrow();
    expect(() => counter.detect({ data: new Uint8Array(0), width: 0, height: 0 })).toThrow();
  });
});
