#!/usr/bin/env node
// Try Second Look without a social-media account: opens Debian's Chromium
// (a real window) with the built extension and one tab per site, showing
// the local copies of Facebook, X, Instagram and TikTok from tests/pages
// under their real URLs. Nothing reaches the network: every other request
// is blocked and listed here.
//
//   npm run demo                    # all four sites
//   npm run demo -- --no-extension  # the pages alone
//   npm run demo -- --smoke         # open everything, check, close (for CI/xvfb)
//
// Needs a display; without one: xvfb-run -a npm run demo -- --smoke
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestPages } from './build-test-pages.mjs';
import { START_URLS } from '../tests/pages/routes.mjs';
import { fulfilFromDist, isLocalUrl, pageFileFor } from '../tests/pages/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const withExtension = !args.includes('--no-extension');
const CHROMIUM = process.env.SL_CHROMIUM ?? '/usr/lib/chromium/chromium';
const EXTENSION_DIR = join(root, '.output', 'chrome-mv3');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'npm run demo opens a browser window, but there is no display here (DISPLAY is not set).\n' +
      'Run it from a desktop session, or under a virtual display:\n' +
      '  xvfb-run -a npm run demo -- --smoke      (opens everything, checks it, closes)\n' +
      '(xvfb-run comes with Debian\'s "xvfb" package, which scripts/install-browsers.sh installs.)',
  );
}
if (!existsSync(CHROMIUM)) fail(`Chromium is not installed at ${CHROMIUM}: run  sudo bash scripts/install-browsers.sh`);
if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.log('The extension is not built yet: running npx wxt build ...');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}
await buildTestPages({ log: false });

const profile = await mkdtemp(join(tmpdir(), 'second-look-demo-'));
await mkdir(join(profile, 'Default'), { recursive: true });
// No speculative preconnects to the (unreachable) real sites.
await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));

const launchArgs = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces: no host name resolves, so nothing can leave even if a route were missed.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];
if (withExtension) launchArgs.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);

const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  viewport: null,
  args: launchArgs,
});

const blocked = [];
await context.route('**/*', async (route, request) => {
  const target = pageFileFor(request);
  if (target) return fulfilFromDist(route, target);
  if (isLocalUrl(request.url())) return route.continue();
  blocked.push(request.url());
  console.log(`  [blocked] ${request.method()} ${request.url()}`);
  return route.abort('blockedbyclient').catch(() => undefined);
});

const tabs = [START_URLS.facebook.feed, START_URLS.x.home, START_URLS.instagram.feed, START_URLS.tiktok.upload];
const first = context.pages()[0] ?? (await context.newPage());
const pages = [first];
for (let i = 1; i < tabs.length; i++) pages.push(await context.newPage());
await Promise.all(pages.map((p, i) => p.goto(tabs[i], { waitUntil: 'domcontentloaded' })));
await first.bringToFront();

const ext = withExtension ? 'with the Second Look extension loaded' : 'WITHOUT the extension (--no-extension)';
console.log(`
Second Look demo: local copies of Facebook, X, Instagram and TikTok, ${ext}.
Nothing leaves this machine: any request other than these pages is blocked and listed here.

Tabs:  ${tabs.join('\n       ')}

Things to try:
  - Facebook: click "What's on your mind, Ana?" and write a post; comment under a post (Enter sends);
    Messenger: ${START_URLS.facebook.messenger}
  - X: write in "What's happening?" (Ctrl+Enter posts); the Post button opens ${START_URLS.x.compose};
    chat: ${START_URLS.x.chat}
  - Instagram: Create (sidebar) -> Select from computer -> Next -> Next -> caption -> Share; comments; ${START_URLS.instagram.direct}
  - TikTok Studio: Select video -> caption -> Post; comments: ${START_URLS.tiktok.video}
  - Profiles of a current student (follow / friend / message are checked):
      ${START_URLS.facebook.profileStudent}   ${START_URLS.x.profileStudent}
      ${START_URLS.instagram.profileStudent}   ${START_URLS.tiktok.profileStudent}
    an adult colleague: ${START_URLS.facebook.profileAdult}   ${START_URLS.x.profileAdult}
    any profile text from the URL, e.g. https://x.com/someone?bio=Class%20of%202028
  - Dark mode: each site's 🌓 / "Switch appearance" / ☾ button, or ?theme=dark.
  Pages remember nothing; reload to start over.

Close the browser window (or press Ctrl+C here) to quit.
`);

let closing = false;
async function shutdown(code) {
  if (closing) return;
  closing = true;
  await context.close().catch(() => undefined);
  await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  if (blocked.length) console.log(`${blocked.length} request(s) were blocked during the demo.`);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (smoke) {
  const states = await Promise.all(
    pages.map((p) => p.waitForSelector('html[data-test-page-ready="1"]', { state: 'attached', timeout: 15_000 }).then(() => 'ready', (e) => `NOT READY (${e.message.split('\n')[0]})`)),
  );
  tabs.forEach((u, i) => console.log(`smoke: ${u} ${states[i]}`));
  const ok = states.every((s) => s === 'ready') && blocked.length === 0;
  console.log(ok ? 'smoke: OK' : 'smoke: FAILED');
  await shutdown(ok ? 0 : 1);
}

await new Promise((resolve) => context.on('close', resolve));
await shutdown(0);
