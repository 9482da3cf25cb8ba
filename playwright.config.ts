import { defineConfig } from '@playwright/test';

// End-to-end tests: Debian's Chromium and Firefox ESR (scripts/install-browsers.sh)
// with the built extension, on local copies of the four sites (tests/pages)
// served under their real URLs. See tests/e2e/fixtures.ts.
//
// Sized for a 2-core machine: one worker, generous timeouts (a Firefox
// profile launch alone takes ~2 s; typing into Draft.js is key-by-key).
const POLICY_SPECS = /policy-(chromium|firefox)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Removes policy files a crashed policy run left behind (support/policy.ts).
  globalTeardown: './tests/e2e/global-teardown.ts',
  // SL_TEST_RESULTS: separate result folders for runs side by side.
  outputDir: process.env.SL_TEST_RESULTS || 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  projects: [
    // @firefox-only: tests of what only Firefox needs (each says why next to the tag).
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: POLICY_SPECS, grepInvert: /@firefox-only/ },
    {
      name: 'firefox',
      use: { browserName: 'firefox' },
      testIgnore: POLICY_SPECS,
      // On CI, one retry: opening the options page in a fresh Firefox profile
      // over BiDi sometimes misses its first 2 s window (setup, not product).
      // A retried pass is reported as "flaky", so it stays visible.
      retries: process.env.CI ? 1 : 0,
      // Tests tagged @chromium-only need something Firefox over WebDriver
      // BiDi does not offer (each one says what, next to the tag).
      // @variant: acceptance tests that vary the page's structure, not the
      // browser's behaviour; Firefox runs one per site and surface
      // (tests/acceptance/README.md).
      grepInvert: /@chromium-only|@variant/,
    },
    // Real machine-wide policy files (/etc/chromium/policies, /etc/firefox/policies):
    // their own projects, each spec in its browser only. Root needed.
    { name: 'policy-chromium', use: { browserName: 'chromium' }, testMatch: /policy-chromium\.spec\.ts$/ },
    // One retry on CI, as for 'firefox': these tests also drive the options tab over BiDi.
    { name: 'policy-firefox', use: { browserName: 'firefox' }, testMatch: /policy-firefox\.spec\.ts$/, retries: process.env.CI ? 1 : 0 },
  ],
});
