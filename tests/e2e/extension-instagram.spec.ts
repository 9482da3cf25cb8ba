// Second Look on Instagram: the Create flow (photo, caption, Share), comments
// (a textarea, or the Lexical variant), DMs and profile buttons, in the local
// copy of Instagram (no test ids: everything by structure and text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { START_URLS, editorText, expect, openSite, profileActions, published, shadowFindings, test, typeInEditor } from './fixtures';
import { HARMLESS, PHOTO_CAPTION, PNG_2x2, RISKY, useDistrict, confirmAndPublish, expectFinding, goBack, holdDialog, settle } from './extension-helpers';
import { NODE_MODULES } from '../unit/faces/photos';

const COMMENT = 'form textarea[aria-label="Add a comment…"]';
const CAPTION = '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]';
const DIALOG = '[role="dialog"][aria-labelledby="ig-create-title"]';
/** A street with no one in it: once its faces are counted (0), a class-trip caption is no student photo. */
const STREET = { name: 'IMG_5130.png', mimeType: 'image/png', buffer: readFileSync(join(NODE_MODULES, 'tracking/examples/assets/fish_tank/px.png')) };
/** Faces unknown (2x2): with a class-trip caption, a student photo. */
const CLASS_PHOTO = { name: 'IMG_5131.png', mimeType: 'image/png', buffer: PNG_2x2 };
/** The first face count loads the model; the machine may be busy. */
const COUNT_TIMEOUT = { timeout: 45_000 };

const studentPhotos = async (page: Page) => (await shadowFindings(page)).filter((f) => f.category === 'student-photo').length;
const dialogButton = (page: Page, name: string) => page.locator(`${DIALOG} [role="button"]`, { hasText: name });
const back = (page: Page) => page.locator(`${DIALOG} button:has(svg[aria-label="Back"])`).click();

async function toCaption(page: Page, caption: string): Promise<void> {
  await dialogButton(page, 'Next').click();
  await dialogButton(page, 'Next').click();
  await typeInEditor(page, CAPTION, caption);
}

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

  test('create: going back from the caption keeps the photos; Delete in the crop step gallery takes the photo warning away; Share goes out once', async ({ page }) => {
    await openSite(page, START_URLS.instagram.create);
    await page.locator(`${DIALOG} input[type="file"]`).setInputFiles([STREET, CLASS_PHOTO]);
    await toCaption(page, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    // Back to the crop step and forward again: the caption box is new, the photos are the same.
    await back(page);
    await back(page);
    await toCaption(page, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    // The class photo (the second) is deleted in the gallery; the street stays.
    await back(page);
    await back(page);
    await page.locator(`${DIALOG} [role="button"]:has(svg[aria-label="Open media gallery"])`).click();
    await page.locator(`${DIALOG} [role="button"]:has(svg[aria-label="Delete"])`).nth(1).click();
    await expect(page.locator(`${DIALOG} .ig-thumb`)).toHaveCount(1);
    await toCaption(page, PHOTO_CAPTION);
    await expect.poll(() => studentPhotos(page), { message: 'no student photo once the street is counted', ...COUNT_TIMEOUT }).toBe(0);
    // Not a 0 seen before the first check of the new caption box: it stays 0.
    await settle(page, 1000);
    expect(await studentPhotos(page)).toBe(0);
    await dialogButton(page, 'Share').click();
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'instagram.post', text: PHOTO_CAPTION, files: [expect.objectContaining({ name: STREET.name })] }),
    ]);
    await settle(page, 300);
    expect(await published(page)).toHaveLength(1);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });

  test('create: a photo discarded with the dialog is forgotten; the next post is checked for its own photo only', async ({ page }) => {
    await openSite(page, START_URLS.instagram.create);
    await page.locator(`${DIALOG} input[type="file"]`).setInputFiles(CLASS_PHOTO);
    await page.locator('button:has(svg[aria-label="Close"])').click();
    await page.locator('[role="dialog"]', { hasText: 'Discard post?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(page.locator(DIALOG)).toHaveCount(0);
    await page.locator('a:has(svg[aria-label="New post"])').click();
    await page.locator(`${DIALOG} input[type="file"]`).setInputFiles(STREET);
    await toCaption(page, PHOTO_CAPTION);
    await expect.poll(() => studentPhotos(page), { message: 'only the street is attached, with no faces', ...COUNT_TIMEOUT }).toBe(0);
    await settle(page, 1000);
    expect(await studentPhotos(page)).toBe(0);
    await dialogButton(page, 'Share').click();
    await expect.poll(() => published(page)).toEqual([
      expect.objectContaining({ surface: 'instagram.post', files: [expect.objectContaining({ name: STREET.name })] }),
    ]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
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
