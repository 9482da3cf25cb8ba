import type { PortAnswer, PortHurry, PortRequest } from '../messaging/checkPort';

// Requests to the worker over one long-lived port. In Chromium a
// runtime.sendMessage opens and closes a message channel each time, which
// cost the page ~0.8 ms of main-thread time per check (CPU profile, bench:e2e);
// a message on an open port is a fraction of that.
//
// The MV3 worker can be stopped at any time, which closes the port: the
// next request opens a new one (connecting wakes the worker), and requests
// that were waiting on the closed port are sent again on it, once.
//
// Quiet requests (the debounced checks while the author types) may have
// their `same` answers held back by the worker during a burst and
// acknowledged together (messaging/checkPort.ts); `hurry` asks for them when
// someone waits for one (a publish attempt).

/** The part of runtime.Port we use. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Pending {
  message: unknown;
  quiet: boolean;
  /** How often it was sent: a request is sent at most twice. */
  sends: number;
  /** When it was last sent; undefined while it waits to be sent again. */
  sentAt: number | undefined;
  retry: ReturnType<typeof setTimeout> | undefined;
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

const MAX_SENDS = 2;

export class WorkerChannel {
  private port: PortLike | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** The last answer received on the current port (the worker says `same` instead of repeating it). */
  private lastAnswer: unknown;
  /**
   * One timer watches every request for the timeout, instead of a timer set
   * and cleared per request (a check per keystroke): armed when a request is
   * sent and none is armed, it sweeps the overdue ones and re-arms only
   * while some are still waiting.
   */
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connect: () => PortLike,
    private readonly timeoutMs = 5000,
    private readonly retryDelayMs = 100,
  ) {}

  /** The worker's answer to `message`; rejects after a second failed attempt. `quiet`: see PortRequest. */
  request<T>(message: unknown, quiet = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, { message, quiet, sends: 0, sentAt: undefined, retry: undefined, resolve: resolve as (a: unknown) => void, reject });
      this.send(id);
    });
  }

  /** Someone waits for a quiet request: ask the worker for the answers it holds back. */
  hurry(): void {
    if (!this.port) return;
    let waiting = false;
    for (const p of this.pending.values()) waiting ||= p.quiet && p.sentAt !== undefined;
    if (!waiting) return;
    try {
      const hurry: PortHurry = { hurry: true };
      this.port.postMessage(hurry);
    } catch {
      // Closed: its disconnect sends the requests again.
    }
  }

  private send(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    p.sends++;
    p.retry = undefined;
    p.sentAt = Date.now();
    this.watchdog ??= setTimeout(() => this.sweep(), this.timeoutMs);
    try {
      const request: PortRequest = p.quiet ? { id, message: p.message, quiet: true } : { id, message: p.message };
      this.open().postMessage(request);
    } catch {
      // The port closed without telling us yet (or the extension was reloaded).
      this.drop();
      this.failed(id, 'no connection');
    }
  }

  /** One attempt failed: try once more after a short pause, or give up. */
  private failed(id: number, reason: string): void {
    const p = this.pending.get(id);
    if (!p || p.sentAt === undefined) return;
    p.sentAt = undefined;
    if (p.sends >= MAX_SENDS) {
      this.pending.delete(id);
      p.reject(new Error(reason));
      return;
    }
    p.retry = setTimeout(() => this.send(id), this.retryDelayMs);
  }

  private sweep(): void {
    this.watchdog = undefined;
    const now = Date.now();
    let next = Infinity;
    for (const [id, p] of [...this.pending]) {
      if (p.sentAt === undefined) continue;
      const due = p.sentAt + this.timeoutMs;
      if (due <= now) this.failed(id, 'timeout');
      else next = Math.min(next, due);
    }
    if (next < Infinity) this.watchdog = setTimeout(() => this.sweep(), next - now);
  }

  private open(): PortLike {
    if (this.port) return this.port;
    const port = this.connect();
    this.lastAnswer = undefined;
    port.onMessage.addListener((m) => this.answered(port, m));
    port.onDisconnect.addListener(() => this.closed(port));
    this.port = port;
    return port;
  }

  private answered(port: PortLike, m: unknown): void {
    if (port !== this.port) return;
    const { id, same, acked } = (m ?? {}) as PortAnswer;
    let { answer } = (m ?? {}) as PortAnswer;
    // Held-back `same` answers: the last answer before this message's own.
    if (Array.isArray(acked)) for (const held of acked) this.settle(held, this.lastAnswer);
    if (typeof id !== 'number') return;
    if (same) answer = this.lastAnswer;
    else if (answer !== undefined) this.lastAnswer = answer;
    this.settle(id, answer);
  }

  private settle(id: number, answer: unknown): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (answer === undefined) return this.failed(id, 'no answer');
    // Also a late answer to a request waiting to be sent again: it will do.
    clearTimeout(p.retry);
    this.pending.delete(id);
    p.resolve(answer);
  }

  /** The worker stopped (or the page was put in the back/forward cache): resend what was waiting. */
  private closed(port: PortLike): void {
    if (port !== this.port) return;
    this.port = undefined;
    for (const id of [...this.pending.keys()]) this.failed(id, 'port closed');
  }

  private drop(): void {
    const port = this.port;
    this.port = undefined;
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
  }
}
