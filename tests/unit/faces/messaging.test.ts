import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type HandlerDeps } from '../../../src/background/handler';
import { check } from '../../../src/engine';
import { askCount, countFaces, withFaceCount } from '../../../src/faces/client';
import { bytesOf } from '../../../src/faces/pixels';
import type { Attachment } from '../../../src/schema/draft';
import { resolveSettings } from '../../../src/settings/resolve';

const ID = 'our-extension-id';
const TAB = { id: ID, tab: { id: 7 }, url: 'https://x.com/home' };
const IMAGE = 'data:image/jpeg;base64,/9j/4AAQSkZJRg==';

function deps(countFaces?: HandlerDeps['countFaces']): HandlerDeps {
  return {
    runtimeId: ID,
    loadSettings: async () => resolveSettings({ local: { district: 'tulsa-ps' } }),
    check,
    appendAudit: vi.fn(async (entries) => entries.length),
    openOptions: vi.fn(async () => undefined),
    now: () => new Date('2026-10-10T20:00:00Z'),
    countFaces,
  };
}

describe('worker: sl:faces', () => {
  it('passes a valid picture to the counter and answers with its count', async () => {
    const counter = vi.fn(async () => ({ status: 'ok' as const, faces: 4 }));
    expect(await handleMessage({ type: 'sl:faces', image: IMAGE }, TAB, deps(counter))).toEqual({ status: 'ok', faces: 4 });
    expect(counter).toHaveBeenCalledWith(IMAGE);
  });

  it('says unknown for a malformed request, a missing counter or a failing one, and ignores other senders', async () => {
    const counter = vi.fn(async () => ({ status: 'ok' as const, faces: 1 }));
    expect(await handleMessage({ type: 'sl:faces', image: 'https://example.com/a.jpg' }, TAB, deps(counter))).toMatchObject({ status: 'unknown' });
    expect(await handleMessage({ type: 'sl:faces', image: `data:image/png;base64,${'A'.repeat(4_000_001)}` }, TAB, deps(counter))).toMatchObject({ status: 'unknown' });
    expect(counter).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'sl:faces', image: IMAGE }, TAB, deps())).toMatchObject({ status: 'unknown' });
    const failing = vi.fn(async () => {
      throw new TypeError('boom');
    });
    expect(await handleMessage({ type: 'sl:faces', image: IMAGE }, TAB, deps(failing))).toEqual({ status: 'unknown', reason: 'face counter failed (TypeError)' });
    expect(await handleMessage({ type: 'sl:faces', image: IMAGE }, { id: 'evil', tab: { id: 1 } }, deps(counter))).toBeUndefined();
  });
});

describe('content script: asking for the count', () => {
  it('returns the count, and retries once when the worker was stopped under the request', async () => {
    expect(await askCount(IMAGE, async () => ({ status: 'ok', faces: 3 }))).toBe(3);
    const send = vi.fn().mockRejectedValueOnce(new Error('port closed')).mockResolvedValueOnce({ status: 'ok', faces: 0 });
    expect(await askCount(IMAGE, send)).toBe(0);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not ask again after a request that got no answer in time (the worker gave up on it already)', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn(() => new Promise<never>(() => undefined));
      const answer = askCount(IMAGE, send);
      await vi.advanceTimersByTimeAsync(35_000);
      expect(await answer).toBeUndefined();
      expect(send).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps unknown for unknown, malformed or failed answers', async () => {
    expect(await askCount(IMAGE, async () => ({ status: 'unknown', reason: 'timeout' }))).toBeUndefined();
    expect(await askCount(IMAGE, async () => ({ status: 'ok', faces: -1 }))).toBeUndefined();
    expect(await askCount(IMAGE, async () => ({ status: 'ok', faces: 2.5 }))).toBeUndefined();
    expect(await askCount(IMAGE, async () => undefined)).toBeUndefined();
    expect(await askCount(IMAGE, () => Promise.reject(new Error('gone')))).toBeUndefined();
  });

  it('never sends what it cannot draw (no decoder here, like a HEIC file), nor other files', async () => {
    const send = vi.fn();
    expect(await countFaces(new Blob(['not an image']), 'image', send)).toBeUndefined();
    expect(await countFaces(new Blob(['%PDF']), 'other', send)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('passes the attachment on at once and leaves faces unset when the count is unknown', async () => {
    const meta: Attachment = { kind: 'image', name: 'IMG_1.heic', size: 10 };
    const counted = vi.fn();
    const a = await withFaceCount(Promise.resolve(meta), new File(['x'], 'IMG_1.heic'), counted);
    expect(a).toBe(meta);
    await new Promise((r) => setTimeout(r, 10));
    expect(a.faces).toBeUndefined();
    expect(counted).not.toHaveBeenCalled();
  });
});

describe('detector page: data URLs', () => {
  it('reads JPEG/PNG/WebP base64 data URLs only', () => {
    expect(bytesOf('data:image/png;base64,AAEC')).toEqual({ type: 'image/png', bytes: new Uint8Array([0, 1, 2]) });
    expect(bytesOf('data:image/svg+xml;base64,AAEC')).toBeUndefined();
    expect(bytesOf('data:image/png,raw')).toBeUndefined();
    expect(bytesOf('blob:https://x.com/1')).toBeUndefined();
  });
});
