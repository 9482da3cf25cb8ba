// Acceptance: Facebook, on independent pages (tests/acceptance/pages/facebook.tsx)
// and through the ui-contract markers only.
import {
  DM_TO_STUDENT,
  HARMLESS,
  PHOTO_CAPTION,
  PNG_2x2,
  RISKY,
  alertDialog,
  confirm,
  expect,
  expectAnnounced,
  expectFinding,
  expectHeld,
  expectNoFindings,
  goBack,
  modelText,
  open,
  profileActionsOn,
  publishedOn,
  settle,
  test,
  typeInEditor,
  useAcceptancePages,
} from '../acceptance/helpers';

const FB = 'https://www.facebook.com';
const DIALOG_EDITOR = '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]';
const POST = '[role="dialog"] [role="button"][aria-label="Post"]';

test.describe('acceptance: Facebook', () => {
  useAcceptancePages();

  test('Create post: a student record is flagged, Post is held, go back keeps the text, confirm posts once', async ({ page }) => {
    await open(page, `${FB}/`);
    await page.locator('[data-pagelet="FeedComposer"] [role="button"]').first().click();
    await typeInEditor(page, DIALOG_EDITOR, RISKY);
    await expectFinding(page, 'confidential-data');
    await expectAnnounced(page);
    await page.locator(POST).click();
    await goBack(page);
    expect(await modelText(page, DIALOG_EDITOR)).toBe(RISKY);
    expect(await publishedOn(page)).toEqual([]);
    await page.locator(POST).click();
    await confirm(page);
    await expect.poll(() => publishedOn(page)).toEqual([{ surface: 'facebook.post', text: RISKY, via: 'click', files: [] }]);
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });

  test('Create post in Spanish, editor mounted late, Post is a text-only control, dark theme: held @variant', async ({ page }) => {
    await open(page, `${FB}/?lang=es&postbtn=text&late=1&theme=dark`);
    await page.locator('[data-pagelet="FeedComposer"] [role="button"]').first().click();
    await typeInEditor(page, DIALOG_EDITOR, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Publicar' }).click();
    await expectHeld(page);
    await confirm(page);
    await expect.poll(async () => (await publishedOn(page)).map((p) => p.text)).toEqual([RISKY]);
  });

  test('Post activated from the keyboard (div[role=button], no click event) is held @variant', async ({ page }) => {
    await open(page, `${FB}/`);
    await page.locator('[data-pagelet="FeedComposer"] [role="button"]').first().click();
    await typeInEditor(page, DIALOG_EDITOR, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator(POST).focus();
    await page.keyboard.press('Enter');
    await expectHeld(page);
    await goBack(page);
    expect(await publishedOn(page)).toEqual([]);
    expect(await modelText(page, DIALOG_EDITOR)).toBe(RISKY);
  });

  test('a photo through the page-level input opens Create post and a class photo is flagged and held', async ({ page }) => {
    await open(page, `${FB}/`);
    await page
      .locator('input[type="file"][multiple][accept^="image/*,image/heif"]')
      .setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: PNG_2x2 });
    await typeInEditor(page, DIALOG_EDITOR, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator(POST).click();
    await expectHeld(page);
    await confirm(page);
    await expect.poll(() => publishedOn(page)).toEqual([{ surface: 'facebook.post', text: PHOTO_CAPTION, via: 'click', files: ['IMG_2041.png'] }]);
  });

  test('a harmless post goes through untouched, hidden pre-rendered editors are left alone @variant', async ({ page }) => {
    await open(page, `${FB}/`);
    await page.locator('[data-pagelet="FeedComposer"] [role="button"]').first().click();
    await typeInEditor(page, DIALOG_EDITOR, HARMLESS);
    await expectNoFindings(page);
    await page.locator(POST).click();
    await expect.poll(() => publishedOn(page)).toEqual([{ surface: 'facebook.post', text: HARMLESS, via: 'click', files: [] }]);
    await expect(alertDialog(page)).toHaveCount(0);
  });

  test('comment: Enter is held, go back keeps the text, confirm sends once', async ({ page }) => {
    await open(page, `${FB}/`);
    const box = '[contenteditable="true"][aria-label="Write a comment…"]';
    await page.locator(box).filter({ visible: true }).first().scrollIntoViewIfNeeded();
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await goBack(page);
    expect(await publishedOn(page)).toEqual([]);
    const visibleBox = page.locator(box).filter({ visible: true }).first();
    expect(await visibleBox.evaluate((el) => window.__acc.text(el))).toBe(RISKY);
    await visibleBox.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await confirm(page);
    await expect.poll(() => publishedOn(page)).toEqual([{ surface: 'facebook.comment', text: RISKY, via: expect.stringMatching(/enter|click|keyboard/), files: [] }]);
  });

  test('reply box that appears late and sends on Enter only: held, confirm sends once', async ({ page }) => {
    await open(page, `${FB}/`);
    await page.locator('[role="article"] [role="button"]', { hasText: 'Reply' }).click();
    const box = '[contenteditable="true"][aria-label^="Reply to"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await confirm(page);
    await expect.poll(() => publishedOn(page)).toEqual([{ surface: 'facebook.reply', text: RISKY, via: 'enter', files: [] }]);
  });

  test('Messenger: a message to a student is held on Enter, go back keeps the text, confirm sends once', async ({ page }) => {
    await open(page, `${FB}/messages/t/100001`);
    const box = '[contenteditable="true"][aria-label="Message"]';
    await typeInEditor(page, box, DM_TO_STUDENT);
    await expectFinding(page, 'student-connection');
    await page.keyboard.press('Enter');
    await goBack(page);
    expect(await modelText(page, box)).toBe(DM_TO_STUDENT);
    expect(await publishedOn(page)).toEqual([]);
    await page.locator(box).click();
    await page.keyboard.press('Enter');
    await confirm(page);
    await expect.poll(async () => (await publishedOn(page)).map((p) => [p.surface, p.text])).toEqual([['facebook.messenger', DM_TO_STUDENT]]);
  });

  test('profile of a current student, reached by in-app navigation: Add friend, Follow and Message are held', async ({ page }) => {
    await open(page, `${FB}/`);
    await page.locator('nav a', { hasText: 'Jayden' }).click();
    await page.locator('[role="button"][aria-label="Add friend"]').click();
    await expectHeld(page);
    await goBack(page);
    expect(await profileActionsOn(page)).toEqual([]);
    await page.locator('[role="button"][aria-label="Message"]').click();
    await goBack(page);
    await page.locator('[role="button"][aria-label="Follow"]').click();
    await confirm(page);
    await expect.poll(() => profileActionsOn(page)).toEqual([{ action: 'follow', user: 'jayden.m.2028' }]);
  });

  test('profile in Portuguese: "Adicionar amigo" to a student is held @variant', async ({ page }) => {
    await open(page, `${FB}/jayden.m.2028?lang=pt`);
    await page.locator('[role="button"][aria-label="Adicionar amigo"]').click();
    await expectHeld(page);
    await goBack(page);
    expect(await profileActionsOn(page)).toEqual([]);
  });

  test('profile whose actions are plain <button>s labelled by text only: Add friend is held @variant', async ({ page }) => {
    await open(page, `${FB}/jayden.m.2028?buttons=native`);
    await page.locator('button', { hasText: 'Add friend' }).click();
    await expectHeld(page);
    await goBack(page);
    expect(await profileActionsOn(page)).toEqual([]);
  });

  test('profile of an adult colleague: Add friend goes straight through @variant', async ({ page }) => {
    await open(page, `${FB}/elena.garcia.teaches`);
    await page.locator('[role="button"][aria-label="Add friend"]').click();
    await expect.poll(() => profileActionsOn(page)).toEqual([{ action: 'add_friend', user: 'elena.garcia.teaches' }]);
    await settle(page, 300);
    await expect(alertDialog(page)).toHaveCount(0);
  });
});
