// Face count for attached pictures, end to end: the picture is drawn small
// in the content script, the worker hands it to the detector page (Chrome:
// offscreen document, opened only once a picture is attached), and the
// count reaches the engine. Real photographs from npm packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { Worker } from '@playwright/test';
import { START_URLS, expect, openSite, published, shadowFindings, test, typeInEditor } from './fixtures';
import { PHOTO_CAPTION, useDistrict, expectFinding, settle } from './extension-helpers';
import { CROWD, NODE_MODULES, collage } from '../unit/faces/photos';

const BOX = '[data-testid="tweetTextarea_0"]';
const FILE_INPUT = '[data-testid="fileInput"]';
/** The first count loads the model; the machine may be busy. */
const COUNT_TIMEOUT = { timeout: 45_000 };

/** 22 faces about 40 px wide in a 1920x960 JPEG: a crowd, as in a class photo. */
function crowdJpeg(): Buffer {
  const pixels = collage(CROWD.files, CROWD.columns);
  return Buffer.from(jpeg.encode({ data: Buffer.from(pixels.data), width: pixels.width, height: pixels.height }, 85).data);
}

const STREET = readFileSync(join(NODE_MODULES, 'tracking/examples/assets/fish_tank/px.png'));

async function offscreenDocuments(worker: Worker | undefined): Promise<number | undefined> {
  if (!worker) return undefined;
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome;
    return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

const studentPhotos = async (page: Parameters<typeof shadowFindings>[0]) => (await shadowFindings(page)).filter((f) => f.category === 'student-photo').length;

test.describe('face count', () => {
  useDistrict('tulsa-ps');

  test('a crowd of faces with a silent caption is held as a student photo; the detector opens only for a picture', async ({ page, extensionWorker }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, 'What a day!');
    await settle(page, 1000);
    expect(await studentPhotos(page)).toBe(0);
    if (extensionWorker) expect(await offscreenDocuments(extensionWorker)).toBe(0);

    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5120.jpg', mimeType: 'image/jpeg', buffer: crowdJpeg() });
    await expect.poll(() => studentPhotos(page), { message: 'the face count makes it a student photo', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    if (extensionWorker) expect(await offscreenDocuments(extensionWorker)).toBe(1);
  });

  test('a photo of a street with a class-trip caption is cleared by its zero faces and posts', async ({ page, extensionWorker }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5121.png', mimeType: 'image/png', buffer: STREET });
    // Until the count comes the faces are unknown and the caption alone makes it a student photo;
    // the detector page opens, loads the model, counts 0: a street, not students.
    if (extensionWorker) await expect.poll(() => offscreenDocuments(extensionWorker), COUNT_TIMEOUT).toBe(1);
    await settle(page, 2000);
    await expect.poll(() => studentPhotos(page), { message: 'no student photo once the faces are counted', ...COUNT_TIMEOUT }).toBe(0);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: PHOTO_CAPTION })]);
  });

  test('an undecodable HEIC file stays unknown: the class-trip caption still makes it a student photo', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5122.heic', mimeType: 'image/heic', buffer: Buffer.from('not really a HEIC file') });
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await settle(page, 2000);
    expect(await studentPhotos(page)).toBeGreaterThan(0);
  });
});
