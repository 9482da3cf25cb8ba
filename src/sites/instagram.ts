import type { ProfileAction, Recipient } from '../schema/draft';
import { ancestorContaining, isDisabled, labelOf, textOf } from '../content/dom';
import { isPlainEnter, labels, type ComposerSurface, type SiteAdapter } from './types';

// Instagram. Caption and DMs are Lexical, comments a textarea (some accounts
// get a Lexical comment box). There are no test ids: surfaces come from
// structure (create dialog, comment form, the /direct/ route) and buttons
// from localized label tables (site-dom-facts §3).

const EDITOR = '[contenteditable="true"][role="textbox"], [data-lexical-editor="true"][contenteditable="true"], textarea';

const SHARE = labels('Share', 'Compartir', 'Partager', 'Teilen', 'Condividi', 'Compartilhar', 'Chia sẻ', '分享', '共享', 'シェア', 'Поделиться', 'Udostępnij', 'Delen');
const POST = labels('Post', 'Publicar', 'Publier', 'Posten', 'Pubblica', 'Đăng', '发布', '發佈', '投稿する', 'Опубликовать', 'Opublikuj', 'Plaatsen');
const SEND = labels('Send', 'Enviar', 'Envoyer', 'Senden', 'Invia', 'Gửi', '发送', '傳送', '送信', 'Отправить', 'Wyślij', 'Verzenden');
const FOLLOW = labels('Follow', 'Follow Back', 'Seguir', 'Seguir também', 'Suivre', 'Suivre en retour', 'Folgen', 'Ebenfalls folgen', 'Segui', 'Theo dõi', '关注', '追蹤', 'フォローする', 'Подписаться', 'Obserwuj', 'Volgen');
const MESSAGE = labels('Message', 'Send message', 'Mensaje', 'Enviar mensaje', 'Mensagem', 'Envoyer un message', 'Nachricht senden', 'Messaggio', 'Nhắn tin', '发消息', '發送訊息', 'メッセージ', 'Отправить сообщение', 'Wiadomość', 'Bericht');
const MESSAGE_BOX = /^(message|mensaje|mensagem|nachricht|messaggio|tin nhắn|メッセージ|сообщение|wiadomość|bericht)/i;
const COMMENT_BOX = /comment|comentario|comentário|commentaire|kommentar|commento|bình luận|评论|留言|コメント|коммент/i;

const BUTTONS = 'button, [role="button"]';
// The remove control on a thumbnail of the crop step's media gallery.
const DELETE = labels('Delete', 'Remove', 'Eliminar', 'Supprimer', 'Löschen', 'Elimina', 'Excluir', 'Xóa', '删除', '刪除', '削除', 'Удалить', 'Usuń', 'Verwijderen');
const MEDIA = 'img, video, canvas';

function isSubmit(el: Element): boolean {
  if (!el.matches(BUTTONS)) return false;
  if (el.matches('button[type="submit"]') && el.closest('form')) return true;
  const label = labelOf(el);
  if (SHARE.has(label) || POST.has(label) || SEND.has(label)) return true;
  // The DM send arrow is an icon button labelled only by its svg.
  const icon = el.querySelector('svg[aria-label]');
  return !!icon && SEND.has((icon.getAttribute('aria-label') ?? '').toLowerCase());
}

function classify(editor: HTMLElement): ComposerSurface | null {
  if (editor.getAttribute('role') === 'combobox' || editor.closest('[role="search"]')) return null;
  const hint = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''} ${editor.getAttribute('placeholder') ?? ''}`.trim();
  if (location.pathname.startsWith('/direct/') || MESSAGE_BOX.test(hint)) return 'message';
  if (editor.closest('form') || COMMENT_BOX.test(hint)) return 'comment';
  if (editor.closest('[role="dialog"]')) return 'post';
  // A textarea outside any composer (bio, settings ...) is not checked.
  return editor.localName === 'textarea' ? null : 'post';
}

function scopeOf(editor: HTMLElement, surface: ComposerSurface): Element {
  if (surface === 'comment') return editor.closest('form') ?? ancestorContaining(editor, BUTTONS, 6) ?? editor.parentElement ?? editor;
  if (surface === 'post') return editor.closest('[role="dialog"]') ?? ancestorContaining(editor, BUTTONS, 10) ?? editor.parentElement ?? editor;
  // DM: the composer row holds the send button once text is typed.
  return ancestorContaining(editor, BUTTONS, 6) ?? editor.parentElement ?? editor;
}

/** A gallery thumbnail's remove control (labelled on itself or on its icon). */
function isDelete(el: Element): boolean {
  if (DELETE.has(labelOf(el))) return true;
  const icon = el.querySelector('svg[aria-label]');
  return !!icon && DELETE.has((icon.getAttribute('aria-label') ?? '').toLowerCase());
}

/**
 * How many files the create dialog still holds: one per thumbnail (each
 * with its Delete control) while the crop step's media gallery is open;
 * none when it is back at the picker (a file input and no picture at all).
 * Elsewhere the carousel shows one picture at a time: unknown.
 */
function createDialogPreviews(dialog: Element): number | undefined {
  const deletes = Array.from(dialog.querySelectorAll(BUTTONS)).filter(isDelete).length;
  if (deletes > 0) return deletes;
  if (dialog.querySelector('input[type="file"]') && !dialog.querySelector(MEDIA) && !dialog.querySelector(EDITOR)) return 0;
  return undefined;
}

function profileAction(el: Element): ProfileAction | null {
  if (isDisabled(el)) return null;
  const label = labelOf(el);
  if (FOLLOW.has(label)) return 'follow';
  if (MESSAGE.has(label)) return 'message';
  return null;
}

const STATS = /^[\d.,]+\s*[KMkm万]?\s+\S+$/; // "12 posts", "1,203 followers"

/** The header's text lines minus the controls and counters around them. */
function lines(el: Element | null | undefined): string[] {
  const text = el ? ((el as HTMLElement).innerText ?? el.textContent ?? '') : '';
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 2 && s.length <= 500 && !STATS.test(s) && !FOLLOW.has(s.toLowerCase()) && !MESSAGE.has(s.toLowerCase()) && !/^following$/i.test(s))
    .slice(0, 40);
}

function recipient(button: Element): Recipient {
  // Profile page: the header holds username, name and bio.
  const header = button.closest('header') ?? document.querySelector('main header');
  if (header) {
    const handle = textOf(header.querySelector('h2, h1')) || location.pathname.split('/').filter(Boolean)[0];
    const rest = lines(header).filter((l) => l !== handle);
    return { handle, name: rest[0], bio: rest.slice(1).join('\n') || undefined };
  }
  const card = button.parentElement?.parentElement;
  const [name, ...rest] = lines(card);
  return { handle: name, details: rest.length ? rest : undefined };
}

export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  editorSelector: EDITOR,
  classify,
  scopeOf,
  submitCandidates: BUTTONS,
  isSubmit,
  keySubmit: (e, surface) => (surface !== 'post' && isPlainEnter(e) ? 'sends' : null),

  panelPlacement(editor, surface) {
    // The comment form is one flex row (box + Post): the panel goes above it.
    if (surface === 'comment') {
      const form = editor.closest('form');
      if (form) return { anchor: form, where: 'before' };
    }
    return { anchor: editor.parentElement ?? editor, where: 'after' };
  },

  // Files are picked in the create dialog before its caption box exists,
  // and removed (gallery Delete, Back to the picker, Discard) while it is
  // gone: they belong to the dialog.
  mediaHolder: (target) => target.closest('[role="dialog"]'),
  attachmentPreviews: (scope, surface) => (surface === 'post' && scope.matches('[role="dialog"]') ? createDialogPreviews(scope) : undefined),

  messageRecipient(editor) {
    // The conversation header links to the other person's profile.
    const section = editor.closest('section') ?? document;
    const link = section.querySelector('header a[href]') ?? document.querySelector('[role="main"] header a[href]');
    const name = textOf(link);
    const handle = link?.getAttribute('href')?.split('/').filter(Boolean)[0];
    return name || handle ? { name: name || undefined, handle } : undefined;
  },

  profile: {
    selector: 'button, [role="button"]',
    action: profileAction,
    recipient,
  },
};
