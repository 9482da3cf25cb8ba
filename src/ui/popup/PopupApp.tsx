import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { choosePack } from '../../background/pack';
import type { TabState } from '../../messaging/protocol';
import { watchSettings } from '../../settings/storage';
import type { ResolvedSettings } from '../../settings/resolve';
import { FindingItem, uniqueByRule } from '../FindingItem';
import { SITE_LABELS } from '../options/labels';
import { describeProblems } from '../options/provenance';

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

const openOptions = (e: Event) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
};

export function PopupApp() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [tab, setTab] = useState<TabState | null | undefined>(undefined);

  useEffect(() => watchSettings(setResolved, [1000, 3000]), []);
  useEffect(() => {
    void askActiveTab().then(setTab);
  }, []);
  const choice = useMemo(() => (resolved ? choosePack(resolved.settings) : null), [resolved]);

  const findings = uniqueByRule(tab?.composers.flatMap((c) => c.findings) ?? []);
  const problems = resolved && choice ? describeProblems(resolved, choice) : [];
  const ready = choice?.status === 'ok';

  return (
    <main class="popup">
      <h1>Second Look</h1>
      {!resolved || !choice ? (
        <p class="muted">Loading…</p>
      ) : choice.status === 'ok' ? (
        <p data-testid="district">
          Policy in force: <strong>{choice.pack.name}</strong>
          {choice.source === 'custom' && ` (${resolved.sources.customPack === 'managed' ? 'your district’s own rule pack' : 'your own rule pack'})`}
          {resolved.districtLocked && <span class="muted"> — set by your district</span>}
        </p>
      ) : (
        <div data-testid="district">
          <p>
            <strong>No district chosen yet.</strong> Second Look shows no findings until you choose your district.
          </p>
          <button type="button" class="primary cta" onClick={openOptions}>
            Choose your district
          </button>
        </div>
      )}

      {problems.length > 0 && (
        <section aria-labelledby="popup-problems-h" data-testid="problems">
          <h2 id="popup-problems-h">Problems</h2>
          <ul class="problems-list">
            {problems.map((p, i) => (
              <li key={`${p.source}:${p.key}:${i}`} data-key={p.key} data-source={p.source}>
                Ignored <code>{p.key}</code> ({p.source === 'managed' ? 'set by your district' : 'your setting'}): {p.lead && `${p.lead}: `}
                {p.messages[0]}
                {p.messages.length > 1 && ` (and ${p.messages.length - 1} more)`}
              </li>
            ))}
          </ul>
          <p>
            <a href="#" onClick={openOptions}>
              Details in Options
            </a>
          </p>
        </section>
      )}

      <h2>This tab</h2>
      {tab === undefined ? (
        <p class="muted">Checking…</p>
      ) : tab === null ? (
        <p data-testid="coverage">Second Look does not check this site. It covers Facebook, X, Instagram and TikTok.</p>
      ) : (
        <>
          <p data-testid="coverage">Second Look checks your drafts on {SITE_LABELS[tab.site] ?? tab.site}.</p>
          {!ready ? null : tab.composers.length === 0 ? (
            <p class="muted">No draft open.</p>
          ) : findings.length === 0 ? (
            <p>Nothing to flag in the current draft.</p>
          ) : (
            <ul class="findings" aria-label="Findings in the current draft">
              {findings.map((f) => (
                <FindingItem key={f.rule} finding={f} />
              ))}
            </ul>
          )}
        </>
      )}
      {ready && (
        <p>
          <a href="#" onClick={openOptions}>
            Options
          </a>
        </p>
      )}
    </main>
  );
}
