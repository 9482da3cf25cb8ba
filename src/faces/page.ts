import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { browser } from 'wxt/browser';
import type { FacesDetectResponse } from '../messaging/protocol';
import { loadFaceCounter, type FaceCounter, type Pixels } from './detector';
import { pixelsOf } from './pixels';

// The detector page's side: loads the model once (on the first image, as
// the page itself is only opened for one), counts faces in the small
// picture the worker forwards, and answers with the count alone.

/** protocol.ts FACES_DETECT (not imported: that module pulls zod in). */
const FACES_DETECT = 'sl:faces-detect';

let counter: Promise<FaceCounter> | undefined;

function url(path: string): string {
  return browser.runtime.getURL(`/faces/${path}` as '/');
}

export function loadCounter(): Promise<FaceCounter> {
  counter ??= (async () => {
    // Only the WASM backend is bundled; its kernels come from our own files.
    // Single-threaded: the threaded build starts its workers from blob:
    // scripts, which the extension's CSP rightly refuses.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths({
      'tfjs-backend-wasm.wasm': url('tfjs-backend-wasm.wasm'),
      'tfjs-backend-wasm-simd.wasm': url('tfjs-backend-wasm-simd.wasm'),
      'tfjs-backend-wasm-threaded-simd.wasm': url('tfjs-backend-wasm-simd.wasm'),
    });
    if (!(await tf.setBackend('wasm'))) throw new Error('no wasm backend');
    await tf.ready();
    const [json, weights] = await Promise.all([
      fetch(url('blazeface.json')).then((r) => r.json()),
      fetch(url('blazeface.bin')).then((r) => r.arrayBuffer()),
    ]);
    return loadFaceCounter({ json, weights });
  })();
  // A failed load is tried again on the next image.
  counter.catch(() => {
    counter = undefined;
  });
  return counter;
}

export async function countIn(pixels: Pixels): Promise<number> {
  return (await loadCounter()).detect(pixels).length;
}

/** One count, answered with the count alone. */
export async function answer(image: unknown): Promise<FacesDetectResponse> {
  try {
    if (typeof image !== 'string') return { status: 'unknown', reason: 'bad request' };
    const pixels = await pixelsOf(image);
    if (!pixels) return { status: 'unknown', reason: 'undecodable' };
    return { status: 'ok', faces: await countIn(pixels) };
  } catch (e) {
    // Never the picture: only what kind of failure it was.
    return { status: 'unknown', reason: `detector failed (${(e as Error)?.name ?? 'error'})` };
  }
}

export function startFaceCounterPage(): void {
  // Chrome's offscreen document: the worker sends a message.
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
    const m = message as { type?: unknown; image?: unknown } | null;
    // Only the worker asks (content scripts come with a tab).
    if (m?.type !== FACES_DETECT || sender?.id !== browser.runtime.id || sender.tab) return undefined;
    return answer(m.image);
  });
  // Firefox's background page holds this page in a frame and calls it directly.
  (globalThis as unknown as { secondLookCountFaces: typeof answer }).secondLookCountFaces = answer;
}
