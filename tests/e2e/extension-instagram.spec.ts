// Second Look on Instagram: the Create flow (photo, caption, Share), comments
// (a textarea, or the Lexical variant), DMs and profile buttons, in the local
// copy of Instagram (no test ids: everything by structure and text).
import { START_URLS, editorText, expect, openSite, profileActions, published, shadowFindings, test, typeInEditor } from './fixtures';
import { HARMLESS, PHOTO_CAPTION, PNG_2x2, RISKY, useDistrict, confirmAndPublish, expectFinding, goBack, holdDialog, settle } from './extension-helpers';

const COMMENT = 'form textarea[aria-label="Add a comment…"]';
const CAPTION = '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]';

test.describe('Instagram', () => {
  useDistrict('tulsa-ps');

  test('create: a class-trip photo with its caption is held at Share; go back keeps the caption', async ({ page }) => {
    await openSite(page, START_URLS.instagram.create);
    await page.locator('[role="dialog"] input[type="file"]').setInputFiles({ name: 'IMG_5120.png', mimeType: 'image/png', buffer: PNG_2x2 });
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    await typeInEditor(page, CAPTION, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }).click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, CAPTION)).toBe(PHOTO_CAPTION);
    expect(await published(page)).toEqual([]);
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }).click();
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'instagram.post', text: PHOTO_CAPTION, files: [expect.objectContaining({ name: 'IMG_5120.png' })] }),
    ]);
  });

  test('a photo chosen through a file input made on the fly (never in the document) is seen before Share', async ({ page }) => {
    await openSite(page, `${START_URLS.instagram.create}?picker=detached`);
    await expect(page.locator('[role="dialog"] input[type="file"]')).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[role="dialog"] button', { hasText: 'Select from computer' }).click();
    await (await chooser).setFiles({ name: 'IMG_5121.png', mimeType: 'image/png', buffer: PNG_2x2 });
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    await typeInEditor(page, CAPTION, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }).click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await published(page)).toEqual([]);
    // The page's own click() still opened its picker, and its own handler got the file.
    await expect(page.locator('[role="dialog"] img[alt="IMG_5121.png"]')).toBeVisible();
  });

  test('comment (textarea): Enter held without a newline; Post after going back is held too', async ({ page }) => {
    await openSite(page, START_URLS.instagram.post);
    await typeInEditor(page, COMMENT, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, COMMENT)).toBe(RISKY);
    await page.locator('form [role="button"]', { hasText: 'Post' }).click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await published(page)).toEqual([]);
  });

  test('comment: a harmless one goes out once, with no dialog', async ({ page }) => {
    await openSite(page, START_URLS.instagram.post);
    await typeInEditor(page, COMMENT, HARMLESS);
    await settle(page);
    expect(await shadowFindings(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'instagram.comment', text: HARMLESS })]);
    await settle(page, 300);
    expect(await published(page)).toHaveLength(1);
  });

  test('comment (Lexical variant) is checked the same way', async ({ page }) => {
    await openSite(page, `${START_URLS.instagram.post}?comments=lexical`);
    const box = 'form [aria-label="Add a comment…"][contenteditable="true"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, box)).toBe(RISKY);
  });

  test('DM: Enter held; confirming sends once', async ({ page }) => {
    await openSite(page, START_URLS.instagram.direct);
    const box = '[aria-label="Message"][contenteditable="true"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'instagram.dm', text: RISKY, via: 'enter' })]);
  });
});

test.describe('Instagram profiles (Moore-Norman: following a student is prohibited)', () => {
  useDistrict('moore-norman-tc');

  test('Follow on a current student is held', async ({ page }) => {
    await openSite(page, START_URLS.instagram.profileStudent);
    await expectFinding(page, 'student-connection');
    await page.locator('header button', { hasText: 'Follow' }).click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await profileActions(page)).toEqual([]);
  });

  test('Follow on a graduate is not held', async ({ page }) => {
    await openSite(page, 'https://www.instagram.com/maria.lopez.rn/');
    await settle(page);
    await page.locator('header button', { hasText: 'Follow' }).click();
    await expect.poll(() => profileActions(page)).toEqual([{ site: 'instagram', action: 'follow', user: 'maria.lopez.rn' }]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });
});
