// Helpers for the acceptance specs (tests/e2e/acceptance-*.spec.ts). They
// look at the extension only through the markers of ui-contract.md:
// shadow hosts [data-second-look] with open roots, [data-category]
// [data-severity] findings, aria-live="polite", role="alertdialog" with the
// go-back button focused by default, and at the pages only through their
// own hooks (window.__acc, tests/acceptance/pages/common/hooks.ts).
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, shadowFindings, test, typeInEditor } from '../e2e/fixtures';
import { chooseDistrict } from '../e2e/extension-helpers';
import { serveAcceptancePages } from './serve';

export { expect, test, typeInEditor };

export const DISTRICT = 'moore-norman-tc';
/** A student's name tied to a grade and an ID: confidential-data, block. */
export const RISKY = 'Jayden Smith got a 42 on his algebra test, his student ID is 20451877';
export const HARMLESS = 'Beautiful fall colors on my hike this weekend';
export const PHOTO_CAPTION = 'Field trip with my 3rd hour class!';
/** A private message that shows it goes to a student of the author. */
export const DM_TO_STUDENT = 'See you in class tomorrow, your grade went up!';
export const PNG_2x2 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
/** Not a playable video: the sites (and the extension) only see name, type and size at selection. */
export const MP4 = { name: 'field-trip-3rd-hour.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(2048, 1) };

/** Every test of the enclosing describe: the district chosen, then our pages served. */
export function useAcceptancePages(district = DISTRICT): void {
  test.beforeEach(async ({ context, extensionWorker, page }) => {
    await chooseDistrict(context, extensionWorker, district, page);
    await serveAcceptancePages(context);
  });
}

export async function open(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-acc-ready="1"]', { state: 'attached' });
  return page;
}

export async function modelText(page: Page | Frame, target: string): Promise<string> {
  return page.evaluate((t) => window.__acc.text(t), target);
}

export async function publishedOn(page: Page | Frame) {
  return page.evaluate(() => window.__acc.published.map(({ surface, text, via, files }) => ({ surface, text, via, files })));
}

export async function profileActionsOn(page: Page | Frame) {
  return page.evaluate(() => window.__acc.profile.slice());
}

/** Waits for a finding of `category` / `severity`. */
export async function expectFinding(page: Page | Frame, category: string, severity = 'block'): Promise<void> {
  await expect
    .poll(async () => (await shadowFindings(page)).some((f) => f.category === category && f.severity === severity), {
      message: `a ${severity} ${category} finding is shown`,
    })
    .toBe(true);
}

/** The findings are inside an aria-live="polite" region of a [data-second-look] shadow root. */
export async function expectAnnounced(page: Page | Frame): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-second-look]')].some((h) =>
          [...(h.shadowRoot?.querySelectorAll('[aria-live="polite"]') ?? [])].some((r) => r.querySelector('[data-category][data-severity]')),
        ),
      ),
    )
    .toBe(true);
}

/**
 * Nothing is shown for a harmless draft (after the debounce has long passed).
 * `except`: categories other parts of the page may show (a student's "Follow"
 * in a sidebar is warned about ahead of a click).
 */
export async function expectNoFindings(page: Page | Frame, except: string[] = []): Promise<void> {
  await (page as Page).waitForTimeout(900);
  expect((await shadowFindings(page)).filter((f) => !except.includes(f.category))).toEqual([]);
}

export function alertDialog(page: Page | Frame): Locator {
  return page.locator('[data-second-look] [role="alertdialog"]');
}

/**
 * The held-publish dialog is open, lists a blocking finding and its focused
 * element is a button (go back); returns that button's text.
 */
export async function expectHeld(page: Page | Frame): Promise<string> {
  const dialog = alertDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-category][data-severity="block"]').first()).toBeAttached();
  const focusedIn = () =>
    page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-second-look]')) {
        const active = host.shadowRoot?.activeElement;
        if (active && active.closest('[role="alertdialog"]')) return { tag: active.tagName, text: (active.textContent ?? '').trim() };
      }
      return null;
    });
  // Polled: the dialog may take its focus a frame after it is painted.
  await expect.poll(async () => (await focusedIn())?.tag, { message: 'a button in the alert dialog has the focus' }).toBe('BUTTON');
  return (await focusedIn())!.text;
}

/** Go back with the keyboard: the focused default button. */
export async function goBack(page: Page): Promise<void> {
  await expectHeld(page);
  await page.keyboard.press('Enter');
  await expect(alertDialog(page)).toHaveCount(0);
}

/** Tick what the policy asks for and press the other (confirm) button. */
export async function confirm(page: Page | Frame): Promise<void> {
  const back = await expectHeld(page);
  const dialog = alertDialog(page);
  for (const box of await dialog.locator('input[type="checkbox"]').all()) await box.check();
  const other = dialog.locator('button:not([disabled])').filter({ hasNotText: back });
  await other.last().click();
  await expect(alertDialog(page)).toHaveCount(0);
}

/** Lets the content script notice a draft (debounced) before a publish attempt. */
export async function settle(page: Page | Frame, ms = 600): Promise<void> {
  await (page as Page).waitForTimeout(ms);
}
