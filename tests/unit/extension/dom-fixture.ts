import { parseHTML } from 'linkedom';

/**
 * A small DOM for fixtures (linkedom ships with wxt; no jsdom needed).
 * Installs document/location globals the adapters read, for the test's life.
 */
export function fixture(html: string, url = 'https://example.test/') {
  const { document, window } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const g = globalThis as Record<string, unknown>;
  g.document = document;
  g.location = new URL(url);
  return { document, window, $: (sel: string) => document.querySelector(sel) as unknown as HTMLElement };
}

export function cleanupGlobals() {
  const g = globalThis as Record<string, unknown>;
  delete g.document;
  delete g.location;
}
