// Serving the built test pages under the real site URLs, for
// tests/e2e/fixtures.ts (Playwright test) and scripts/demo.mjs (headful).
// Only two kinds of request are answered: navigations (top-level documents
// and iframes) to a site URL, and the bundles under ASSET_PREFIX. Anything
// else, even a fetch to https://www.facebook.com/api/..., is "not ours" and
// the caller aborts it.
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePage } from './routes.mjs';

export const DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), 'dist');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** URLs that never touch the network (and are never routed). */
export function isLocalUrl(url) {
  return /^(data|blob|about|chrome|chrome-extension|moz-extension|devtools|view-source):/i.test(url);
}

/**
 * What a request to a site host should be answered with, or null when the
 * request is not one the test pages serve.
 * @param {import('@playwright/test').Request} request
 * @returns {{ file: string, contentType: string } | null}
 */
export function pageFileFor(request) {
  const hit = resolvePage(request.url());
  if (!hit) return null;
  if (!hit.asset) {
    let navigation = false;
    try {
      navigation = request.isNavigationRequest() || request.resourceType() === 'document';
    } catch {
      navigation = false;
    }
    if (!navigation) return null;
  }
  return { file: hit.file, contentType: TYPES[extname(hit.file)] ?? 'application/octet-stream' };
}

const cache = new Map();

/**
 * Fulfil `route` with a file from dist/.
 * @param {import('@playwright/test').Route} route
 * @param {{ file: string, contentType: string }} target
 * @param {{ cache?: boolean }} [opts]
 */
export async function fulfilFromDist(route, target, opts = {}) {
  let body = opts.cache ? cache.get(target.file) : undefined;
  if (!body) {
    body = await readFile(join(DIST_DIR, target.file)).catch(() => null);
    if (!body) {
      return route.fulfill({ status: 404, contentType: 'text/plain', body: `test page ${target.file} not built: run npm run build:pages` });
    }
    if (opts.cache) cache.set(target.file, body);
  }
  return route.fulfill({ status: 200, contentType: target.contentType, body, headers: { 'cache-control': 'no-store' } });
}
