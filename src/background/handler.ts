import type { Finding } from '../schema/finding';
import { BackgroundRequestSchema, type AuditResponse, type CheckResponse, type FacesResponse, type OpenOptionsResponse } from '../messaging/protocol';
import type { Draft } from '../schema/draft';
import type { Pack } from '../schema/pack';
import type { Settings } from '../schema/settings';
import type { ResolvedSettings } from '../settings/resolve';
import type { AuditEntryInput } from '../messaging/protocol';
import { QUIET_ACK_MAX_MS, QUIET_ACK_MS, type PortAnswer } from '../messaging/checkPort';
import { choosePack } from './pack';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

export interface HandlerDeps {
  runtimeId: string;
  loadSettings(): Promise<ResolvedSettings>;
  check(draft: Draft, pack: Pack, settings: Settings, options: { now: Date }): Finding[];
  appendAudit(entries: AuditEntryInput[], now: Date): Promise<number>;
  openOptions(): Promise<void>;
  now(): Date;
  /** Counts the faces in a small picture on the device (src/faces/host.ts); without it, unknown. */
  countFaces?(image: string): Promise<FacesResponse>;
}

/**
 * Only our own content scripts may ask: same extension id, from a tab. The
 * popup talks to content scripts, never to this handler.
 */
export function isFromOwnContentScript(sender: MessageSender | undefined, runtimeId: string): boolean {
  return !!sender && sender.id === runtimeId && typeof sender.tab?.id === 'number';
}

/**
 * Answers one message, or undefined when the message is not for us (so
 * other listeners, if any, may answer). Never throws.
 */
export async function handleMessage(
  message: unknown,
  sender: MessageSender | undefined,
  deps: HandlerDeps,
): Promise<CheckResponse | AuditResponse | OpenOptionsResponse | FacesResponse | undefined> {
  if (!isFromOwnContentScript(sender, deps.runtimeId)) return undefined;
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'sl:check') return { status: 'error', findings: [], error: 'invalid check request' };
    if (type === 'sl:audit') return { status: 'error', error: 'invalid audit request' };
    if (type === 'sl:faces') return { status: 'unknown', reason: 'invalid faces request' };
    return undefined;
  }
  const request = parsed.data;
  if (request.type === 'sl:open-options') {
    await deps.openOptions().catch(() => undefined);
    return { status: 'ok' };
  }
  if (request.type === 'sl:faces') {
    if (!deps.countFaces) return { status: 'unknown', reason: 'no face counter' };
    return deps.countFaces(request.image).catch((e: unknown) => ({ status: 'unknown', reason: `face counter failed (${(e as Error)?.name ?? 'error'})` }));
  }
  try {
    const { settings } = await deps.loadSettings();
    if (request.type === 'sl:audit') {
      if (settings.auditLog === 'off') return { status: 'ok', recorded: 0 };
      return { status: 'ok', recorded: await deps.appendAudit(request.entries, deps.now()) };
    }
    const allowConfirm = settings.allowConfirm !== false;
    const choice = choosePack(settings);
    if (choice.status === 'no-district') return { status: 'no-district', findings: [], allowConfirm };
    const findings = deps.check(request.draft, choice.pack, settings, { now: deps.now() });
    return {
      status: 'ok',
      district: choice.pack.id,
      findings,
      allowConfirm,
      ...(settings.supportContact ? { supportContact: settings.supportContact } : {}),
    };
  } catch (e) {
    // Never the draft, never the message: only what kind of error it was.
    const error = `check failed (${(e as Error)?.name ?? 'error'})`;
    return request.type === 'sl:audit' ? { status: 'error', error } : { status: 'error', findings: [], error };
  }
}

/** The part of runtime.Port the worker uses. */
export interface ServedPort {
  sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/**
 * Answers requests on a content script's check port (messaging/checkPort.ts)
 * exactly as handleMessage answers sendMessage. A port from anywhere but our
 * own content scripts is closed at once.
 */
export function servePort(port: ServedPort, deps: HandlerDeps): void {
  if (!isFromOwnContentScript(port.sender, deps.runtimeId)) {
    port.disconnect();
    return;
  }
  // Answers go out in the order they are posted; the content script keeps the last one.
  let last: string | undefined;
  // Quiet checks answered `same` and held back (checkPort.ts): acknowledged
  // with the next message posted, or when the burst of checks ends.
  let held: number[] = [];
  let heldSince = 0;
  let lastQuietAt = -Infinity;
  let release: ReturnType<typeof setTimeout> | undefined;
  /** Hurries received (a publish waits): a check still being run when one came is not held back. */
  let hurries = 0;
  const post = (reply: PortAnswer) => {
    if (held.length) {
      reply.acked = held;
      held = [];
    }
    clearTimeout(release);
    release = undefined;
    try {
      port.postMessage(reply);
    } catch {
      // The tab went away meanwhile.
    }
  };
  const releaseHeld = () => {
    if (held.length) post({});
  };
  const holdBack = (id: number) => {
    const now = Date.now();
    if (!held.length) heldSince = now;
    held.push(id);
    clearTimeout(release);
    release = setTimeout(releaseHeld, Math.max(0, Math.min(QUIET_ACK_MS, heldSince + QUIET_ACK_MAX_MS - now)));
  };
  port.onMessage.addListener((m: unknown) => {
    if ((m as { hurry?: unknown } | null)?.hurry === true) {
      hurries++;
      return releaseHeld();
    }
    const id = (m as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return;
    // In a burst: this quiet check came soon after the one before it.
    let inBurst = false;
    if ((m as { quiet?: unknown }).quiet === true) {
      const now = Date.now();
      inBurst = now - lastQuietAt < QUIET_ACK_MS;
      lastQuietAt = now;
    }
    const hurriesBefore = hurries;
    void handleMessage((m as { message?: unknown }).message, port.sender, deps).then((answer) => {
      if (answer === undefined) return post({ id });
      const json = JSON.stringify(answer);
      if (json !== last) {
        last = json;
        return post({ id, answer });
      }
      if (inBurst && hurries === hurriesBefore) holdBack(id);
      else post({ id, same: true });
    });
  });
}
