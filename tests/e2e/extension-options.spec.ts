// The options page and the popup: choosing the district, importing a rule
// pack (broken: named by path and line; valid: used), trying a draft,
// reading the policies, and the audit log (live table, CSV export, clear).
//
// @chromium-only tests open chrome-extension:// pages directly and read or
// write extension storage through the worker; Firefox over WebDriver BiDi
// refuses moz-extension:// navigation and has no handle on the background
// page, so there the options page is reached as a teacher reaches it: the
// panel's "Choose your district" (e2e-recipes.md).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { START_URLS, expect, openSite, published, test, typeInEditor } from './fixtures';
import { RISKY, chooseDistrict, confirmAndPublish, expectFinding } from './extension-helpers';

const X_BOX = '[data-testid="tweetTextarea_0"]';
const TULSA = readFileSync('rules/tulsa-ps/pack.json', 'utf8');

type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
const storageGet = (worker: Worker, key: string) => worker.evaluate((k) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k).then((r) => r[k]), key);
const storageSet = (worker: Worker, items: object) => worker.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(v), items);

async function openOptions(context: BrowserContext, extensionId: string | undefined): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Your district' })).toBeVisible();
  return options;
}

/** A pack of our own: Tulsa's rules under another id and name. */
function ownPack(): string {
  const pack = JSON.parse(TULSA);
  pack.id = 'our-district';
  pack.name = 'Our District';
  pack.policy = { title: 'Our policy', text: readFileSync('rules/tulsa-ps/policy.txt', 'utf8') };
  for (const r of pack.rules) {
    r.id = r.id.replace('tulsa-ps/', 'our-district/');
    r.message = `Our District: ${r.message}`;
  }
  return JSON.stringify(pack, null, 2);
}

test('first run: the popup and the options page ask for the district; choosing it keyboard-only stores the teacher\'s own choice @chromium-only', async ({ context, extensionId, extensionWorker }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('district')).toContainText('shows no findings until you choose');
  await expect(popup.getByRole('button', { name: 'Choose your district' })).toBeVisible();

  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('first-run')).toContainText('Choose your district to start');
  await expect(options.getByRole('heading', { name: 'Try a draft' }).locator('xpath=following-sibling::p[1]')).toContainText('Choose your district first');
  // Keyboard only: the select is labelled, reachable by Tab, and Save submits.
  await options.getByLabel('District policy').focus();
  await options.getByLabel('District policy').selectOption('oklahoma-city-ps');
  await options.keyboard.press('Tab');
  await expect(options.getByRole('button', { name: 'Save' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status')).toHaveText(/Saved/);
  expect(await storageGet(extensionWorker!, 'userSettings')).toEqual({ district: 'oklahoma-city-ps' });
  await expect(options.getByTestId('first-run')).toHaveCount(0);
  await expect(options.locator('tr[data-key="district"]')).toContainText('Oklahoma City Public Schools');
  await expect(options.locator('tr[data-key="district"]')).toContainText('You');
  await popup.reload();
  await expect(popup.getByTestId('district')).toContainText('Oklahoma City Public Schools');
});

test('a broken pack is refused with its JSON path and line; a valid one is used for checks and can be removed @chromium-only', async ({ page, context, extensionId, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'yelm-cs' } });
  const options = await openOptions(context, extensionId);

  const broken = JSON.parse(TULSA);
  broken.rules[2].severity = 'maybe';
  const brokenText = JSON.stringify(broken, null, 2);
  const line = brokenText.slice(0, brokenText.indexOf('"maybe"')).split('\n').length;
  await options.getByLabel('Pack file (JSON)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(brokenText) });
  await expect(options.getByTestId('pack-errors')).toContainText(`rules[2].severity line ${line}: `);
  await expect(options.getByRole('button', { name: 'Use this pack' })).toHaveCount(0);

  await options.getByLabel('Or paste the pack’s JSON').fill('{\n  "schemaVersion": 1,\n  oops\n}');
  await options.getByRole('button', { name: 'Check pack' }).click();
  await expect(options.getByTestId('pack-errors')).toContainText('invalid JSON at line 3, column 3');
  expect(await storageGet(extensionWorker!, 'userSettings')).toEqual({ district: 'yelm-cs' });

  await options.getByLabel('Pack file (JSON)').setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(ownPack()) });
  await expect(options.getByTestId('pack-result')).toContainText('Valid: Our District');
  await options.getByRole('button', { name: 'Use this pack' }).click();
  await expect(options.getByTestId('own-pack')).toContainText('Your own pack is in use');
  await expect(options.locator('tr[data-key="customPack"]')).toContainText('Our District (our-district)');
  expect(((await storageGet(extensionWorker!, 'userSettings')) as { customPack?: string }).customPack).toContain('"our-district"');
  // Its own policy text comes first, open.
  await expect(options.locator('details.policy').first()).toHaveAttribute('data-district', 'our-district');

  // The worker checks drafts against it.
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  const findings = await expectFinding(page, 'confidential-data');
  expect(findings.find((f) => f.category === 'confidential-data')?.text).toContain('Our District: ');

  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove my pack' }).click();
  await expect(options.getByTestId('own-pack')).toHaveCount(0);
  expect(await storageGet(extensionWorker!, 'userSettings')).toEqual({ district: 'yelm-cs' });
});

test('a sample draft is checked in the page and its findings cite the policy; the policies are readable, current first @chromium-only', async ({ context, extensionId, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Sample draft').fill(RISKY);
  await options.getByLabel('Site').selectOption('facebook');
  await options.getByRole('button', { name: 'Check draft' }).click();
  const finding = options.locator('[data-testid="sample-result"] [data-category="confidential-data"]');
  await expect(finding).toHaveAttribute('data-severity', 'block');
  await expect(finding).toContainText('Confidential information');
  await expect(finding).toContainText('Not allowed');
  await expect(finding).toContainText('Employees d');
  const pack = JSON.parse(TULSA);
  const rule = pack.rules.find((r: { id: string }) => r.id === 'tulsa-ps/confidential-data');
  await expect(finding.locator('blockquote')).toHaveText(rule.citation.quote);
  // Nothing of the sample is stored.
  const local = await extensionWorker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain('Jayden');

  const policies = options.locator('details.policy');
  await expect(policies).toHaveCount(5);
  await expect(policies.first()).toHaveAttribute('data-district', 'tulsa-ps');
  await policies.first().locator('summary').press('Enter');
  const text = policies.first().getByRole('region');
  await expect(text).toBeVisible();
  await expect(text).toContainText(rule.citation.quote.slice(0, 60));
  await options.locator('details.policy[data-district="yelm-cs"] summary').click();
  await expect(options.locator('details.policy[data-district="yelm-cs"]').getByRole('region')).toContainText('Yelm');
});

test('the audit log shows a confirmed publish live, exports it as CSV and clears it @chromium-only', async ({ page, context, extensionId, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps' } });
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('audit-empty')).toBeVisible();

  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await confirmAndPublish(page);
  await expect.poll(() => published(page).then((p) => p.length)).toBe(1);

  // The options page, open all along, updates by itself.
  const rows = options.locator('[data-testid="audit"] tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('X');
  await expect(rows.first()).toContainText('Post');
  await expect(rows.first()).toContainText('Confidential information');
  await expect(rows.first()).toContainText('tulsa-ps/confidential-data');
  await expect(options.getByTestId('audit')).not.toContainText('Jayden');

  await options.bringToFront();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^second-look-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const stored = (await storageGet(extensionWorker!, 'auditLog')) as Array<{ t: string }>;
  expect(csv).toBe(`time,site,surface,category,rule\r\n${stored[0].t},x,post,confidential-data,tulsa-ps/confidential-data\r\n`);

  await options.getByRole('button', { name: 'Clear log…' }).click();
  await expect(options.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(rows).toHaveCount(1);
  await options.getByRole('button', { name: 'Clear log…' }).click();
  await options.getByRole('button', { name: 'Delete entries' }).click();
  await expect(options.getByTestId('audit-empty')).toBeVisible();
  expect(await storageGet(extensionWorker!, 'auditLog')).toEqual([]);
});

test('the audit log says when it is off; invalid settings are named in the options page and the popup @chromium-only', async ({ context, extensionId, extensionWorker }) => {
  await storageSet(extensionWorker!, { userSettings: { district: 'tulsa-ps', auditLog: 'off', allowConfirm: 'sometimes', customPack: '{"schemaVersion": 1}' } });
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('audit-off')).toContainText('Off');
  const problems = options.getByTestId('problems');
  await expect(problems.locator('[data-key="allowConfirm"]')).toContainText('your setting');
  await expect(problems.locator('[data-key="customPack"]')).toContainText('rules (line 1)');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('problems').locator('[data-key="allowConfirm"]')).toBeVisible();
  await expect(popup.getByTestId('problems').locator('[data-key="customPack"]')).toContainText('not a valid rule pack');
  await expect(popup.getByRole('link', { name: 'Details in Options' })).toBeVisible();
});

// @firefox-only: Chromium opens the options page directly in the tests above.
test('Firefox too: the options page the panel opens checks a sample draft and shows the policies @firefox-only', async ({ page, context }) => {
  // The helper chooses the district in the options page the panel opens.
  const options = (await chooseDistrict(context, undefined, 'tulsa-ps', page))!;
  await expect.poll(() => options.evaluate(() => !!document.querySelector('#sample-text')).catch(() => false)).toBe(true);
  await options.evaluate(async (text) => {
    const area = document.querySelector<HTMLTextAreaElement>('#sample-text')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // Let the page render the text before submitting it.
    await new Promise((r) => setTimeout(r, 50));
    area.form!.requestSubmit();
  }, RISKY);
  const read = () =>
    options.evaluate(() => {
      const f = document.querySelector('[data-testid="sample-result"] [data-category="confidential-data"]');
      return { severity: f?.getAttribute('data-severity'), text: f?.textContent ?? '', first: document.querySelector('details.policy')?.getAttribute('data-district'), policy: document.querySelector('details.policy pre')?.textContent?.length ?? 0 };
    });
  await expect.poll(async () => (await read()).severity, { message: 'the sample draft has a confidential-data finding' }).toBe('block');
  const result = await read();
  expect(result.text).toContain('Employees d');
  expect(result.first).toBe('tulsa-ps');
  expect(result.policy).toBeGreaterThan(1000);
  await page.bringToFront();
});
