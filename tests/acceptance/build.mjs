#!/usr/bin/env node
// Builds the acceptance pages (tests/acceptance/pages) into
// tests/acceptance/dist: one bundle per site (React 17 + real Lexical or
// Draft.js, esbuild) and one HTML shell per site; each app routes on
// location.pathname, as the real SPAs do. Served by tests/acceptance/serve.ts.
//
//   node tests/acceptance/build.mjs
import { build } from 'esbuild';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ACCEPTANCE_DIST = join(here, 'dist');
export const ACCEPTANCE_SITES = ['facebook', 'x', 'instagram', 'tiktok'];
export const ACCEPTANCE_ASSETS = '/__acceptance/';

const shell = (site) => `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${site}</title><link rel="icon" href="data:,"></head>
<body><script src="${ACCEPTANCE_ASSETS}${site}.js"></script></body>
</html>
`;

export async function buildAcceptancePages({ log = false } = {}) {
  const t0 = Date.now();
  // Built beside dist/ and swapped in, so a run in progress never sees it half-written.
  const tmp = `${ACCEPTANCE_DIST}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(ACCEPTANCE_SITES.map((s) => [s, join(here, 'pages', `${s}.tsx`)])),
    outdir: tmp,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox115'],
    legalComments: 'none',
    logLevel: 'warning',
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  });
  for (const site of ACCEPTANCE_SITES) await writeFile(join(tmp, `${site}.html`), shell(site));
  const old = `${ACCEPTANCE_DIST}.old-${process.pid}`;
  await rename(ACCEPTANCE_DIST, old).catch(() => undefined);
  await rename(tmp, ACCEPTANCE_DIST);
  await rm(old, { recursive: true, force: true });
  if (log) console.log(`build-acceptance-pages: ${ACCEPTANCE_SITES.length} sites in ${Date.now() - t0} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAcceptancePages({ log: true }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
