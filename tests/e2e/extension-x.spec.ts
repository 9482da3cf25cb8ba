// Second Look on X: post (home box, compose modal), reply, DMs (XChat and
// legacy), attachments and profile follow buttons, in the local copy of X.
import { START_URLS, editorText, expect, openSite, profileActions, published, shadowFindings, test, typeInEditor } from './fixtures';
import { HARMLESS, PHOTO_CAPTION, PNG_2x2, RISKY, useDistrict, confirmAndPublish, dialogFocus, expectFinding, goBack, holdDialog, settle } from './extension-helpers';

const BOX = '[data-testid="tweetTextarea_0"]';

test.describe('X', () => {
  useDistrict('tulsa-ps');

  test('home post: warning, held with a dialog, go back keeps the text, confirm posts once', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, RISKY);
    const findings = await expectFinding(page, 'confidential-data');
    const shown = findings.find((f) => f.category === 'confidential-data')!;
    expect(shown.text).toContain('Employees d'); // cited section
    expect(shown.text).toMatch(/confidential/i); // message

    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await expect(holdDialog(page)).toHaveAttribute('aria-modal', 'true');
    expect(await dialogFocus(page)).toBe('Go back and edit');
    expect(await published(page)).toEqual([]);

    await goBack(page);
    expect(await editorText(page, BOX)).toBe(RISKY);
    await expect(page.locator(BOX)).toBeFocused();

    // Ctrl+Enter is X's keyboard shortcut for posting: held the same way.
    await page.keyboard.press('Control+Enter');
    await expect(holdDialog(page)).toBeVisible();
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: RISKY })]);
    await settle(page, 300);
    expect(await published(page)).toHaveLength(1);
  });

  test('a harmless post goes out untouched, with no warning and no dialog', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, HARMLESS);
    await settle(page);
    expect(await shadowFindings(page)).toEqual([]);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ text: HARMLESS, via: 'click' })]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });

  test('findings disappear when the draft is edited clean; the highlight goes with them', async ({ page, browserName }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, RISKY);
    await expectFinding(page, 'confidential-data');
    if (browserName === 'chromium') {
      expect(await page.evaluate(() => CSS.highlights.has('second-look-block'))).toBe(true);
    }
    await page.locator(BOX).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await typeInEditor(page, BOX, HARMLESS);
    await expect.poll(() => shadowFindings(page)).toEqual([]);
    if (browserName === 'chromium') {
      expect(await page.evaluate(() => CSS.highlights.has('second-look-block'))).toBe(false);
    }
    expect(await editorText(page, BOX)).toBe(HARMLESS);
  });

  test('posting right after typing is checked on the latest text, not a stale result', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, HARMLESS);
    await settle(page);
    // Append the risky part and post at once, inside the debounce window.
    await typeInEditor(page, BOX, ` ${RISKY}`);
    await page.keyboard.press('Control+Enter');
    await expect(holdDialog(page)).toBeVisible();
    expect(await published(page)).toEqual([]);
  });

  test('reply on a status page is held as a comment', async ({ page }) => {
    await openSite(page, START_URLS.x.status);
    await typeInEditor(page, BOX, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, BOX)).toBe(RISKY);
    expect(await published(page)).toEqual([]);
  });

  test('XChat: Enter is held without inserting a newline; confirm sends once', async ({ page }) => {
    await openSite(page, START_URLS.x.chat);
    const box = '[data-testid="dm-composer-textarea"]';
    await typeInEditor(page, box, RISKY);
    await expectFinding(page, 'confidential-data');
    await page.keyboard.press('Enter');
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await editorText(page, box)).toBe(RISKY);
    await page.keyboard.press('Enter');
    await confirmAndPublish(page);
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.chat', text: RISKY, via: 'enter' })]);
  });

  test('legacy DM (Draft.js): harmless message sends on Enter exactly once', async ({ page }) => {
    await openSite(page, START_URLS.x.messages);
    await typeInEditor(page, '[data-testid="dmComposerTextInput"]', 'See you at the staff meeting');
    await page.keyboard.press('Enter');
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.dm', text: 'See you at the staff meeting' })]);
    await settle(page, 300);
    expect(await published(page)).toHaveLength(1);
  });

  test('a photo attached to a class-trip post is held (student photo)', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await page.locator('[data-testid="fileInput"]').first().setInputFiles({ name: 'IMG_0412.png', mimeType: 'image/png', buffer: PNG_2x2 });
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page)).toContainText(/photo|image/i);
    await goBack(page);
    expect(await published(page)).toEqual([]);
  });

  test('the warnings follow the site switching between light and dark while they are shown', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, BOX, RISKY);
    await expectFinding(page, 'confidential-data');
    const theme = () => page.evaluate(() => document.querySelector('[data-second-look="warnings"]')?.shadowRoot?.querySelector('.sl')?.getAttribute('data-theme'));
    expect(await theme()).toBe('light');
    await page.evaluate(() => window.__setTheme('dark'));
    await expect.poll(theme, { timeout: 1000 }).toBe('dark');
    await page.evaluate(() => window.__setTheme('light'));
    await expect.poll(theme, { timeout: 1000 }).toBe('light');
  });

  test('removing the photo (its "Remove media" button) takes the photo warning away; the post then goes out', async ({ page }) => {
    await openSite(page, START_URLS.x.home);
    const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG_2x2 });
    await page.locator('[data-testid="fileInput"]').first().setInputFiles([photo('IMG_0412.png'), photo('IMG_0413.png')]);
    await typeInEditor(page, BOX, PHOTO_CAPTION);
    await expectFinding(page, 'student-photo');
    // One of two removed: still a photo of the class.
    await page.locator('[data-testid="removeMedia"]').first().click();
    await settle(page, 400);
    expect((await shadowFindings(page)).map((f) => f.category)).toContain('student-photo');
    await page.locator('[data-testid="removeMedia"]').click();
    await expect.poll(async () => (await shadowFindings(page)).filter((f) => f.category === 'student-photo')).toEqual([]);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => published(page)).toEqual([expect.objectContaining({ surface: 'x.post', text: PHOTO_CAPTION, files: [] })]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });
});

test.describe('X profiles (Moore-Norman: following a student is prohibited)', () => {
  useDistrict('moore-norman-tc');

  test("following a current student is held; the follow happens only after confirming", async ({ page }) => {
    await openSite(page, START_URLS.x.profileStudent);
    await expectFinding(page, 'student-connection');
    await page.locator('[data-testid="placementTracking"] [data-testid$="-follow"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await goBack(page);
    expect(await profileActions(page)).toEqual([]);
    await page.locator('[data-testid="placementTracking"] [data-testid$="-follow"]').click();
    await confirmAndPublish(page);
    await expect.poll(() => profileActions(page)).toEqual([{ site: 'x', action: 'follow', user: 'jayden_m2028' }]);
  });

  test('following a graduate is not held', async ({ page }) => {
    await openSite(page, START_URLS.x.profileAdult.replace('MrsGarciaTeaches', 'MariaLopez19'));
    await settle(page);
    await page.locator('[data-testid="placementTracking"] [data-testid$="-follow"]').click();
    await expect.poll(() => profileActions(page)).toEqual([{ site: 'x', action: 'follow', user: 'MariaLopez19' }]);
    await expect(page.locator('[data-second-look="dialog"]')).toHaveCount(0);
  });
});
