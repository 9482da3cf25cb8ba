// Playwright fixtures for the policy tests (policy-chromium.spec.ts,
// policy-firefox.spec.ts), on top of tests/e2e/fixtures.ts:
//
//   test.use({ startPolicy: { chromium: (id) => ..., firefox: (geckoId) => ... } })
//     written to /etc before the browser starts (and removed after the test);
//   policyFiles: write/replace more policy files during a test (removed after it);
//   testIds: the throw-away Chrome id and the test gecko id of the copy loaded;
//   launchBrowser(): a browser of one's own (force-install: no --load-extension,
//     no profile-installed XPI), closed and checked by the network guard
//     after the test.
//
// The extension loaded is a copy of the build with test ids
// (support/policy-extension.ts), so these machine-wide policies never reach
// other test runs' copies of Second Look.
import { chromium, firefox, type BrowserContext } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH, firefoxProxyPrefs, installSiteRoutes, test as base, type NetworkGuard } from '../fixtures';
import { LeakProxy } from './leak-proxy';
import { requirePolicyAccess, writeChromiumPolicy, writeFirefoxPolicies, type PolicyFile } from './policy';
import { TEST_GECKO_ID, chromiumCopyWithTestKey, firefoxXpiWithTestId } from './policy-extension';

export { expect } from '../fixtures';

export interface StartPolicy {
  /** Chromium policy JSON for the test extension id */
  chromium?: (id: string) => object;
  /** Firefox policies.json contents for the test gecko id */
  firefox?: (geckoId: string) => { policies: object };
}

export interface PolicyFiles {
  chromium(name: string, policy: object): PolicyFile;
  firefox(content: { policies: object }): PolicyFile;
}

export interface LaunchOptions {
  /**
   * Load the test copy the way the base fixture does (Chromium:
   * --load-extension; Firefox: XPI in the profile). Default: no extension,
   * so that only policy can install one.
   */
  loadExtension?: boolean;
  /** Chromium: let the browser install and update extensions (force-install). */
  forceInstall?: boolean;
  /** An existing profile directory (start the same profile again). */
  profile?: string;
}

/** The profile directory of each launchBrowser() context (to start it again). */
export const profileDirs = new WeakMap<BrowserContext, string>();

type Fixtures = {
  startPolicy: StartPolicy | undefined;
  policyFiles: PolicyFiles;
  testIds: { chrome: string; gecko: string };
  launchBrowser: (options?: LaunchOptions) => Promise<BrowserContext>;
};

export const test = base.extend<Fixtures>({
  startPolicy: [undefined, { option: true }],

  policyFiles: async ({}, use) => {
    const written: PolicyFile[] = [];
    try {
      await use({
        chromium: (name, policy) => {
          const f = writeChromiumPolicy(name, policy);
          written.push(f);
          return f;
        },
        firefox: (content) => {
          const f = writeFirefoxPolicies(content);
          written.push(f);
          return f;
        },
      });
    } finally {
      for (const f of written) f.remove();
    }
  },

  testIds: async ({ browserName }, use) => {
    // Only the browser under test is built and copied.
    await use({ chrome: browserName === 'chromium' ? chromiumCopyWithTestKey().id : '(Chromium only)', gecko: TEST_GECKO_ID });
  },

  // The base context fixture launches with this: the copy with test ids,
  // after the start policy is in place.
  extensionPath: async ({ browserName, startPolicy, policyFiles }, use) => {
    requirePolicyAccess(); // fail at once, and clearly, without root
    if (browserName === 'chromium') {
      const copy = chromiumCopyWithTestKey();
      if (startPolicy?.chromium) policyFiles.chromium('start', startPolicy.chromium(copy.id));
      await use({ dir: copy.dir });
    } else {
      const xpi = firefoxXpiWithTestId();
      if (startPolicy?.firefox) policyFiles.firefox(startPolicy.firefox(xpi.geckoId));
      await use({ xpi });
    }
  },

  // Not to be combined with `context`/`page` in one test (one guard proxy each).
  launchBrowser: async ({ browserName, networkGuard }, use, testInfo) => {
    const launched: Array<{ context: BrowserContext; proxy: LeakProxy }> = [];
    const profiles = new Set<string>();
    const violations: ReturnType<NetworkGuard['violations']> = [];
    try {
      await use(async (options = {}) => {
        requirePolicyAccess();
        const proxy = new LeakProxy();
        const server = await proxy.start();
        networkGuard.proxy = proxy;
        const { context, profile } =
          browserName === 'chromium' ? await launchChromium(server, options) : await launchFirefox(server, options);
        launched.push({ context, proxy });
        profiles.add(profile);
        profileDirs.set(context, profile);
        await installSiteRoutes(context, networkGuard);
        return context;
      });
    } finally {
      for (const l of launched) {
        await l.context.close().catch(() => undefined);
        await l.proxy.stop();
        // Each launch had its own proxy: collect what each one refused.
        networkGuard.proxy = l.proxy;
        for (const v of networkGuard.violations()) if (!violations.some((w) => w.url === v.url && w.how === v.how)) violations.push(v);
      }
      for (const p of profiles) await rm(p, { recursive: true, force: true }).catch(() => undefined);
    }
    checkGuard(violations, testInfo.title);
  },
});

function checkGuard(violations: ReturnType<NetworkGuard['violations']>, title: string): void {
  if (violations.length) {
    throw new Error(
      `network guard (${title}): ${violations.length} request(s) left the test pages:\n` +
        violations.map((v) => `  ${v.method} ${v.url} (${v.resourceType}, from ${v.source}, ${v.how})`).join('\n'),
    );
  }
}

const copyDir = () => chromiumCopyWithTestKey().dir;

async function launchChromium(proxyServer: string, options: LaunchOptions): Promise<{ context: BrowserContext; profile: string }> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'sl-policy-chromium-')));
  if (!options.profile) {
    // As the base fixture: no speculative connections (they would reach the guard's proxy).
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--no-default-browser-check',
      ...(options.loadExtension ? [`--disable-extensions-except=${copyDir()}`, `--load-extension=${copyDir()}`] : []),
    ],
    // Playwright's defaults switch extensions and their updater off; a
    // force-install needs both.
    ignoreDefaultArgs: options.forceInstall ? ['--disable-extensions', '--disable-background-networking'] : undefined,
    // The browser's own update check goes straight to the local update
    // server (loopback; Playwright would otherwise send it to the guard's proxy).
    proxy: { server: proxyServer, ...(options.forceInstall ? { bypass: '127.0.0.1' } : {}) },
    viewport: { width: 1280, height: 800 },
  });
  return { context, profile };
}

async function launchFirefox(proxyServer: string, options: LaunchOptions): Promise<{ context: BrowserContext; profile: string }> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'sl-policy-firefox-')));
  if (options.loadExtension) {
    const xpi = firefoxXpiWithTestId();
    await mkdir(join(profile, 'extensions'), { recursive: true });
    await copyFile(xpi.path, join(profile, 'extensions', `${xpi.geckoId}.xpi`));
  }
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    firefoxUserPrefs: {
      // Unsigned test XPIs (ESR honours this; release Firefox needs a signed XPI).
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      ...firefoxProxyPrefs(proxyServer),
      'network.http.speculative-parallel-limit': 0,
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      'network.prefetch-next': false,
    },
  });
  return { context, profile };
}
