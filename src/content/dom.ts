// Small DOM helpers shared by the runtime and the site adapters. All of them
// only read the page.

/** The element we add to pages carries this attribute (ui-contract.md). */
export const OUR_ATTR = 'data-second-look';

export function isElement(n: unknown): n is Element {
  return !!n && typeof n === 'object' && (n as Node).nodeType === 1;
}

/** Whether an event passed through one of our own shadow hosts. */
export function fromOurUi(path: EventTarget[]): boolean {
  return path.some((t) => isElement(t) && t.hasAttribute(OUR_ATTR));
}

/** Elements of an event path, innermost first, up to (excluding) body. */
export function pathElements(path: EventTarget[], limit = 12): Element[] {
  const out: Element[] = [];
  for (const t of path) {
    if (!isElement(t)) continue;
    if (t.localName === 'body' || t.localName === 'html') break;
    out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Turns a match (a wrapper, or the editable itself) into the node the
 * user actually types in: the outermost contenteditable, or a textarea.
 */
export function resolveEditable(el: Element): HTMLElement | null {
  if (el.localName === 'textarea') return el as HTMLElement;
  let editable: Element | null = el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === ''
    ? el
    : el.querySelector('[contenteditable="true"], [contenteditable=""], textarea');
  if (!editable) return null;
  if (editable.localName === 'textarea') return editable as HTMLElement;
  // A nested contenteditable (mention chip, decorator) belongs to its root.
  for (let p = editable.parentElement; p; p = p.parentElement) {
    const ce = p.getAttribute('contenteditable');
    if (ce === 'true' || ce === '') editable = p;
    else if (ce === 'false') break;
  }
  return editable as HTMLElement;
}

/**
 * Facebook pre-renders hidden editors (Stories, Marketplace ...), some under
 * aria-hidden ancestors or with no size; those are not composers yet.
 */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[aria-hidden="true"], [hidden], [inert]')) return false;
  if (typeof el.getBoundingClientRect === 'function') {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
  }
  const view = el.ownerDocument?.defaultView;
  if (view?.getComputedStyle) {
    const s = view.getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
  }
  return true;
}

/** Disabled the way the sites mark it: `disabled` or aria-disabled. */
export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/** The nearest button-like element (a real button or role=button). */
export function buttonOf(el: Element): Element | null {
  return el.closest('button, [role="button"], input[type="submit"]');
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Case-insensitive label match for button texts / aria-labels. */
export function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') || textOf(el)).trim().toLowerCase();
}

/**
 * Walks up from `el` to the closest ancestor that also contains an element
 * matching `selector` (the composer's own send button), within `maxDepth`.
 */
export function ancestorContaining(el: Element, selector: string, maxDepth = 12): Element | null {
  let p = el.parentElement;
  for (let i = 0; p && i < maxDepth; i++, p = p.parentElement) {
    if (p.querySelector(selector)) return p;
  }
  return null;
}
