// Playwright fixtures for Second Look's end-to-end tests.
//
//   import { test, expect, openSite, typeInEditor, shadowFindings } from './fixtures';
//
// Each test gets a fresh persistent browser context with the built extension
// (Chromium: .output/chrome-mv3 unpacked; Firefox ESR: the unsigned XPI from
// `wxt zip -b firefox` installed into a fresh profile), the four sites served
// from tests/pages/dist under their real URLs, and a NETWORK GUARD: every
// request that is not a site page or its bundle (from pages, frames, content
// scripts, or, in Chromium, the extension's service worker) is aborted and
// recorded, and the test FAILS at teardown if anything was recorded.
//
// Options (test.use):
//   extension: 'built' (default) | 'none' | { chromium?: dir, firefox?: xpi path }
//
// Fixtures: context, page, networkGuard, extensionId (Chromium; undefined in
// Firefox), extensionWorker (Chromium's background service worker).
import { test as base, expect, chromium, firefox, type BrowserContext, type Frame, type Page, type Request, type Worker } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fulfilFromDist, isLocalUrl, pageFileFor } from '../pages/serve.mjs';
import { chromeExtensionDir, firefoxXpi, geckoIdOf, type FirefoxXpi } from './support/extension';
import { LeakProxy, type ProxyHit } from './support/leak-proxy';

export { expect };
export { START_URLS } from '../pages/routes.mjs';


export const CHROMIUM_PATH = process.env.SL_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.SL_FIREFOX ?? '/usr/bin/firefox-esr';

// ---------------------------------------------------------------- guard --

export interface BlockedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'page <url>' | 'frame <url>' | 'service worker <url>' | 'unknown' */
  source: string;
  /**
   * 'aborted': caught and aborted by the context route;
   * 'proxy': reached the network layer without passing a route (e.g. sent
   * while the browser started, or from a Firefox background page) and was
   * refused by the guard's loopback proxy (for HTTPS only host:port is known).
   */
  how: 'aborted' | 'proxy';
}

export class NetworkGuard {
  private readonly aborted: BlockedRequest[] = [];
  private readonly expected: RegExp[] = [];
  private readonly handled = new WeakSet<Request>();
  /** the loopback proxy the browser was launched with (set by the context fixture) */
  proxy: LeakProxy | undefined;

  /** Everything blocked so far: aborted by routes, then refused by the proxy. */
  get blocked(): BlockedRequest[] {
    const viaProxy = (this.proxy?.hits ?? []).map(
      (hit: ProxyHit): BlockedRequest => ({ url: hit.url, method: hit.method, resourceType: 'unknown', source: 'browser network stack (not routed)', how: 'proxy' }),
    );
    return [...this.aborted, ...viaProxy];
  }

  /** Declare requests this test expects (and wants) the guard to block; they do not fail the test. */
  expectBlocked(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  /** Blocked requests matching `pattern` (for self-tests). */
  matching(pattern: RegExp): BlockedRequest[] {
    return this.blocked.filter((b) => pattern.test(b.url));
  }

  record(request: Request): void {
    if (this.handled.has(request)) return;
    this.handled.add(request);
    this.aborted.push({ url: request.url(), method: request.method(), resourceType: safe(() => request.resourceType(), '?'), source: sourceOf(request), how: 'aborted' });
  }


  /** Violations that were not declared with expectBlocked. */
  violations(): BlockedRequest[] {
    return this.blocked.filter((b) => !this.expected.some((p) => p.test(b.url)));
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function sourceOf(request: Request): string {
  const sw = safe(() => request.serviceWorker(), null);
  if (sw) return `service worker ${sw.url()}`;
  const frame = safe(() => request.frame(), null as Frame | null);
  if (!frame) return 'unknown';
  return frame.parentFrame() ? `frame ${frame.url()}` : `page ${frame.url()}`;
}

/**
 * Route every request of `context` through the test pages or the guard.
 * The same function serves the demo (without a guard).
 */
export async function installSiteRoutes(context: BrowserContext, guard: NetworkGuard): Promise<void> {
  await context.route('**/*', async (route, request) => {
    const target = pageFileFor(request);
    if (target) return fulfilFromDist(route, target, { cache: true });
    if (isLocalUrl(request.url())) return route.continue();
    guard.record(request);
    return route.abort('blockedbyclient').catch(() => undefined);
  });
}

/** Firefox prefs that send all traffic to the guard's proxy (also used by the policy tests' own launches). */
export function firefoxProxyPrefs(server: string): Record<string, string | number | boolean> {
  const { hostname, port } = new URL(server);
  return {
    'network.proxy.type': 1,
    'network.proxy.http': hostname,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': hostname,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
  };
}

// ------------------------------------------------------------- fixtures --

export type ExtensionOption = 'built' | 'none' | { chromium?: string; firefox?: string };

type TestFixtures = {
  extension: ExtensionOption;
  /** Resolved extension location for this browser (undefined: none). */
  extensionPath: { dir?: string; xpi?: FirefoxXpi } | undefined;
  networkGuard: NetworkGuard;
  extensionId: string | undefined;
  extensionWorker: Worker | undefined;
};

export const test = base.extend<TestFixtures>({
  extension: ['built', { option: true }],

  extensionPath: [
    async ({ extension, browserName }, use) => {
      if (extension === 'none') return use(undefined);
      if (browserName === 'chromium') {
        const dir = extension === 'built' ? chromeExtensionDir() : extension.chromium;
        return use(dir ? { dir } : undefined);
      }
      if (browserName === 'firefox') {
        if (extension === 'built') return use({ xpi: firefoxXpi() });
        const xpi = extension.firefox;
        return use(xpi ? { xpi: { path: xpi, geckoId: geckoIdOf(readFileSync(xpi)) } } : undefined);
      }
      throw new Error(`unsupported browser ${browserName}`);
    },
    { scope: 'test' },
  ],

  networkGuard: async ({}, use) => {
    await use(new NetworkGuard());
  },

  context: async ({ browserName, extensionPath, networkGuard, viewport }, use, testInfo) => {
    let context: BrowserContext;
    let profile: string | undefined;
    const proxy = new LeakProxy();
    const proxyServer = await proxy.start();
    networkGuard.proxy = proxy;
    if (browserName === 'chromium') {
      profile = await mkdtemp(join(tmpdir(), 'sl-chromium-'));
      // No speculative preconnects / DNS prefetch: they would reach the
      // guard's proxy as CONNECTs to the site hosts.
      await mkdir(join(profile, 'Default'), { recursive: true });
      await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
      const args = ['--no-first-run', '--disable-component-update', '--disable-sync', '--no-default-browser-check'];
      if (extensionPath?.dir) args.push(`--disable-extensions-except=${extensionPath.dir}`, `--load-extension=${extensionPath.dir}`);
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args,
        proxy: { server: proxyServer },
        viewport: viewport ?? { width: 1280, height: 800 },
      });
    } else if (browserName === 'firefox') {
      profile = await mkdtemp(join(tmpdir(), 'sl-firefox-'));
      if (extensionPath?.xpi) {
        await mkdir(join(profile, 'extensions'), { recursive: true });
        await copyFile(extensionPath.xpi.path, join(profile, 'extensions', `${extensionPath.xpi.geckoId}.xpi`));
      }
      context = await firefox.launchPersistentContext(profile, {
        channel: 'moz-firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        viewport: viewport ?? { width: 1280, height: 800 },
        firefoxUserPrefs: {
          'xpinstall.signatures.required': false,
          'extensions.autoDisableScopes': 0,
          'extensions.enabledScopes': 15,
          // The guard's proxy, set with prefs: Playwright's `proxy` option
          // over BiDi only configures the http:// proxy, not HTTPS.
          ...firefoxProxyPrefs(proxyServer),
          // No speculative connections / DNS prefetch (they would reach the proxy).
          'network.http.speculative-parallel-limit': 0,
          'network.dns.disablePrefetch': true,
          'network.predictor.enabled': false,
          'network.prefetch-next': false,
        },
      });
    } else {
      throw new Error(`unsupported browser ${browserName}`);
    }
    if (browserName === 'firefox') firefoxContexts.add(context);
    if (profile) profiles.set(context, profile);
    await installSiteRoutes(context, networkGuard);
    await use(context);
    await context.close().catch(() => undefined);
    await proxy.stop();
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    const violations = networkGuard.violations();
    if (violations.length) {
      await testInfo.attach('blocked-requests.json', { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
      throw new Error(
        `network guard: ${violations.length} request(s) left the test pages and were blocked:\n` +
          violations.map((v) => `  ${v.method} ${v.url} (${v.resourceType}, from ${v.source}, ${v.how})`).join('\n'),
      );
    }
  },

  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  extensionWorker: async ({ context, browserName, extensionPath }, use) => {
    if (browserName !== 'chromium' || !extensionPath?.dir) return use(undefined);
    const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker = context.serviceWorkers().find(isExt) ?? (await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 10_000 }));
    await use(worker);
  },

  extensionId: async ({ extensionWorker }, use) => {
    await use(extensionWorker ? new URL(extensionWorker.url()).host : undefined);
  },
});

// -------------------------------------------------------------- helpers --

/** Navigate to a site URL (served from tests/pages) and wait until the page has rendered. */
export async function openSite(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-test-page-ready="1"]', { state: 'attached' });
  return page;
}

const US_LAYOUT = /^[\x20-\x7e]$/;

export interface TypeOptions {
  /** how "\n" is typed: Shift+Enter (default; a newline on every surface) or Enter (sends on several) */
  newline?: 'Shift+Enter' | 'Enter';
  /** delay between key presses, ms */
  delay?: number;
}

/**
 * Type `text` into an editor with real keyboard input. `selector` may name
 * the editable itself or a wrapper (keys sent to a Draft.js wrapper never
 * reach the editor, so this resolves to the contenteditable / textarea).
 * The caret goes to the end first.
 *
 * Characters outside the US keyboard layout (accents, emoji) are committed
 * as text input: Chromium's Input.insertText (what an IME or the emoji
 * picker does). Firefox over WebDriver BiDi has no such command; Playwright
 * falls back to editing the DOM directly there, which Lexical reverts, React
 * textareas ignore and Draft.js garbles, so in Firefox these characters go
 * through firefoxInsertText() below.
 */
export async function typeInEditor(page: Page, selector: string, text: string, opts: TypeOptions = {}): Promise<void> {
  const target = page.locator(selector).filter({ visible: true }).first();
  await target.waitFor();
  const editable = (await target.evaluate((el) => el.matches('textarea, input, [contenteditable="true"]')))
    ? target
    : target.locator('textarea, input, [contenteditable="true"]').first();
  await editable.click();
  await page.keyboard.press('Control+End');
  const firefoxBrowser = await isFirefox(page);
  let run = '';
  const flush = async () => {
    if (!run) return;
    if (firefoxBrowser) await page.evaluate(firefoxInsertText, run);
    else await page.keyboard.insertText(run);
    run = '';
  };
  for (const ch of text) {
    if (ch === '\n') {
      await flush();
      await page.keyboard.press(opts.newline ?? 'Shift+Enter', { delay: opts.delay });
    } else if (US_LAYOUT.test(ch)) {
      await flush();
      await page.keyboard.press(ch === ' ' ? 'Space' : ch, { delay: opts.delay });
    } else {
      run += ch;
    }
  }
  await flush();
}

/**
 * Firefox stand-in for committing text the way a keyboard layout or IME
 * does: fire the `textInput` event that React-based editors (Draft.js) take
 * typed characters from; if nobody cancelled it, perform its default action,
 * inserting the text, with the browser's own editing command (trusted
 * beforeinput/input events; Lexical and textareas handle those). Runs in the
 * page.
 */
async function firefoxInsertText(text: string): Promise<void> {
  // Give the editor a frame to finish with the previous key, as a person would.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const target = document.activeElement;
  if (!target) throw new Error('typeInEditor: nothing is focused');
  const ev = document.createEvent('TextEvent') as Event & { initTextEvent(...args: unknown[]): void };
  ev.initTextEvent('textInput', true, true, window, text);
  if (target.dispatchEvent(ev)) document.execCommand('insertText', false, text);
}

/**
 * Persistent contexts have no Browser object to ask, and the user agent lies
 * (Firefox's built-in web-compat interventions present Chrome's user agent
 * to tiktok.com), so the context fixture records which contexts are Firefox.
 */
const firefoxContexts = new WeakSet<BrowserContext>();
const profiles = new WeakMap<BrowserContext, string>();

/** The browser profile directory of a context made by the `context` fixture. */
export function profileDirOf(context: BrowserContext): string | undefined {
  return profiles.get(context);
}
async function isFirefox(page: Page): Promise<boolean> {
  return firefoxContexts.has(page.context());
}

export interface ShadowFinding {
  category: string;
  severity: string;
  text: string;
}

/**
 * The findings the extension shows: elements with data-category inside the
 * open shadow roots of hosts marked [data-second-look] (ui-contract.md),
 * searched through nested open shadow roots too.
 */
export async function shadowFindings(page: Page | Frame): Promise<ShadowFinding[]> {
  return page.evaluate(() => {
    const out: Array<{ category: string; severity: string; text: string }> = [];
    const hosts: Element[] = [];
    const collectHosts = (root: Document | ShadowRoot) => {
      root.querySelectorAll('[data-second-look]').forEach((h) => hosts.push(h));
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && collectHosts(el.shadowRoot));
    };
    collectHosts(document);
    const seen = new Set<Element>();
    const collectFindings = (root: ShadowRoot) => {
      root.querySelectorAll('[data-category]').forEach((el) => {
        if (seen.has(el)) return;
        seen.add(el);
        out.push({
          category: el.getAttribute('data-category') ?? '',
          severity: el.getAttribute('data-severity') ?? '',
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        });
      });
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && collectFindings(el.shadowRoot));
    };
    for (const h of hosts) if (h.shadowRoot) collectFindings(h.shadowRoot);
    return out;
  });
}

// Small readers for the pages' own test hooks (see tests/pages/README.md).

export interface Published {
  surface: string;
  text: string;
  files: Array<{ name: string; type: string; size: number }>;
  via: string;
  url: string;
  parts?: string[];
}

export async function editorText(page: Page | Frame, target?: string | number): Promise<string> {
  // After a publish the site copies remount their composer, and the new editor
  // registers itself in an effect a moment later: wait out that gap (only that
  // one error, for at most 2 s) instead of failing on it.
  const deadline = Date.now() + 2000;
  for (;;) {
    try {
      return await page.evaluate((t) => window.__editorText(t), target);
    } catch (error) {
      if (!/not \(inside\) a registered editor/.test(String(error)) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function published(page: Page | Frame): Promise<Published[]> {
  return page.evaluate(() => window.__published.map(({ at: _at, ...rest }) => rest));
}

export async function profileActions(page: Page | Frame): Promise<Array<{ site: string; action: string; user: string }>> {
  return page.evaluate(() => window.__profileActions.map(({ site, action, user }) => ({ site, action, user })));
}

/** A tiny PNG, for file-input tests. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
