import { browser } from 'wxt/browser';
import { z } from 'zod';
import { check } from '../engine';
import { countFaces } from '../faces/host';
import { loadSettings, watchSettings } from '../settings/storage';
import { appendAudit } from './audit';
import { CHECK_PORT } from '../messaging/checkPort';
import { handleMessage, servePort, type HandlerDeps, type MessageSender } from './handler';

/**
 * Wires the worker. Registered synchronously at start-up so a worker woken
 * by a content script's message (MV3 restarts it at any time) has its
 * listener in place; every check re-reads settings, so nothing is lost
 * when the worker dies between two checks.
 */
export function startBackground(): void {
  // zod 4 probes `new Function` for its JIT, which the extension CSP forbids.
  z.config({ jitless: true });

  const deps: HandlerDeps = {
    runtimeId: browser.runtime.id,
    loadSettings,
    check,
    appendAudit: (entries, now) => appendAudit(browser.storage.local, entries, now),
    openOptions,
    now: () => new Date(),
    countFaces,
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => handleMessage(message, sender, deps));
  // Drafts are checked over a port (one per content script); the worker
  // being stopped closes it and the content script opens a new one.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === CHECK_PORT) servePort(port as unknown as Parameters<typeof servePort>[0], deps);
  });

  // Chrome can hand managed storage over seconds after start-up without a
  // change event. Reading it a few times keeps the popup/options current and
  // reports invalid managed values once (by key, never by value).
  let reported = '';
  watchSettings(({ issues }, noticedBy) => {
    const summary = issues.map((i) => `${i.source}:${i.key}`).join(',');
    if (summary && summary !== reported) console.warn(`Second Look: ignored invalid settings: ${summary}`);
    reported = summary;
    // Content scripts hear storage events themselves; a change only a
    // re-read noticed (late managed storage) has to be passed on.
    if (noticedBy === 'reread') void notifyTabs();
  });
}

// A teacher can press "Choose your district" on every composer; one tab per
// few seconds is plenty.
const OPEN_OPTIONS_EVERY_MS = 3000;
let optionsOpenedAt = 0;

/** A new tab of its own (openOptionsPage may take over a blank tab or reuse a stale one). */
async function openOptions(): Promise<void> {
  if (Date.now() - optionsOpenedAt < OPEN_OPTIONS_EVERY_MS) return;
  optionsOpenedAt = Date.now();
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
}

async function notifyTabs(): Promise<void> {
  try {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'sl:settings-changed' }).catch(() => undefined);
    }
  } catch {
    // No tabs to tell.
  }
}
