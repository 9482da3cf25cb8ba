import { browser } from 'wxt/browser';
import type { Draft } from '../schema/draft';
import type { AuditEntryInput, AuditResponse, CheckResponse } from '../messaging/protocol';

// The content script's side of the messages. The MV3 worker can be stopped
// between (or during) two messages; sendMessage wakes it, and if the port
// closes under us we try exactly once more.

const TIMEOUT_MS = 5000;
const RETRY_DELAY_MS = 100;

function timeout<T>(ms: number): Promise<T> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

export async function sendWithRetry<T>(message: unknown, send: (m: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Promise<T> {
  try {
    const answer = await Promise.race([send(message), timeout<unknown>(TIMEOUT_MS)]);
    if (answer === undefined) throw new Error('no answer');
    return answer as T;
  } catch {
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    const answer = await Promise.race([send(message), timeout<unknown>(TIMEOUT_MS)]);
    if (answer === undefined) throw new Error('no answer');
    return answer as T;
  }
}

export async function requestCheck(draft: Draft): Promise<CheckResponse> {
  try {
    return await sendWithRetry<CheckResponse>({ type: 'sl:check', draft });
  } catch (e) {
    return { status: 'error', findings: [], error: (e as Error).message };
  }
}

/** Asks the worker to open the options page (the "Choose your district" button). */
export function openOptions(): void {
  void sendWithRetry({ type: 'sl:open-options' }).catch(() => undefined);
}

export async function recordAudit(entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  try {
    await sendWithRetry<AuditResponse>({ type: 'sl:audit', entries });
  } catch {
    // The confirmation stands even when the log cannot be written.
  }
}
