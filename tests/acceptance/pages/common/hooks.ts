// Test hooks of the acceptance pages (page main world), independent of the
// project's own test pages: window.__acc.
//   text(target?)  the editor's MODEL text (Lexical editor state, Draft.js
//                  ContentState, the textarea's React state), never the DOM
//   published      one entry per time the site's own publish action ran
//   profile        one entry per profile action (add_friend, follow, message)
//   editors()      registered editors, for debugging

export interface AccPublished {
  surface: string;
  text: string;
  via: 'click' | 'enter' | 'ctrl-enter' | 'keyboard';
  files: string[];
  url: string;
}

export interface AccProfileAction {
  action: string;
  user: string;
}

interface Entry {
  el: HTMLElement;
  surface: string;
  read(): string;
}

interface AccHooks {
  published: AccPublished[];
  profile: AccProfileAction[];
  text(target?: string | Element): string;
  editors(): Array<{ surface: string; tag: string; visible: boolean }>;
}

declare global {
  interface Window {
    __acc: AccHooks;
  }
}

const entries = new Set<Entry>();

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && !el.closest('[aria-hidden="true"]');
}

function find(target?: string | Element): Entry {
  const live = [...entries].filter((e) => e.el.isConnected);
  if (target === undefined) {
    const focused = live.find((e) => e.el.contains(document.activeElement));
    const found = focused ?? live.find((e) => visible(e.el));
    if (!found) throw new Error('__acc.text: no editor');
    return found;
  }
  const nodes: Element[] = typeof target === 'string' ? [...document.querySelectorAll(target)] : [target];
  for (const node of nodes) {
    const hit = live.find((e) => e.el === node || e.el.contains(node) || node.contains(e.el));
    if (hit) return hit;
  }
  throw new Error(`__acc.text: ${String(target)} is not a registered editor`);
}

export function installHooks(): void {
  window.__acc = {
    published: [],
    profile: [],
    text: (target) => find(target).read(),
    editors: () => [...entries].filter((e) => e.el.isConnected).map((e) => ({ surface: e.surface, tag: e.el.tagName, visible: visible(e.el) })),
  };
}

export function registerEditor(el: HTMLElement, surface: string, read: () => string): () => void {
  const entry = { el, surface, read };
  entries.add(entry);
  return () => entries.delete(entry);
}

export function recordPublish(surface: string, text: string, via: AccPublished['via'], files: File[] = []): void {
  window.__acc.published.push({ surface, text, via, files: files.map((f) => f.name), url: location.href });
}

export function recordProfile(action: string, user: string): void {
  window.__acc.profile.push({ action, user });
}

/** Marks the page rendered (the specs wait for it). */
export function markReady(): void {
  document.documentElement.setAttribute('data-acc-ready', '1');
}
