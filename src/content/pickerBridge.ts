// Files chosen through a file input that is not in the document: some sites
// create an <input type=file> on the fly and call .click() on it without
// inserting it (Mask Network patches Instagram's uploader for this reason,
// site-dom-facts §5.6). Its `change` never reaches a document listener, so
// the MAIN-world script (entrypoints/picker.content.ts) announces such an
// input when its picker is opened, and the isolated world listens to the
// input itself.
//
// The announcement is an event on `document` whose relatedTarget is the
// input: DOM nodes are shared by both worlds (no File crosses between
// worlds, nothing is cloned, nothing is kept), and the page's own listeners
// never hear of a type they do not know. A page can announce an input of its
// own making, but then we only read that input's files: it could always
// show us files by dispatching `change` on an attached input.

export const PICKER_EVENT = 'second-look:file-picker';

/** Whether `input` is a file input whose `change` our document listeners cannot hear. */
export function isUnheardFileInput(input: unknown): input is HTMLInputElement {
  const el = input as HTMLInputElement | null;
  if (!el || el.nodeType !== 1 || el.localName !== 'input' || el.type !== 'file') return false;
  return !el.isConnected || el.getRootNode() !== el.ownerDocument;
}

/** MAIN world: wraps click()/showPicker() so that unheard file inputs are announced. Returns an undo. */
export function announceFilePickers(win: Window & typeof globalThis): () => void {
  const doc = win.document;
  const announce = (el: unknown) => {
    try {
      if (isUnheardFileInput(el)) doc.dispatchEvent(new win.MouseEvent(PICKER_EVENT, { relatedTarget: el }));
    } catch {
      // Never let our check break the page's own click.
    }
  };
  const undo: Array<() => void> = [];
  const wrap = (proto: object, name: 'click' | 'showPicker') => {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    const original = desc?.value as ((this: unknown, ...args: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') return;
    // Same name and arity as the built-in; `this` and the result pass through.
    const wrapped = {
      [name](this: unknown, ...args: unknown[]) {
        announce(this);
        return Reflect.apply(original, this, args);
      },
    }[name];
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
    undo.push(() => Object.defineProperty(proto, name, desc!));
  };
  // click() lives on HTMLElement.prototype; wrapping it there keeps
  // HTMLInputElement.prototype as the page knows it.
  wrap(win.HTMLElement.prototype, 'click');
  wrap(win.HTMLInputElement.prototype, 'showPicker');
  return () => undo.forEach((u) => u());
}

/**
 * Isolated world: `onPicker` is called when a picker opens on an unheard
 * input (synchronously, inside the click that opened it) and returns what to
 * do when the input's files change. Each input is listened to once; the
 * listener goes away with the input (no references are kept).
 */
export function listenForAnnouncedPickers(doc: Document, onPicker: (input: HTMLInputElement) => (input: HTMLInputElement) => void): () => void {
  const known = new WeakSet<HTMLInputElement>();
  const onAnnounce = (e: Event) => {
    const input = (e as MouseEvent).relatedTarget;
    if (!isUnheardFileInput(input) || known.has(input)) return;
    known.add(input);
    const onChange = onPicker(input);
    input.addEventListener('change', () => {
      // Inserted into the document meanwhile: the document listener had it.
      if (isUnheardFileInput(input)) onChange(input);
    });
  };
  doc.addEventListener(PICKER_EVENT, onAnnounce, true);
  return () => doc.removeEventListener(PICKER_EVENT, onAnnounce, true);
}
