// Tests of the local site copies ALONE (no extension loaded, nothing about
// Second Look): typing reaches each real editor, the editor's model holds
// exactly what was typed, each submit path publishes exactly once, file
// inputs show previews, profile buttons record their action, in-app
// navigation uses pushState, and no page makes a network request (the
// fixture's network guard fails any test otherwise).
import type { Page } from '@playwright/test';
import { PNG_1x1, START_URLS, editorText, expect, openSite, profileActions, published, test, typeInEditor } from './fixtures';
import { dropFiles, pasteFiles } from './transfer-helpers';

test.use({ extension: 'none' });

const SPANISH = 'Mañana: reunión de padres ¿sí? ¡Olé! 😀👍';

/** Mark the document; if the mark survives a navigation, it was a pushState one. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

const file = (name: string, mimeType: string, buffer: Buffer = PNG_1x1) => ({ name, mimeType, buffer });

// ------------------------------------------------------------- Facebook --

test.describe('Facebook', () => {
  const DIALOG = 'div[role="dialog"][aria-label="Create post"]';
  const DIALOG_EDITOR = `${DIALOG} div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]`;
  const POST = `${DIALOG} div[role="button"][aria-label="Post"]`;
  const FB_ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';

  test('Create post dialog: Lexical model matches typing; Post publishes once; dialog detaches', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    await page.locator('[data-pagelet="FeedComposer"] div[role="button"]', { hasText: "What's on your mind" }).click();
    await expect(page.locator(DIALOG_EDITOR)).toHaveAttribute('aria-placeholder', "What's on your mind, Ana?");
    await expect(page.locator(POST)).toHaveAttribute('aria-disabled', 'true');
    // Enter makes a new <p>; Lexical's getTextContent joins paragraphs with "\n\n".
    await typeInEditor(page, DIALOG_EDITOR, `Line one\n${SPANISH}`, { newline: 'Enter' });
    expect(await editorText(page, DIALOG_EDITOR)).toBe(`Line one\n\n${SPANISH}`);
    await expect(page.locator(`${DIALOG_EDITOR} > p`)).toHaveCount(2);
    await expect(page.locator(`${DIALOG_EDITOR} span[data-lexical-text="true"]`).first()).toHaveText('Line one');
    await expect(page.locator(POST)).not.toHaveAttribute('aria-disabled', 'true');
    await page.locator(POST).click();
    await expect(page.locator(DIALOG)).toHaveCount(0);
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'facebook.post', text: `Line one\n\n${SPANISH}`, files: [], via: 'click' })]);
    await expect(page.locator('[role="feed"] [role="article"]').first()).toContainText(SPANISH);
  });

  test('Post button keyboard activation (Enter on the focused div) publishes once', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    await page.locator('[data-pagelet="FeedComposer"] div[role="button"]', { hasText: "What's on your mind" }).click();
    await typeInEditor(page, DIALOG_EDITOR, 'Shift+Enter stays in one paragraph\nsecond line');
    expect(await editorText(page, DIALOG_EDITOR)).toBe('Shift+Enter stays in one paragraph\nsecond line');
    await page.locator(POST).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(DIALOG)).toHaveCount(0);
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'facebook.post', via: 'keyboard' })]);
  });

  test('page-level file input opens Create post with previews; a photo-only post publishes its files', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    const input = page.locator(`input[type="file"][multiple][accept="${FB_ACCEPT}"]`);
    await expect(input).toHaveCount(1);
    await input.setInputFiles([file('field-trip.png', 'image/png'), file('bus.png', 'image/png')]);
    await expect(page.locator(`${DIALOG} img[alt="field-trip.png"]`)).toHaveAttribute('src', /^blob:/);
    await expect(page.locator(`${DIALOG} img[alt="bus.png"]`)).toBeVisible();
    await page.locator(POST).click();
    const [p] = await published(page);
    expect(p).toMatchObject({ surface: 'facebook.post', text: '', files: [{ name: 'field-trip.png', type: 'image/png' }, { name: 'bus.png', type: 'image/png' }] });
  });

  test('comment boxes: Shift+Enter is a newline, Enter publishes once, the box empties; the Comment button works too', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    const box = 'div[role="textbox"][data-lexical-editor="true"][aria-label="Write a public comment…"]';
    await page.keyboard.press('Escape');
    await typeInEditor(page, box, `Great memories!\n${SPANISH}`);
    expect(await editorText(page, box)).toBe(`Great memories!\n${SPANISH}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page, box)).toBe('');
    await page.keyboard.press('Enter'); // empty: nothing is sent
    const second = 'div[role="textbox"][aria-label="Comment as Ana Rodríguez"]';
    await typeInEditor(page, second, 'Go Lions');
    await page.locator('[role="article"]', { has: page.locator(second) }).locator('div[role="button"][aria-label="Comment"]').click();
    expect(await published(page)).toEqual([
      expect.objectContaining({ surface: 'facebook.comment', text: `Great memories!\n${SPANISH}`, via: 'enter' }),
      expect.objectContaining({ surface: 'facebook.comment', text: 'Go Lions', via: 'click' }),
    ]);
    await expect(page.locator('[aria-label="Comment by Ana Rodríguez"]')).toHaveCount(2);
  });

  test('several hidden pre-rendered Lexical editors exist under aria-hidden ancestors', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    const hidden = page.locator('[aria-hidden="true"] [data-lexical-editor="true"]');
    await expect(hidden).toHaveCount(4);
    const editors = await page.evaluate(() => window.__editors());
    expect(editors.filter((e) => e.surface === 'facebook.hidden').every((e) => !e.visible)).toBe(true);
    expect(editors.filter((e) => e.surface === 'facebook.comment').every((e) => e.visible)).toBe(true);
  });

  test('Messenger: Enter sends, Shift+Enter is a newline, the send button appears with text', async ({ page }) => {
    await openSite(page, START_URLS.facebook.messenger);
    const box = 'div[aria-label="Message"][contenteditable="true"][data-lexical-editor="true"]:not([aria-hidden] *)';
    await expect(page.locator('div[role="button"][aria-label="Press Enter to send"]')).toHaveCount(0);
    await typeInEditor(page, box, `Hi Jayden,\n${SPANISH}`);
    await expect(page.locator('div[role="button"][aria-label="Press Enter to send"]')).toBeVisible();
    expect(await editorText(page, box)).toBe(`Hi Jayden,\n${SPANISH}`);
    await page.keyboard.press('Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'facebook.messenger', text: `Hi Jayden,\n${SPANISH}`, via: 'enter' })]);
    await expect(page.locator('[role="row"]').last()).toContainText('Hi Jayden,');
  });

  test('profile: intro shows the person; Add friend / Follow / Message record their action; Message opens a chat', async ({ page }) => {
    await openSite(page, START_URLS.facebook.profileStudent);
    await expect(page.locator('h1')).toHaveText('Jayden Miller');
    await expect(page.getByText('Studies at Lincoln High School')).toBeVisible();
    await expect(page.getByText('Lives in Tulsa, Oklahoma')).toBeVisible();
    await page.locator('div[role="button"][aria-label="Add friend"]').click();
    await expect(page.locator('div[role="button"][aria-label="Cancel request"]')).toBeVisible();
    await page.locator('div[role="button"][aria-label="Follow"]').focus();
    await page.keyboard.press('Enter'); // keyboard activation, no click event
    await page.locator('div[role="button"][aria-label="Message"]').click();
    const chat = page.locator('div[role="dialog"][aria-label="Chat with Jayden Miller"] div[aria-label="Message"][data-lexical-editor="true"]');
    await expect(chat).toBeVisible();
    await typeInEditor(page, `div[role="dialog"][aria-label="Chat with Jayden Miller"] div[aria-label="Message"]`, 'See you in class');
    await page.keyboard.press('Enter');
    expect(await profileActions(page)).toEqual([
      { site: 'facebook', action: 'add_friend', user: 'jayden.m.2028' },
      { site: 'facebook', action: 'follow', user: 'jayden.m.2028' },
      { site: 'facebook', action: 'message', user: 'jayden.m.2028' },
    ]);
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'facebook.chat', text: 'See you in class' })]);
  });

  test('profile content can be chosen by path and query', async ({ page }) => {
    await openSite(page, START_URLS.facebook.profileAdult);
    await expect(page.getByText('Works at Lincoln High School')).toBeVisible();
    await expect(page.getByText(/Studies at/)).toHaveCount(0);
    await openSite(page, 'https://www.facebook.com/sam.lee.27?name=Sam%20Lee&studies=Lincoln%20High%20School&bio=Class%20of%202027');
    await expect(page.locator('h1')).toHaveText('Sam Lee');
    await expect(page.getByText('Studies at Lincoln High School')).toBeVisible();
    await expect(page.getByText('Class of 2027')).toBeVisible();
  });

  test('feed -> profile -> back is in-app navigation (pushState); theme toggles', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    await markDocument(page);
    await page.locator('[role="article"] a', { hasText: 'Jayden Miller' }).first().click();
    await expect(page).toHaveURL('https://www.facebook.com/jayden.m.2028');
    await expect(page.locator('h1')).toHaveText('Jayden Miller');
    await page.goBack();
    await expect(page).toHaveURL('https://www.facebook.com/');
    await expect(page.locator('[data-pagelet="FeedComposer"]')).toBeVisible();
    expect(await sameDocument(page)).toBe(true);
    await page.locator('[data-test-theme-toggle]').click();
    await expect(page.locator('html')).toHaveClass(/__fb-dark-mode/);
  });

  test('/me?composer=inline: an inline Lexical box with a quick-action row; Post is disabled until text, publishes once and empties the box', async ({ page }) => {
    await openSite(page, 'https://www.facebook.com/me?composer=inline');
    const card = '[data-pagelet="ProfileComposer"]';
    const box = `${card} div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]`;
    const post = `${card} div[role="button"][aria-label="Post"]`;
    await expect(page.locator(box)).toHaveAttribute('aria-placeholder', "What's on your mind, Ana?");
    await expect(page.locator(`${card} [role="button"][aria-label="Photo/video"]`)).toBeVisible();
    await expect(page.locator(post)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator(DIALOG)).toHaveCount(0);
    await typeInEditor(page, box, SPANISH);
    expect(await editorText(page, box)).toBe(SPANISH);
    await page.locator(post).click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'facebook.post', text: SPANISH, via: 'click', files: [] })]);
    await expect.poll(() => editorText(page, box)).toBe('');
    // Its Photo/video opens the same Create post dialog as the feed.
    await page.locator(`${card} input[type="file"][accept="${FB_ACCEPT}"]`).setInputFiles(file('a.png', 'image/png'));
    await expect(page.locator(`${DIALOG} img[src^="blob:"]`)).toHaveCount(1);
  });

  // @chromium-only: Firefox's ClipboardEvent constructor keeps only the string
  // data of clipboardData, so a synthetic paste carries no file there (a
  // user's real paste does); drops are tested in both browsers.
  test('pictures dropped or pasted on the Create post box and in Messenger preview and go with the post; the text is unchanged @chromium-only', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    await page.locator('[data-pagelet="FeedComposer"] div[role="button"]', { hasText: "What's on your mind" }).click();
    await typeInEditor(page, DIALOG_EDITOR, 'Look!');
    await dropFiles(page.locator(DIALOG_EDITOR), [file('drop.png', 'image/png')]);
    await pasteFiles(page.locator(DIALOG_EDITOR), [file('paste.png', 'image/png')]);
    await expect(page.locator(`${DIALOG} img[src^="blob:"]`)).toHaveCount(2);
    expect(await editorText(page, DIALOG_EDITOR)).toBe('Look!');
    await page.locator(POST).click();
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'facebook.post', text: 'Look!', files: [expect.objectContaining({ name: 'drop.png' }), expect.objectContaining({ name: 'paste.png' })] }),
    ]);

    await openSite(page, START_URLS.facebook.messenger);
    const msg = '[role="main"] [aria-label="Message"][data-lexical-editor="true"]';
    await pasteFiles(page.locator(msg), [file('paste.png', 'image/png')]);
    await expect(page.locator('.fb-messenger-attachment img')).toHaveCount(1);
    // A picture alone can be sent: the send button comes with it.
    await page.locator('[role="button"][aria-label="Press Enter to send"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'facebook.messenger', text: '', files: [expect.objectContaining({ name: 'paste.png' })] })]);
    await expect(page.locator('.fb-messenger-attachment')).toHaveCount(0);
  });
});

// -------------------------------------------------------------------- X --

test.describe('X', () => {
  const INLINE = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  const MODAL = '[role="dialog"][aria-modal="true"]';

  test('home composer: Draft.js model matches typing (Enter = newline), button disabled when empty, Ctrl+Enter posts once', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    const editor = page.locator(INLINE);
    await expect(editor).toHaveClass(/public-DraftEditor-content/);
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(page.locator('[data-testid="tweetTextarea_0_label"] [data-testid="tweetTextarea_0"]')).toHaveCount(1);
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toBeDisabled();
    await typeInEditor(page, INLINE, `Field trip tomorrow!\n${SPANISH}`, { newline: 'Enter' });
    expect(await editorText(page, INLINE)).toBe(`Field trip tomorrow!\n${SPANISH}`);
    await expect(page.locator(`${INLINE} [data-block="true"]`)).toHaveCount(2);
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toBeEnabled();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-testid="toast"]')).toContainText('Your post was sent.');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: `Field trip tomorrow!\n${SPANISH}`, via: 'ctrl-enter' })]);
    expect(await editorText(page, INLINE)).toBe('');
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toBeDisabled();
  });

  test('/compose/post: modal composer coexists with the home one; tweetButton posts once and closes it', async ({ page }) => {
    await openSite(page, START_URLS.x.compose);
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(2);
    await typeInEditor(page, `${MODAL} [data-testid="tweetTextarea_0RichTextInputContainer"]`, 'Posted from the modal');
    expect(await editorText(page, `${MODAL} [data-testid="tweetTextarea_0"]`)).toBe('Posted from the modal');
    expect(await editorText(page, INLINE)).toBe('');
    await page.locator(`${MODAL} button[data-testid="tweetButton"]`).click();
    await expect(page.locator(MODAL)).toHaveCount(0);
    await expect(page).toHaveURL('https://x.com/home');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: 'Posted from the modal', via: 'click' })]);
  });

  test('thread: addButton adds tweetTextarea_1; "Post all" publishes both parts once', async ({ page }) => {
    await openSite(page, START_URLS.x.compose);
    await typeInEditor(page, `${MODAL} [data-testid="tweetTextarea_0"]`, 'Part one');
    await page.locator(`${MODAL} [data-testid="addButton"]`).click();
    await typeInEditor(page, `${MODAL} [data-testid="tweetTextarea_1"]`, 'Part two 🧵');
    await expect(page.locator(`${MODAL} button[data-testid="tweetButton"]`)).toHaveText('Post all');
    await page.keyboard.press('Control+Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.post', parts: ['Part one', 'Part two 🧵'], text: 'Part one\n\nPart two 🧵' })]);
  });

  test('media: fileInput in toolBar shows previews in attachments; a media-only post publishes its files', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    const input = page.locator('[data-testid="primaryColumn"] [data-testid="toolBar"] input[data-testid="fileInput"][type="file"]');
    await input.setInputFiles([file('poster.png', 'image/png'), file('clip.mp4', 'video/mp4', Buffer.from('not really a video'))]);
    await expect(page.locator('[data-testid="attachments"] img')).toHaveAttribute('src', /^blob:/);
    await expect(page.locator('[data-testid="attachments"] video')).toHaveCount(1);
    await expect(page.locator('[data-testid="removeMedia"][aria-label="Remove media"]')).toHaveCount(2);
    await page.locator('[data-testid="removeMedia"]').last().click();
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: '', files: [{ name: 'poster.png', type: 'image/png', size: PNG_1x1.length }] })]);
  });

  test('status page: inline reply composer ("Post your reply", Reply button) publishes an x.reply', async ({ page }) => {
    await openSite(page, START_URLS.x.status);
    await expect(page.getByText('Replying to')).toBeVisible();
    await expect(page.locator('.public-DraftEditorPlaceholder-inner')).toHaveText('Post your reply');
    await typeInEditor(page, INLINE, 'Congrats team!');
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toHaveText('Reply');
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.reply', text: 'Congrats team!' })]);
  });

  test('mobile layout: a <textarea> inside div[data-testid^="tweetTextarea"]; Ctrl+Enter posts once', async ({ page }) => {
    await openSite(page, `${START_URLS.x.compose}?layout=mobile`);
    const ta = 'main div[data-testid^="tweetTextarea"] textarea';
    await typeInEditor(page, ta, `Mobile post\n${SPANISH}`);
    expect(await editorText(page, ta)).toBe(`Mobile post\n${SPANISH}`);
    await page.keyboard.press('Control+Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.post.mobile', text: `Mobile post\n${SPANISH}` })]);
  });

  test('XChat: send button only with text; Enter sends, Shift+Enter is a newline', async ({ page }) => {
    await openSite(page, START_URLS.x.chat);
    const ta = 'form[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]';
    await expect(page.locator('[data-testid="dm-composer-send-button"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="dm-composer-voice-button"]')).toBeVisible();
    await typeInEditor(page, ta, `Hi!\n${SPANISH}`);
    await expect(page.locator('button[data-testid="dm-composer-send-button"]')).toBeVisible();
    expect(await editorText(page, ta)).toBe(`Hi!\n${SPANISH}`);
    await page.keyboard.press('Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.chat', text: `Hi!\n${SPANISH}`, via: 'enter' })]);
    expect(await editorText(page, ta)).toBe('');
    await typeInEditor(page, ta, 'second');
    await page.locator('button[data-testid="dm-composer-send-button"]').click();
    expect((await published(page)).map((p) => p.via)).toEqual(['enter', 'click']);
  });

  test('legacy DMs: Draft.js dmComposerTextInput; Enter sends; send button disabled when empty', async ({ page }) => {
    await openSite(page, START_URLS.x.messages);
    const box = '[data-testid="dmComposerTextInput"]';
    await expect(page.locator(box)).toHaveClass(/public-DraftEditor-content/);
    await expect(page.locator('[data-testid="dmComposerSendButton"]')).toBeDisabled();
    await typeInEditor(page, box, `Hello\n${SPANISH}`);
    expect(await editorText(page, box)).toBe(`Hello\n${SPANISH}`);
    await page.keyboard.press('Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'x.dm', text: `Hello\n${SPANISH}` })]);
  });

  test('profile: header items describe the person; follow/unfollow and Message record actions; Message navigates in-app', async ({ page }) => {
    await openSite(page, START_URLS.x.profileStudent);
    await expect(page.locator('[data-testid="UserName"]')).toContainText('@jayden_m2028');
    await expect(page.locator('[data-testid="UserDescription"]')).toContainText("LHS '28");
    await expect(page.locator('[data-testid="UserProfileHeader_Items"]')).toContainText('Born May 3, 2011');
    await page.locator('[data-testid="placementTracking"] [role="button"][data-testid="1234567-follow"]').click();
    await page.locator('[data-testid="1234567-unfollow"]').click();
    await page.locator('[data-testid="confirmationSheetConfirm"]').click();
    await expect(page.locator('[data-testid="placementTracking"] [data-testid="1234567-follow"]')).toBeVisible();
    await markDocument(page);
    await page.locator('[data-testid="sendDMFromProfile"]').click();
    await expect(page).toHaveURL(/\/i\/chat\/9900011-1234567$/);
    await expect(page.locator('textarea[data-testid="dm-composer-textarea"]')).toBeVisible();
    expect(await sameDocument(page)).toBe(true);
    expect(await profileActions(page)).toEqual([
      { site: 'x', action: 'follow', user: 'jayden_m2028' },
      { site: 'x', action: 'unfollow', user: 'jayden_m2028' },
      { site: 'x', action: 'message', user: 'jayden_m2028' },
    ]);
  });

  test('profile content by query; twitter.com serves the same pages; theme toggles', async ({ page }) => {
    await openSite(page, 'https://twitter.com/someone?bio=Class%20of%202028%20%7C%20LHS%20band&name=Sam%20Lee&dm=none');
    await expect(page.locator('[data-testid="UserDescription"]')).toHaveText('Class of 2028 | LHS band');
    await expect(page.locator('[data-testid="sendDMFromProfile"]')).toHaveCount(0);
    await page.locator('[data-test-theme-toggle]').click();
    await expect(page.locator('html')).toHaveClass(/x-dark/);
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  });

  test('messages drawer on /home: collapsed to its header, expands to conversations, each generation with its own composer beside the timeline one', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    const drawer = '[data-testid="chat-drawer-root"]';
    await expect(page.locator(drawer)).toBeVisible();
    await expect(page.locator(`${drawer} textarea`)).toHaveCount(0);
    await page.locator(`${drawer} [data-testid="chat-drawer-header"]`).click();
    await page.locator(`${drawer} [data-testid="conversation"]`, { hasText: 'jayden_m2028' }).click();
    const chat = `${drawer} textarea[data-testid="dm-composer-textarea"]`;
    await expect(page.locator(chat)).toBeFocused();
    await expect(page.locator(`${drawer} [data-testid="dm-conversation-header"]`)).toContainText('@jayden_m2028');
    await expect(page.locator(INLINE)).toBeVisible();
    // Two composers: each keeps its own text; Enter sends only in the drawer.
    await typeInEditor(page, INLINE, 'timeline draft');
    await typeInEditor(page, chat, 'hello from the drawer');
    await page.locator(chat).press('Enter');
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.chat', text: 'hello from the drawer', via: 'enter', url: START_URLS.x.home })]);
    await expect(page.locator(`${drawer} [data-testid="messageEntry"]`).last()).toHaveText('hello from the drawer');
    expect(await editorText(page, INLINE)).toBe('timeline draft');

    await openSite(page, `${START_URLS.x.home}?drawer=legacy&drawerWith=MrsGarciaTeaches`);
    const legacy = '[data-testid="DMDrawer"] [data-testid="dmComposerTextInput"]';
    await expect(page.locator('[data-testid="DMDrawerHeader"]')).toContainText('@MrsGarciaTeaches');
    await typeInEditor(page, legacy, 'See you at lunch');
    await page.locator('[data-testid="DMDrawer"] [data-testid="dmComposerSendButton"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.dm', text: 'See you at lunch', via: 'click' })]);
    await openSite(page, `${START_URLS.x.home}?drawer=none`);
    await expect(page.locator('[data-testid="DMDrawer"], [data-testid="chat-drawer-root"]')).toHaveCount(0);
  });

  // @chromium-only: Firefox's ClipboardEvent constructor keeps only the string
  // data of clipboardData, so a synthetic paste carries no file there (a
  // user's real paste does); drops are tested in both browsers.
  test('pictures dropped or pasted on the post, XChat and legacy DM boxes preview in [data-testid="attachments"] and go with the post @chromium-only', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, INLINE, 'Look!');
    expect((await dropFiles(page.locator(INLINE), [file('drop.png', 'image/png')])).defaultPrevented).toBe(true);
    expect((await pasteFiles(page.locator(INLINE), [file('paste.png', 'image/png')])).defaultPrevented).toBe(true);
    await expect(page.locator('[data-testid="primaryColumn"] [data-testid="attachments"] img')).toHaveCount(2);
    expect(await editorText(page, INLINE)).toBe('Look!');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'x.post', text: 'Look!', files: [expect.objectContaining({ name: 'drop.png' }), expect.objectContaining({ name: 'paste.png' })] }),
    ]);

    await openSite(page, START_URLS.x.chat);
    const chat = 'textarea[data-testid="dm-composer-textarea"]';
    await expect(page.locator('[data-testid="dm-composer-voice-button"]')).toBeVisible();
    await pasteFiles(page.locator(chat), [file('paste.png', 'image/png')]);
    await expect(page.locator('[data-testid="dm-composer-form"] [data-testid="attachments"] img')).toHaveCount(1);
    await page.locator('[data-testid="dm-composer-send-button"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.chat', text: '', files: [expect.objectContaining({ name: 'paste.png' })] })]);

    await openSite(page, START_URLS.x.messages);
    const dm = '[data-testid="dmComposerTextInput"]';
    await typeInEditor(page, dm, 'pic');
    await dropFiles(page.locator(dm), [file('drop.png', 'image/png')]);
    await page.locator('[data-testid="removeMedia"]').click();
    await expect(page.locator('[data-testid="attachments"]')).toHaveCount(0);
    await pasteFiles(page.locator(dm), [file('paste.png', 'image/png')]);
    await page.keyboard.press('Enter');
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.dm', text: 'pic', files: [expect.objectContaining({ name: 'paste.png' })] })]);
  });
});

// ------------------------------------------------------------ Instagram --

test.describe('Instagram', () => {
  const IG_ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime';

  test('comment textarea: Shift+Enter newline, Enter posts once; "Post" appears only with text', async ({ page }) => {
    await openSite(page, START_URLS.instagram.post);
    const ta = 'form textarea[aria-label="Add a comment…"][placeholder="Add a comment…"]';
    const form = page.locator('form', { has: page.locator('textarea[aria-label="Add a comment…"]') });
    await expect(form.getByRole('button', { name: 'Post', exact: true })).toHaveCount(0);
    await typeInEditor(page, ta, `Congrats!\n${SPANISH}`);
    await expect(form.getByRole('button', { name: 'Post', exact: true })).toBeVisible();
    expect(await editorText(page, ta)).toBe(`Congrats!\n${SPANISH}`);
    await page.keyboard.press('Enter');
    await typeInEditor(page, ta, 'by click');
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    expect(await published(page)).toEqual([
      expect.objectContaining({ surface: 'instagram.comment', text: `Congrats!\n${SPANISH}`, via: 'enter' }),
      expect.objectContaining({ surface: 'instagram.comment', text: 'by click', via: 'click' }),
    ]);
  });

  test('comments=lexical variant: a Lexical comment box posts on Enter', async ({ page }) => {
    await openSite(page, `${START_URLS.instagram.post}?comments=lexical`);
    const box = 'div[role="textbox"][aria-label="Add a comment…"][data-lexical-editor="true"]';
    await typeInEditor(page, box, `Nice\n${SPANISH}`);
    expect(await editorText(page, box)).toBe(`Nice\n${SPANISH}`);
    await page.keyboard.press('Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'instagram.comment', text: `Nice\n${SPANISH}` })]);
  });

  test('create: file input -> preview -> Next -> Next -> Lexical caption -> Share publishes once with the files', async ({ page }) => {
    await openSite(page, START_URLS.instagram.feed);
    await page.locator('a:has(svg[aria-label="New post"])').click();
    const dialog = page.locator('div[role="dialog"]');
    await expect(dialog.getByRole('heading', { name: 'Create new post' })).toBeVisible();
    await dialog.locator(`input[type="file"][accept="${IG_ACCEPT}"]`).setInputFiles([file('classroom.png', 'image/png')]);
    await expect(dialog.locator('img[alt="classroom.png"]')).toHaveAttribute('src', /^blob:/);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    const caption = 'div[role="dialog"] div[aria-label="Write a caption..."][contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
    await typeInEditor(page, caption, `Science fair!\n${SPANISH}`);
    expect(await editorText(page, caption)).toBe(`Science fair!\n${SPANISH}`);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog.getByText('Your post has been shared.')).toBeVisible();
    expect(await published(page)).toEqual([
      expect.objectContaining({ surface: 'instagram.post', text: `Science fair!\n${SPANISH}`, files: [{ name: 'classroom.png', type: 'image/png', size: PNG_1x1.length }] }),
    ]);
  });

  test('create: the crop step gallery deletes and adds files; the last Delete returns to the picker; Back and close ask "Discard post?"', async ({ page }) => {
    await openSite(page, START_URLS.instagram.create);
    const dialog = page.locator('div[role="dialog"][aria-labelledby="ig-create-title"]');
    await dialog.locator(`input[type="file"][accept="${IG_ACCEPT}"]`).setInputFiles([file('a.png', 'image/png'), file('b.png', 'image/png')]);
    await dialog.locator('[role="button"]:has(svg[aria-label="Open media gallery"])').click();
    const thumbs = dialog.locator('.ig-thumb img[src^="blob:"]');
    await expect(thumbs).toHaveCount(2);
    await dialog.locator('.ig-gallery input[type="file"]').setInputFiles([file('c.png', 'image/png')]);
    await expect(thumbs).toHaveCount(3);
    const del = dialog.locator('[role="button"]:has(svg[aria-label="Delete"])');
    await del.first().click();
    await del.first().click();
    await expect(thumbs).toHaveCount(1);
    await expect(dialog.locator('img[alt="c.png"]')).toBeVisible();
    await del.click();
    await expect(dialog.getByRole('heading', { name: 'Create new post' })).toBeVisible();
    await expect(dialog.locator(`input[type="file"][accept="${IG_ACCEPT}"]`)).toHaveCount(1);

    // Back from the crop step: "Discard post?"; Cancel keeps the file, Discard returns to the picker.
    await dialog.locator(`input[type="file"][accept="${IG_ACCEPT}"]`).setInputFiles([file('d.png', 'image/png')]);
    await dialog.locator('button:has(svg[aria-label="Back"])').click();
    const confirm = page.locator('div[role="dialog"]', { hasText: 'Discard post?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.locator('img[alt="d.png"]')).toBeVisible();
    await dialog.locator('button:has(svg[aria-label="Back"])').click();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog.getByRole('heading', { name: 'Create new post' })).toBeVisible();

    // Close with a file picked: "Discard post?", and Discard closes the dialog.
    await dialog.locator(`input[type="file"][accept="${IG_ACCEPT}"]`).setInputFiles([file('e.png', 'image/png')]);
    await page.locator('button:has(svg[aria-label="Close"])').click();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(page.locator('div[role="dialog"]')).toHaveCount(0);
    expect(await published(page)).toEqual([]);
  });

  test('DMs: Lexical Message box; Enter sends; "Send" appears with text', async ({ page }) => {
    await openSite(page, START_URLS.instagram.direct);
    const box = 'div[aria-label="Message"][contenteditable="true"][role="textbox"]';
    await expect(page.locator(box)).toHaveAttribute('aria-placeholder', 'Message...');
    await typeInEditor(page, box, `Hola\n${SPANISH}`);
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    expect(await editorText(page, box)).toBe(`Hola\n${SPANISH}`);
    await page.keyboard.press('Enter');
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'instagram.dm', text: `Hola\n${SPANISH}` })]);
  });

  test('profile: bio shown; Follow and Message (found by text) record actions; Message navigates in-app', async ({ page }) => {
    await openSite(page, START_URLS.instagram.profileStudent);
    await expect(page.getByText('LHS c/o 2028 🦁')).toBeVisible();
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Following', exact: true })).toBeVisible();
    await markDocument(page);
    await page.getByRole('button', { name: 'Message', exact: true }).click();
    await expect(page).toHaveURL(START_URLS.instagram.direct);
    expect(await sameDocument(page)).toBe(true);
    expect(await profileActions(page)).toEqual([
      { site: 'instagram', action: 'follow', user: 'jayden.m.2028' },
      { site: 'instagram', action: 'message', user: 'jayden.m.2028' },
    ]);
    await openSite(page, 'https://www.instagram.com/someone/?name=Sam&bio=LHS%20%2728%0AJV%20basketball');
    await expect(page.locator('h1')).toHaveText("LHS '28\nJV basketball");
    await page.locator('[data-test-theme-toggle]').click();
    await expect(page.locator('html')).toHaveClass(/__ig-dark-mode/);
  });
});

// --------------------------------------------------------------- TikTok --

test.describe('TikTok', () => {
  const CAPTION = '.public-DraftEditor-content[contenteditable="true"][role="combobox"]';
  const video = () => file('lesson.mp4', 'video/mp4', Buffer.alloc(2048, 1));

  test('Studio: video input -> upload progress -> Draft caption (role=combobox, no aria-label) -> Post publishes once', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.upload);
    await expect(page.locator('button[data-e2e="select_video_button"]')).toBeVisible();
    await page.locator('input[type="file"][accept*="video"]').setInputFiles([video()]);
    await expect(page.locator('video[data-e2e="video_preview"]')).toHaveAttribute('src', /^blob:/);
    await expect(page.locator(CAPTION)).not.toHaveAttribute('aria-label', /.*/);
    await page.locator('input[type="file"][accept="image/png, image/jpeg, image/jpg"]').setInputFiles([file('cover.png', 'image/png')]);
    await expect(page.locator('.cover-container img')).toHaveAttribute('src', /^blob:/);
    await typeInEditor(page, CAPTION, `Fractions in 60 s #math\n${SPANISH}`);
    expect(await editorText(page, CAPTION)).toBe(`Fractions in 60 s #math\n${SPANISH}`);
    const post = page.locator('button[data-e2e="post_video_button"]');
    await expect(post).toBeEnabled(); // after the simulated upload finished
    await post.click();
    await expect(page).toHaveURL('https://www.tiktok.com/tiktokstudio/content');
    expect(await published(page)).toEqual([
      expect.objectContaining({
        surface: 'tiktok.post',
        text: `Fractions in 60 s #math\n${SPANISH}`,
        files: [{ name: 'lesson.mp4', type: 'video/mp4', size: 2048 }, { name: 'cover.png', type: 'image/png', size: PNG_1x1.length }],
      }),
    ]);
  });

  test('Studio with the "Post now" confirmation publishes once, after confirming', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?confirm=1`);
    await page.locator('input[type="file"][accept*="video"]').setInputFiles([video()]);
    await typeInEditor(page, CAPTION, 'confirm me');
    await page.locator('button[data-e2e="post_video_button"]').click();
    expect(await published(page)).toEqual([]);
    await page.getByRole('button', { name: 'Post now' }).click();
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'tiktok.post', text: 'confirm me' })]);
  });

  test('Studio ?photos=1: the input takes images; photos show with their own Remove, Add appends, the last Remove returns to the upload card', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    const input = page.locator('input[type="file"][accept*="video"][accept*="image/png"][multiple]');
    await input.setInputFiles([file('a.png', 'image/png'), file('b.png', 'image/png')]);
    const thumbs = page.locator('[data-e2e="photo_list"] img[src^="blob:"]');
    await expect(thumbs).toHaveCount(2);
    await expect(page.locator('video[data-e2e="video_preview"]')).toHaveCount(0);
    await page.locator('[data-e2e="photo_list"] input[type="file"][accept*="image"]').setInputFiles([file('c.png', 'image/png')]);
    await expect(thumbs).toHaveCount(3);
    await page.locator('button[aria-label="Remove photo"]').first().click();
    await expect(thumbs).toHaveCount(2);
    await typeInEditor(page, CAPTION, 'Photo mode');
    const post = page.locator('button[data-e2e="post_video_button"]');
    await expect(post).toBeEnabled();
    await post.click();
    await expect(page).toHaveURL('https://www.tiktok.com/tiktokstudio/content');
    expect(await published(page)).toEqual([
      expect.objectContaining({ surface: 'tiktok.post', text: 'Photo mode', files: [expect.objectContaining({ name: 'b.png' }), expect.objectContaining({ name: 'c.png' })] }),
    ]);
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    await input.setInputFiles([file('d.png', 'image/png')]);
    await page.locator('button[aria-label="Remove photo"]').click();
    await expect(page.locator('button[data-e2e="select_video_button"]')).toBeVisible();
    // Without ?photos=1 the input takes videos only.
    await openSite(page, START_URLS.tiktok.upload);
    await expect(page.locator('input[type="file"][accept="video/*"]')).toHaveCount(1);
  });

  test('legacy uploader inside iframe[data-tt="Upload_index_iframe"] works and records in the frame', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.legacyUpload);
    const frameEl = page.locator('iframe[data-tt="Upload_index_iframe"]');
    const frame = (await frameEl.elementHandle())!.contentFrame();
    const f = (await frame)!;
    await f.waitForSelector('html[data-test-page-ready="1"]', { state: 'attached' });
    await f.locator('input[type="file"][accept*="video"]').setInputFiles([video()]);
    await f.locator(CAPTION).click();
    await page.keyboard.type('legacy caption');
    expect(await editorText(f, CAPTION)).toBe('legacy caption');
    await f.locator('div.btn-post > button').click();
    expect(await published(f)).toEqual([expect.objectContaining({ surface: 'tiktok.post', text: 'legacy caption' })]);
  });

  test('comments: Draft.js inside [data-e2e="comment-input"]; Enter posts; comment-post (a div, never disabled) posts', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.video);
    const wrapper = '[data-e2e="comment-input"]';
    await expect(page.locator('[data-e2e="comment-post"]')).not.toHaveAttribute('disabled', /.*/);
    await typeInEditor(page, wrapper, `Love this!\n${SPANISH}`);
    expect(await editorText(page, wrapper)).toBe(`Love this!\n${SPANISH}`);
    await page.keyboard.press('Enter');
    await typeInEditor(page, wrapper, 'second');
    await expect(page.locator('[data-e2e="comment-post"]')).toHaveClass(/tt-active/);
    await page.locator('[data-e2e="comment-post"]').click();
    await page.locator('[data-e2e="comment-post"]').click(); // empty: nothing
    expect(await published(page)).toEqual([
      expect.objectContaining({ surface: 'tiktok.comment', text: `Love this!\n${SPANISH}`, via: 'enter' }),
      expect.objectContaining({ surface: 'tiktok.comment', text: 'second', via: 'click' }),
    ]);
    await expect(page.locator('[data-e2e="comment-level-1"]')).toHaveCount(3);
  });

  test('DMs: new UI send button appears after typing, Enter sends; old UI (?ui=old) message-send works', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.messages}?u=jayden.m.2028`);
    await expect(page.locator('[data-e2e="chat-uniqueid"]')).toHaveText('@jayden.m.2028');
    await expect(page.locator('[data-e2e="dm-new-send-btn"]')).toHaveCount(0);
    await typeInEditor(page, '[data-e2e="dm-new-input-editor"]', `ok!\n${SPANISH}`);
    await expect(page.locator('[data-e2e="dm-new-send-btn"]')).toBeVisible();
    expect(await editorText(page, '[data-e2e="dm-new-input-editor"]')).toBe(`ok!\n${SPANISH}`);
    await page.keyboard.press('Enter');
    await openSite(page, `${START_URLS.tiktok.messages}?u=jayden.m.2028&ui=old`);
    await typeInEditor(page, '[data-e2e="message-input-area"]', 'old ui');
    await page.locator('[data-e2e="message-send"]').click();
    expect(await published(page)).toEqual([expect.objectContaining({ surface: 'tiktok.dm', text: 'old ui', via: 'click' })]);
  });

  test('profile: bio; follow-button and message-button record actions; Message navigates in-app; feed-follow', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.profileStudent);
    await expect(page.locator('[data-e2e="user-bio"]')).toContainText("LHS '28");
    await page.locator('[data-e2e="follow-button"]').click();
    await expect(page.locator('[data-e2e="follow-button"]')).toHaveText('Following');
    await markDocument(page);
    await page.locator('[data-e2e="message-button"]').click();
    await expect(page).toHaveURL(/\/messages\?lang=en&u=jayden\.m\.2028$/);
    expect(await sameDocument(page)).toBe(true);
    await page.locator('[data-e2e="nav-foryou"]').click();
    await page.locator('[data-e2e="feed-follow"]').first().click();
    await expect(page.locator('[data-e2e="feed-follow"]').first()).toHaveAttribute('aria-pressed', 'true');
    expect(await profileActions(page)).toEqual([
      { site: 'tiktok', action: 'follow', user: 'jayden.m.2028' },
      { site: 'tiktok', action: 'message', user: 'jayden.m.2028' },
      { site: 'tiktok', action: 'follow', user: 'lincolnhighok' },
    ]);
    await page.locator('[data-test-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
