import { browser } from 'wxt/browser';
import { AUDIT_LOG_KEY, type AuditEntry } from '../background/audit';

// Reading and clearing the local audit log for the options page. The worker
// alone appends (src/background/audit.ts).

function isEntry(v: unknown): v is AuditEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return ['t', 'site', 'surface', 'category', 'rule'].every((k) => typeof e[k] === 'string');
}

/** Entries, oldest first; anything malformed in storage is skipped, never shown raw. */
export function auditEntriesOf(stored: unknown): AuditEntry[] {
  return Array.isArray(stored) ? stored.filter(isEntry).map(({ t, site, surface, category, rule }) => ({ t, site, surface, category, rule }) as AuditEntry) : [];
}

export async function readAuditLog(): Promise<AuditEntry[]> {
  try {
    const got = await browser.storage.local.get(AUDIT_LOG_KEY);
    return auditEntriesOf(got?.[AUDIT_LOG_KEY]);
  } catch {
    return [];
  }
}

export async function clearAuditLog(): Promise<void> {
  await browser.storage.local.set({ [AUDIT_LOG_KEY]: [] });
}

/** Calls `onChange` with the log now and whenever it changes; returns a stop function. */
export function watchAuditLog(onChange: (entries: AuditEntry[]) => void): () => void {
  let stopped = false;
  // A change that lands while the first read is under way is newer than it.
  let changed = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(AUDIT_LOG_KEY in changes) || stopped) return;
    changed = true;
    onChange(auditEntriesOf(changes[AUDIT_LOG_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  void readAuditLog().then((entries) => {
    if (!stopped && !changed) onChange(entries);
  });
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
