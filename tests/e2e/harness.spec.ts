// Self-tests of the e2e harness itself (fixtures.ts): the network guard
// really catches requests, and a loaded extension runs on the routed pages.
// They use a tiny probe extension (tests/e2e/probe-extension) that makes
// network requests on purpose, so nothing here depends on Second Look.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { START_URLS, expect, openSite, profileDirOf, shadowFindings, test, typeInEditor } from './fixtures';
import { firefoxXpi } from './support/extension';
import { writeZip } from './support/zip';

const PROBE_DIR = fileURLToPath(new URL('./probe-extension', import.meta.url));

/** The probe as a Firefox (MV2) XPI with a gecko id, written next to the OS temp files. */
function probeXpi(): string {
  const mv3 = JSON.parse(readFileSync(join(PROBE_DIR, 'manifest.json'), 'utf8'));
  const mv2 = {
    manifest_version: 2,
    name: mv3.name,
    version: mv3.version,
    description: mv3.description,
    browser_specific_settings: { gecko: { id: 'harness-probe@second-look.invalid' } },
    background: { scripts: ['background.js'] },
    permissions: mv3.host_permissions,
    content_scripts: mv3.content_scripts,
  };
  const dir = join(tmpdir(), 'second-look-e2e');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'harness-probe.xpi');
  writeFileSync(
    path,
    writeZip({
      'manifest.json': JSON.stringify(mv2, null, 2),
      'background.js': readFileSync(join(PROBE_DIR, 'background.js')),
      'content.js': readFileSync(join(PROBE_DIR, 'content.js')),
    }),
  );
  return path;
}

test.describe('network guard, pages only', () => {
  test.use({ extension: 'none' });

  test('catches a fetch made from a page, to any host, including a site host', async ({ page, networkGuard }) => {
    networkGuard.expectBlocked(/example\.org|\/api\/graphql/);
    await openSite(page, START_URLS.facebook.feed);
    const results = await page.evaluate(async () => {
      const tryFetch = (u: string) => fetch(u).then(() => 'ok', () => 'blocked');
      return [await tryFetch('https://example.org/leak?text=draft'), await tryFetch('https://www.facebook.com/api/graphql/')];
    });
    expect(results).toEqual(['blocked', 'blocked']);
    expect(networkGuard.matching(/example\.org\/leak/)).toEqual([
      expect.objectContaining({ method: 'GET', source: `page ${START_URLS.facebook.feed}`, how: 'aborted' }),
    ]);
    expect(networkGuard.matching(/facebook\.com\/api\/graphql/)).toHaveLength(1);
  });

  test('catches image beacons and iframes too', async ({ page, networkGuard }) => {
    networkGuard.expectBlocked(/beacon\.example|frame\.example/);
    await openSite(page, START_URLS.x.home);
    await page.evaluate(() => {
      new Image().src = 'https://beacon.example/pixel.gif?d=1';
      const f = document.createElement('iframe');
      f.src = 'https://frame.example/';
      document.body.append(f);
    });
    await expect.poll(() => networkGuard.blocked.length).toBeGreaterThanOrEqual(2);
  });

  test('fails the test at teardown when an unexpected request was blocked', async ({ page, networkGuard }) => {
    // Expected to fail: the fixture throws "network guard: 1 request(s)..." at teardown.
    test.fail();
    await openSite(page, START_URLS.instagram.feed);
    await page.evaluate(() => fetch('https://leak.example/').catch(() => undefined));
    // The body itself passes; only the fixture's teardown check can fail it.
    expect(networkGuard.violations()).toHaveLength(1);
  });

  test('serves every site surface without any other request', async ({ page, networkGuard }) => {
    for (const urls of Object.values(START_URLS)) {
      for (const url of Object.values(urls)) {
        await openSite(page, url);
      }
    }
    expect(networkGuard.blocked).toEqual([]);
  });
});

test.describe('helpers, pages only', () => {
  test.use({ extension: 'none' });

  test('shadowFindings reads data-category elements inside open shadow roots of [data-second-look] hosts only', async ({ page }) => {
    await openSite(page, START_URLS.facebook.feed);
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.setAttribute('data-second-look', 'warnings');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<ul aria-live="polite"><li data-category="student-privacy" data-severity="block">Names a student  (Policy 4414 §3)</li></ul><div id="inner"></div>';
      const inner = root.getElementById('inner')!.attachShadow({ mode: 'open' });
      inner.innerHTML = '<p data-category="tone" data-severity="warn">Sounds angry</p>';
      document.body.append(host);
      // Not ours: no data-second-look on the host.
      const other = document.createElement('div');
      other.attachShadow({ mode: 'open' }).innerHTML = '<p data-category="x" data-severity="warn">not ours</p>';
      document.body.append(other);
    });
    expect(await shadowFindings(page)).toEqual([
      { category: 'student-privacy', severity: 'block', text: 'Names a student (Policy 4414 §3)' },
      { category: 'tone', severity: 'warn', text: 'Sounds angry' },
    ]);
  });

  test('typeInEditor resolves a Draft.js wrapper to its contenteditable and types at the end', async ({ page }) => {
    await openSite(page, START_URLS.tiktok.video);
    await typeInEditor(page, '[data-e2e="comment-input"]', 'abc');
    await typeInEditor(page, '[data-e2e="comment-input"]', ' déf');
    expect(await page.evaluate(() => window.__editorText('[data-e2e="comment-input"]'))).toBe('abc déf');
  });
});

test.describe('the built extension', () => {
  // Only that the harness loads it; what it does is tested elsewhere.
  test('is loaded into the browser', async ({ context, page, browserName, extensionWorker, extensionId }) => {
    if (browserName === 'chromium') {
      expect(extensionId).toMatch(/^[a-p]{32}$/);
      expect(await extensionWorker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name)).toBe('Second Look');
    } else {
      // No handle on a Firefox background page over BiDi: read the add-on
      // database Firefox writes into the profile.
      const { geckoId } = firefoxXpi();
      const db = join(profileDirOf(context)!, 'extensions.json');
      await expect
        .poll(() => {
          try {
            const addons = JSON.parse(readFileSync(db, 'utf8')).addons as Array<{ id: string; active: boolean }>;
            return addons.find((a) => a.id === geckoId)?.active ?? false;
          } catch {
            return false;
          }
        })
        .toBe(true);
    }
    await openSite(page, START_URLS.x.home);
  });
});

test.describe('with a probe extension', () => {
  test.use({ extension: { chromium: PROBE_DIR, firefox: probeXpi() } });

  // Where an extension's requests are caught differs by browser:
  //  - Chromium: context routes see content-script requests (as the page's)
  //    and the service worker's requests (Playwright attaches to extension
  //    workers), with full URLs;
  //  - Firefox over BiDi: routes see neither content-script nor background
  //    requests; they reach the network stack and the guard's loopback proxy
  //    refuses them, recording only host:port for HTTPS.
  const caught = (browserName: string, path: string) => (browserName === 'chromium' ? new RegExp(`probe\\.invalid/${path}`) : /^https:\/\/probe\.invalid:443\/$/);

  test('content scripts run on the routed pages, in iframes too, and their fetches are caught', async ({ page, networkGuard, browserName }) => {
    networkGuard.expectBlocked(/probe\.invalid/);
    await openSite(page, START_URLS.tiktok.legacyUpload);
    await expect(page.locator('html')).toHaveAttribute('data-probe-content-script', 'top');
    const frame = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
    await expect(frame.locator('html')).toHaveAttribute('data-probe-content-script', 'frame');
    const before = networkGuard.matching(caught(browserName, 'content-script')).length;
    await page.evaluate(() => window.dispatchEvent(new Event('probe:content-fetch')));
    await expect.poll(() => networkGuard.matching(caught(browserName, 'content-script')).length).toBe(before + 1);
    const hit = networkGuard.matching(caught(browserName, 'content-script')).at(-1)!;
    expect(hit.how).toBe(browserName === 'chromium' ? 'aborted' : 'proxy');
  });

  test('a request from the extension background (asked by a content script) is caught', async ({ page, networkGuard, browserName }) => {
    networkGuard.expectBlocked(/probe\.invalid/);
    await openSite(page, START_URLS.x.home);
    await expect(page.locator('html')).toHaveAttribute('data-probe-content-script', 'top');
    const before = networkGuard.matching(caught(browserName, 'background-on-message')).length;
    await page.evaluate(() => window.dispatchEvent(new Event('probe:background-fetch')));
    await expect(page.locator('html')).toHaveAttribute('data-probe-background-reply', /failed/);
    await expect.poll(() => networkGuard.matching(caught(browserName, 'background-on-message')).length).toBe(before + 1);
    if (browserName === 'chromium') {
      expect(networkGuard.matching(/background-on-message/)).toEqual([
        expect.objectContaining({ how: 'aborted', source: expect.stringMatching(/^service worker chrome-extension:\/\//) }),
      ]);
    }
  });

  test('the background request made while the browser starts is caught', async ({ page, networkGuard }) => {
    // It races the installation of the routes: in Chromium either the route
    // aborts it (the worker was slower) or the proxy refuses it; in Firefox
    // it always goes to the proxy.
    networkGuard.expectBlocked(/probe\.invalid/);
    await openSite(page, START_URLS.facebook.feed);
    await expect
      .poll(() => networkGuard.blocked.filter((b) => /probe\.invalid\/background-startup/.test(b.url) || (b.how === 'proxy' && /probe\.invalid/.test(b.url))).length)
      .toBeGreaterThanOrEqual(1);
  });

  test('Chromium: a fetch evaluated in the extension service worker is caught with its URL @chromium-only', async ({ networkGuard, extensionWorker }) => {
    // Firefox over BiDi exposes no handle on an extension's background
    // page (e2e-recipes.md), so worker.evaluate() is Chromium-only.
    networkGuard.expectBlocked(/probe\.invalid/);
    expect(extensionWorker).toBeTruthy();
    const outcome = await extensionWorker!.evaluate(() => fetch('https://probe.invalid/worker-evaluate').then(() => 'ok', () => 'blocked'));
    expect(outcome).toBe('blocked');
    expect(networkGuard.matching(/worker-evaluate/)).toEqual([expect.objectContaining({ how: 'aborted', source: expect.stringMatching(/^service worker/) })]);
  });
});
