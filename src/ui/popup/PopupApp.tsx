import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../../messaging/protocol';
import { watchSettings } from '../../settings/storage';
import type { ResolvedSettings } from '../../settings/resolve';
import { districtName } from '../districts';
import { FindingItem, uniqueByRule } from '../FindingItem';

const SITE_NAMES: Record<string, string> = { facebook: 'Facebook', x: 'X', instagram: 'Instagram', tiktok: 'TikTok' };

/** Asks the active tab's content script what it sees; null when none answers. */
async function askActiveTab(): Promise<TabState | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return ((await browser.tabs.sendMessage(tab.id, { type: 'sl:tab-state' })) as TabState | undefined) ?? null;
  } catch {
    return null; // no content script: a site we do not cover
  }
}

export function PopupApp() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [tab, setTab] = useState<TabState | null | undefined>(undefined);

  useEffect(() => watchSettings(setResolved, [1000, 3000]), []);
  useEffect(() => {
    void askActiveTab().then(setTab);
  }, []);

  const district = resolved?.settings.district;
  const findings = uniqueByRule(tab?.composers.flatMap((c) => c.findings) ?? []);
  const openOptions = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  return (
    <main class="popup">
      <h1>Second Look</h1>
      {resolved === null ? (
        <p class="muted">Loading…</p>
      ) : district ? (
        <p data-testid="district">
          Policy in force: <strong>{districtName(district)}</strong>
          {resolved.districtLocked && <span class="muted"> (set by your district)</span>}
        </p>
      ) : (
        <p data-testid="district">
          No district chosen yet. <a href="#" onClick={openOptions}>Choose your district</a>
        </p>
      )}
      {resolved?.settings.customPack && resolved.sources.customPack === 'managed' && (
        <p class="muted">Your district supplied its own rule pack.</p>
      )}
      {resolved?.issues.map((i) => (
        <p class="issue" key={`${i.source}:${i.key}`}>
          Ignored setting “{i.key}” ({i.source === 'managed' ? 'from your district' : 'yours'}): {i.message}
        </p>
      ))}

      <h2>This tab</h2>
      {tab === undefined ? (
        <p class="muted">Checking…</p>
      ) : tab === null ? (
        <p data-testid="coverage">Second Look does not check this site. It covers Facebook, X, Instagram and TikTok.</p>
      ) : (
        <>
          <p data-testid="coverage">Second Look checks your drafts on {SITE_NAMES[tab.site] ?? tab.site}.</p>
          {tab.composers.length === 0 ? (
            <p class="muted">No draft open.</p>
          ) : findings.length === 0 ? (
            <p>Nothing to flag in the current draft.</p>
          ) : (
            <ul class="findings">
              {findings.map((f) => (
                <FindingItem key={f.rule} finding={f} />
              ))}
            </ul>
          )}
        </>
      )}
      {district && (
        <p>
          <a href="#" onClick={openOptions}>Options</a>
        </p>
      )}
    </main>
  );
}
