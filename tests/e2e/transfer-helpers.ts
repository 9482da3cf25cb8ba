// Pasting and dropping files on a page element the way a browser does it:
// a DataTransfer holding real File objects, carried by a `paste`
// ClipboardEvent (clipboardData) or by dragenter/dragover/`drop` DragEvents
// (dataTransfer) aimed at the element's centre, so editors that place a
// drop caret from the pointer (Draft.js, Lexical) accept it. Dispatched in
// the page's own world, like a user's gesture reaching the site.
import type { Locator } from '@playwright/test';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface TransferResult {
  /** Whether someone (the site) cancelled the paste/drop: sites take the files themselves. */
  defaultPrevented: boolean;
}

type Wire = { name: string; type: string; b64: string };

const wire = (files: FilePayload[]): Wire[] => files.map((f) => ({ name: f.name, type: f.mimeType, b64: f.buffer.toString('base64') }));

export async function dropFiles(target: Locator, files: FilePayload[]): Promise<TransferResult> {
  return target.evaluate((el, list: Wire[]) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    const r = el.getBoundingClientRect();
    const at = { clientX: Math.round(r.left + Math.min(r.width / 2, 20)), clientY: Math.round(r.top + r.height / 2) };
    const fire = (type: string) => {
      const e = new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt, ...at });
      el.dispatchEvent(e);
      return e;
    };
    fire('dragenter');
    fire('dragover');
    return { defaultPrevented: fire('drop').defaultPrevented };
  }, wire(files));
}

export async function pasteFiles(target: Locator, files: FilePayload[]): Promise<TransferResult> {
  return target.evaluate((el, list: Wire[]) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    (el as HTMLElement).focus();
    const e = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dt });
    el.dispatchEvent(e);
    return { defaultPrevented: e.defaultPrevented };
  }, wire(files));
}
