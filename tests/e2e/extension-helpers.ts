// Helpers shared by the extension's end-to-end specs (extension-*.spec.ts),
// on top of the harness fixtures (fixtures.ts).
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { START_URLS, expect, openSite, shadowFindings, test, typeInEditor } from './fixtures';

export const RISKY = 'Jayden Smith got a 42 on his algebra test, his student ID is 20451877';
export const HARMLESS = 'Beautiful fall colors on my hike this weekend';
export const PHOTO_CAPTION = 'Field trip with my 3rd hour class!';

/** A real 2x2 PNG, so createImageBitmap can read its size. */
export const PNG_2x2 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** The extension's options page (Chromium or Firefox). */
export const isOptionsPage = (p: Page) => /^(chrome|moz)-extension:\/\/[^/]+\/options\.html/.test(p.url());

/**
 * Chooses the district the way a teacher would. Chromium: straight into
 * storage.local `userSettings` from the worker. Firefox (no handle on the
 * background page, and BiDi refuses moz-extension:// navigation): type in a
 * composer, press the panel's "Choose your district", and use the options
 * page the extension opens, which is returned. Leaves `page` on x.com; tests
 * open their own page.
 */
export async function chooseDistrict(context: BrowserContext, worker: Worker | undefined, district: string, page: Page): Promise<Page | undefined> {
  if (worker) {
    await worker.evaluate(
      (d) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ userSettings: { district: d } }),
      district,
    );
    return undefined;
  }
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, '[data-testid="tweetTextarea_0"]', 'hello');
  const options = await openOptionsFromPanel(context, page);
  await chooseInOptions(options, district);
  // Left open (Page.close() on an extension tab hangs over BiDi), but the
  // site's tab must have the focus again: Draft.js loses the caret otherwise.
  await page.bringToFront();
  return options;
}

/**
 * Presses the panel's "Choose your district" on `page` and returns the
 * options tab the extension opens, once its document answers evaluate()
 * with the settings rendered. Over WebDriver BiDi a fresh Firefox tab
 * sometimes never answers (setup, not product: the same tab works when
 * opened again), so after 20 s the button is pressed again for a new tab,
 * up to three times. Extension tabs are left open: Page.close() on one
 * hangs over BiDi.
 */
export async function openOptionsFromPanel(context: BrowserContext, page: Page): Promise<Page> {
  const ready = (p: Page) =>
    p.evaluate(() => document.querySelector('[data-testid="settings"]') !== null).catch(() => false);
  for (let attempt = 1; ; attempt++) {
    const before = new Set(context.pages());
    await page.locator('[data-second-look="warnings"] [data-action="choose-district"]').click();
    // Polled: over WebDriver BiDi the tab does not always come as a 'page' event.
    await expect
      .poll(() => context.pages().some((p) => !before.has(p) && isOptionsPage(p)), { message: 'the options page opens' })
      .toBe(true);
    const options = context.pages().find((p) => !before.has(p) && isOptionsPage(p))!;
    try {
      await expect.poll(() => ready(options), { message: 'the options page answers', timeout: 20_000 }).toBe(true);
      return options;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.bringToFront();
    }
  }
}

/** Chooses `district` on an open options page, driven in the page's own world (all BiDi allows). */
export async function chooseInOptions(options: Page, district: string): Promise<void> {
  const choose = async (d: string) => {
    const select = document.querySelector<HTMLSelectElement>('select#district');
    const form = select?.form;
    if (!select || !form) return false;
    select.value = d;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Let the page render the new choice before submitting it.
    await new Promise((r) => setTimeout(r, 50));
    form.requestSubmit();
    return true;
  };
  await expect.poll(() => options.evaluate(choose, district).catch(() => false), { message: 'the district can be chosen' }).toBe(true);
  await expect
    .poll(() => options.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '').catch(() => ''), { message: 'the choice is saved' })
    .toMatch(/Saved/);
}

/** The alert dialog the extension shows when it holds a publish action. */
/** Every test of the enclosing describe block starts with `district` chosen. */
export function useDistrict(district: string): void {
  test.beforeEach(async ({ context, extensionWorker, page }) => {
    await chooseDistrict(context, extensionWorker, district, page);
  });
}

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
