import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Attachment } from '../schema/draft';
import type { Finding } from '../schema/finding';
import type { CheckResponse, TabState } from '../messaging/protocol';
import { isEnter, type SiteAdapter } from '../sites/types';
import { DialogView } from '../ui/dialog';
import { withFaceCount } from '../faces/client';
import { MAX_FILES, describeFile, filesOf, isFileInputChange } from './attachments';
import { hurryChecks, openOptions, recordAudit, requestCheck } from './checker';
import { ComposerRegistry, freshFindings } from './composers';
import { OUR_ATTR, fromOurUi, isDisabled, isElement, isVisible, pathElements } from './dom';
import { PublishGuard } from './guard';
import { matchesIn, watchAddedNodes } from './observer';
import { listenForAnnouncedPickers } from './pickerBridge';
import { ProfileWatch, type ProfileDraft } from './profile';
import type { ComposerSession } from './session';

/** storage.local/sync key of the teacher's settings (src/settings; not imported: it pulls zod in). */
const USER_SETTINGS_KEY = 'userSettings';
/** A picker opens inside the click that asks for it: a click this recent opened it. */
const PICKER_OPENER_MS = 1000;
/** After a click in a composer with files, when to count its previews again. */
const PREVIEW_SETTLE_MS = 150;
/** ... and once more, for a site that animates a preview out or re-renders late (seen under load). */
const PREVIEW_LATE_MS = 1000;

// The shared content-script runtime: one per page and site adapter. It finds
// compose boxes and profile buttons, keeps a session per compose box, and
// holds publish actions while a `block` finding is open.

type KeyInit = Pick<KeyboardEventInit, 'key' | 'code' | 'keyCode' | 'which' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

type Attempt =
  | { kind: 'composer'; sessions: ComposerSession[]; scope: Element; trigger: 'click'; button: Element }
  | { kind: 'composer'; sessions: ComposerSession[]; scope: Element; trigger: 'key'; mode: 'sends' | 'maybe'; key: KeyInit }
  | { kind: 'profile'; button: Element; profile: ProfileDraft };

export function startContentRuntime(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const dialog = new DialogView();
  let epoch = 0;
  let policy = { status: 'idle' as TabState['status'], allowConfirm: true, supportContact: undefined as string | undefined };
  let href = location.href;

  const onResponse = (r: CheckResponse) => {
    if (r.status === 'error') return;
    policy = { status: r.status, allowConfirm: r.allowConfirm, supportContact: r.status === 'ok' ? r.supportContact : undefined };
  };
  const env = {
    adapter,
    epoch: () => epoch,
    check: requestCheck,
    hurry: hurryChecks,
    onResponse,
    supportContact: () => policy.supportContact,
    openOptions,
  };
  const profiles = new ProfileWatch(env);
  const composers = new ComposerRegistry(adapter, env);

  // ---- holding and re-triggering ------------------------------------------

  function click(el: Element): void {
    if (typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
    else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
  }

  function visibleSubmit(scope: Element): Element | undefined {
    const found = Array.from(scope.querySelectorAll(adapter.submitCandidates)).filter(
      (b) => adapter.isSubmit(b) && !isDisabled(b) && isVisible(b),
    );
    return found[found.length - 1];
  }

  const guard = new PublishGuard<Attempt>({
    async checkNow(a) {
      if (a.kind === 'profile') {
        // The page may have changed since the click: read it again.
        const pd = profiles.draftFor(a.button) ?? a.profile;
        return profiles.check(pd);
      }
      const results = await Promise.all(a.sessions.map((s) => s.checkNow()));
      return results.some((r) => r === null) ? null : results.flat() as Finding[];
    },
    showDialog(a, blocking) {
      const confirmLabel = a.kind === 'profile' ? 'Continue anyway' : 'Publish anyway';
      dialog.open(
        {
          blocking,
          allowConfirm: policy.allowConfirm,
          supportContact: policy.supportContact,
          confirmLabel,
          onBack: () => guard.back(),
          onConfirm: () => guard.confirm(policy.allowConfirm),
        },
        a.kind === 'profile' ? a.button : a.sessions[0].editor,
      );
    },
    closeDialog: () => dialog.close(),
    retrigger(a) {
      if (a.kind === 'profile') {
        if (a.button.isConnected) click(a.button);
        return;
      }
      if (a.trigger === 'click') {
        const button = a.button.isConnected ? a.button : visibleSubmit(a.scope);
        if (button) click(button);
      } else {
        // The author pressed a key: give the site that same key back, so it
        // publishes through its own key handler as it would have (a click on
        // the send button would be a different action, and some composers
        // have none). The editor keeps the focus for it.
        const editor = a.sessions[0].editor;
        if (document.activeElement !== editor) (editor as HTMLElement).focus?.();
        editor.dispatchEvent(new KeyboardEvent('keydown', { ...a.key, bubbles: true, cancelable: true, composed: true }));
      }
      afterPublish(a.sessions);
    },
    audit(a, blocking) {
      const surface = a.kind === 'profile' ? 'profile' : a.sessions[0].surface;
      void recordAudit(blocking.map((f) => ({ site: adapter.site, surface, category: f.category, rule: f.rule })));
    },
    refocus(a) {
      const el = a.kind === 'profile' ? a.button : a.sessions[0].editor;
      if (el.isConnected) (el as HTMLElement).focus?.();
    },
  });

  /** The site usually clears its composer after publishing; then its files are gone too. */
  function afterPublish(group: ComposerSession[]): void {
    ctx.setTimeout(() => {
      for (const s of group) if (!s.disposed && s.snapshot().draft.text.trim() === '') s.clearAttachments();
    }, 1500);
  }

  function hold(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function composerAttempt(e: Event, button: Element): boolean {
    const around = composers.around(button);
    if (!around) return false;
    const attempt: Attempt = { kind: 'composer', sessions: around.sessions, scope: around.scope, trigger: 'click', button };
    if (guard.attempt(attempt, freshFindings(around.sessions)) === 'hold') hold(e);
    else afterPublish(around.sessions);
    return true;
  }

  function profileAttempt(e: Event, button: Element): boolean {
    const profile = profiles.draftFor(button);
    if (!profile) return false;
    const attempt: Attempt = { kind: 'profile', button, profile };
    if (guard.attempt(attempt, profiles.known(profile.key)) === 'hold') hold(e);
    return true;
  }

  /** The last element the author clicked: it opened a picker, if one opens. */
  let lastClick: { el: Element; at: number } | undefined;

  function onClick(e: MouseEvent): void {
    if (guard.releasing) return;
    const path = e.composedPath();
    if (fromOurUi(path)) return;
    if (e.isTrusted && isElement(path[0])) lastClick = { el: path[0], at: Date.now() };
    const els = pathElements(path);
    for (const el of els) {
      if (!adapter.isSubmit(el)) continue;
      if (isDisabled(el)) return;
      if (composerAttempt(e, el)) return;
    }
    for (const el of els) {
      if (el.matches(adapter.profile.selector) && profileAttempt(e, el)) return;
    }
    // Perhaps a preview's remove button: look again once the site re-rendered.
    if (els[0]) {
      for (const s of composers.around(els[0])?.sessions ?? []) {
        if (!s.hasAttachments) continue;
        s.schedule(PREVIEW_SETTLE_MS);
        ctx.setTimeout(() => s.schedule(0), PREVIEW_LATE_MS);
      }
    }
    // ... also for files still waiting for their composer (Instagram's crop
    // step); now too, before the site sees this click: it may be "Next"
    // right after a Delete, leaving the gallery before the timer looks.
    if (composers.pendingInHolder) {
      composers.followPending();
      ctx.setTimeout(() => composers.followPending(), PREVIEW_SETTLE_MS);
      ctx.setTimeout(() => composers.followPending(), PREVIEW_LATE_MS);
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (guard.releasing) return;
    if (!(isEnter(e) || e.key === ' ')) {
      const shortcut = (e.ctrlKey || e.metaKey) && e.key.length === 1;
      const deletes = e.key === 'Backspace' || e.key === 'Delete';
      if (!shortcut && !deletes && e.key.length !== 1) return;
      const session = composers.of(e.target);
      // A typing key: bursts of them hold the highlights back (session.ts).
      if (!shortcut) session?.keyTyped();
      // Editors apply deletions (and cut, undo) themselves, often with no
      // input event, and their DOM changes reach us only in the observer's
      // next batch: schedule the check from the key.
      if (shortcut || deletes) session?.schedule();
      return;
    }
    // Never while an input method is composing: Enter confirms the IME there.
    if (e.isComposing || e.keyCode === 229) return;
    const path = e.composedPath();
    if (fromOurUi(path)) return;
    const session = composers.of(path[0] ?? e.target);
    if (session) {
      if (guard.state.kind !== 'idle' && isEnter(e)) return hold(e);
      if (!isEnter(e)) return session.keyTyped();
      const mode = adapter.keySubmit(e, session.surface, session.editor);
      if (!mode) return;
      const around = composers.around(session.editor) ?? { scope: session.scope(), sessions: [session] };
      const key: KeyInit = {
        key: e.key, code: e.code, keyCode: e.keyCode, which: e.which,
        ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
      };
      const attempt: Attempt = { kind: 'composer', sessions: around.sessions, scope: around.scope, trigger: 'key', mode, key };
      const verdict = guard.attempt(attempt, freshFindings(around.sessions), { onlyIfBlocked: mode === 'maybe' });
      if (verdict === 'hold') hold(e);
      else if (mode === 'sends') afterPublish(around.sessions);
      return;
    }
    // Enter/Space on a focused div[role=button] (Facebook, Instagram) may
    // publish without a click event; real <button>s click by themselves.
    for (const el of pathElements(path, 4)) {
      if (el.localName === 'button') return;
      if (adapter.isSubmit(el) && !isDisabled(el)) {
        if (composerAttempt(e, el)) return;
      } else if (el.matches(adapter.profile.selector) && profileAttempt(e, el)) return;
    }
  }

  // ---- attachments ---------------------------------------------------------

  function onFiles(e: Event): void {
    if (e.type === 'change' && !isFileInputChange(e)) return;
    const files = filesOf(e);
    if (files.length === 0) return;
    composers.addFiles(e.target, describeAll(files), e.type === 'paste');
  }

  /** What the drafts need of picked files; faces are counted on the side and a count re-checks the drafts (unchanged ones answer from cache). */
  function describeAll(files: File[]): Promise<Attachment>[] {
    const counted = () => composers.all().forEach((s) => s.schedule(0));
    return files.map((f) => withFaceCount(describeFile(f), f, counted));
  }

  /**
   * A picker opened on an input the page never inserted (announced by the
   * MAIN-world script). Its files belong to the composer whose button the
   * author just clicked to open it, or, failing that, to the next post
   * composer (the picker comes first on some sites).
   */
  function onAnnouncedPicker(): (input: HTMLInputElement) => void {
    const opener = lastClick && Date.now() - lastClick.at < PICKER_OPENER_MS ? lastClick.el : null;
    return (input) => {
      const files = Array.from(input.files ?? []).slice(0, MAX_FILES);
      if (files.length) composers.addFiles(opener?.isConnected ? opener : null, describeAll(files), false);
    };
  }

  // ---- discovery, navigation, teardown ------------------------------------

  function onAdded(nodes: Node[]): void {
    const fresh: Node[] = [];
    for (const n of nodes) {
      if (!n.isConnected) continue;
      const host = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!host || host.hasAttribute(OUR_ATTR)) continue;
      // Typing (or the site clearing the box) adds nodes inside an editor;
      // typing has scheduled its check already (input event), so only nudge.
      const inside = composers.of(host);
      if (inside) inside.nudge();
      else if (n.nodeType === 1) fresh.push(n);
    }
    composers.prune();
    if (location.href !== href) onNavigate();
    for (const el of matchesIn(fresh, adapter.editorSelector)) composers.start(el);
    for (const el of matchesIn(fresh, adapter.profile.selector)) profiles.consider(el);
  }

  function onNavigate(): void {
    if (location.href === href) return;
    href = location.href;
    profiles.reset();
    composers.revalidate();
    if (guard.state.kind === 'dialog' || guard.state.kind === 'checking') {
      const a = guard.state.attempt;
      const gone = a.kind === 'profile' ? !a.button.isConnected : a.sessions.every((s) => s.disposed);
      if (gone) guard.reset();
    }
    for (const el of document.querySelectorAll(adapter.profile.selector)) profiles.consider(el);
  }

  function onFocusIn(e: FocusEvent): void {
    const path = e.composedPath();
    if (fromOurUi(path)) return;
    // Pre-rendered editors are skipped while hidden; the first focus finds them.
    composers.focused(composers.ofOrDiscover(path[0]));
  }

  function onInput(e: Event): void {
    // Per keystroke: the target is the editor itself unless it sits in a shadow root.
    (composers.of(e.target) ?? composers.ofOrDiscover(e.composedPath()[0] ?? e.target))?.schedule();
  }

  const capture = { capture: true } as const;
  // A press may be on a publish button: the worker's held-back answers to
  // the last quiet checks (messaging/checkPort.ts) are asked for now, so
  // they are in before the click, which then needs no check of its own.
  ctx.addEventListener(window, 'pointerdown', hurryChecks, capture);
  ctx.addEventListener(window, 'click', onClick, capture);
  ctx.addEventListener(window, 'keydown', onKeyDown, capture);
  ctx.addEventListener(window, 'change', onFiles, capture);
  ctx.addEventListener(window, 'drop', onFiles, capture);
  ctx.addEventListener(window, 'paste', onFiles, capture);
  ctx.addEventListener(window, 'focusin', onFocusIn, capture);
  ctx.addEventListener(window, 'input', onInput, capture);
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  ctx.addEventListener(window, 'popstate', onNavigate);

  const stopPickers = listenForAnnouncedPickers(document, onAnnouncedPicker);
  /** Nodes added inside a known editor (typing): nudge its session now, nothing to discover. */
  function typedInto(n: Node): boolean {
    const host = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const inside = host && !host.hasAttribute(OUR_ATTR) ? composers.of(host) : undefined;
    inside?.nudge();
    return !!inside;
  }

  const stopObserving = watchAddedNodes(document, onAdded, typedInto);
  const scanExisting = () => onAdded([document.documentElement]);
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', scanExisting, { once: true });
  else scanExisting();

  /** Settings changed: every open draft and profile is checked again. */
  const recheckAll = () => {
    epoch++;
    for (const s of composers.all()) s.schedule(0);
    profiles.refresh();
  };
  // Only the settings matter here (the audit log lives in storage.local too).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || USER_SETTINGS_KEY in changes) recheckAll();
  };
  browser.storage.onChanged.addListener(onStorage);

  const onMessage = (message: unknown, sender: { id?: string }): Promise<TabState> | undefined => {
    if (sender?.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: string } | null)?.type;
    // Managed settings Chrome delivered late, without a storage event.
    if (type === 'sl:settings-changed') {
      recheckAll();
      return undefined;
    }
    if (type !== 'sl:tab-state') return undefined;
    // In frames without composers (TikTok's iframes) leave the answer to the top frame.
    const open = composers.all();
    if (window !== window.top && open.length === 0) return undefined;
    return Promise.resolve({
      site: adapter.site,
      status: policy.status,
      composers: [
        ...open.map((s) => ({ surface: s.surface, findings: s.findings })),
        ...(profiles.shown().length ? [{ surface: 'profile', findings: profiles.shown() }] : []),
      ],
    });
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    stopObserving();
    stopPickers();
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    guard.reset();
    dialog.close();
    profiles.reset();
    composers.endAll();
  });
}
