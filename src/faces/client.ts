import { browser } from 'wxt/browser';
import { headerSize, tooLargeToDecode } from '../content/imageHeader';
import { withDeadline } from '../deadline';
import type { Attachment } from '../schema/draft';
import type { FacesRequest, FacesResponse } from '../messaging/protocol';

// The content script's side of the face count: as soon as a picture or a
// video is attached, draw it (a video: one early frame) small, at most 640
// px on its longest side, and ask the worker how many faces it shows. The
// draft is checked without the count meanwhile ("unknown"); when the count
// comes, it is set on the attachment and the draft is checked again.
// Only the count is kept: the pixels and the file are dropped here.

const MAX_SIDE = 640;
/** Smaller than this (a tracking pixel, an icon) shows no face either way: "unknown", not "no one". */
const MIN_SIDE = 32;
const JPEG_QUALITY = 0.9;
const FRAME_TIMEOUT_MS = 5000;
/** The worker's own limit (model load included) is 30 s; one retry after a worker restart. */
const ANSWER_TIMEOUT_MS = 35_000;
/** An early frame, past a fade-in from black, within the first second. */
const FRAME_AT_S = 0.5;

/** The size a picture is drawn at for the detector; undefined ("unknown") when it is too small or has no size (exported for tests). */
export function drawSize(width: number, height: number): { width: number; height: number } | undefined {
  if (!(Math.min(width, height) >= MIN_SIDE) || !Number.isFinite(width) || !Number.isFinite(height)) return undefined;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Where in a video its frame is taken (exported for tests): 0 for a live-recorded file with no known duration. */
export function frameTime(duration: number): number {
  return Number.isFinite(duration) && duration > 0 ? Math.min(FRAME_AT_S, duration / 2) : 0;
}

async function toDataUrl(source: CanvasImageSource, width: number, height: number): Promise<string | undefined> {
  const size = drawSize(width, height);
  if (!size) return undefined;
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, size.width, size.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => resolve(undefined);
    reader.readAsDataURL(blob);
  });
}

/** The picture's first frame (animated GIF/WebP/APNG too); undefined when the browser cannot decode it (often HEIC). */
async function imageSmall(file: Blob): Promise<string | undefined> {
  // A picture declaring more pixels than the tab can safely decode stays unknown.
  if (tooLargeToDecode(await headerSize(file))) return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return undefined;
  }
  try {
    return await toDataUrl(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** One early frame of a video, from a detached <video> (the object URL is revoked). */
function videoSmall(file: Blob): Promise<string | undefined> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (value: string | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      video.onloadeddata = video.onseeked = video.onerror = null;
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(value);
    };
    video.muted = true;
    video.preload = 'auto';
    video.onloadeddata = () => {
      const at = frameTime(video.duration);
      if (at > 0) video.currentTime = at;
      else void toDataUrl(video, video.videoWidth, video.videoHeight).then(done, () => done(undefined));
    };
    video.onseeked = () => void toDataUrl(video, video.videoWidth, video.videoHeight).then(done, () => done(undefined));
    video.onerror = () => done(undefined);
    timer = setTimeout(() => done(undefined), FRAME_TIMEOUT_MS);
    video.src = url;
  });
}

/** Asks the worker for the count of one picture (exported for tests). */
export async function askCount(image: string, send: (m: FacesRequest) => Promise<unknown>): Promise<number | undefined> {
  const once = () => withDeadline(send({ type: 'sl:faces', image }), ANSWER_TIMEOUT_MS) as Promise<FacesResponse | undefined>;
  let answer: FacesResponse | undefined;
  try {
    answer = await once();
  } catch (error) {
    // The MV3 worker stopped under the request (the port closed): the message
    // wakes it again. A request that got no answer in 35 s is not repeated:
    // the worker's own limit is 30 s, so it failed there, and the picture
    // stays "unknown" rather than holding the teacher up another 35 s.
    answer = error instanceof Error && error.message === 'timeout' ? undefined : await once().catch(() => undefined);
  }
  return answer?.status === 'ok' && Number.isInteger(answer.faces) && answer.faces >= 0 ? answer.faces : undefined;
}

/** Faces in a picture or video file; undefined when unknown (undecodable, timeout, failure). Never throws. */
export async function countFaces(
  file: Blob,
  kind: Attachment['kind'],
  send: (m: FacesRequest) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<number | undefined> {
  try {
    const image = kind === 'image' ? await imageSmall(file) : kind === 'video' ? await videoSmall(file) : undefined;
    return image ? await askCount(image, send) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Passes `meta` on unchanged, and once the file's faces are counted sets
 * `faces` on the attachment and calls `counted` (to check the draft again).
 */
export function withFaceCount(meta: Promise<Attachment>, file: File, counted: () => void): Promise<Attachment> {
  void meta.then(async (a) => {
    if (a.kind !== 'image' && a.kind !== 'video') return;
    const faces = await countFaces(file, a.kind);
    if (faces === undefined) return;
    a.faces = faces;
    counted();
  });
  return meta;
}
