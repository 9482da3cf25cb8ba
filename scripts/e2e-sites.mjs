// What bench:e2e and trace:e2e share: the four sites' main post composers
// on the local test pages, the text typed into them, and a headless Debian
// Chromium serving those pages under the real URLs (every other request is
// refused and listed), with or without a build of the extension.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_URLS } from '../tests/pages/routes.mjs';
import { fulfilFromDist, isLocalUrl, pageFileFor } from '../tests/pages/serve.mjs';

export const CHROMIUM = process.env.SL_CHROMIUM ?? '/usr/lib/chromium/chromium';

export const RISKY = 'Jayden got a 42 on his algebra test';
export const CATEGORY = 'confidential-data';
const PNG_2x2 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** The main post composer of each site; `open` leaves the page with the editor ready. */
export const SCENARIOS = {
  facebook: {
    label: 'Facebook Create post (Lexical)',
    editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]',
    async open(page) {
      await goto(page, START_URLS.facebook.feed);
      await page.locator('[data-pagelet="FeedComposer"] .fb-mind').click();
    },
  },
  x: {
    label: 'X home post (Draft.js)',
    editor: '[data-testid="tweetTextarea_0"]',
    async open(page) {
      await goto(page, START_URLS.x.home);
    },
  },
  instagram: {
    label: 'Instagram caption (Lexical)',
    editor: '[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"]',
    async open(page) {
      await goto(page, START_URLS.instagram.create);
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles({ name: 'IMG_5120.png', mimeType: 'image/png', buffer: PNG_2x2 });
      await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
      await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    },
  },
  tiktok: {
    label: 'TikTok Studio caption (Draft.js)',
    editor: '.caption-editor .public-DraftEditor-content',
    async open(page) {
      await goto(page, START_URLS.tiktok.upload);
      await page.locator('input[type="file"][accept="video/*"]').setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not a video') });
    },
  },
};

export async function goto(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-test-page-ready="1"]', { state: 'attached' });
}

/** Harmless sentences for the 2,000-character run; the first one is risky on purpose. */
export const SENTENCES = [
  `${RISKY}.`,
  'Beautiful fall colors on my hike this weekend.',
  'The trail was busy but everyone was friendly.',
  'We stopped for coffee at the little place by the bridge.',
  'My dog found every puddle on the way back.',
  'Next time I want to try the longer loop up the ridge.',
  'Does anyone know a good spot for a picnic near the lake?',
  'The leaves are already turning at the higher elevations.',
];

export function typingText(chars) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    let s = SENTENCES[i % SENTENCES.length] + ' ';
    if (length + s.length > chars) s = s.slice(0, chars - length);
    parts.push(s);
    length += s.length;
  }
  return parts;
}

/** Clicks into the editor and puts the caret at the end. */
export async function focusEnd(page, selector) {
  const editor = page.locator(selector).first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One key press per character, one every `interval` ms (catching up when the browser lags). */
export async function pressChars(page, text, interval) {
  let next = performance.now();
  for (const ch of text) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    next += interval;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
}

/**
 * A fresh headless Chromium; with `extensionDir` (a build's chrome-mv3
 * folder) the extension is loaded and the Tulsa district chosen. `initScript`
 * runs in every page before its own scripts.
 */
export async function launchBrowser({ extensionDir, initScript } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const args = ['--no-first-run', '--disable-component-update', '--disable-sync', '--no-default-browser-check'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  const blocked = [];
  // The site copies under their real URLs; everything else is refused.
  await context.route('**/*', async (route, request) => {
    const target = pageFileFor(request);
    if (target) return fulfilFromDist(route, target, { cache: true });
    if (isLocalUrl(request.url())) return route.continue();
    blocked.push(request.url());
    return route.abort('blockedbyclient').catch(() => undefined);
  });
  if (initScript) await context.addInitScript(initScript);
  let worker;
  if (extensionDir) {
    const isExt = (w) => w.url().startsWith('chrome-extension://');
    worker = context.serviceWorkers().find(isExt) ?? (await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 15_000 }));
    await worker.evaluate(() => globalThis.chrome.storage.local.set({ userSettings: { district: 'tulsa-ps' } }));
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, worker, profile, blocked };
}

export async function closeBrowser(b) {
  await b.context.close().catch(() => undefined);
  rmSync(b.profile, { recursive: true, force: true });
}
