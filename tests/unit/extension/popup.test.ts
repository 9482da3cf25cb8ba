// The popup: the district in force or the first-run call to action, named
// problems, and what the active tab's content script reports.
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../../src/messaging/protocol';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { cleanupGlobals, fixture } from './dom-fixture';

describe('the popup', () => {
  let container: HTMLElement;
  let DomEvent: typeof Event;
  beforeEach(() => {
    fakeBrowser.reset();
    const { document, window } = fixture('<div id="app"></div>', 'chrome-extension://test/popup.html');
    container = document.getElementById('app') as unknown as HTMLElement;
    DomEvent = (window as unknown as { Event: typeof Event }).Event;
  });
  afterEach(() => {
    render(null, container);
    cleanupGlobals();
    vi.restoreAllMocks();
  });
  const text = (sel: string) => container.querySelector(sel)?.textContent ?? '';
  async function until(cond: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(cond()).toBe(true);
  }

  it('first run: says nothing is checked until a district is chosen, and opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(h(PopupApp, {}), container);
    await until(() => text('[data-testid="district"]').includes('No district'));
    expect(text('[data-testid="district"]')).toContain('shows no findings until you choose');
    await until(() => !!container.querySelector('[data-testid="coverage"]'));
    expect(text('[data-testid="coverage"]')).toContain('does not check this site');
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Choose your district')!;
    button.dispatchEvent(new DomEvent('click', { bubbles: true }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows the locked district, named problems and the current draft\'s findings', async () => {
    await fakeBrowser.storage.managed.set({ district: 'tulsa-ps', allowConfirm: 'no' });
    await fakeBrowser.storage.local.set({ userSettings: { district: 'yelm-cs' } });
    const state: TabState = {
      site: 'x',
      status: 'ok',
      composers: [
        {
          surface: 'post',
          findings: [{ category: 'confidential-data', rule: 'tulsa-ps/confidential-data', severity: 'block', message: 'Remove it.', citation: { section: 'Employees d', quote: 'q' }, spans: [] }],
        },
      ],
    };
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(state as never);
    render(h(PopupApp, {}), container);
    await until(() => text('[data-testid="district"]').includes('Tulsa'));
    expect(text('[data-testid="district"]')).toContain('set by your district');
    expect(container.textContent).not.toContain('Yelm');
    expect(text('[data-testid="problems"] [data-key="allowConfirm"]')).toContain('set by your district');
    expect(text('[data-testid="problems"]')).toContain('Details in Options');
    await until(() => !!container.querySelector('[data-category="confidential-data"]'));
    expect(ask).toHaveBeenCalledWith(7, { type: 'sl:tab-state' });
    expect(text('[data-testid="coverage"]')).toContain('on X');
    expect(container.querySelector('[data-category="confidential-data"]')!.getAttribute('data-severity')).toBe('block');
  });
});
