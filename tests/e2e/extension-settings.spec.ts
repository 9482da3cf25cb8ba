// Second Look across sites: first run without a district, the options page
// and popup, the district's allowConfirm / supportContact / auditLog
// settings, settings changes while a draft is open, in-app navigation, and
// what the content script tells the popup.
//
// @chromium-only tests need the background service worker (to read or write
// extension storage, open extension pages, or message a tab); Firefox over
// WebDriver BiDi gives no handle on the background page and refuses
// navigation to moz-extension:// URLs (e2e-recipes.md).
import type { Worker } from '@playwright/test';
import { START_URLS, expect, openSite, published, shadowFindings, test, typeInEditor } from './fixtures';
import { RISKY, useDistrict, confirmAndPublish, expectFinding, goBack, holdDialog, isOptionsPage, settle } from './extension-helpers';

const X_BOX = '[data-testid="tweetTextarea_0"]';

type Chrome = { storage: { local: { get(k?: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } }; tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } };
const storageGet = (worker: Worker, key: string) => worker.evaluate((k) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k).then((r) => r[k]), key);
const storageSet = (worker: Worker, items: object) => worker.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(v), items);

test('without a district nothing is flagged or held; the panel offers to choose one', async ({ page, context }) => {
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  const choose = page.locator('[data-second-look="warnings"] [data-action="choose-district"]');
  await expect(choose).toBeVisible();
  expect(await shadowFindings(page)).toEqual([]);

  // The page cannot press it for the teacher (untrusted click into our open shadow root).
  await choose.evaluate((b) => (b as HTMLElement).click());
  await settle(page, 500);
  expect(context.pages().filter(isOptionsPage)).toEqual([]);
  await choose.click();
  await expect.poll(() => context.pages().filter(isOptionsPage).length).toBe(1);

  await page.bringToFront();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => published(page)).toEqual([expect.objectContaining({ text: RISKY })]);
  await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
});

test('the options page stores the teacher\'s district in userSettings and the popup shows it @chromium-only', async ({ page, context, extensionId, extensionWorker }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('district')).toContainText('Choose your district');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('select#district').selectOption('yelm-cs');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText(/Saved/);
  expect(await storageGet(extensionWorker!, 'userSettings')).toEqual({ district: 'yelm-cs' });

  await popup.reload();
  await expect(popup.getByTestId('district')).toContainText('Yelm');
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
});

test('allowConfirm false: the dialog offers only "go back", the post stays held @chromium-only', async ({ page, context, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps', allowConfirm: false, supportContact: 'Ms. Lee, district IT, x4357' } });
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  expect((await shadowFindings(page)).length).toBeGreaterThan(0);
  await expect(page.locator('[data-second-look="warnings"]')).toContainText('Questions? Ms. Lee, district IT, x4357');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(holdDialog(page)).toBeVisible();
  await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(0);
  await expect(holdDialog(page)).toContainText('Questions? Ms. Lee');
  await goBack(page);
  expect(await published(page)).toEqual([]);
  void context;
});

test('confirming records an audit entry without text or names; auditLog "off" records nothing @chromium-only', async ({ page, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await confirmAndPublish(page);
  await expect.poll(() => storageGet(extensionWorker!, 'auditLog')).toEqual([
    { t: expect.any(String), site: 'x', surface: 'post', category: 'confidential-data', rule: 'tulsa-ps/confidential-data' },
  ]);
  expect(JSON.stringify(await storageGet(extensionWorker!, 'auditLog'))).not.toMatch(/Jayden|20451877/);

  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps', auditLog: 'off' }, auditLog: [] });
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await confirmAndPublish(page);
  await expect.poll(() => published(page).then((p) => p.length)).toBe(2);
  await settle(page, 500);
  expect(await storageGet(extensionWorker!, 'auditLog')).toEqual([]);
});

test('the content script tells the popup what it sees on the tab @chromium-only', async ({ page, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  const state = await extensionWorker!.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    // Without the "tabs" permission tab URLs are hidden: ask every tab, as
    // the popup asks its active one; only a tab with our content script answers.
    const answers = await Promise.all((await c.tabs.query({})).map((t) => c.tabs.sendMessage(t.id, { type: 'sl:tab-state' }).catch(() => undefined)));
    return answers.find(Boolean);
  });
  expect(state).toMatchObject({ site: 'x', status: 'ok', composers: [{ surface: 'post', findings: [expect.objectContaining({ category: 'confidential-data' })] }] });
});

test('a settings change re-checks the open draft (no district: its findings go) @chromium-only', async ({ page, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  await storageSet(extensionWorker!, { userSettings: {} });
  await expect.poll(() => shadowFindings(page)).toEqual([]);
  await storageSet(extensionWorker!, { userSettings: { district: 'metro-tech' } });
  await expectFinding(page, 'confidential-data');
});

test('checks survive the background service worker being stopped @chromium-only', async ({ page, context, extensionWorker, extensionId }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, 'Lovely day at the lake');
  await settle(page);
  // As MV3 does at any moment: stop the worker (chrome://serviceworker-internals "Stop").
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const registration = internals.locator('.serviceworker-registration', { hasText: `chrome-extension://${extensionId}/` });
  await registration.locator('[data-command="stop"]').first().click();
  await expect(registration.locator('.serviceworker-running-status .value').first()).toHaveText('STOPPED');
  await internals.close();
  await page.bringToFront();
  // Typed and posted at once while the worker is down: the check wakes it.
  await typeInEditor(page, X_BOX, ` ${RISKY}`);
  await page.keyboard.press('Control+Enter');
  await expect(holdDialog(page)).toBeVisible();
  expect(await published(page)).toEqual([]);
});

test.describe('on any browser', () => {
  useDistrict('tulsa-ps');

  test('in-app navigation tears the warnings down; the new page starts clean', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, X_BOX, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator('[data-testid="AppTabBar_Profile_Link"]').click();
    await expect(page.locator('[data-second-look="warnings"]')).toHaveCount(0);
    await page.locator('[data-testid="AppTabBar_Home_Link"]').click();
    await typeInEditor(page, X_BOX, RISKY);
    await expectFinding(page, 'confidential-data');
    expect(await page.locator('[data-second-look="warnings"]').count()).toBe(1);
  });

  test('a compose modal opened over the timeline is its own composer', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const modalBox = `[role="dialog"] ${X_BOX}`;
    await typeInEditor(page, modalBox, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    await expect(page.locator(modalBox)).toBeFocused();
    expect(await published(page)).toEqual([]);
  });
});
