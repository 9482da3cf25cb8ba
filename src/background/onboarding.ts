import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/storage';

// First run: without a district nothing is checked, so a new install opens
// the options page to choose one, unless district IT already set it.
// Chrome can hand managed storage over a few seconds after install, so wait
// that long before deciding (and the browser has finished starting by then).

const MANAGED_GRACE_MS = 3000;

export function openOptionsOnFirstInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    setTimeout(async () => {
      try {
        const { settings } = await loadSettings();
        // A new tab of its own (openOptionsPage may take over the tab the
        // teacher is on when it is blank).
        if (!settings.district && !settings.customPack) await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
      } catch {
        // Not being able to open a tab is no reason to fail installation.
      }
    }, MANAGED_GRACE_MS);
  });
}
