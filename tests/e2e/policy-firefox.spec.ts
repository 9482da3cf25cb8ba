// Managed policy in Firefox ESR, for real: /etc/firefox/policies/policies.json
// (from docs/examples/firefox/policies.json, removed after each test), read
// by Firefox at start-up. Firefox checks no types in 3rdparty values, so our
// schema is the only check. Needs root (CI runs `npm test` as root).
//
// Over WebDriver BiDi there is no handle on the background page and no
// navigation to moz-extension:// pages; these tests see the extension
// through the site pages and through the options page it opens itself
// ("Choose your district").
import type { Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { START_URLS, openSite, published, shadowFindings, typeInEditor } from './fixtures';
import { RISKY, chooseDistrict, chooseInOptions, expectFinding, goBack, holdDialog, openOptionsFromPanel } from './extension-helpers';
import { FIREFOX_POLICY_FILE } from './support/policy';
import { examplePolicy, firefoxXpiWithTestId } from './support/policy-extension';
import { expect, profileDirs, test } from './support/policy-fixtures';

const X_BOX = '[data-testid="tweetTextarea_0"]';
const TULSA = '(Policy: Employees d)';
const YELM = '(Policy: Responsibilities: Confidentiality)';

/** docs/examples/firefox/policies.json for the test gecko id. */
function examplePolicies(geckoId: string, edit: (p: { ExtensionSettings?: Record<string, { install_url: string }>; '3rdparty': { Extensions: Record<string, Record<string, unknown>> } }) => void) {
  const content = examplePolicy('firefox/policies.json', { gecko: geckoId });
  edit(content.policies);
  return content;
}

const confidentialText = async (page: Page) => (await shadowFindings(page)).find((f) => f.category === 'confidential-data')?.text ?? '';

/** Types the risky draft on X and waits for its confidential-data finding. */
async function riskyDraft(page: Page): Promise<string> {
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expectFinding(page, 'confidential-data');
  return confidentialText(page);
}

test('the example policies.json: the district applies over the teacher\'s own choice (lockDistrict defaults to true), confirm is removed, the support contact shows', async ({ launchBrowser, policyFiles, testIds }) => {
  // First the teacher chooses Yelm, with no policy on the machine.
  let context = await launchBrowser({ loadExtension: true });
  let page = context.pages()[0] ?? (await context.newPage());
  await chooseDistrict(context, undefined, 'yelm-cs', page);
  expect(await riskyDraft(page)).toContain(YELM);
  const profileDir = profileDirs.get(context)!;
  await context.close();

  // Then district IT deploys the example policy, without lockDistrict (its default is true).
  policyFiles.firefox(
    examplePolicies(testIds.gecko, (p) => {
      delete p.ExtensionSettings; // installed in the profile already; the force-install test below covers it
      delete p['3rdparty'].Extensions[testIds.gecko]!.lockDistrict;
    }),
  );
  context = await launchBrowser({ loadExtension: true, profile: profileDir });
  page = context.pages()[0] ?? (await context.newPage());
  expect(await riskyDraft(page)).toContain(TULSA);
  await expect(page.locator('[data-second-look="warnings"]')).toContainText('Questions? Tulsa PS IT Help Desk');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(holdDialog(page)).toBeVisible();
  await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(0);
  await goBack(page);
  expect(await published(page)).toEqual([]);
});

test('policies.json values of the wrong type: each is reported by key on the options page and ignored, the valid ones apply', async ({ launchBrowser, policyFiles, testIds }) => {
  policyFiles.firefox(
    examplePolicies(testIds.gecko, (p) => {
      delete p.ExtensionSettings;
      p['3rdparty'].Extensions[testIds.gecko] = {
        district: 42,
        lockDistrict: 'yes',
        allowConfirm: 'false',
        disabledCategories: 'confidential-data',
        severity: { 'confidential-data': 'never' },
        schools: 'Memorial High School',
        workingHours: { days: [1, 2, 3, 4, 5], start: '7:30', end: '16:00' },
        timeZone: 'Central',
        auditLog: 'sometimes',
        customPack: '{ "schemaVersion": 1, ',
        supportContact: 'Tulsa PS IT Help Desk, ext. 4357',
      };
    }),
  );
  const context = await launchBrowser({ loadExtension: true });
  const page = context.pages()[0] ?? (await context.newPage());
  // The district is ignored, so nothing is checked yet; the panel offers to choose one.
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  const options = await openOptionsFromPanel(context, page);
  const listed = () =>
    options
      .evaluate(() => [...document.querySelectorAll('[data-testid="problems"] li[data-key]')].map((li) => `${li.getAttribute('data-key')}:${li.getAttribute('data-source')}`))
      .catch(() => [] as string[]);
  const bad = ['district', 'lockDistrict', 'allowConfirm', 'disabledCategories', 'severity', 'schools', 'workingHours', 'timeZone', 'auditLog', 'customPack'];
  await expect.poll(listed, { message: 'every invalid key is listed' }).toEqual(expect.arrayContaining(bad.map((k) => `${k}:managed`)));
  expect((await listed()).length).toBe(bad.length);
  const text = (key: string) => options.evaluate((k) => document.querySelector(`[data-testid="problems"] li[data-key="${k}"]`)?.textContent ?? '', key);
  expect(await text('workingHours')).toContain('workingHours.start');
  expect(await text('customPack')).toMatch(/invalid JSON/);
  expect(await options.evaluate(() => document.querySelector('[data-testid="settings"] tr[data-key="supportContact"]')?.getAttribute('data-source'))).toBe('managed');

  // The teacher can still choose a district (not locked), and Second Look works with the valid values.
  await chooseInOptions(options, 'yelm-cs');
  await page.bringToFront();
  expect(await riskyDraft(page)).toContain(YELM);
  await expect(page.locator('[data-second-look="warnings"]')).toContainText('Questions? Tulsa PS IT Help Desk, ext. 4357');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(1);
  await goBack(page);
});

test('force-install through ExtensionSettings (file:// XPI), configured through 3rdparty.Extensions', async ({ launchBrowser, policyFiles, testIds }, testInfo) => {
  const xpi = firefoxXpiWithTestId();
  const file = policyFiles.firefox(
    examplePolicies(testIds.gecko, (p) => {
      p.ExtensionSettings![testIds.gecko]!.install_url = pathToFileURL(xpi.path).href;
    }),
  );
  const started = Date.now();
  const context = await launchBrowser(); // nothing in the profile: only the policy installs it
  // Firefox has read policies.json: take it away at once, so that other
  // Firefox runs on this machine do not install the test copy too.
  file.remove();
  const page = context.pages()[0] ?? (await context.newPage());
  const text = await riskyDraft(page);
  const ms = Date.now() - started;
  testInfo.annotations.push({ type: 'measured', description: `Firefox force-install: first finding ${ms} ms after launch` });
  console.log(`[policy] Firefox force-install: first finding ${ms} ms after launch (policy file ${FIREFOX_POLICY_FILE})`);
  expect(text).toContain(TULSA);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(0);
});
