import type { ProfileAction, Recipient, Site, Surface } from '../schema/draft';

// Everything site-specific lives in one adapter per site (src/sites/<site>.ts)
// so that a DOM change on a site is a one-file fix. The shared runtime in
// src/content/ only talks to this interface.

export type ComposerSurface = Exclude<Surface, 'profile'>;

export interface PanelPlacement {
  /** The warnings host is inserted next to this element, never inside an editor. */
  anchor: Element;
  where: 'before' | 'after';
}

export interface ProfileAdapter {
  /** Candidates for friend / follow / message buttons. */
  selector: string;
  /** What pressing `el` would do, or null (unfollow, "Following", not ours). */
  action(el: Element): ProfileAction | null;
  /** The person the action is aimed at, as shown on the page. */
  recipient(el: Element): Recipient;
  /** Where the profile warnings go (default: after the button's parent). */
  panelAnchor?(el: Element): Element;
}

export interface SiteAdapter {
  site: Site;
  /** Candidate compose boxes (the editable itself or a wrapper of it). */
  editorSelector: string;
  /** What the author is writing, or null for boxes we do not check (search...). */
  classify(editor: HTMLElement): ComposerSurface | null;
  /** The composer around an editor: it holds the editor and its send button. */
  scopeOf(editor: HTMLElement, surface: ComposerSurface): Element;
  /** Selector of elements that may be send/publish buttons (for searching a scope). */
  submitCandidates: string;
  /** Whether `el` (an element on a click's path) is a send/publish button. */
  isSubmit(el: Element): boolean;
  /**
   * Whether a keydown in the editor publishes: 'sends' where the site sends
   * on it, 'maybe' where unknown (held only for a `block` finding and then
   * re-dispatched as a key, never turned into a click), else null.
   */
  keySubmit(e: KeyboardEvent, surface: ComposerSurface, editor: HTMLElement): 'sends' | 'maybe' | null;
  panelPlacement(editor: HTMLElement, surface: ComposerSurface): PanelPlacement;
  /** For messages: who the conversation is with, when the page shows it. */
  messageRecipient?(editor: HTMLElement): Recipient | undefined;
  /**
   * How many photo/video previews the composer shows (`scope` is scopeOf()),
   * or undefined where the site's previews are not known. When the count
   * drops (the author removed one), the runtime forgets as many files.
   */
  attachmentPreviews?(scope: Element, surface: ComposerSurface): number | undefined;
  /**
   * For files picked before their composer exists: the element that shows
   * them until then (Instagram's create dialog), or null. Such files are
   * forgotten when it leaves the page and follow its attachmentPreviews()
   * (there, undefined means it shows them without a count, and 0 after
   * that means they were removed).
   */
  mediaHolder?(target: Element): Element | null;
  profile: ProfileAdapter;
}

export function isEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' || e.keyCode === 13;
}

/** Enter alone: the "send on Enter" gesture (Shift+Enter is a new line). */
export function isPlainEnter(e: KeyboardEvent): boolean {
  return isEnter(e) && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** Ctrl+Enter / Cmd+Enter. */
export function isModEnter(e: KeyboardEvent): boolean {
  return isEnter(e) && (e.ctrlKey || e.metaKey) && !e.altKey;
}

/** Lower-cased label set, to compare aria-labels / texts case-insensitively. */
export function labels(...words: string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}
