import { describe, expect, it } from 'vitest';
import { followPreviewCount, keepRiskiest, keepShown } from '../../../src/content/removedFiles';
import { fixture, cleanupGlobals } from './dom-fixture';
import type { Attachment } from '../../../src/schema/draft';

const file = (name: string, kind: Attachment['kind'], faces?: number, width?: number, height?: number): Attachment =>
  ({ name, kind, size: 1000, ...(faces === undefined ? {} : { faces }), ...(width ? { width, height } : {}) }) as Attachment;
const names = (files: Attachment[]) => files.map((f) => f.name);

describe('keepRiskiest: the site shows fewer previews and does not say which file went', () => {
  it('keeps the class photo when the sunset is removed first, whichever order they were added in', () => {
    const sunset = file('sunset.jpg', 'image', 0);
    const cls = file('class.jpg', 'image', 22);
    expect(names(keepRiskiest([sunset, cls], 1, (a) => a))).toEqual(['class.jpg']);
    expect(names(keepRiskiest([cls, sunset], 1, (a) => a))).toEqual(['class.jpg']);
  });

  it('ranks pictures over other files, a count not known yet between one face and none, and keeps the original order', () => {
    const files = [file('notes.pdf', 'other'), file('a.jpg', 'image', 0), file('b.jpg', 'image'), file('c.jpg', 'image', 1), file('d.mp4', 'video', 3)];
    expect(names(keepRiskiest(files, 3, (a) => a))).toEqual(['b.jpg', 'c.jpg', 'd.mp4']);
    expect(names(keepRiskiest(files, 4, (a) => a))).toEqual(['a.jpg', 'b.jpg', 'c.jpg', 'd.mp4']);
  });

  it('treats a file not described yet as a picture with no count; keeps all or none at the bounds', () => {
    const files = ['x', 'y', 'z'];
    const known: Record<string, Attachment> = { x: file('x', 'image', 0), z: file('z', 'other') };
    expect(keepRiskiest(files, 1, (f) => known[f])).toEqual(['y']);
    expect(keepRiskiest(files, 5, (f) => known[f])).toEqual(files);
    expect(keepRiskiest(files, 0, (f) => known[f])).toEqual([]);
  });
});

describe('keepShown: the previews left, matched by pixel size first', () => {
  const cls = file('class.jpg', 'image', 22, 1600, 1200);
  const street = file('street.jpg', 'image', 0, 1200, 1600);
  const id = (a: Attachment) => a;

  it('drops the class photo the author removed, since the preview left is the street photo\'s size', () => {
    expect(names(keepShown([street, cls], 1, id, ['1200x1600']))).toEqual(['street.jpg']);
    expect(names(keepShown([cls, street], 1, id, ['1600x1200']))).toEqual(['class.jpg']);
  });

  it('a file shown twice (a large preview and its thumbnail) is one file', () => {
    expect(names(keepShown([cls, street], 1, id, ['1200x1600', '1200x1600']))).toEqual(['street.jpg']);
  });

  it('keeps the riskiest of photos of one size, and overall when the sizes do not account for the files', () => {
    const sunset = file('sunset.jpg', 'image', 0, 1600, 1200);
    expect(names(keepShown([sunset, cls], 1, id, ['1600x1200']))).toEqual(['class.jpg']);
    expect(names(keepShown([cls, street], 1, id, []))).toEqual(['class.jpg']);
    expect(names(keepShown([cls, street], 1, id, ['1200x1600', '300x300']))).toEqual(['street.jpg']);
    expect(names(keepShown([cls, street], 1, id, ['640x640']))).toEqual(['class.jpg']);
    expect(names(keepShown([sunset, cls, street], 2, id, ['1600x1200', '1200x1600']))).toEqual(['class.jpg', 'street.jpg']);
  });
});

describe('followPreviewCount: the previews counted again', () => {
  it('more previews (still appearing) only raise the count seen; fewer than seen drop the riskless file', () => {
    const { $ } = fixture('<div id="box"></div>');
    try {
      const sunset = file('sunset.jpg', 'image', 0);
      const cls = file('class.jpg', 'image', 22);
      const files = [sunset, cls];
      let t = followPreviewCount({ files, seen: 0 }, 1, (a) => a, $('#box'));
      expect(t).toEqual({ files, seen: 1 });
      expect(t.files).toBe(files); // unchanged: the same list, nothing copied per check
      t = followPreviewCount(t, 5, (a) => a, $('#box'));
      expect(t.seen).toBe(2); // never more than the files we have
      t = followPreviewCount(t, 1, (a) => a, $('#box'));
      expect(t).toEqual({ files: [cls], seen: 1 });
    } finally {
      cleanupGlobals();
    }
  });
});
