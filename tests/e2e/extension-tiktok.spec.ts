// Second Look on TikTok: the Studio uploader (video picked before the caption
// exists), the legacy uploader in its iframe, comments, DMs (new and old UI)
// and profile follow buttons, in the local copy of TikTok (Draft.js editors).
import type { Frame, Page } from '@playwright/test';
import { START_URLS, editorText, expect, openSite, profileActions, published, shadowFindings, test, typeInEditor } from './fixtures';
import { HARMLESS, PHOTO_CAPTION, RISKY, useDistrict, confirmAndPublish, expectFinding, goBack, holdDialog, settle } from './extension-helpers';

/** Not a playable video: its size stays unknown, its kind and name are what matter. */
const VIDEO = { name: 'field_trip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not really a video') };
const CAPTION = '.caption-editor .public-DraftEditor-content';

async function uploadAndCaption(page: Page, scope: Page | Frame, caption: string) {
  await scope.locator('input[type="file"][accept="video/*"]').setInputFiles(VIDEO);
  await scope.locator(CAPTION).click();
  await page.keyboard.type(caption);
  // Post enables once the (simulated) upload has finished.
  await expect(scope.locator('[data-e2e="post_video_button"]')).toBeEnabled();
}

test.describe('TikTok', () => {
  useDistrict('tulsa-ps');

  test('Studio: a class-trip video is held at Post; confirming posts once', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.upload);
    await uploadAndCaption(page, page, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, CAPTION)).toBe(PHOTO_CAPTION);
    expect(await published(page)).toEqual([]);
    await page.locator('[data-e2e="post_video_button"]').click();
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'tiktok.post', text: PHOTO_CAPTION, files: [expect.objectContaining({ name: 'field_trip.mp4' })] }),
    ]);
  });

  test('legacy uploader inside its iframe is checked and held too', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.legacyUpload);
    const frame = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
    await frame.locator('[data-e2e="select_video_button"]').waitFor();
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    await uploadAndCaption(page, inner, PHOTO_CAPTION);
    await expectFinding(inner, 'student-photo');
    await inner.locator('[data-e2e="post_video_button"]').click();
    await expect(holdDialog(inner)).toBeVisible();
    await goBack(inner);
    expect(await published(inner)).toEqual([]);
  });

  test('comment: Enter held without a newline; a harmless comment goes out once', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.video);
    const box = '[data-e2e="comment-input"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, box)).toBe(RISKY);

    await page.locator(`${box} [contenteditable="true"]`).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await typeInEditor(page, box, HARMLESS);
    await expect.poll(() => shadowFindings(page)).toEqual([]);
    await page.locator('[data-e2e="comment-post"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'tiktok.comment', text: HARMLESS })]);
  });

  test('DM (new UI): Enter held; confirming sends once', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.messages);
    const box = '[data-e2e="dm-new-input-editor"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'tiktok.dm', text: RISKY })]);
  });

  test('DM (old UI): the svg send control is held too', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.messages}?ui=old`);
    const box = '[data-e2e="message-input-area"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator('[data-e2e="message-send"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, box)).toBe(RISKY);
    expect(await published(page)).toEqual([]);
  });
});

test.describe('TikTok profiles (Moore-Norman: following a student is prohibited)', () => {
  useDistrict('moore-norman-tc');

  test('Follow on a current student is held', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.profileStudent);
    await expectFinding(page, 'student-connection');
    await page.locator('[data-e2e="follow-button"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await profileActions(page)).toEqual([]);
  });

  test('Follow on a graduate is not held', async ({ page }) => {
    await openSite(page, 'https://www.tiktok.com/@maria.lopez.rn');
    await settle(page);
    await page.locator('[data-e2e="follow-button"]').click();
    await expect.poll(() => profileActions(page)).toEqual([{ site: 'tiktok', action: 'follow', user: 'maria.lopez.rn' }]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });
});
