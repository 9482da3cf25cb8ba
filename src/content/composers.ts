import type { Attachment } from '../schema/draft';
import type { Finding } from '../schema/finding';
import type { SiteAdapter } from '../sites/types';
import { OUR_ATTR, isElement, isVisible, resolveEditable } from './dom';
import { followPreviewCount } from './removedFiles';
import { ComposerSession, type SessionEnv } from './session';

// The compose boxes of a page: one session per visible editor, found when
// it is added or first focused/typed in, ended when it leaves the page.
// Also routes picked, dropped or pasted files to the composer they are for.

/** Files picked before their composer exists (Facebook, Instagram, TikTok Studio). */
const PENDING_TTL_MS = 15 * 60_000;

/** What each waiting file turned out to be, once read (to choose which to keep when one is removed). */
const described = new WeakMap<Promise<Attachment>, Attachment>();
function remember(metas: Promise<Attachment>[]): Promise<Attachment>[] {
  for (const p of metas) void p.then((a) => described.set(p, a), () => undefined);
  return metas;
}

/**
 * Files waiting for their post composer. `holder` (adapter.mediaHolder) is
 * the element showing them, e.g. Instagram's create dialog: closing it
 * discards them, and its previews say how many are still there.
 */
interface PendingFiles {
  metas: Promise<Attachment>[];
  at: number;
  holder?: Element;
  /** The most previews the holder showed for them (as ComposerSession.followPreviews). */
  seen: number;
}

export interface Composer {
  scope: Element;
  sessions: ComposerSession[];
}

export class ComposerRegistry {
  private readonly sessions = new Set<ComposerSession>();
  private readonly byEditor = new WeakMap<Element, ComposerSession>();
  private lastFocused: ComposerSession | undefined;
  private pending: PendingFiles | undefined;
  /** The holder of the files a session took from `pending`: they go back there if its editor goes and the holder stays. */
  private readonly holders = new WeakMap<ComposerSession, Element>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
  ) {}

  all(): ComposerSession[] {
    return [...this.sessions];
  }

  /** A session for the editor at (or inside) `candidate`, if it is a visible composer. */
  start(candidate: Element | null): ComposerSession | undefined {
    const editor = candidate && resolveEditable(candidate);
    if (!editor) return undefined;
    const known = this.byEditor.get(editor);
    if (known) return known;
    if (!isVisible(editor) || editor.closest(`[${OUR_ATTR}]`)) return undefined;
    const surface = this.adapter.classify(editor);
    if (!surface) return undefined;
    const session = new ComposerSession(editor, surface, this.env);
    this.sessions.add(session);
    this.byEditor.set(editor, session);
    // The photo picker comes before the post composer on these sites.
    const pending = surface === 'post' ? this.followPending() : undefined;
    if (pending) {
      session.addAttachments(pending.metas);
      if (pending.holder) this.holders.set(session, pending.holder);
      this.pending = undefined;
    }
    session.schedule(0);
    return session;
  }

  end(s: ComposerSession): void {
    // A step back in a multi-step dialog (Instagram: caption -> crop)
    // removes the caption box but not the files: they wait for the next one.
    const holder = this.holders.get(s);
    if (holder?.isConnected && s.attachmentList.length && !this.pending) {
      this.pending = { metas: remember(s.attachmentList.map((a) => Promise.resolve(a))), at: Date.now(), holder, seen: s.attachmentList.length };
    }
    s.dispose();
    this.sessions.delete(s);
    this.byEditor.delete(s.editor);
    if (this.lastFocused === s) this.lastFocused = undefined;
  }

  endAll(): void {
    for (const s of this.all()) this.end(s);
  }

  /** Ends the sessions whose editor left the page. */
  prune(): void {
    for (const s of this.all()) if (!s.editor.isConnected) this.end(s);
  }

  /** After in-app navigation: end hidden boxes, re-classify the rest (X /status/). */
  revalidate(): void {
    for (const s of this.all()) {
      const surface = s.editor.isConnected && isVisible(s.editor) ? this.adapter.classify(s.editor) : null;
      if (!surface) this.end(s);
      else if (surface !== s.surface) {
        s.surface = surface;
        s.schedule(0);
      }
    }
  }

  /** The session whose editor holds `target` (sessions are few: a linear scan is cheapest). */
  of(target: EventTarget | Node | null | undefined): ComposerSession | undefined {
    if (!target || !(target as Node).nodeType) return undefined;
    for (const s of this.sessions) if (s.editor.contains(target as Node)) return s;
    return undefined;
  }

  /** The session of `target`, starting one for an editor not met yet (hidden when added). */
  ofOrDiscover(target: EventTarget | null | undefined): ComposerSession | undefined {
    return this.of(target) ?? (isElement(target) ? this.start(target.closest(this.adapter.editorSelector)) : undefined);
  }

  focused(s: ComposerSession | undefined): void {
    if (s) this.lastFocused = s;
  }

  /**
   * The composer that holds `el` (a send button): the innermost scope among
   * the sessions' scopes, with every session in it (a thread shares one).
   */
  around(el: Element): Composer | undefined {
    const candidates: { scope: Element; session: ComposerSession }[] = [];
    for (const session of this.sessions) {
      if (!session.editor.isConnected) continue;
      const scope = session.scope();
      if (scope.contains(el)) candidates.push({ scope, session });
    }
    const inner = candidates.find((c) => !candidates.some((o) => o.scope !== c.scope && c.scope.contains(o.scope)));
    if (!inner) return undefined;
    return { scope: inner.scope, sessions: candidates.filter((c) => c.scope === inner.scope).map((c) => c.session) };
  }

  /** Files picked, dropped or pasted: to their composer now, or to the next post composer. */
  addFiles(target: EventTarget | null, metas: Promise<Attachment>[], pasted: boolean): void {
    const owner = this.of(target) ?? (isElement(target) ? this.around(target)?.sessions[0] : undefined) ?? (pasted ? this.lastFocused : undefined);
    if (owner) {
      owner.addAttachments(metas);
      return;
    }
    let holder: Element | undefined;
    try {
      holder = (isElement(target) && this.adapter.mediaHolder?.(target)) || undefined;
    } catch {
      holder = undefined;
    }
    const earlier = this.followPending();
    // Files shown somewhere else (another dialog) are not this post's.
    const keep = earlier && earlier.holder === holder ? earlier : undefined;
    this.pending = { metas: [...(keep?.metas ?? []), ...remember(metas)], at: Date.now(), holder, seen: keep?.seen ?? 0 };
  }

  /** Whether files wait for a composer in a holder whose previews can be counted. */
  get pendingInHolder(): boolean {
    return !!this.pending?.holder;
  }

  /**
   * The files still waiting, after the holder's previews had their say:
   * none once the holder left the page (the dialog was closed or
   * discarded); fewer once it shows fewer previews than it did (the author
   * removed one, or went back to the picker). Which one went: see
   * removedFiles.ts, as for ComposerSession.
   */
  followPending(): PendingFiles | undefined {
    const p = this.pending;
    if (!p) return undefined;
    if (Date.now() - p.at >= PENDING_TTL_MS || (p.holder && !p.holder.isConnected)) {
      this.pending = undefined;
      return undefined;
    }
    if (!p.holder || !this.adapter.attachmentPreviews) return p;
    let shown: number | undefined;
    try {
      shown = this.adapter.attachmentPreviews(p.holder, 'post');
    } catch {
      shown = undefined;
    }
    // Unknown for a holder: it shows them, without a count (a carousel).
    if (shown === undefined) p.seen = Math.max(p.seen, p.metas.length);
    else {
      const now = followPreviewCount({ files: p.metas, seen: p.seen }, shown, (m) => described.get(m), p.holder);
      p.metas = now.files;
      p.seen = now.seen;
    }
    if (p.metas.length === 0) this.pending = undefined;
    return this.pending;
  }
}

/** The findings of exactly the composer's current drafts, or undefined when one needs a check. */
export function freshFindings(group: ComposerSession[]): Finding[] | undefined {
  const all: Finding[] = [];
  for (const s of group) {
    const f = s.findingsIfFresh();
    if (!f) return undefined;
    all.push(...f);
  }
  return all;
}
