import type { ProfileAction, Recipient } from '../schema/draft';
import { ancestorContaining, isDisabled, textOf } from '../content/dom';
import { isPlainEnter, labels, type ComposerSurface, type SiteAdapter } from './types';

// TikTok. Studio caption, comments and DMs are Draft.js; TikTok marks its
// controls with data-e2e, which we prefer over texts (site-dom-facts §4).
// The legacy uploader runs in an iframe, hence all_frames on this script.

const COMMENT_BOX = '[data-e2e="comment-input"], [data-e2e="comment-text"]';
const DM_BOX = '[data-e2e="message-input-area"], [data-e2e="dm-new-input-editor"], [data-e2e="dm-new-chatbox"]';
const EDITOR = `.public-DraftEditor-content[contenteditable="true"], ${COMMENT_BOX} [contenteditable="true"], ${DM_BOX} [contenteditable="true"]`;
const SUBMIT =
  '[data-e2e="post_video_button"], [data-e2e="comment-post"], [data-e2e="message-send"], [data-e2e="dm-new-send-btn"], div.btn-post > button';
const FOLLOW_BUTTONS =
  '[data-e2e="follow-button"], [data-e2e="browse-follow"], [data-e2e="feed-follow"], [data-e2e="video-author-follow"], [data-e2e="user-info-follow-btn"], [data-e2e="message-button"]';
// Already following / friends: pressing it would unfollow, not connect.
const FOLLOWING = labels('Following', 'Friends', 'Siguiendo', 'Amigos', 'Abonné(e)', 'Abonnements', 'Amis', 'Abonniert', 'Freunde', 'Segui già', 'Amici', 'Đang Follow', 'Bạn bè', '已关注', '互关', '朋友', 'フォロー中', '友達', 'Подписки', 'Друзья');

function classify(editor: HTMLElement): ComposerSurface | null {
  if (editor.closest(COMMENT_BOX)) return 'comment';
  if (editor.closest(DM_BOX) || location.pathname.startsWith('/messages')) return 'message';
  return 'post';
}

// The uploader's media: the video preview, or a photo post's photos (our guess at its marker).
const MEDIA = 'video, [data-e2e="photo_list"]';

function scopeOf(editor: HTMLElement, surface: ComposerSurface): Element {
  if (surface === 'post') {
    // The whole upload form: Post and the media it posts, so a removed photo is seen.
    const form = ancestorContaining(editor, SUBMIT, 16);
    let el: Element | null = form;
    for (let i = 0; el && i < 4 && !el.querySelector(MEDIA); i++) el = el.parentElement;
    if (el && el !== editor.ownerDocument.body && el.querySelector(MEDIA)) return el;
    if (form) return form;
  }
  return ancestorContaining(editor, SUBMIT, 8) ?? editor.closest(`${COMMENT_BOX}, ${DM_BOX}`) ?? editor.parentElement ?? editor;
}

function profileAction(el: Element): ProfileAction | null {
  if (isDisabled(el)) return null;
  if (el.getAttribute('data-e2e') === 'message-button') return 'message';
  if (el.getAttribute('aria-pressed') === 'true') return null;
  return FOLLOWING.has(textOf(el).toLowerCase()) ? null : 'follow';
}

function recipient(button: Element): Recipient {
  const e2e = (id: string, root: ParentNode = document) => textOf(root.querySelector(`[data-e2e="${id}"]`)) || undefined;
  const kind = button.getAttribute('data-e2e');
  if (kind === 'follow-button' || kind === 'message-button') {
    return { handle: e2e('user-title'), name: e2e('user-subtitle'), bio: e2e('user-bio') };
  }
  // Video modal / feed: the author block around the button.
  const around = button.closest('[data-e2e="browse-user-info"], [data-e2e="recommend-list-item-container"], article') ?? document;
  return {
    handle: e2e('browse-username', around) ?? e2e('video-author-uniqueid', around),
    name: e2e('browse-user-nickname', around) ?? e2e('video-author-nickname', around),
    bio: e2e('browse-video-desc', around) ?? e2e('video-desc', around),
  };
}

export const tiktokAdapter: SiteAdapter = {
  site: 'tiktok',
  editorSelector: EDITOR,
  classify,
  scopeOf,
  submitCandidates: SUBMIT,
  // The DM send control is an svg: a click on it (or its parent) counts.
  isSubmit: (el) => el.matches(SUBMIT) || el.matches('[data-e2e="message-send"] *'),
  keySubmit: (e, surface) => (surface !== 'post' && isPlainEnter(e) ? 'sends' : null),

  panelPlacement(editor) {
    // Comment and DM boxes sit in a row with their send button: go above the row.
    const box = editor.closest(`${COMMENT_BOX}, ${DM_BOX}`);
    if (box) return { anchor: box.closest('[data-e2e="comment-footer"]') ?? box.parentElement ?? box, where: 'before' };
    return { anchor: editor.closest('.DraftEditor-root') ?? editor, where: 'after' };
  },

  // The uploader previews its video, each photo of a photo post and the
  // custom cover from object URLs; removing one removes its preview.
  attachmentPreviews(scope, surface) {
    if (surface !== 'post') return undefined;
    return scope.querySelectorAll('img[src^="blob:"], video[src^="blob:"]').length;
  },

  messageRecipient() {
    const handle = textOf(document.querySelector('[data-e2e="chat-uniqueid"]')) || undefined;
    const name = textOf(document.querySelector('[data-e2e="chat-nickname"]')) || undefined;
    return handle || name ? { handle, name } : undefined;
  },

  profile: {
    selector: FOLLOW_BUTTONS,
    action: profileAction,
    recipient,
  },
};
