// Light or dark: follow the site's own background where it paints one
// (Facebook/X/Instagram/TikTok dark modes do), else the OS preference.

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

/** Relative luminance (0 black .. 1 white) of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function isDarkBackground(color: string): boolean | null {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return null;
  return luminance(rgb[0], rgb[1], rgb[2]) < 0.2;
}

export type Theme = 'light' | 'dark';

export function themeAround(el: Element | null): Theme {
  const view = (el?.ownerDocument ?? document).defaultView;
  if (view?.getComputedStyle) {
    for (let p: Element | null = el; p; p = p.parentElement) {
      const dark = isDarkBackground(view.getComputedStyle(p).backgroundColor);
      if (dark !== null) return dark ? 'dark' : 'light';
    }
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

// Reading the theme forces a style recalculation, so it is not done per
// check: panels read it once and again when the site may have switched.
// The four sites switch by a class, attribute or inline style on <html> or
// <body> (or follow the OS setting); watching those two elements is cheap.
const THEME_ATTRS = ['class', 'style', 'data-theme', 'data-color-mode', 'data-color-scheme', 'color-scheme'];
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;

function notify(): void {
  for (const l of [...listeners]) {
    try {
      l();
    } catch {
      // One panel's failure must not stop the others.
    }
  }
}

/** Re-read soon, and once more after a typical colour transition has run. */
const REREAD_MS = [30, 400];

function startWatching(doc: Document): () => void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  // Coalesced: sites touch <html>'s style often (scroll locks). Timers, not
  // animation frames, which a background tab may not get for a long time.
  const changed = () => {
    for (const t of timers) clearTimeout(t);
    timers = REREAD_MS.map((ms) => setTimeout(notify, ms));
  };
  const observer = new MutationObserver(changed);
  const watchEl = (el: Element | null) => el && observer.observe(el, { attributes: true, attributeFilter: THEME_ATTRS });
  watchEl(doc.documentElement);
  watchEl(doc.body);
  // <body> can be replaced (or arrive late); then watch the new one.
  let body = doc.body;
  const bodyWatch = new MutationObserver(() => {
    if (doc.body !== body) {
      body = doc.body;
      watchEl(body);
      changed();
    }
  });
  bodyWatch.observe(doc.documentElement, { childList: true });
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener?.('change', changed);
  return () => {
    for (const t of timers) clearTimeout(t);
    observer.disconnect();
    bodyWatch.disconnect();
    media?.removeEventListener?.('change', changed);
  };
}

/** Calls `onChange` (coalesced) when the page's theme may have changed. */
export function watchTheme(onChange: () => void, doc: Document = document): () => void {
  listeners.add(onChange);
  if (!stopWatching && typeof MutationObserver === 'function') stopWatching = startWatching(doc);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && stopWatching) {
      stopWatching();
      stopWatching = undefined;
    }
  };
}
