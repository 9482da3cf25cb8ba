// Test hooks shared by the four site copies. Everything here lives on
// `window` in the page's MAIN world, where Playwright's page.evaluate runs
// (content scripts of an extension cannot see it, which is the point: the
// pages expose the editor's own model, not something the extension could
// fake).
//
//   window.__published        [{surface, text, files, via, url, at, parts?}]
//                             one entry per time the site's own publish
//                             action ran (post, comment, message, ...)
//   window.__profileActions   [{site, action, user, url, at}]
//                             follow / add friend / message buttons
//   window.__editorText(t)    the editor's MODEL text: Lexical
//                             getEditorState().read($getRoot().getTextContent()),
//                             Draft getCurrentContent().getPlainText(),
//                             a textarea's React state. `t` is a CSS selector
//                             (the editable itself, an ancestor or a
//                             descendant of it), an element, or an index into
//                             __editors().
//   window.__editors()        every registered editor in document order:
//                             [{index, surface, kind, label, visible, connected}]
//   window.__setTheme(t)      'light' | 'dark'
//   window.__testPage         {site, surface, ready, navigations}
//   <html data-test-page-ready="1"> once the first render is done.

export interface FileInfo {
  name: string;
  type: string;
  size: number;
}

export interface PublishRecord {
  surface: string;
  text: string;
  files: FileInfo[];
  /** how the user triggered it: 'click' | 'enter' | 'ctrl-enter' */
  via: string;
  url: string;
  at: number;
  /** X threads: the text of each post in the thread */
  parts?: string[];
}

export interface ProfileAction {
  site: string;
  action: string;
  user: string;
  url: string;
  at: number;
}

export type EditorKind = 'lexical' | 'draft' | 'textarea';

interface EditorEntry {
  el: HTMLElement;
  surface: string;
  kind: EditorKind;
  read: () => string;
}

export interface EditorSummary {
  index: number;
  surface: string;
  kind: EditorKind;
  label: string;
  visible: boolean;
}

declare global {
  interface Window {
    __published: PublishRecord[];
    __profileActions: ProfileAction[];
    __editorText: (target?: string | number | Element) => string;
    __editors: () => EditorSummary[];
    __setTheme: (theme: 'light' | 'dark') => void;
    __testPage: { site: string; surface: string; ready: boolean; navigations: number };
  }
}

const editors = new Set<EditorEntry>();

export function registerEditor(el: HTMLElement, surface: string, kind: EditorKind, read: () => string): () => void {
  const entry: EditorEntry = { el, surface, kind, read };
  editors.add(entry);
  return () => editors.delete(entry);
}

function liveEditors(): EditorEntry[] {
  const list = [...editors].filter((e) => e.el.isConnected);
  list.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return list;
}

function isVisible(el: HTMLElement): boolean {
  if (el.closest('[aria-hidden="true"]')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

function findEditor(target?: string | number | Element): EditorEntry {
  const list = liveEditors();
  if (target === undefined) {
    const focused = list.find((e) => e.el === document.activeElement || e.el.contains(document.activeElement));
    const first = focused ?? list.find((e) => isVisible(e.el));
    if (!first) throw new Error('__editorText: no visible editor on the page');
    return first;
  }
  if (typeof target === 'number') {
    const e = list[target];
    if (!e) throw new Error(`__editorText: no editor #${target} (there are ${list.length})`);
    return e;
  }
  const node = typeof target === 'string' ? document.querySelector(target) : target;
  if (!node) throw new Error(`__editorText: nothing matches ${String(target)}`);
  const hit =
    list.find((e) => e.el === node) ??
    list.find((e) => node.contains(e.el) && isVisible(e.el)) ??
    list.find((e) => node.contains(e.el)) ??
    list.find((e) => e.el.contains(node));
  if (!hit) throw new Error(`__editorText: ${String(target)} is not (inside) a registered editor`);
  return hit;
}

export function recordPublish(rec: Omit<PublishRecord, 'url' | 'at'>): void {
  window.__published.push({ ...rec, url: location.href, at: Date.now() });
  document.dispatchEvent(new CustomEvent('test-page:published', { detail: rec }));
}

export function recordProfileAction(site: string, action: string, user: string): void {
  window.__profileActions.push({ site, action, user, url: location.href, at: Date.now() });
}

export function fileInfos(files: Iterable<File> | FileList | null | undefined): FileInfo[] {
  return files ? [...(files as Iterable<File>)].map((f) => ({ name: f.name, type: f.type, size: f.size })) : [];
}

/** A picked file plus an object URL for its preview (blob:, no network). */
export interface PickedFile {
  file: File;
  url: string;
  kind: 'image' | 'video' | 'other';
}

export function pickFiles(list: FileList | Iterable<File> | null): PickedFile[] {
  return [...((list ?? []) as Iterable<File>)].map((file) => ({
    file,
    url: URL.createObjectURL(file),
    kind: file.type.startsWith('image/') ? 'image' : file.type.startsWith('video/') ? 'video' : 'other',
  }));
}

type ThemeApplier = (theme: 'light' | 'dark') => void;

/**
 * Install the globals. `applyTheme` is the site's own way of switching
 * themes (each site marks dark mode differently).
 */
export function installHarness(site: string, surface: string, applyTheme: ThemeApplier): void {
  window.__published = [];
  window.__profileActions = [];
  window.__testPage = { site, surface, ready: false, navigations: 0 };
  window.__editorText = (target) => findEditor(target).read();
  window.__editors = () =>
    liveEditors().map((e, index) => ({
      index,
      surface: e.surface,
      kind: e.kind,
      label: e.el.getAttribute('aria-label') ?? e.el.getAttribute('placeholder') ?? e.el.getAttribute('data-testid') ?? '',
      visible: isVisible(e.el),
    }));
  let current: 'light' | 'dark' = 'light';
  window.__setTheme = (theme) => {
    current = theme;
    applyTheme(theme);
    document.documentElement.dataset.testTheme = theme;
  };
  const q = new URLSearchParams(location.search).get('theme');
  window.__setTheme(q === 'dark' ? 'dark' : 'light');
  document.addEventListener('test-page:toggle-theme', () => window.__setTheme(current === 'dark' ? 'light' : 'dark'));
}

export function toggleTheme(): void {
  document.dispatchEvent(new CustomEvent('test-page:toggle-theme'));
}

export function markReady(surface: string): void {
  window.__testPage.surface = surface;
  window.__testPage.ready = true;
  document.documentElement.dataset.testPageReady = '1';
  document.documentElement.dataset.testSurface = surface;
}
