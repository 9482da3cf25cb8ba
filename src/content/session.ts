import type { Attachment, Draft, Recipient } from '../schema/draft';
import type { Finding } from '../schema/finding';
import type { CheckResponse } from '../messaging/protocol';
import type { ComposerSurface, SiteAdapter } from '../sites/types';
import { clearHighlights, highlightsHold, setHighlights } from '../ui/highlights';
import { PanelView } from '../ui/panel';
import { followPreviewCount } from './removedFiles';
import { editorKind, readEditorText, type EditorKind } from './text';

// One compose box being watched: reads its draft, checks it (debounced while
// typing, immediately at publish time), and shows the result next to it.

/**
 * Quiet time after the last keystroke before the draft is checked. Short, so
 * a warning is painted within ~100 ms of the last key (npm run bench:e2e);
 * at a person's typing pace that means a check after almost every key, so
 * everything a check does on the page's main thread has to be cheap.
 */
export const DEBOUNCE_MS = 40;

/**
 * While highlights are shown, Chromium repaints the marked text node on
 * every DOM change (it revalidates highlight markers), which cost ~0.3 ms
 * per keystroke in a long draft (npm run bench:e2e). So during a burst of
 * typing (keys less than this apart) they are hidden, and drawn again once
 * the typing pauses this long. The panel is not held back: it follows
 * every check.
 */
export const HIGHLIGHT_PAUSE_MS = 300;

export interface SessionEnv {
  adapter: SiteAdapter;
  /** Bumped when settings change, so every draft is checked again. */
  epoch(): number;
  /** `quiet`: a debounced check nobody waits for (its `same` answer may come late, messaging/checkPort.ts). */
  check(draft: Draft, quiet?: boolean): Promise<CheckResponse>;
  /** Someone waits for a quiet check: have its answer sent now. */
  hurry(): void;
  /** The latest policy answer (allowConfirm, supportContact) for the page. */
  onResponse(response: CheckResponse): void;
  supportContact(): string | undefined;
  /** Opens the options page (the "Choose your district" button). */
  openOptions(): void;
}

export interface DraftSnapshot {
  draft: Draft;
  key: string;
  /** Nothing to check: no text and no attachment. */
  empty: boolean;
}

export class ComposerSession {
  private attachments: Attachment[] = [];
  /** The most previews the site showed for our files (see followPreviews). */
  private previewsSeen = 0;
  private pendingAttachments = new Set<Promise<Attachment>>();
  private checkedKey: string | undefined;
  private checkedFindings: Finding[] = [];
  private checkedText = '';
  /** The spans the highlights were drawn for (see render()). */
  private markedKey: string | undefined;
  private markedFindings: Finding[] | undefined;
  /** The last check found no district chosen: the panel offers to choose one. */
  private noDistrict = false;
  private inflight: { key: string; promise: Promise<Finding[] | null>; quiet: boolean } | undefined;
  private seq = 0;
  private appliedSeq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending timer's check is due (Date.now()); a later keystroke only moves this. */
  private dueAt = 0;
  private readonly panel: PanelView;
  /** The editor's kind, once known for sure (a plain contenteditable is asked again). */
  private kind: EditorKind | undefined;
  /** When the author last pressed a key that types in this editor. */
  private lastKeyAt = -Infinity;
  /** In a burst of typing: highlights wait for the pause (HIGHLIGHT_PAUSE_MS). */
  private typingBurst = false;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  disposed = false;

  constructor(
    readonly editor: HTMLElement,
    public surface: ComposerSurface,
    private readonly env: SessionEnv,
  ) {
    this.panel = new PanelView(() => (this.editor.isConnected ? env.adapter.panelPlacement(this.editor, this.surface) : null));
  }

  get hasAttachments(): boolean {
    return this.attachments.length > 0;
  }

  /** The files described so far (the registry hands them on when the box goes, see ComposerRegistry.end). */
  get attachmentList(): readonly Attachment[] {
    return this.attachments;
  }

  get findings(): Finding[] {
    return this.checkedFindings;
  }

  scope(): Element {
    return this.env.adapter.scopeOf(this.editor, this.surface);
  }

  snapshot(): DraftSnapshot {
    this.followPreviews();
    const read = this.read();
    let recipient: Recipient | undefined;
    if (this.surface === 'message') {
      try {
        recipient = this.env.adapter.messageRecipient?.(this.editor);
      } catch {
        recipient = undefined;
      }
    }
    const draft: Draft = {
      site: this.env.adapter.site,
      surface: this.surface,
      text: read.text,
      ...(this.attachments.length ? { attachments: this.attachments } : {}),
      ...(recipient ? { action: 'message' as const, recipient } : {}),
    };
    // Compared after nearly every keystroke: the text as it is, not JSON-escaped.
    const meta = JSON.stringify([this.env.epoch(), draft.surface, draft.attachments ?? null, recipient ?? null]);
    const key = `${meta}\n${read.text}`;
    return { draft, key, empty: read.text.trim() === '' && this.attachments.length === 0 };
  }

  private read() {
    const kind = this.kind ?? editorKind(this.editor);
    if (kind !== 'contenteditable') this.kind = kind;
    return readEditorText(this.editor, kind);
  }

  /** Findings for exactly the current draft, or undefined if a check is due. */
  findingsIfFresh(): Finding[] | undefined {
    if (this.pendingAttachments.size) return undefined;
    const snap = this.snapshot();
    if (snap.empty) return [];
    return snap.key === this.checkedKey ? this.checkedFindings : undefined;
  }

  addAttachments(metas: Promise<Attachment>[]): void {
    for (const p of metas) {
      this.pendingAttachments.add(p);
      void p.then((a) => {
        this.pendingAttachments.delete(p);
        if (this.disposed) return;
        this.attachments = [...this.attachments, a].slice(-20);
        this.schedule(0);
      });
    }
  }

  /**
   * The author removed a photo in the composer (its "×"): the site's preview
   * goes, and so does our record of a file. Counted only once previews were
   * seen for our files, so a preview still being prepared is not a removal.
   */
  private followPreviews(): void {
    if (this.attachments.length === 0 || !this.env.adapter.attachmentPreviews) return;
    let shown: number | undefined;
    // Looked up once per check (not cached: the site may render the media
    // into a wider container after the pick, see the TikTok adapter).
    let scope: Element;
    try {
      scope = this.scope();
      shown = this.env.adapter.attachmentPreviews(scope, this.surface);
    } catch {
      return;
    }
    if (shown === undefined) return;
    const now = followPreviewCount({ files: this.attachments, seen: this.previewsSeen }, shown, (a) => a, scope);
    this.attachments = now.files;
    this.previewsSeen = now.seen;
  }

  clearAttachments(): void {
    if (this.attachments.length === 0) return;
    this.attachments = [];
    this.previewsSeen = 0;
    this.schedule(0);
  }

  schedule(delay = DEBOUNCE_MS): void {
    if (this.disposed) return;
    const due = Date.now() + delay;
    // Keys faster than the debounce: keep the armed timer, it waits out the
    // rest when it fires (no timer cleared and set again per keystroke).
    if (this.timer !== undefined && due >= this.dueAt) {
      this.dueAt = due;
      return;
    }
    clearTimeout(this.timer);
    this.dueAt = due;
    this.timer = setTimeout(this.due, delay);
  }

  private readonly due = (): void => {
    const rest = this.dueAt - Date.now();
    // A millisecond or two early is no matter (timers are that coarse anyway).
    if (rest > 2) {
      this.timer = setTimeout(this.due, rest);
      return;
    }
    this.timer = undefined;
    void this.check(true);
  };

  /**
   * The author pressed a key that types in this editor (runtime.ts). A key
   * soon after the last one starts a burst: highlights are taken down until
   * the typing pauses (see HIGHLIGHT_PAUSE_MS).
   */
  keyTyped(): void {
    if (this.disposed) return;
    const now = Date.now();
    if (!this.typingBurst && now - this.lastKeyAt < HIGHLIGHT_PAUSE_MS) {
      this.typingBurst = true;
      this.unmark();
      this.pauseTimer = setTimeout(this.paused, HIGHLIGHT_PAUSE_MS);
    }
    this.lastKeyAt = now;
  }

  /** Same pattern as `due`: one timer per burst, re-armed for what is left of the pause. */
  private readonly paused = (): void => {
    const rest = this.lastKeyAt + HIGHLIGHT_PAUSE_MS - Date.now();
    if (rest > 2) {
      this.pauseTimer = setTimeout(this.paused, rest);
      return;
    }
    this.pauseTimer = undefined;
    this.typingBurst = false;
    this.mark();
  };

  /**
   * The editor's DOM changed without an input event (the site cleared or
   * re-rendered it): make sure a check follows, without postponing one
   * that typing already scheduled.
   */
  nudge(): void {
    if (this.timer === undefined) this.schedule();
  }

  /** Checks the latest draft now (used at publish time); null if the check failed. */
  checkNow(): Promise<Finding[] | null> {
    return this.check(false);
  }

  private async check(quiet: boolean): Promise<Finding[] | null> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pendingAttachments.size) await Promise.all([...this.pendingAttachments]);
    const snap = this.snapshot();
    if (snap.empty) {
      this.apply(snap, [], ++this.seq);
      return [];
    }
    if (snap.key === this.checkedKey) return this.checkedFindings;
    if (this.inflight?.key === snap.key) {
      if (!quiet && this.inflight.quiet) this.env.hurry();
      return this.inflight.promise;
    }
    const seq = ++this.seq;
    const promise = this.env.check(snap.draft, quiet).then((response) => {
      this.env.onResponse(response);
      if (response.status === 'error') return null;
      this.apply(snap, response.findings, seq, response.status === 'no-district');
      return response.findings;
    });
    this.inflight = { key: snap.key, promise, quiet };
    return promise.finally(() => {
      if (this.inflight?.promise === promise) this.inflight = undefined;
    });
  }

  private apply(snap: DraftSnapshot, findings: Finding[], seq: number, noDistrict = false): void {
    // An older answer arriving after a newer one must not overwrite it.
    if (this.disposed || seq < this.appliedSeq) return;
    this.appliedSeq = seq;
    this.checkedKey = snap.key;
    this.checkedText = snap.draft.text;
    this.checkedFindings = findings;
    this.noDistrict = noDistrict;
    this.render();
  }

  render(): void {
    if (this.disposed) return;
    // The panel redraws itself only when what it shows changed.
    this.panel.render(this.checkedFindings, this.env.supportContact(), this.noDistrict ? this.env.openOptions : undefined);
    if (!this.typingBurst) this.mark();
  }

  /** Highlights for the checked findings, drawn on the live text. */
  private mark(): void {
    if (this.disposed) return;
    // Live ranges that still mark the same spans need nothing (the common
    // case while typing on after a finding). The very findings object drawn
    // last time (the worker answered `same`) is known without comparing.
    const marked = this.checkedFindings === this.markedFindings ? this.markedKey : JSON.stringify(this.checkedFindings.map((f) => [f.severity, f.spans]));
    if (marked === this.markedKey && highlightsHold(this)) return;
    // Ranges only match the text they were computed for: redraw them from
    // the live DOM, and only when the editor still shows the checked text.
    const now = this.read();
    if (now.text === this.checkedText) {
      setHighlights(this, now.segments, this.checkedFindings);
      this.markedKey = marked;
      this.markedFindings = this.checkedFindings;
    } else this.unmark();
  }

  private unmark(): void {
    clearHighlights(this);
    this.markedKey = undefined;
    this.markedFindings = undefined;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.pauseTimer);
    clearHighlights(this);
    this.panel.destroy();
    this.pendingAttachments.clear();
  }
}
