import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerChannel, type PortLike } from '../../../src/content/workerChannel';
import { servePort, type HandlerDeps } from '../../../src/background/handler';
import { choosePack } from '../../../src/background/pack';
import { QUIET_ACK_MAX_MS, QUIET_ACK_MS } from '../../../src/messaging/checkPort';
import { check } from '../../../src/engine';
import { resolveSettings } from '../../../src/settings/resolve';

/** A port whose far end is the test: `sent` holds what the content script posted. */
class FakePort implements PortLike {
  sent: { id: number; message: unknown; quiet?: true; hurry?: true }[] = [];
  closed = false;
  private onMsg: ((m: unknown) => void)[] = [];
  private onDisc: (() => void)[] = [];
  onMessage = { addListener: (l: (m: unknown) => void) => void this.onMsg.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.onDisc.push(l) };
  postMessage(m: unknown): void {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(m as { id: number; message: unknown });
  }
  disconnect(): void {
    this.closed = true;
  }
  /** The worker answers the request with id `id`. */
  answer(id: number, answer: unknown): void {
    for (const l of this.onMsg) l({ id, answer });
  }
  /** The worker answers that its answer equals the last one it sent. */
  same(id: number): void {
    for (const l of this.onMsg) l({ id, same: true });
  }
  /** Any message from the worker (e.g. held-back answers: `acked`). */
  raw(m: unknown): void {
    for (const l of this.onMsg) l(m);
  }
  /** The worker was stopped: Chrome closes its ports. */
  workerStopped(): void {
    this.closed = true;
    for (const l of this.onDisc) l();
  }
}

function channel(timeoutMs = 5000) {
  const ports: FakePort[] = [];
  const ch = new WorkerChannel(() => {
    const p = new FakePort();
    ports.push(p);
    return p;
  }, timeoutMs, 100);
  return { ch, ports };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkerChannel (checks over one long-lived port)', () => {
  it('sends every check on the same port and matches answers by id, in any order', async () => {
    const { ch, ports } = channel();
    const a = ch.request({ n: 1 });
    const b = ch.request({ n: 2 });
    expect(ports).toHaveLength(1);
    const [ra, rb] = ports[0].sent;
    ports[0].answer(rb.id, 'second');
    ports[0].answer(ra.id, 'first');
    await expect(a).resolves.toBe('first');
    await expect(b).resolves.toBe('second');
    expect(ports[0].sent.map((s) => s.message)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('re-sends a pending check on a new port when the worker is stopped mid-check', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel();
    const pending = ch.request({ type: 'sl:check' });
    ports[0].workerStopped();
    await vi.advanceTimersByTimeAsync(100);
    expect(ports).toHaveLength(2);
    expect(ports[1].sent.map((s) => s.message)).toEqual([{ type: 'sl:check' }]);
    ports[1].answer(ports[1].sent[0].id, { status: 'ok' });
    await expect(pending).resolves.toEqual({ status: 'ok' });
  });

  it('opens a new port for the next check after the worker was stopped between checks', async () => {
    const { ch, ports } = channel();
    const first = ch.request('a');
    ports[0].answer(ports[0].sent[0].id, 1);
    await first;
    ports[0].workerStopped();
    const second = ch.request('b');
    expect(ports).toHaveLength(2);
    ports[1].answer(ports[1].sent[0].id, 2);
    await expect(second).resolves.toBe(2);
  });

  it('opens a new port when the old one turns out closed on sending (no disconnect event yet)', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel();
    const first = ch.request('a');
    ports[0].answer(ports[0].sent[0].id, 1);
    await first;
    ports[0].closed = true;
    const second = ch.request('b');
    await vi.advanceTimersByTimeAsync(100);
    expect(ports).toHaveLength(2);
    ports[1].answer(ports[1].sent[0].id, 2);
    await expect(second).resolves.toBe(2);
  });

  it('gives up after the second attempt fails too', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel();
    const pending = ch.request('a');
    const settled = pending.catch((e: Error) => e.message);
    ports[0].workerStopped();
    await vi.advanceTimersByTimeAsync(100);
    ports[1].workerStopped();
    await expect(settled).resolves.toBe('port closed');
    expect(ports).toHaveLength(2);
  });

  it('retries once when the worker had no answer, then gives up', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel();
    const settled = ch.request('a').catch((e: Error) => e.message);
    ports[0].answer(ports[0].sent[0].id, undefined);
    await vi.advanceTimersByTimeAsync(100);
    expect(ports[0].sent).toHaveLength(2);
    ports[0].answer(ports[0].sent[1].id, undefined);
    await expect(settled).resolves.toBe('no answer');
  });

  it('times out a check the worker never answers, after one more try', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel(5000);
    const settled = ch.request('a').catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(5000);
    await vi.advanceTimersByTimeAsync(100);
    expect(ports[0].sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(settled).resolves.toBe('timeout');
  });

  it('keeps at most one timer however many checks run (a check per keystroke), none once idle', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel(5000);
    for (let i = 0; i < 50; i++) {
      const p = ch.request(i);
      ports[0].answer(ports[0].sent[i].id, i);
      await p;
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    }
    await vi.advanceTimersByTimeAsync(5000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes `same` for the last answer on the port (the very object, so nothing is compared again)', async () => {
    vi.useFakeTimers();
    const { ch, ports } = channel();
    const first = ch.request('a');
    const answer = { status: 'ok', findings: [{ rule: 'r' }] };
    ports[0].answer(ports[0].sent[0].id, answer);
    await expect(first).resolves.toBe(answer);
    const second = ch.request('b');
    ports[0].same(ports[0].sent[1].id);
    await expect(second).resolves.toBe(answer);
    // A new port starts with no answer to repeat: `same` there is no answer, and the check is sent again.
    ports[0].workerStopped();
    const third = ch.request('c');
    ports[1].same(ports[1].sent[0].id);
    await vi.advanceTimersByTimeAsync(100);
    expect(ports[1].sent).toHaveLength(2);
    ports[1].answer(ports[1].sent[1].id, 'fresh');
    await expect(third).resolves.toBe('fresh');
  });

  it('marks quiet requests, and settles held-back ones (`acked`) with the answer before the message\'s own', async () => {
    const { ch, ports } = channel();
    const first = ch.request('a', true);
    expect(ports[0].sent[0]).toMatchObject({ message: 'a', quiet: true });
    ports[0].answer(ports[0].sent[0].id, 'old');
    await expect(first).resolves.toBe('old');
    const held1 = ch.request('b', true);
    const held2 = ch.request('c', true);
    const loud = ch.request('d');
    expect(ports[0].sent[3]).not.toHaveProperty('quiet');
    const [, b, c, d] = ports[0].sent;
    // One message: b and c were `same` (held back), d's answer is new.
    ports[0].raw({ id: d.id, answer: 'new', acked: [b.id, c.id] });
    await expect(held1).resolves.toBe('old');
    await expect(held2).resolves.toBe('old');
    await expect(loud).resolves.toBe('new');
    // An acknowledgement alone, and then `same` means the newest answer.
    const e = ch.request('e', true);
    ports[0].raw({ acked: [ports[0].sent[4].id] });
    await expect(e).resolves.toBe('new');
  });

  it('hurries the worker only while a quiet request waits for its answer', async () => {
    const { ch, ports } = channel();
    ch.hurry(); // no port yet: nothing to ask
    const loud = ch.request('a');
    ch.hurry();
    expect(ports[0].sent.filter((m) => m.hurry)).toHaveLength(0);
    ports[0].answer(ports[0].sent[0].id, 1);
    await loud;
    const quiet = ch.request('b', true);
    ch.hurry();
    expect(ports[0].sent.at(-1)).toEqual({ hurry: true });
    ports[0].raw({ acked: [ports[0].sent[1].id] });
    await expect(quiet).resolves.toBe(1);
    const count = ports[0].sent.length;
    ch.hurry();
    expect(ports[0].sent).toHaveLength(count);
  });

  it('ignores answers for unknown ids and from a port it already left', async () => {
    const { ch, ports } = channel();
    const pending = ch.request('a');
    ports[0].answer(999, 'stray');
    const old = ports[0];
    old.workerStopped();
    old.answer(old.sent[0].id, 'late, from the old port');
    await new Promise((r) => setTimeout(r, 120));
    ports[1].answer(ports[1].sent[0].id, 'fresh');
    await expect(pending).resolves.toBe('fresh');
  });
});

describe('servePort (the worker end)', () => {
  const ID = 'our-extension-id';
  const deps = (): HandlerDeps => ({
    runtimeId: ID,
    loadSettings: async () => resolveSettings({ local: { district: 'tulsa-ps' } }),
    check,
    appendAudit: vi.fn(async (entries) => entries.length),
    openOptions: vi.fn(async () => undefined),
    now: () => new Date('2026-10-10T20:00:00Z'),
  });

  /** A check request for a post with `text`. */
  const msg = (text: string) => ({ type: 'sl:check', draft: { site: 'x', surface: 'post', text } });

  function workerPort(sender: object) {
    const posted: unknown[] = [];
    let listener: ((m: unknown) => void) | undefined;
    const port = {
      sender,
      disconnected: false,
      postMessage: (m: unknown) => void posted.push(m),
      disconnect() {
        this.disconnected = true;
      },
      onMessage: { addListener: (l: (m: unknown) => void) => void (listener = l) },
    };
    return { port, posted, send: (m: unknown) => listener?.(m) };
  }

  it('answers a check with the id it came with, as handleMessage would', async () => {
    const { port, posted, send } = workerPort({ id: ID, tab: { id: 3 } });
    servePort(port, deps());
    send({ id: 41, message: { type: 'sl:check', draft: { site: 'x', surface: 'post', text: 'Jayden got a 42 on his algebra test' } } });
    send({ id: 42, message: { type: 'sl:nope' } });
    send({ message: { type: 'sl:check' } });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    const byId = new Map((posted as { id: number; answer?: { status: string; findings: { category: string }[] } }[]).map((p) => [p.id, p]));
    expect(byId.get(41)?.answer?.status).toBe('ok');
    expect(byId.get(41)?.answer?.findings.some((f) => f.category === 'confidential-data')).toBe(true);
    expect(byId.get(42)).toEqual({ id: 42 });
    expect(port.disconnected).toBe(false);
  });

  it('says `same` instead of repeating an answer equal to the last one it sent on the port', async () => {
    const { port, posted, send } = workerPort({ id: ID, tab: { id: 3 } });
    servePort(port, deps());
    send({ id: 1, message: msg('Jayden got a 42 on his algebra test') });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    send({ id: 2, message: msg('Jayden got a 42 on his algebra test.') });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    send({ id: 3, message: msg('Lovely day at the lake') });
    await vi.waitFor(() => expect(posted).toHaveLength(3));
    expect((posted[0] as { answer?: { findings: unknown[] } }).answer?.findings.length).toBeGreaterThan(0);
    expect(posted[1]).toEqual({ id: 2, same: true });
    expect(posted[2]).toMatchObject({ id: 3, answer: { status: 'ok', findings: [] } });
  });

  it('holds back `same` answers to quiet checks in a burst, and sends them with the next message or once the burst ends', async () => {
    vi.useFakeTimers();
    const { port, posted, send } = workerPort({ id: ID, tab: { id: 3 } });
    servePort(port, deps());
    let text = 'Jayden got a 42 on his algebra test';
    send({ id: 1, message: msg(text), quiet: true });
    await vi.advanceTimersByTimeAsync(60);
    expect(posted).toHaveLength(1);
    // Keys 60 ms apart: the first quiet check of the burst is answered at once (it was alone), the rest wait.
    for (let id = 2; id <= 5; id++) {
      text += ' x';
      send({ id, message: msg(text), quiet: true });
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(posted).toHaveLength(1);
    // A check someone waits for (not quiet) is answered at once, with the held ones.
    send({ id: 6, message: msg(`${text}!`) });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted[1]).toEqual({ id: 6, same: true, acked: [2, 3, 4, 5] });
    // The burst ends: what is held goes QUIET_ACK_MS after the last check.
    send({ id: 7, message: msg(`${text}!!`), quiet: true });
    await vi.advanceTimersByTimeAsync(10);
    send({ id: 8, message: msg(`${text}!!!`), quiet: true });
    await vi.advanceTimersByTimeAsync(QUIET_ACK_MS - 5);
    expect(posted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(posted[2]).toEqual({ acked: [7, 8] });
    // A new answer is never held: it comes at once, with the held ones before it.
    send({ id: 9, message: msg('Lovely'), quiet: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted[3]).toMatchObject({ id: 9, answer: { findings: [] } });
    expect(posted[3]).not.toHaveProperty('acked');
  });

  it('a hurry sends the held answers at once; a burst that goes on is acknowledged at least every QUIET_ACK_MAX_MS', async () => {
    vi.useFakeTimers();
    const { port, posted, send } = workerPort({ id: ID, tab: { id: 3 } });
    servePort(port, deps());
    const hello = (n: number) => msg(`hello ${'a'.repeat(n)}`);
    send({ id: 1, message: hello(1), quiet: true });
    await vi.advanceTimersByTimeAsync(20);
    send({ id: 2, message: hello(2), quiet: true });
    await vi.advanceTimersByTimeAsync(20);
    expect(posted).toHaveLength(1);
    send({ hurry: true });
    expect(posted[1]).toEqual({ acked: [2] });
    send({ hurry: true }); // nothing held: nothing sent
    expect(posted).toHaveLength(2);
    // A hurry while a check of the burst is still being run: its answer is not held.
    send({ id: 100, message: hello(100), quiet: true });
    send({ hurry: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted[2]).toEqual({ id: 100, same: true });
    posted.splice(2);
    for (let i = 3; i < 60; i++) {
      send({ id: i, message: hello(i), quiet: true });
      await vi.advanceTimersByTimeAsync(50);
    }
    const acks = posted.slice(2) as { acked: number[] }[];
    expect(acks.length).toBeGreaterThanOrEqual(2);
    expect(acks.length).toBeLessThanOrEqual(Math.ceil((57 * 50) / QUIET_ACK_MAX_MS) + 1);
    await vi.advanceTimersByTimeAsync(QUIET_ACK_MS);
    const all = (posted.slice(2) as { acked: number[] }[]).flatMap((p) => p.acked);
    expect(all).toEqual(Array.from({ length: 57 }, (_, i) => i + 3));
  });

  it('with the real content-script end: every check in a burst settles with its own findings, in far fewer messages', async () => {
    vi.useFakeTimers();
    let toPage = 0;
    const pageListeners: ((m: unknown) => void)[] = [];
    const ch = new WorkerChannel(() => {
      const { port, send } = workerPort({ id: ID, tab: { id: 3 } });
      port.postMessage = (m: unknown) => {
        toPage++;
        // Ports deliver asynchronously.
        setTimeout(() => pageListeners.forEach((l) => l(m)), 0);
      };
      servePort(port, deps());
      return {
        postMessage: (m: unknown) => setTimeout(() => send(m), 0),
        disconnect() {},
        onMessage: { addListener: (l: (m: unknown) => void) => void pageListeners.push(l) },
        onDisconnect: { addListener() {} },
      };
    });
    type Answer = { findings: { category: string }[] };
    const results: Promise<Answer>[] = [];
    let text = 'Dear families, ';
    const typed = 'Jayden got a 42 on his algebra test and we are proud';
    for (const c of typed) {
      text += c;
      results.push(ch.request<Answer>({ type: 'sl:check', draft: { site: 'x', surface: 'post', text } }, true));
      await vi.advanceTimersByTimeAsync(60);
    }
    await vi.advanceTimersByTimeAsync(QUIET_ACK_MS + 10);
    const answers = await Promise.all(results);
    // What each draft gets when checked on its own.
    const { settings } = resolveSettings({ local: { district: 'tulsa-ps' } });
    const pack = choosePack(settings);
    if (pack.status !== 'ok') throw new Error('no pack');
    const expected = typed
      .split('')
      .map((_, i) => check({ site: 'x', surface: 'post', text: `Dear families, ${typed.slice(0, i + 1)}` }, pack.pack, settings, { now: new Date('2026-10-10T20:00:00Z') }));
    expect(answers.map((a) => a.findings)).toEqual(expected);
    expect(answers.at(-1)!.findings.some((f) => f.category === 'confidential-data')).toBe(true);
    expect(toPage).toBeLessThan(typed.length / 2);
  });

  it('closes ports from anywhere but our own content scripts', async () => {
    for (const sender of [{ id: 'other-extension', tab: { id: 1 } }, { id: ID }]) {
      const { port, posted, send } = workerPort(sender);
      servePort(port, deps());
      send({ id: 1, message: { type: 'sl:check', draft: { site: 'x', surface: 'post', text: 'hi' } } });
      await flush();
      expect(port.disconnected).toBe(true);
      expect(posted).toEqual([]);
    }
  });
});
