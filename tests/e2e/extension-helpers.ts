// Helpers shared by the extension's end-to-end specs (extension-*.spec.ts),
// on top of the harness fixtures (fixtures.ts).
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { expect, shadowFindings } from './fixtures';

export const RISKY = 'Jayden Smith got a 42 on his algebra test, his student ID is 20451877';
export const HARMLESS = 'Beautiful fall colors on my hike this weekend';
export const PHOTO_CAPTION = 'Field trip with my 3rd hour class!';

/** A real 2x2 PNG, so createImageBitmap can read its size. */
export const PNG_2x2 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Chooses the district the way a teacher would. Chromium: straight into
 * storage.local `userSettings` from the worker. Firefox (no handle on the
 * background page, and BiDi refuses moz-extension:// navigation): on the
 * options page the extension opens by itself on first install.
 */
export async function chooseDistrict(context: BrowserContext, worker: Worker | undefined, district: string, page?: Page): Promise<void> {
  if (worker) {
    await worker.evaluate(
      (d) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ userSettings: { district: d } }),
      district,
    );
    return;
  }
  const isOptions = (p: Page) => /^moz-extension:\/\/.+\/options\.html/.test(p.url());
  // Polled: over WebDriver BiDi the tab does not always come as a 'page' event.
  await expect.poll(() => context.pages().some(isOptions), { message: 'the extension opens its options page', timeout: 20_000 }).toBe(true);
  // The tab is created about:blank and then navigated; over BiDi the first
  // calls can land on the discarded document. Short attempts, each on the
  // page as Playwright lists it now.
  let lastError: unknown;
  for (let attempt = 0; attempt < 8; attempt++) {
    const options = context.pages().filter(isOptions).at(-1)!;
    try {
      await options.locator('select#district').selectOption(district, { timeout: 2000 });
      await options.getByRole('button', { name: 'Save' }).click({ timeout: 2000 });
      await expect(options.getByRole('status')).toHaveText(/Saved/, { timeout: 2000 });
      lastError = undefined;
      break;
    } catch (e) {
      lastError = e;
    }
  }
  if (lastError) throw lastError;
  // Left open (Page.close() on an extension tab hangs over BiDi), but the
  // site's tab must have the focus again: Draft.js loses the caret otherwise.
  await page?.bringToFront();
}

/** The alert dialog the extension shows when it holds a publish action. */
export function holdDialog(page: Page | Frame): Locator {
  return page.locator('[data-second-look="dialog"] [role="alertdialog"]');
}

/** Confirms what the policy asks for and presses "Publish anyway". */
export async function confirmAndPublish(page: Page | Frame): Promise<void> {
  const dialog = holdDialog(page);
  for (const box of await dialog.locator('input[type="checkbox"]').all()) await box.check();
  await dialog.locator('[data-action="confirm"]').click();
  await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
}

export async function goBack(page: Page | Frame): Promise<void> {
  await holdDialog(page).locator('[data-action="back"]').click();
  await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
}

/** Waits until a finding of `category` is shown (and returns them all). */
export async function expectFinding(page: Page | Frame, category: string, severity = 'block') {
  await expect
    .poll(async () => (await shadowFindings(page)).filter((f) => f.category === category && f.severity === severity).length, {
      message: `a ${severity} ${category} finding is shown`,
    })
    .toBeGreaterThan(0);
  return shadowFindings(page);
}

/** The focused element inside the dialog's shadow root (its text). */
export async function dialogFocus(page: Page | Frame): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('[data-second-look="dialog"]')?.shadowRoot?.activeElement?.textContent?.trim());
}

/** Lets the content script's debounced check (200 ms) and the worker answer. */
export async function settle(page: Page | Frame, ms = 700): Promise<void> {
  await (page as Page).waitForTimeout(ms);
}
