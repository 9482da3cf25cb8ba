// Managed policy in Chromium, for real: policy files under
// /etc/chromium/policies/managed/ (written from docs/examples, removed after
// each test), Chromium's own policy loading and managed_schema checking, and
// a force-install of a CRX from a local update server. Needs root (CI runs
// `npm test` as root). The extension is a copy of the build under a
// throw-away key (support/policy-extension.ts), so these policies never reach
// other runs' copies of Second Look.
import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { START_URLS, openSite, published, shadowFindings, typeInEditor } from './fixtures';
import { RISKY, expectFinding, goBack, holdDialog } from './extension-helpers';
import { ROOT } from './support/extension';
import { examplePolicy, packCrx, serveCrx, chromiumCopyWithTestKey } from './support/policy-extension';
import { expect, test } from './support/policy-fixtures';

const X_BOX = '[data-testid="tweetTextarea_0"]';
const TULSA = '(Policy: Employees d)';
const METRO = 'Metro Technology Centers';

/** The example settings file for the test id, its values editable. */
function exampleSettings(id: string, edit: (values: Record<string, unknown>) => void = () => {}) {
  const policy = examplePolicy('linux/second-look-settings.json', { chrome: id });
  edit(policy['3rdparty'].extensions[id]);
  return policy;
}
const exampleValues = (id: string) => exampleSettings(id)['3rdparty'].extensions[id] as Record<string, unknown>;

type Chrome = {
  storage: { managed: { get(): Promise<Record<string, unknown>> }; local: { set(v: object): Promise<void> }; onChanged: { addListener(f: (c: object, area: string) => void): void } };
  management: { getSelf(): Promise<{ installType: string }> };
};
const managedValues = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.managed.get());

async function openExtensionPage(page: Page, id: string, name: 'options' | 'popup'): Promise<Page> {
  const p = await page.context().newPage();
  await p.goto(`chrome-extension://${id}/${name}.html`);
  return p;
}

/** [key, source] of each problem the page lists. */
const problems = (p: Page) =>
  p.locator('[data-testid="problems"] li[data-key]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-key')}:${li.getAttribute('data-source')}`));

test.describe('a policy file present at start', () => {
  test.use({ startPolicy: { chromium: (id) => exampleSettings(id) } });

  test('the example settings file: district applied and locked, confirm removed, support contact shown', async ({ page, extensionWorker, testIds }) => {
    // What Chromium hands over is the whole example, unchanged by managed_schema.json.
    expect(new URL(extensionWorker!.url()).host).toBe(testIds.chrome);
    expect(await managedValues(extensionWorker!)).toEqual(exampleValues(testIds.chrome));
    // The teacher's own choice does not override a locked district.
    await extensionWorker!.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ userSettings: { district: 'yelm-cs' } }));

    const options = await openExtensionPage(page, testIds.chrome, 'options');
    await expect(options.getByTestId('district-locked')).toContainText('Tulsa Public Schools');
    await expect(options.locator('select#district')).toHaveCount(0);
    await expect(options.getByTestId('problems')).toHaveCount(0);
    for (const key of Object.keys(exampleValues(testIds.chrome))) {
      await expect(options.locator(`[data-testid="settings"] tr[data-key="${key}"]`), key).toHaveAttribute('data-source', 'managed');
    }
    const popup = await openExtensionPage(page, testIds.chrome, 'popup');
    await expect(popup.getByTestId('district')).toContainText('Tulsa Public Schools');
    await expect(popup.getByTestId('district')).toContainText('set by your district');

    await page.bringToFront();
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, X_BOX, RISKY);
    const findings = await expectFinding(page, 'confidential-data');
    expect(findings.find((f) => f.category === 'confidential-data')!.text).toContain(TULSA);
    await expect(page.locator('[data-second-look="warnings"]')).toContainText('Questions? Tulsa PS IT Help Desk');
    // allowConfirm: false: the dialog has no way to post.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page)).toBeVisible();
    await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(0);
    await expect(holdDialog(page).locator('input[type="checkbox"]')).toHaveCount(0);
    await goBack(page);
    expect(await published(page)).toEqual([]);
  });
});

test.describe('invalid values in a policy file', () => {
  // Built from the Tulsa pack, with one rule's severity wrong.
  const brokenPack = (): string => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'rules/tulsa-ps/pack.json'), 'utf8'));
    pack.id = 'tulsa-custom';
    pack.policy = { title: pack.policy.title, text: 'x' };
    pack.rules[1].severity = 'sometimes';
    return JSON.stringify(pack, null, 2);
  };
  test.use({
    startPolicy: {
      chromium: (id) =>
        exampleSettings(id, (v) => {
          v.allowConfirm = 'no'; // wrong type: managed_schema.json makes Chrome drop it
          v.timeZone = 'Central'; // fits the schema's pattern, is no IANA zone: ours reports it
          v.schools = ['A', 'Memorial High School']; // "A" is too short for ours
          v.customPack = brokenPack(); // a string to Chrome; ours lints it
        }),
    },
  });

  test('what Chrome drops never arrives; the rest is reported by key (customPack by JSON path) and ignored; the district still applies', async ({ page, extensionWorker, testIds }) => {
    const managed = await managedValues(extensionWorker!);
    expect(managed.allowConfirm).toBeUndefined();
    expect(managed).toMatchObject({ district: 'tulsa-ps', timeZone: 'Central', schools: ['A', 'Memorial High School'] });
    expect(typeof managed.customPack).toBe('string');

    const options = await openExtensionPage(page, testIds.chrome, 'options');
    await expect.poll(() => problems(options)).toEqual(expect.arrayContaining(['timeZone:managed', 'schools:managed', 'customPack:managed']));
    expect(await problems(options)).toHaveLength(3);
    await expect(options.locator('[data-testid="problems"] li[data-key="customPack"]')).toContainText('rules[1].severity');
    await expect(options.locator('[data-testid="problems"] li[data-key="timeZone"]')).toContainText('IANA');
    await expect(options.getByTestId('district-locked')).toContainText('Tulsa Public Schools');
    const popup = await openExtensionPage(page, testIds.chrome, 'popup');
    await expect.poll(() => problems(popup)).toEqual(expect.arrayContaining(['timeZone:managed', 'schools:managed', 'customPack:managed']));

    // Still checking, against the district's built-in pack; confirm is back (the default).
    await page.bringToFront();
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, X_BOX, RISKY);
    const findings = await expectFinding(page, 'confidential-data');
    expect(findings.find((f) => f.category === 'confidential-data')!.text).toContain(TULSA);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(1);
    await goBack(page);
  });
});

test('policy written after start is picked up without a reload, and so are later changes and its removal', async ({ page, extensionWorker, testIds, policyFiles }, testInfo) => {
  await openSite(page, START_URLS.x.home);
  await typeInEditor(page, X_BOX, RISKY);
  await expect(page.locator('[data-second-look="warnings"] [data-action="choose-district"]')).toBeVisible();
  const options = await openExtensionPage(page, testIds.chrome, 'options');
  await expect(options.locator('select#district')).toBeVisible();
  await page.bringToFront();

  const timed = async (what: string, change: () => void, arrived: () => Promise<unknown>) => {
    const start = Date.now();
    change();
    await expect.poll(arrived, { timeout: 30_000, message: what }).toBeTruthy();
    const ms = Date.now() - start;
    testInfo.annotations.push({ type: 'measured', description: `${what}: ${ms} ms` });
    console.log(`[policy] ${what}: ${ms} ms`);
  };
  const confidential = async () => (await shadowFindings(page)).find((f) => f.category === 'confidential-data')?.text ?? '';

  const file = policyFiles.chromium('late', { '3rdparty': { extensions: { [testIds.chrome]: { district: 'tulsa-ps' } } } });
  // Written above; timed from the write to the finding on the open draft.
  await timed('late policy reaches the open draft', () => {}, async () => (await confidential()).includes(TULSA));
  await expect(options.getByTestId('district-locked')).toContainText('Tulsa Public Schools');

  await timed(
    'changed policy reaches the open draft',
    () => file.write(exampleSettings(testIds.chrome, (v) => (v.district = 'metro-tech'))),
    async () => (await shadowFindings(page)).some((f) => f.category === 'confidential-data' && !f.text.includes(TULSA)),
  );
  await expect(options.getByTestId('district-locked')).toContainText(METRO);
  expect(await managedValues(extensionWorker!)).toMatchObject({ district: 'metro-tech', allowConfirm: false });

  await timed('removed policy leaves the open draft', () => file.remove(), async () => (await shadowFindings(page)).length === 0);
  await expect(options.locator('select#district')).toBeVisible();
});

test('force-install: ExtensionInstallForcelist with a self-hosted CRX and updates.xml, configured by the example files', async ({ launchBrowser, policyFiles, testIds }, testInfo) => {
  test.setTimeout(120_000);
  const copy = chromiumCopyWithTestKey();
  const server = await serveCrx(copy, packCrx(copy));
  try {
    const install = examplePolicy('linux/second-look-install.json', { chrome: testIds.chrome });
    install.ExtensionInstallForcelist = install.ExtensionInstallForcelist.map((entry: string) => entry.replace(/;.*$/, `;${server.updatesUrl}`));
    policyFiles.chromium('install', install);
    policyFiles.chromium('settings', exampleSettings(testIds.chrome));
    // Without it Playwright cannot see a force-installed extension's worker (test-only).
    policyFiles.chromium('devtools', { DeveloperToolsAvailability: 1 });

    const started = Date.now();
    const context = await launchBrowser({ forceInstall: true });
    const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${testIds.chrome}/`);
    const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 60_000 }));
    const installedMs = Date.now() - started;
    // Watch how the district's values arrive (Chrome fills managed storage after install).
    const before = await worker.evaluate(() => {
      const c = (globalThis as unknown as { chrome: Chrome; __managedEvents: number }).chrome;
      (globalThis as unknown as { __managedEvents: number }).__managedEvents = 0;
      c.storage.onChanged.addListener((_c, area) => {
        if (area === 'managed') (globalThis as unknown as { __managedEvents: number }).__managedEvents++;
      });
      return c.storage.managed.get();
    });
    expect(server.served.some((u) => u.startsWith('/updates.xml'))).toBe(true);
    expect(server.served).toContain('/second-look.crx');
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.management.getSelf().then((s) => s.installType))).toBe('admin');

    // A draft typed while the extension may still be waiting for its settings.
    const page = context.pages()[0] ?? (await context.newPage());
    await openSite(page, START_URLS.x.home);
    await typeInEditor(page, X_BOX, RISKY);
    const typedMs = Date.now() - started;

    await expect.poll(() => managedValues(worker).then((v) => v.district), { timeout: 30_000 }).toBe('tulsa-ps');
    const managedMs = Date.now() - started;
    const events = await worker.evaluate(() => (globalThis as unknown as { __managedEvents: number }).__managedEvents);
    const note =
      `force-install: worker ${installedMs} ms after launch, managed storage ${before.district ? 'already filled' : 'empty'} then; ` +
      `values seen ${managedMs} ms after launch (${events} storage.onChanged 'managed' event(s)); draft typed at ${typedMs} ms`;
    testInfo.annotations.push({ type: 'measured', description: note });
    console.log(`[policy] ${note}`);

    // The open draft is checked with the district's settings, no reload.
    const findings = await expectFinding(page, 'confidential-data');
    expect(findings.find((f) => f.category === 'confidential-data')!.text).toContain(TULSA);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(holdDialog(page).locator('[data-action="confirm"]')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
