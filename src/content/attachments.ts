import { valueWithin } from '../deadline';
import type { Attachment } from '../schema/draft';
import { headerSize, tooLargeToDecode } from './imageHeader';

// Attachment metadata, captured when the author picks, drops or pastes a
// file (uploads start right away on these sites, so publish time is too
// late). We keep name, type, size and pixel dimensions; never the file.

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i;
const VIDEO_EXT = /\.(mp4|m4v|mov|qt|webm|mkv|avi|3gp)$/i;
const METADATA_TIMEOUT_MS = 4000;
/** A burst of hundreds of files is described by its first few. */
export const MAX_FILES = 20;

export function kindOf(file: { name: string; type: string }): Attachment['kind'] {
  if (file.type.startsWith('image/') || (!file.type && IMAGE_EXT.test(file.name))) return 'image';
  if (file.type.startsWith('video/') || (!file.type && VIDEO_EXT.test(file.name))) return 'video';
  if (IMAGE_EXT.test(file.name)) return 'image';
  if (VIDEO_EXT.test(file.name)) return 'video';
  return 'other';
}

async function imageSize(file: Blob): Promise<{ width: number; height: number } | undefined> {
  // Huge pictures are described from their header, never decoded here.
  const declared = await headerSize(file);
  if (tooLargeToDecode(declared)) return declared;
  if (typeof createImageBitmap !== 'function') return undefined;
  const bitmap = await createImageBitmap(file);
  try {
    return { width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** A detached <video> reads only the header; the object URL is revoked. */
function videoSize(file: Blob): Promise<{ width: number; height: number } | undefined> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (size?: { width: number; height: number }) => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      video.onloadedmetadata = video.onerror = null;
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(size);
    };
    video.preload = 'metadata';
    video.muted = true;
    video.onloadedmetadata = () =>
      done(video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : undefined);
    video.onerror = () => done(undefined);
    // Set before src: done() runs only once, and only while this is armed.
    timer = setTimeout(() => done(undefined), METADATA_TIMEOUT_MS);
    video.src = url;
  });
}

/** Never throws; undecodable files (often HEIC) get no dimensions. */
export async function describeFile(file: File): Promise<Attachment> {
  const kind = kindOf(file);
  const meta: Attachment = { kind, name: file.name.slice(0, 1000), mimeType: file.type.slice(0, 200) || undefined, size: file.size };
  try {
    const size =
      kind === 'image' ? await valueWithin(imageSize(file), METADATA_TIMEOUT_MS) : kind === 'video' ? await videoSize(file) : undefined;
    if (size) Object.assign(meta, size);
  } catch {
    // dimensions unknown
  }
  return meta;
}

/**
 * The files an event carries: file input change, drop, paste. Only reads:
 * the DataTransfer of a drop or paste is the site's too (read-only during
 * the event), and neither event is cancelled or stopped here.
 */
export function filesOf(e: Event): File[] {
  if (e.type === 'change') return capped((e.target as HTMLInputElement | null)?.files);
  const data = e.type === 'drop' ? (e as DragEvent).dataTransfer : e.type === 'paste' ? (e as ClipboardEvent).clipboardData : null;
  if (!data) return [];
  const files = capped(data.files);
  if (files.length) return files;
  // Some pastes list a picture only among the items (kind "file").
  const fromItems: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (fromItems.length >= MAX_FILES) break;
    const f = item.kind === 'file' ? item.getAsFile() : null;
    if (f) fromItems.push(f);
  }
  return fromItems;
}

function capped(list: FileList | null | undefined): File[] {
  return list ? Array.from(list).slice(0, MAX_FILES) : [];
}

/** Whether a `change` came from a file input (other changes are not ours). */
export function isFileInputChange(e: Event): boolean {
  const t = e.target as Element | null;
  return !!t && t.nodeType === 1 && t.localName === 'input' && (t as HTMLInputElement).type === 'file';
}
