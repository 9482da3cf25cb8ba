// Second Look on TikTok: the Studio uploader (video picked before the caption
// exists), the legacy uploader in its iframe, comments, DMs (new and old UI)
// and profile follow buttons, in the local copy of TikTok (Draft.js editors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { Frame, Page } from '@playwright/test';
import { START_URLS, editorText, expect, openSite, profileActions, published, shadowFindings, test, typeInEditor } from './fixtures';
import { HARMLESS, PHOTO_CAPTION, PNG_2x2, RISKY, useDistrict, confirmAndPublish, expectFinding, goBack, holdDialog, settle } from './extension-helpers';
import { CROWD, NODE_MODULES, collage } from '../unit/faces/photos';

/** Not a playable video: its size stays unknown, its kind and name are what matter. */
const VIDEO = { name: 'field_trip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not really a video') };
const CAPTION = '.caption-editor .public-DraftEditor-content';
/** Photo posts: the upload input also takes images (the ?photos=1 page variant). */
const PHOTO_INPUT = 'input[type="file"][accept*="image/png"]';
/** A street with no one in it (0 faces), and a 2x2 picture whose faces stay unknown. */
const STREET = { name: 'IMG_7001.png', mimeType: 'image/png', buffer: readFileSync(join(NODE_MODULES, 'tracking/examples/assets/fish_tank/px.png')) };
const CLASS_PHOTO = { name: 'IMG_7002.png', mimeType: 'image/png', buffer: PNG_2x2 };
/** The first face count loads the model; the machine may be busy. */
const COUNT_TIMEOUT = { timeout: 45_000 };
const studentPhotos = async (page: Page) => (await shadowFindings(page)).filter((f) => f.category === 'student-photo').length;

async function uploadAndCaption(page: Page, scope: Page | Frame, caption: string) {
  await scope.locator('input[type="file"][accept*="video/*"]').setInputFiles(VIDEO);
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

  test('photo post: a picture chosen on the upload page is described and its faces counted: a crowd with a silent caption is held at Post', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    const pixels = collage(CROWD.files, CROWD.columns);
    const crowd = Buffer.from(jpeg.encode({ data: Buffer.from(pixels.data), width: pixels.width, height: pixels.height }, 85).data);
    await page.locator(PHOTO_INPUT).first().setInputFiles({ name: 'IMG_7000.jpg', mimeType: 'image/jpeg', buffer: crowd });
    await page.locator(CAPTION).click();
    await page.keyboard.type('What a day!');
    await expect(page.locator('[data-e2e="post_video_button"]')).toBeEnabled();
    await expect.poll(() => studentPhotos(page), { message: 'the face count makes it a student photo', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await published(page)).toEqual([]);
  });

  test('photo post: removing the class photo takes the photo warning away; Post then goes out once', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    await page.locator(PHOTO_INPUT).first().setInputFiles([STREET, CLASS_PHOTO]);
    await page.locator(CAPTION).click();
    await page.keyboard.type(PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    await page.locator('[data-e2e="photo_list"] button[aria-label="Remove photo"]').nth(1).click();
    await expect.poll(() => studentPhotos(page), { message: 'only the street is left, with no faces', ...COUNT_TIMEOUT }).toBe(0);
    await settle(page, 1000);
    expect(await studentPhotos(page)).toBe(0);
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'tiktok.post', text: PHOTO_CAPTION, files: [expect.objectContaining({ name: STREET.name })] }),
    ]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });

  test('photo post: removing the street photo (the first) keeps the class photo\'s warning; the previews left say which file went', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    await page.locator(PHOTO_INPUT).first().setInputFiles([STREET, CLASS_PHOTO]);
    await page.locator(CAPTION).click();
    await page.keyboard.type(PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[data-e2e="photo_list"] button[aria-label="Remove photo"]').nth(0).click();
    await expect(page.locator('[data-e2e="photo_list"] button[aria-label="Remove photo"]')).toHaveCount(1);
    // Rechecked after the removal, and still held: the class photo is the one left.
    await settle(page, 1000);
    await expectFinding(page, 'student-photo');
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await published(page)).toEqual([]);
  });

  test('discarding the video forgets it: the next upload is checked for its own file only', async ({ page }) => {
    await openSite(page, `${START_URLS.tiktok.upload}?photos=1`);
    await uploadAndCaption(page, page, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.locator(PHOTO_INPUT).first().setInputFiles(STREET);
    await page.locator(CAPTION).click();
    await page.keyboard.type(PHOTO_CAPTION);
    await expect.poll(() => studentPhotos(page), { message: 'the street alone, with no faces', ...COUNT_TIMEOUT }).toBe(0);
    await settle(page, 1000);
    expect(await studentPhotos(page)).toBe(0);
    await page.locator('[data-e2e="post_video_button"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'tiktok.post', files: [expect.objectContaining({ name: STREET.name })] })]);
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
