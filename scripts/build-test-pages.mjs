#!/usr/bin/env node
// Builds the local copies of the four sites' compose UIs (tests/pages/src)
// into tests/pages/dist:
//   dist/assets/<site>.js, <site>.css   one bundle per site (React 17 +
//                                       Lexical or Draft.js, all inlined)
//   dist/<site>/<surface>.html          one HTML page per surface
//   dist/index.html                     a list of the pages and their URLs
// The pages are served under the real site URLs by tests/e2e/fixtures.ts and
// scripts/demo.mjs (see tests/pages/routes.mjs). They load nothing but their
// own bundle.
//
//   node scripts/build-test-pages.mjs [--quiet]
import { build } from 'esbuild';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSET_PREFIX, SITES, START_URLS } from '../tests/pages/routes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'tests/pages/src');
const outDir = join(root, 'tests/pages/dist');
const quiet = process.argv.includes('--quiet');

// The document title a full load of each surface starts with (the apps then
// keep it up to date on in-app navigation, as the real sites do).
const TITLES = {
  facebook: { feed: 'Facebook', messenger: 'Messenger | Facebook', profile: 'Facebook', notfound: 'Facebook' },
  x: {
    home: 'Home / X',
    compose: 'Compose new post / X',
    status: 'Post / X',
    chat: 'Chat / X',
    messages: 'Messages / X',
    profile: 'X',
    notfound: 'Page not found / X',
  },
  instagram: { feed: 'Instagram', create: 'Instagram', post: 'Instagram', direct: 'Inbox • Direct', profile: 'Instagram', notfound: 'Page not found • Instagram' },
  tiktok: {
    foryou: 'TikTok - Make Your Day',
    'studio-upload': 'TikTok Studio',
    'studio-content': 'TikTok Studio',
    'legacy-upload': 'TikTok Creator Center',
    'legacy-upload-frame': 'TikTok',
    video: 'TikTok',
    messages: 'Messages | TikTok',
    profile: 'TikTok',
    notfound: "Couldn't find this page | TikTok",
  },
};

const LANG = { facebook: 'en', x: 'en', instagram: 'en', tiktok: 'en' };

function html(site, surface) {
  const title = TITLES[site][surface] ?? site;
  return `<!DOCTYPE html>
<html lang="${LANG[site]}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_PREFIX}assets/${site}.css">
</head>
<body data-surface="${surface}">
<div id="mount"></div>
<script src="${ASSET_PREFIX}assets/${site}.js"></script>
</body>
</html>
`;
}

export async function buildTestPages({ log = !quiet } = {}) {
  const t0 = Date.now();
  // Build next to dist/ and swap it in at the end, so that a test run going
  // on at the same time never finds dist/ half-written or missing.
  const finalDir = outDir;
  const buildDir = `${finalDir}.tmp-${process.pid}`;
  await rm(buildDir, { recursive: true, force: true });
  await mkdir(join(buildDir, 'assets'), { recursive: true });
  const result = await buildInto(buildDir);
  const oldDir = `${finalDir}.old-${process.pid}`;
  await rename(finalDir, oldDir).catch(() => undefined);
  await rename(buildDir, finalDir);
  await rm(oldDir, { recursive: true, force: true });
  if (log) {
    const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${relative(buildDir, f)} ${(o.bytes / 1024).toFixed(0)} KiB`);
    console.log(`build-test-pages: ${sizes.join(', ')} in ${Date.now() - t0} ms -> ${relative(root, finalDir)}`);
  }
  return result;
}

async function buildInto(outDir) {
  const sites = Object.keys(SITES);
  const result = await build({
    entryPoints: Object.fromEntries(sites.map((s) => [s, join(srcDir, s, 'index.tsx')])),
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox115'],
    minify: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'css' },
  });
  for (const site of sites) {
    await mkdir(join(outDir, site), { recursive: true });
    for (const surface of SITES[site].surfaces) await writeFile(join(outDir, site, `${surface}.html`), html(site, surface));
  }
  const rows = Object.entries(START_URLS)
    .flatMap(([site, urls]) => Object.entries(urls).map(([name, url]) => `<li>${site} ${name}: <code>${url}</code></li>`))
    .join('\n');
  await writeFile(
    join(outDir, 'index.html'),
    `<!DOCTYPE html><meta charset="utf-8"><title>Second Look test pages</title><h1>Second Look test pages</h1>
<p>These pages are served under the real site URLs by the Playwright fixtures and <code>npm run demo</code>; they do not work from file://.</p><ul>${rows}</ul>\n`,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildTestPages().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
