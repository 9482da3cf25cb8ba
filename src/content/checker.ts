import { browser } from 'wxt/browser';
import type { Draft } from '../schema/draft';
import type { AuditEntryInput, AuditResponse, CheckResponse } from '../messaging/protocol';
import { CHECK_PORT } from '../messaging/checkPort';
import { withDeadline } from '../deadline';
import { WorkerChannel, type PortLike } from './workerChannel';

// The content script's side of the messages. The MV3 worker can be stopped
// between (or during) two messages; sendMessage wakes it, and if the port
// closes under us we try exactly once more. Checks go over a long-lived
// port instead (workerChannel.ts), with the same once-more rule.

const TIMEOUT_MS = 5000;
const RETRY_DELAY_MS = 100;

type Send = (m: unknown) => Promise<unknown>;

/**
 * Chrome's own promise-returning runtime.sendMessage where there is one (a
 * check runs after nearly every keystroke, and the polyfill's wrapper adds
 * work on the page's main thread each time); the polyfilled one otherwise
 * (Firefox's `browser` is native already).
 */
function defaultSend(): Send {
  const chromeRuntime = (globalThis as { chrome?: { runtime?: { sendMessage?: (m: unknown) => unknown } } }).chrome?.runtime;
  const isChrome = !(globalThis as { browser?: unknown }).browser && typeof chromeRuntime?.sendMessage === 'function';
  if (isChrome) {
    // MV3 Chrome (>= 99) returns a promise when no callback is given.
    return async (m) => chromeRuntime!.sendMessage!(m);
  }
  return (m) => browser.runtime.sendMessage(m);
}

let nativeSend: Send | undefined;

export async function sendWithRetry<T>(message: unknown, send: Send = (nativeSend ??= defaultSend())): Promise<T> {
  try {
    const answer = await withDeadline(send(message), TIMEOUT_MS);
    if (answer === undefined) throw new Error('no answer');
    return answer as T;
  } catch {
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    const answer = await withDeadline(send(message), TIMEOUT_MS);
    if (answer === undefined) throw new Error('no answer');
    return answer as T;
  }
}

let checks: WorkerChannel | undefined;

/**
 * Drafts are checked over one long-lived port (see workerChannel.ts); the
 * rare audit and options messages use sendMessage. `quiet`: a debounced
 * check nobody waits for (messaging/checkPort.ts).
 */
export async function requestCheck(draft: Draft, quiet = false): Promise<CheckResponse> {
  try {
    checks ??= new WorkerChannel(() => browser.runtime.connect({ name: CHECK_PORT }) as unknown as PortLike, TIMEOUT_MS, RETRY_DELAY_MS);
    return await checks.request<CheckResponse>({ type: 'sl:check', draft }, quiet);
  } catch (e) {
    return { status: 'error', findings: [], error: (e as Error).message };
  }
}

/** A publish attempt waits for a quiet check: have the worker answer it now. */
export function hurryChecks(): void {
  checks?.hurry();
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
