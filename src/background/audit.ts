import type { AuditEntryInput } from '../messaging/protocol';

/** storage.local key of the audit log of confirmed `block` findings. */
export const AUDIT_LOG_KEY = 'auditLog';
export const AUDIT_LOG_MAX = 500;

export interface AuditEntry extends AuditEntryInput {
  /** ISO time of the confirmation. */
  t: string;
}

interface AuditStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

// Appends are serialised: two confirmations in quick succession (two tabs)
// must not read the same old log and drop one another's entries.
let queue: Promise<unknown> = Promise.resolve();

export function appendAudit(store: AuditStore, entries: AuditEntryInput[], now: Date, max = AUDIT_LOG_MAX): Promise<number> {
  const run = async () => {
    const got = await store.get(AUDIT_LOG_KEY);
    const old = Array.isArray(got[AUDIT_LOG_KEY]) ? (got[AUDIT_LOG_KEY] as AuditEntry[]) : [];
    const t = now.toISOString();
    // Copy only the allowed fields: whatever else a caller passes is dropped.
    const added = entries.map(({ site, surface, category, rule }) => ({ t, site, surface, category, rule }));
    await store.set({ [AUDIT_LOG_KEY]: [...old, ...added].slice(-max) });
    return added.length;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
