import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFile, filesOf, isFileInputChange, kindOf, MAX_FILES } from '../../../src/content/attachments';

afterEach(() => vi.unstubAllGlobals());

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('kindOf', () => {
  it('uses the MIME type, then the extension', () => {
    expect(kindOf({ name: 'a.jpg', type: 'image/jpeg' })).toBe('image');
    expect(kindOf({ name: 'IMG_0412.HEIC', type: '' })).toBe('image');
    expect(kindOf({ name: 'clip.mov', type: 'video/quicktime' })).toBe('video');
    expect(kindOf({ name: 'clip.mkv', type: 'application/octet-stream' })).toBe('video');
    expect(kindOf({ name: 'notes.pdf', type: 'application/pdf' })).toBe('other');
  });
});

describe('describeFile', () => {
  it('reads image dimensions with createImageBitmap and closes the bitmap', async () => {
    const close = vi.fn();
    vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 4032, height: 3024, close })));
    const meta = await describeFile(file('IMG_0412.jpg', 'image/jpeg', 2048));
    expect(meta).toEqual({ kind: 'image', name: 'IMG_0412.jpg', mimeType: 'image/jpeg', size: 2048, width: 4032, height: 3024 });
    expect(close).toHaveBeenCalled();
  });

  it('leaves dimensions unknown for undecodable files (HEIC) and never throws', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(async () => Promise.reject(new DOMException('The source image could not be decoded.'))));
    const meta = await describeFile(file('IMG_1.heic', 'image/heic'));
    expect(meta).toEqual({ kind: 'image', name: 'IMG_1.heic', mimeType: 'image/heic', size: 10 });
  });

  it('keeps metadata only: no file object or contents in the result', async () => {
    vi.stubGlobal('createImageBitmap', undefined);
    const meta = await describeFile(file('a.png', 'image/png'));
    expect(Object.keys(meta).sort()).toEqual(['kind', 'mimeType', 'name', 'size']);
  });
});

describe('filesOf', () => {
  it('reads change (file input), drop and paste, capped', () => {
    const many = Array.from({ length: MAX_FILES + 5 }, (_, i) => file(`${i}.jpg`, 'image/jpeg'));
    const input = { nodeType: 1, localName: 'input', type: 'file', files: many };
    const change = { type: 'change', target: input } as unknown as Event;
    expect(isFileInputChange(change)).toBe(true);
    expect(filesOf(change)).toHaveLength(MAX_FILES);
    expect(filesOf({ type: 'drop', dataTransfer: { files: [many[0]] } } as unknown as Event)).toEqual([many[0]]);
    expect(filesOf({ type: 'paste', clipboardData: { files: [] } } as unknown as Event)).toEqual([]);
    expect(isFileInputChange({ type: 'change', target: { nodeType: 1, localName: 'input', type: 'text' } } as unknown as Event)).toBe(false);
  });

  it('takes a pasted picture listed only among the clipboard items, and only reads the event', () => {
    const shot = file('image.png', 'image/png');
    const preventDefault = vi.fn();
    const stopPropagation = vi.fn();
    const items = [
      { kind: 'string', type: 'text/html', getAsFile: () => null },
      { kind: 'file', type: 'image/png', getAsFile: () => shot },
    ];
    const paste = { type: 'paste', clipboardData: { files: [], items }, preventDefault, stopPropagation, stopImmediatePropagation: stopPropagation } as unknown as Event;
    expect(filesOf(paste)).toEqual([shot]);
    expect(preventDefault).not.toHaveBeenCalled();
    expect(stopPropagation).not.toHaveBeenCalled();
    // A text drag or paste carries no file.
    expect(filesOf({ type: 'drop', dataTransfer: { files: [], items: [items[0]] } } as unknown as Event)).toEqual([]);
    expect(filesOf({ type: 'paste', clipboardData: null } as unknown as Event)).toEqual([]);
  });
});
