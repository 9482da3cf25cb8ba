import type { Recipient } from '../schema/draft';
import { ancestorContaining, isElement, textOf } from '../content/dom';
import { isModEnter, isPlainEnter, type ComposerSurface, type SiteAdapter } from './types';

// X (x.com / twitter.com). Desktop composers are Draft.js; mobile web and the
// XChat DM composer are textareas. Test ids change over time, so match on
// prefixes/suffixes (site-dom-facts §1). Never match on button texts:
// extensions like Control Panel for Twitter rewrite them.

const POST_EDITORS = '[data-testid^="tweetTextarea_"]';
const DM_EDITORS = '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]';
const SUBMIT =
  '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]';
/** The messages drawer docked on the timeline, legacy and XChat. */
const DRAWERS = '[data-testid="DMDrawer"], [data-testid="chat-drawer-root"]';
const DM_CONTAINERS = `${DRAWERS}, [data-testid="dm-composer-form"], [data-testid="dm-container"]`;
const DM_HEADERS = '[data-testid="dm-conversation-header"], [data-testid="DMDrawerHeader"], [data-testid="DmActivityViewport"] h2';

function isDm(editor: HTMLElement): boolean {
  return editor.matches(DM_EDITORS) || !!editor.closest(DM_EDITORS) || !!editor.closest(DM_CONTAINERS);
}

/** Reply, not a new post: the composer sits under or beside the tweet it answers. */
function isReply(editor: HTMLElement): boolean {
  const dialog = editor.closest('[role="dialog"], [aria-modal="true"]');
  if (dialog) return !!dialog.querySelector('article, [data-testid="tweet"]');
  if (editor.closest('article')) return true;
  // Inline reply box of a /<user>/status/<id> page (a compose modal over it
  // is a dialog, handled above).
  return /^\/[^/]+\/status\/\d+/.test(location.pathname);
}

function scopeOf(editor: HTMLElement): Element {
  return (
    editor.closest('form[data-testid="dm-composer-form"]') ??
    editor.closest('[role="dialog"], [aria-modal="true"]') ??
    ancestorContaining(editor, SUBMIT) ??
    editor.closest(DM_CONTAINERS) ??
    editor.parentElement ??
    editor
  );
}

function headerOutsideDrawers(): Element | null {
  for (const el of document.querySelectorAll(DM_HEADERS)) if (!el.closest(DRAWERS)) return el;
  return null;
}

function lines(el: Element | null): string[] {
  return (el ? (el as HTMLElement).innerText ?? el.textContent ?? '' : '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

function profileRecipient(button: Element): Recipient {
  const cell = button.closest('[data-testid="UserCell"]');
  if (cell) {
    // Name and @handle may share a line or not; the other lines are the bio.
    const all = lines(cell).filter((l) => !/^(follow|following|follows you|click to follow .*)$/i.test(l));
    const handleLine = all.find((l) => /(?:^|\s)@\w{1,15}\b/.test(l));
    const handle = handleLine?.match(/@\w{1,15}/)?.[0];
    const name = handle && all[0] === handleLine ? all[0].replace(handle, '').trim() || undefined : all[0];
    const rest = all.slice(1).filter((l) => l !== handleLine);
    return { name, handle, bio: rest.join('\n') || undefined };
  }
  const header = document.querySelector('[data-testid="UserName"]');
  const nameLines = lines(header);
  const handle = nameLines.find((l) => l.startsWith('@')) ?? `@${location.pathname.split('/').filter(Boolean)[0] ?? ''}`;
  const details = Array.from(document.querySelectorAll('[data-testid="UserProfileHeader_Items"] > *'))
    .map((el) => textOf(el))
    .filter(Boolean);
  return {
    name: nameLines.find((l) => !l.startsWith('@')),
    handle: handle.length > 1 ? handle : undefined,
    bio: textOf(document.querySelector('[data-testid="UserDescription"]')) || undefined,
    details: details.length ? details : undefined,
  };
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  editorSelector: `${POST_EDITORS}, ${DM_EDITORS}, .public-DraftEditor-content[contenteditable="true"], [data-testid^="tweetTextarea"] textarea`,

  classify(editor): ComposerSurface | null {
    if (isDm(editor)) return 'message';
    // Another Draft editor (a list description ...) without a post button near it: not ours.
    if (!editor.matches(POST_EDITORS) && !editor.closest(POST_EDITORS) && !ancestorContaining(editor, SUBMIT, 8)) return null;
    return isReply(editor) ? 'comment' : 'post';
  },

  scopeOf,
  submitCandidates: SUBMIT,
  isSubmit: (el) => el.matches(SUBMIT),

  keySubmit(e, surface) {
    if (surface === 'message') return isPlainEnter(e) ? 'sends' : null;
    return isModEnter(e) ? 'sends' : null;
  },

  panelPlacement(editor) {
    // Below the text box, above the toolbar; never inside .DraftEditor-root.
    const root = editor.closest('.DraftEditor-root');
    const container = editor.closest('[data-testid$="RichTextInputContainer"]');
    if (container) return { anchor: container, where: 'after' };
    if (root) return { anchor: root, where: 'after' };
    const form = editor.closest('form');
    if (form) return { anchor: form, where: 'before' };
    return { anchor: editor, where: 'after' };
  },

  // Previews sit in [data-testid="attachments"], one remove button each (site-dom-facts §1.3).
  attachmentPreviews(scope) {
    const box = scope.querySelector('[data-testid="attachments"]');
    if (!box) return 0;
    const removes = box.querySelectorAll('[data-testid="removeMedia"], [aria-label="Remove media"]').length;
    return removes || box.querySelectorAll('img, video').length;
  },

  messageRecipient(editor) {
    // The conversation header: a link with the name, and the @handle. Look
    // in the editor's own conversation first: the docked drawer (DMDrawer,
    // chat-drawer-root) shares /home with the timeline and, collapsed or on
    // another conversation, must not lend its header to a page's composer.
    const drawer = editor.closest(DRAWERS);
    const header = drawer ? drawer.querySelector(DM_HEADERS) : headerOutsideDrawers();
    if (!header) return undefined;
    const handle = /@\w{1,15}/.exec(header.textContent ?? '')?.[0];
    const name = textOf(header.querySelector('a[href], h2')) || undefined;
    return name || handle ? { name: name === handle ? undefined : name, handle } : undefined;
  },

  profile: {
    selector: '[data-testid$="-follow"], [data-testid="sendDMFromProfile"]',
    action(el) {
      if (!isElement(el)) return null;
      const id = el.getAttribute('data-testid') ?? '';
      if (id === 'sendDMFromProfile') return 'message';
      if (id.endsWith('-follow')) return 'follow';
      return null;
    },
    recipient: profileRecipient,
    panelAnchor: (el) => el.closest('[data-testid="placementTracking"]')?.parentElement ?? el.parentElement ?? el,
  },
};
