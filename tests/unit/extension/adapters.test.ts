import { afterEach, describe, expect, it } from 'vitest';
import { resolveEditable } from '../../../src/content/dom';
import { facebookAdapter } from '../../../src/sites/facebook';
import { instagramAdapter } from '../../../src/sites/instagram';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import type { SiteAdapter } from '../../../src/sites/types';
import { xAdapter } from '../../../src/sites/x';
import { cleanupGlobals, fixture } from './dom-fixture';

afterEach(cleanupGlobals);

/** The editor the runtime would find: first match of the adapter's selector, resolved. */
function editorIn(adapter: SiteAdapter, html: string, url?: string) {
  const { document } = fixture(html, url);
  const match = document.querySelector(adapter.editorSelector) as unknown as Element;
  expect(match, 'adapter selector finds the composer').toBeTruthy();
  const editor = resolveEditable(match)!;
  return { document, editor, surface: adapter.classify(editor) };
}

const key = (init: Partial<KeyboardEvent>) => ({ key: 'Enter', keyCode: 13, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...init }) as KeyboardEvent;

describe('X', () => {
  const DRAFT = (id = 'tweetTextarea_0') =>
    `<div data-testid="${id}RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="${id}"><div data-contents="true"></div></div></div></div></div>`;
  const TOOLBAR = '<div data-testid="toolBar"><input type="file" data-testid="fileInput"><button data-testid="tweetButtonInline">Post</button></div>';

  it('classifies the home box as a post, resolves the editable, scopes to its toolbar', () => {
    const { editor, surface, document } = editorIn(xAdapter, `<main><div id="c">${DRAFT()}${TOOLBAR}</div></main>`, 'https://x.com/home');
    expect(editor.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(surface).toBe('post');
    const scope = xAdapter.scopeOf(editor, 'post');
    expect(scope.querySelector('[data-testid="tweetButtonInline"]')).toBeTruthy();
    expect(xAdapter.isSubmit(document.querySelector('[data-testid="tweetButtonInline"]')!)).toBe(true);
    expect(xAdapter.panelPlacement(editor, 'post').anchor.getAttribute('data-testid')).toBe('tweetTextarea_0RichTextInputContainer');
  });

  it('classifies a reply in a dialog that quotes the tweet as a comment', () => {
    const { surface } = editorIn(
      xAdapter,
      `<div role="dialog"><article data-testid="tweet">original</article>${DRAFT()}<button data-testid="tweetButton">Reply</button></div>`,
      'https://x.com/compose/post',
    );
    expect(surface).toBe('comment');
  });

  it('a compose modal over a /status/ page is a new post; the inline box there is a reply', () => {
    const url = 'https://x.com/LincolnHighOK/status/1790000000000000001';
    expect(editorIn(xAdapter, `<div role="dialog">${DRAFT()}<button data-testid="tweetButton">Post</button></div>`, url).surface).toBe('post');
    expect(editorIn(xAdapter, `<main>${DRAFT()}${TOOLBAR}</main>`, url).surface).toBe('comment');
  });

  it('classifies legacy and XChat DM composers as messages; Enter sends there, Ctrl+Enter on posts', () => {
    const legacy = editorIn(xAdapter, '<div data-testid="DMDrawer"><div data-testid="dmComposerTextInput" contenteditable="true"></div></div>');
    expect(legacy.surface).toBe('message');
    const chat = editorIn(
      xAdapter,
      '<form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">Send</button></form>',
      'https://x.com/i/chat/1-2',
    );
    expect(chat.editor.localName).toBe('textarea');
    expect(chat.surface).toBe('message');
    expect(xAdapter.scopeOf(chat.editor, 'message').localName).toBe('form');
    expect(xAdapter.keySubmit(key({}), 'message', chat.editor)).toBe('sends');
    expect(xAdapter.keySubmit(key({ shiftKey: true }), 'message', chat.editor)).toBeNull();
    expect(xAdapter.keySubmit(key({}), 'post', chat.editor)).toBeNull();
    expect(xAdapter.keySubmit(key({ ctrlKey: true }), 'post', chat.editor)).toBe('sends');
    expect(xAdapter.keySubmit(key({ metaKey: true }), 'comment', chat.editor)).toBe('sends');
  });

  it('maps follow / DM buttons to actions, not unfollow', () => {
    const { document } = fixture(
      '<button data-testid="1234-follow">Follow</button><button data-testid="1234-unfollow">Following</button><button data-testid="sendDMFromProfile">DM</button>',
    );
    const all = [...document.querySelectorAll(xAdapter.profile.selector)] as unknown as Element[];
    expect(all.map((b) => xAdapter.profile.action(b))).toEqual(['follow', 'message']);
  });

  it('reads the profile header into a recipient', () => {
    const { document } = fixture(
      '<div data-testid="UserName">Jayden M @jayden_m2028</div><div data-testid="UserDescription">Lincoln High ⚽ Class of 2028</div><div data-testid="UserProfileHeader_Items"><span>Tulsa, OK</span><span>Joined 2023</span></div><button data-testid="99-follow">Follow</button>',
      'https://x.com/jayden_m2028',
    );
    const r = xAdapter.profile.recipient(document.querySelector('[data-testid="99-follow"]') as unknown as Element);
    expect(r.bio).toBe('Lincoln High ⚽ Class of 2028');
    expect(r.details).toEqual(['Tulsa, OK', 'Joined 2023']);
  });

  it('reads a "Who to follow" cell whether name and @handle share a line or not', () => {
    const sameLine = fixture(
      '<div data-testid="UserCell"><a><span>Jayden M</span> <span>@jayden_m2028</span></a><div>LHS Class of 2028</div><button data-testid="9-follow">Follow</button></div>',
    ).document;
    const a = xAdapter.profile.recipient(sameLine.querySelector('[data-testid="9-follow"]') as unknown as Element);
    expect(a).toEqual({ name: 'Jayden M', handle: '@jayden_m2028', bio: 'LHS Class of 2028' });
    const ownLines = fixture(
      '<div data-testid="UserCell"><div>Jayden M</div><div>@jayden_m2028</div><div>LHS Class of 2028</div><button data-testid="9-follow">Follow</button></div>',
    ).document;
    const b = xAdapter.profile.recipient(ownLines.querySelector('[data-testid="9-follow"]') as unknown as Element);
    expect(b).toEqual({ name: 'Jayden M', handle: '@jayden_m2028', bio: 'LHS Class of 2028' });
  });
});

describe('Facebook', () => {
  const LEX = (attrs: string) => `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" ${attrs}><p><br></p></div></div>`;

  it('the Create post dialog is a post; its Post button (any case of label) is the submit', () => {
    const { editor, surface, document } = editorIn(
      facebookAdapter,
      `<div role="dialog" aria-label="Crear publicación">${LEX('aria-label="¿Qué estás pensando?"')}<div role="button" aria-label="Publicar">Publicar</div></div>`,
      'https://www.facebook.com/',
    );
    expect(surface).toBe('post');
    expect(facebookAdapter.scopeOf(editor, 'post').getAttribute('role')).toBe('dialog');
    expect(facebookAdapter.isSubmit(document.querySelector('[aria-label="Publicar"]')!)).toBe(true);
    expect(facebookAdapter.isSubmit(document.querySelector('[role="dialog"]')!)).toBe(false);
  });

  it('comment boxes are told by structure (in an article/form), in any language', () => {
    const { surface, editor } = editorIn(
      facebookAdapter,
      `<div role="article"><form>${LEX('aria-label="Écrire un commentaire…"')}</form></div>`,
      'https://www.facebook.com/',
    );
    expect(surface).toBe('comment');
    expect(facebookAdapter.scopeOf(editor, 'comment').localName).toBe('form');
    expect(facebookAdapter.keySubmit(key({}), 'comment', editor)).toBe('sends');
    expect(facebookAdapter.keySubmit(key({ shiftKey: true }), 'comment', editor)).toBeNull();
  });

  it('a reply box next to Like/Reply controls is scoped without them: "Reply" is not a send button', () => {
    const { editor, surface, document } = editorIn(
      facebookAdapter,
      `<div role="article"><div role="article"><span>Maria</span><div role="button">Like</div><div role="button">Reply</div><div><div>${LEX('aria-label="Reply to Maria"')}</div></div></div><form>${LEX('aria-label="Write a comment…"')}<div role="button" aria-label="Comment"></div></form></div>`,
      'https://www.facebook.com/',
    );
    expect(surface).toBe('comment');
    const reply = [...document.querySelectorAll('[role="button"]')].find((b) => b.textContent === 'Reply') as unknown as Element;
    expect(facebookAdapter.isSubmit(reply)).toBe(false);
    const scope = facebookAdapter.scopeOf(editor, 'comment');
    expect([...scope.querySelectorAll(facebookAdapter.submitCandidates)].some((b) => facebookAdapter.isSubmit(b as unknown as Element))).toBe(false);
  });

  it("Messenger is a message by route or by its locale-independent 'Aa' placeholder", () => {
    expect(editorIn(facebookAdapter, LEX('aria-placeholder="Aa"'), 'https://www.facebook.com/').surface).toBe('message');
    expect(editorIn(facebookAdapter, LEX(''), 'https://www.facebook.com/messages/t/1').surface).toBe('message');
  });

  it('a Messenger recipient comes from the conversation pane, not the thread list heading beside it', () => {
    const MSG = '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message" aria-placeholder="Aa"><p><br></p></div>';
    const { editor } = editorIn(
      facebookAdapter,
      `<div role="main"><nav><h1>Chats</h1><a href="/messages/t/1">Ana</a></nav><section><header><a href="/jordan.lee">Jordan Lee</a></header><div class="msgs"><a href="https://example.org">link</a></div><div>${MSG}</div></section></div>`,
      'https://www.facebook.com/messages/t/2',
    );
    expect(facebookAdapter.messageRecipient!(editor)).toEqual({ name: 'Jordan Lee', handle: 'jordan.lee' });
    const chat = editorIn(
      facebookAdapter,
      `<div role="dialog" aria-label="Chat with Sam Park"><header><span>Sam Park</span><div role="button" aria-label="Close chat">x</div></header><div>${MSG}</div></div>`,
      'https://www.facebook.com/sam.park',
    );
    expect(facebookAdapter.messageRecipient!(chat.editor)).toEqual({ name: 'Sam Park' });
  });

  it('post dialog Ctrl+Enter is only a maybe (not known to publish)', () => {
    const { editor } = editorIn(facebookAdapter, `<div role="dialog">${LEX('')}</div>`);
    expect(facebookAdapter.keySubmit(key({ ctrlKey: true }), 'post', editor)).toBe('maybe');
    expect(facebookAdapter.keySubmit(key({}), 'post', editor)).toBeNull();
  });

  it('profile buttons: add friend / follow / message in several languages', () => {
    const { document } = fixture(
      ['Add friend', 'Add Friend', 'Adicionar amigo', 'Follow', 'Message', 'Like', 'Friends'].map((l) => `<div role="button" aria-label="${l}"></div>`).join(''),
    );
    const buttons = [...document.querySelectorAll(facebookAdapter.profile.selector)] as unknown as Element[];
    expect(buttons.map((b) => facebookAdapter.profile.action(b))).toEqual([
      'friend-request', 'friend-request', 'friend-request', 'follow', 'message', null, null,
    ]);
  });

  it('profile buttons labelled by their text only (a plain <button>) count too', () => {
    const { document } = fixture('<button type="button"><span>Add friend</span></button><button type="button"><span>Cancel request</span></button>');
    const buttons = [...document.querySelectorAll(facebookAdapter.profile.selector)] as unknown as Element[];
    expect(buttons.map((b) => facebookAdapter.profile.action(b))).toEqual(['friend-request', null]);
  });
});

describe('Instagram', () => {
  it('the caption box in the create dialog is a post; Share is its submit', () => {
    const { surface, document } = editorIn(
      instagramAdapter,
      '<div role="dialog"><div role="button">Share</div><div aria-label="Write a caption..." contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div>',
      'https://www.instagram.com/',
    );
    expect(surface).toBe('post');
    expect(instagramAdapter.isSubmit(document.querySelector('[role="button"]')!)).toBe(true);
  });

  it('the comment textarea in a form is a comment; a DM is a message by route', () => {
    const c = editorIn(instagramAdapter, '<form><textarea aria-label="Add a comment…"></textarea><button type="submit">Post</button></form>', 'https://www.instagram.com/p/abc/');
    expect(c.surface).toBe('comment');
    expect(instagramAdapter.panelPlacement(c.editor, 'comment')).toMatchObject({ where: 'before' });
    const m = editorIn(instagramAdapter, '<div aria-label="Nachricht" contenteditable="true" role="textbox"><p><br></p></div>', 'https://www.instagram.com/direct/t/1/');
    expect(m.surface).toBe('message');
    expect(instagramAdapter.keySubmit(key({}), 'message', m.editor)).toBe('sends');
    expect(instagramAdapter.keySubmit(key({}), 'post', m.editor)).toBeNull();
  });

  it('a stray textarea (settings, bio) is not a composer', () => {
    expect(editorIn(instagramAdapter, '<textarea id="bio"></textarea>', 'https://www.instagram.com/accounts/edit/').surface).toBeNull();
  });

  it('follow / message by text, not "Following"', () => {
    const { document } = fixture('<header><button>Follow</button><button>Following</button><div role="button">Message</div></header>');
    const buttons = [...document.querySelectorAll('button, [role="button"]')] as unknown as Element[];
    expect(buttons.map((b) => instagramAdapter.profile.action(b))).toEqual(['follow', null, 'message']);
  });
});

describe('TikTok', () => {
  const DRAFT = '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="combobox"></div></div>';

  it('Studio caption is a post; comments and DMs by data-e2e', () => {
    const post = editorIn(tiktokAdapter, `<div>${DRAFT}<button data-e2e="post_video_button">Post</button></div>`, 'https://www.tiktok.com/tiktokstudio/upload');
    expect(post.surface).toBe('post');
    expect(tiktokAdapter.scopeOf(post.editor, 'post').querySelector('[data-e2e="post_video_button"]')).toBeTruthy();
    const comment = editorIn(tiktokAdapter, `<div data-e2e="comment-input">${DRAFT}</div><div data-e2e="comment-post">Post</div>`);
    expect(comment.surface).toBe('comment');
    expect(tiktokAdapter.keySubmit(key({}), 'comment', comment.editor)).toBe('sends');
    const dm = editorIn(tiktokAdapter, `<div data-e2e="message-input-area">${DRAFT}</div>`, 'https://www.tiktok.com/messages');
    expect(dm.surface).toBe('message');
  });

  it('the DM send svg counts as the submit', () => {
    const { document } = fixture('<div><svg data-e2e="message-send"><path d="M0"></path></svg></div>');
    expect(tiktokAdapter.isSubmit(document.querySelector('path') as unknown as Element)).toBe(true);
  });

  it('follow buttons: follow, but not when already following; message button', () => {
    const { document } = fixture(
      '<button data-e2e="follow-button">Follow</button><button data-e2e="follow-button">Following</button><button data-e2e="feed-follow" aria-pressed="true">+</button><button data-e2e="message-button">Message</button>',
    );
    const buttons = [...document.querySelectorAll(tiktokAdapter.profile.selector)] as unknown as Element[];
    expect(buttons.map((b) => tiktokAdapter.profile.action(b))).toEqual(['follow', null, null, 'message']);
  });

  it('reads the profile header by data-e2e', () => {
    const { document } = fixture(
      '<h1 data-e2e="user-title">jayden.m.2028</h1><h2 data-e2e="user-subtitle">Jayden M</h2><h2 data-e2e="user-bio">Lincoln High ‘28</h2><button data-e2e="follow-button">Follow</button>',
    );
    expect(tiktokAdapter.profile.recipient(document.querySelector('button') as unknown as Element)).toEqual({
      handle: 'jayden.m.2028',
      name: 'Jayden M',
      bio: 'Lincoln High ‘28',
    });
  });
});

describe('resolveEditable', () => {
  it('climbs from a nested contenteditable to the editor root, stopping at contenteditable=false', () => {
    const { document } = fixture('<div id="root" contenteditable="true"><span contenteditable="false"><span id="chip" contenteditable="true"></span></span><p id="p"></p></div>');
    expect(resolveEditable(document.querySelector('#chip') as unknown as Element)!.id).toBe('chip');
    expect(resolveEditable(document.querySelector('#root') as unknown as Element)!.id).toBe('root');
  });

  it('finds the editable inside a wrapper, or nothing', () => {
    const { document } = fixture('<div id="w"><div><div id="e" contenteditable="true"></div></div></div><div id="none"></div>');
    expect(resolveEditable(document.querySelector('#w') as unknown as Element)!.id).toBe('e');
    expect(resolveEditable(document.querySelector('#none') as unknown as Element)).toBeNull();
  });
});
