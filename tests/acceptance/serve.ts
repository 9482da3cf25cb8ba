// Serves the acceptance pages under the real site URLs. Registered on top of
// the harness's own route (tests/e2e/fixtures.ts): site navigations and our
// bundles are answered here, everything else falls back to the harness's
// network guard, which aborts and records it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Request } from '@playwright/test';
import { ACCEPTANCE_ASSETS, ACCEPTANCE_DIST } from './build.mjs';

const HOSTS: Record<string, string> = {
  'www.facebook.com': 'facebook',
  'facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'www.tiktok.com': 'tiktok',
  'tiktok.com': 'tiktok',
};

const cache = new Map<string, Buffer>();

async function file(name: string): Promise<Buffer> {
  let body = cache.get(name);
  if (!body) {
    body = await readFile(join(ACCEPTANCE_DIST, name));
    cache.set(name, body);
  }
  return body;
}

function target(request: Request): { name: string; type: string } | null {
  let url: URL;
  try {
    url = new URL(request.url());
  } catch {
    return null;
  }
  const site = url.protocol === 'https:' ? HOSTS[url.hostname] : undefined;
  if (!site) return null;
  if (url.pathname === `${ACCEPTANCE_ASSETS}${site}.js`) return { name: `${site}.js`, type: 'text/javascript; charset=utf-8' };
  const navigation = request.isNavigationRequest() || request.resourceType() === 'document';
  return navigation ? { name: `${site}.html`, type: 'text/html; charset=utf-8' } : null;
}

export async function serveAcceptancePages(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route, request) => {
    const hit = target(request);
    if (!hit) return route.fallback();
    return route.fulfill({ status: 200, contentType: hit.type, body: await file(hit.name), headers: { 'cache-control': 'no-store' } });
  });
}
