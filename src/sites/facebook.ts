import type { ProfileAction, Recipient } from '../schema/draft';
import { ancestorContaining, isDisabled, labelOf, textOf } from '../content/dom';
import { isModEnter, isPlainEnter, labels, type ComposerSurface, type SiteAdapter } from './types';

// Facebook ("Comet"). Every composer is Lexical. Labels are localized and
// class names are atomic and churn, so surfaces are told apart by structure
// first (dialog, form, the Messenger route, Messenger's locale-independent
// "Aa" placeholder) and English/localized labels only as a fallback
// (site-dom-facts §2).

const EDITOR = '[data-lexical-editor="true"][contenteditable="true"], div[role="textbox"][contenteditable="true"]';

// Localized labels seen on the publish/send/profile buttons (aria-label or text).
const POST = labels('Post', 'Publicar', 'Publier', 'Posten', 'Veröffentlichen', 'Pubblica', 'Đăng', '發佈', '发布', 'Опубликовать', 'Опублікувати', 'Plaatsen', 'Opublikuj', '投稿', '게시', 'نشر', 'Paylaş', 'Share now');
// Not "Reply": under every comment a "Reply" control only opens the reply
// box, which sends on Enter alone. Taking it for a send button would hold
// it, and "confirm" would press it instead of sending the reply.
const COMMENT = labels('Comment', 'Comentar', 'Commenter', 'Kommentieren', 'Commenta', 'Bình luận', '留言', '评论', 'Комментировать', 'Коментувати');
const SEND = labels('Press Enter to send', 'Press enter to send', 'Send', 'Enviar', 'Envoyer', 'Senden', 'Invia', 'Gửi', '傳送', '发送', 'Отправить', 'Надіслати');
const ADD_FRIEND = labels('Add friend', 'Add Friend', 'Adicionar amigo', 'Agregar a amigos', 'Añadir a amigos', 'Ajouter', 'Ajouter comme ami(e)', 'Freund/in hinzufügen', 'Aggiungi agli amici', 'Thêm bạn bè', 'Добавить в друзья', 'Додати до друзів');
const FOLLOW = labels('Follow', 'Seguir', 'Suivre', 'Folgen', 'Segui', 'Theo dõi', 'Подписаться', 'Стежити');
const MESSAGE = labels('Message', 'Mensaje', 'Enviar mensaje', 'Mensagem', 'Envoyer un message', 'Message privé', 'Nachricht senden', 'Messaggio', 'Nhắn tin', 'Сообщение', 'Написати');
const COMMENT_BOX = /comment|reply|comentar|commenter|kommentieren|commenta|bình luận|留言|评论|коммент|відпов/i;
const MESSAGE_BOX = /^(message|mensaje|mensagem|nachricht|messaggio|tin nhắn|сообщение)/i;

const BUTTONS = 'div[role="button"][aria-label], button, [role="button"], input[type="submit"], #focused-state-composer-submit';

function inCreatePostDialog(el: Element): Element | null {
  return el.closest('[role="dialog"]');
}

function isSubmit(el: Element): boolean {
  if (!el.matches(BUTTONS)) return false;
  if (el.id === 'focused-state-composer-submit' || el.matches('input[type="submit"], button[type="submit"]')) return true;
  const label = labelOf(el);
  return POST.has(label) || COMMENT.has(label) || SEND.has(label);
}

function classify(editor: HTMLElement): ComposerSurface | null {
  if (editor.getAttribute('role') === 'combobox' || editor.getAttribute('role') === 'searchbox') return null;
  const placeholder = editor.getAttribute('aria-placeholder') ?? '';
  const label = editor.getAttribute('aria-label') ?? '';
  // Messenger: its own route, or the chat composer's "Aa" placeholder (the
  // same in every language).
  if (location.pathname.startsWith('/messages') || placeholder.trim() === 'Aa' || MESSAGE_BOX.test(label)) return 'message';
  // A post's comment box lives in its article (feed) or its form (permalink
  // dialog); the Create post dialog has neither.
  if (editor.closest('form, [role="article"]') || COMMENT_BOX.test(label) || COMMENT_BOX.test(placeholder)) return 'comment';
  return 'post';
}

/**
 * The nearest ancestor (within `depth`) holding a send control, short of
 * one that also holds another editor: that control would be the other
 * composer's (the post's comment box around a reply box).
 */
function ancestorWithSubmit(editor: Element, depth: number): Element | null {
  for (let p = editor.parentElement, i = 0; p && i < depth; p = p.parentElement, i++) {
    for (const other of p.querySelectorAll(EDITOR)) if (!editor.contains(other) && !other.contains(editor)) return null;
    for (const b of p.querySelectorAll(BUTTONS)) if (isSubmit(b)) return p;
  }
  return null;
}

function scopeOf(editor: HTMLElement, surface: ComposerSurface): Element {
  if (surface === 'post') return inCreatePostDialog(editor) ?? ancestorContaining(editor, BUTTONS, 10) ?? editor.parentElement ?? editor;
  // Bounded by a real send control, not by any button: a reply box sits in
  // its comment next to Like/Reply controls, and Enter is its only send.
  return editor.closest('form') ?? ancestorWithSubmit(editor, 6) ?? editor.parentElement ?? editor;
}

function profileAction(el: Element): ProfileAction | null {
  if (isDisabled(el)) return null;
  const label = labelOf(el);
  if (ADD_FRIEND.has(label)) return 'friend-request';
  if (FOLLOW.has(label)) return 'follow';
  if (MESSAGE.has(label) && el.getAttribute('contenteditable') !== 'true') return 'message';
  return null;
}

function lines(el: Element | null | undefined, max = 40): string[] {
  const text = el ? ((el as HTMLElement).innerText ?? el.textContent ?? '') : '';
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && s.length <= 300)
    .slice(0, max);
}

function recipient(button: Element): Recipient {
  // A "People you may know" card or a search result: the card holds it all.
  const card = button.closest('[role="listitem"], [role="article"], [data-visualcompletion="ignore-dynamic"]');
  if (card) {
    const [name, ...rest] = lines(card, 12).filter((l) => !ADD_FRIEND.has(l.toLowerCase()) && !FOLLOW.has(l.toLowerCase()) && !MESSAGE.has(l.toLowerCase()));
    return { name, details: rest.length ? rest : undefined };
  }
  // A profile page: the name is the main h1; the Intro card holds studies,
  // work and home town. Structure, not labels, so any language works.
  const main = button.closest('[role="main"]') ?? document.querySelector('[role="main"]') ?? document.body;
  const name = textOf(main.querySelector('h1')) || undefined;
  const intro = main.querySelector('[data-pagelet*="Intro"], [data-pagelet="ProfileTilesFeed_0"]');
  const details = intro
    ? lines(intro)
    : Array.from(main.querySelectorAll('ul li')).slice(0, 20).map((li) => textOf(li)).filter(Boolean);
  const handle = location.pathname.split('/').filter(Boolean)[0];
  return { name, handle: handle && handle !== 'profile.php' ? handle : undefined, details: details.length ? details : undefined };
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  editorSelector: EDITOR,
  classify,
  scopeOf,
  submitCandidates: BUTTONS,
  isSubmit,

  keySubmit(e, surface) {
    if (surface === 'comment' || surface === 'message') return isPlainEnter(e) ? 'sends' : null;
    // Whether the post dialog publishes on Ctrl/Cmd+Enter is unknown
    // (site-dom-facts §2.2): hold it for a block, otherwise leave it alone.
    return isModEnter(e) ? 'maybe' : null;
  },

  panelPlacement(editor) {
    // The editor's parent also holds Lexical's placeholder; insert after
    // that wrapper so nothing of ours sits in the editor's own subtree.
    return { anchor: editor.parentElement ?? editor, where: 'after' };
  },

  // The Create post dialog previews each photo or video from an object URL
  // (site-dom-facts §2.3: img[alt] in the dialog); avatars are not blob: URLs.
  attachmentPreviews(scope, surface) {
    if (surface !== 'post') return undefined;
    return scope.querySelectorAll('img[src^="blob:"], video[src^="blob:"]').length;
  },

  messageRecipient(editor) {
    // The conversation pane is the closest ancestor of the composer with a
    // heading or a profile link of its own; the page's first heading is often
    // the thread list's ("Chats"), which sits beside that pane, not in it.
    const stop = editor.closest('[role="main"], [role="complementary"], [role="dialog"]');
    for (let el = editor.parentElement; el; el = el.parentElement) {
      const title = Array.from(el.querySelectorAll('h1, h2, h3, [role="heading"], a[href]')).find(
        (c) => !editor.contains(c) && c.getAttribute('role') !== 'button' && textOf(c).length > 0 && textOf(c).length <= 100,
      );
      if (title) {
        const href = title.getAttribute('href') ?? '';
        const handle = /^\/(?!messages\/)([\w.-]+)\/?$/.exec(href)?.[1];
        return { name: textOf(title), ...(handle ? { handle } : {}) };
      }
      if (el === stop) break;
    }
    // A docked chat with a plain-text header: its first line is the name.
    const dialog = editor.closest('[role="dialog"]');
    const [name] = dialog ? lines(dialog, 1) : [];
    return name ? { name } : undefined;
  },

  profile: {
    // aria-label or, failing that, the visible text (profileAction reads either).
    selector: '[role="button"], button',
    action: profileAction,
    recipient,
  },
};
