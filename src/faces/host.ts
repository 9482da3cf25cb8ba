import { browser } from 'wxt/browser';
import type { FacesDetectResponse, FacesResponse } from '../messaging/protocol';

// The worker's side of counting: it has no DOM (Chrome MV3), so the count
// runs on our detector page, opened on the first picture and kept for the
// browser session, so the model loads once. Chrome: an offscreen document,
// reached by runtime messaging (it outlives worker restarts). Firefox: the
// background page holds the same page in a hidden frame and calls it.

const PAGE = '/offscreen.html';
/** The first count includes loading the model; a slow machine gets time, then "unknown". */
const COUNT_TIMEOUT_MS = 30_000;

type PageCount = (image: string) => Promise<FacesDetectResponse>;

interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

let opening: Promise<void> | undefined;

async function openOffscreen(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.().catch(() => false)) return;
  try {
    await api.createDocument({
      url: PAGE,
      reasons: ['BLOBS'],
      justification: 'Counts the faces in a picture the teacher attaches, on the device.',
    });
  } catch (e) {
    // Created meanwhile (a second worker instance, or hasDocument missing).
    if (!/single offscreen|already/i.test(String((e as Error)?.message))) throw e;
  }
}

let frame: Promise<PageCount> | undefined;

function openFrame(): Promise<PageCount> {
  frame ??= new Promise<PageCount>((resolve, reject) => {
    const el = document.createElement('iframe');
    el.src = browser.runtime.getURL(PAGE as '/');
    el.hidden = true;
    el.addEventListener('load', () => {
      // Same extension origin: the frame's function is called directly.
      const count = (el.contentWindow as unknown as { secondLookCountFaces?: PageCount } | null)?.secondLookCountFaces;
      if (count) resolve(count);
      else reject(new Error('face counter page not ready'));
    });
    el.addEventListener('error', () => reject(new Error('face counter page failed')));
    document.body.append(el);
  }).catch((e) => {
    frame = undefined;
    throw e;
  });
  return frame;
}

async function ask(image: string): Promise<FacesDetectResponse> {
  const api = offscreenApi();
  if (api) {
    opening ??= openOffscreen(api).finally(() => {
      opening = undefined;
    });
    await opening;
    const answer = (await browser.runtime.sendMessage({ type: 'sl:faces-detect', image })) as FacesDetectResponse | undefined;
    return answer ?? { status: 'unknown', reason: 'no answer' };
  }
  if (typeof document !== 'undefined') return (await openFrame())(image);
  return { status: 'unknown', reason: 'no detector page' };
}

export async function countFaces(image: string): Promise<FacesResponse> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<FacesResponse>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'unknown', reason: 'timeout' }), COUNT_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([ask(image), late]);
    // Pass on a count only: nothing else from the page reaches the tab.
    return answer.status === 'ok' && Number.isInteger(answer.faces) && answer.faces >= 0
      ? { status: 'ok', faces: answer.faces }
      : { status: 'unknown', reason: answer.status === 'unknown' ? String(answer.reason).slice(0, 100) : 'bad answer' };
  } catch (e) {
    return { status: 'unknown', reason: `face counter failed (${(e as Error)?.name ?? 'error'})` };
  } finally {
    clearTimeout(timer);
  }
}
