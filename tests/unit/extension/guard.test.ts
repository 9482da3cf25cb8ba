import { describe, expect, it, vi } from 'vitest';
import { PublishGuard, type GuardEffects } from '../../../src/content/guard';
import type { Finding } from '../../../src/schema/finding';

const finding = (severity: 'block' | 'warn', rule = `r-${severity}`): Finding => ({
  category: 'confidential-data',
  rule,
  severity,
  message: 'm',
  citation: { section: 's', quote: 'q' },
  spans: [],
});

function setup(checkResult: Finding[] | null | Promise<Finding[] | null> = []) {
  const log: string[] = [];
  let guard!: PublishGuard<string>;
  const fx: GuardEffects<string> = {
    checkNow: vi.fn(async () => checkResult),
    showDialog: vi.fn((a, b) => log.push(`dialog:${a}:${b.length}`)),
    closeDialog: vi.fn(() => log.push('close')),
    // The re-dispatched event comes back through the guard while releasing.
    retrigger: vi.fn((a) => log.push(`retrigger:${a}:${guard.attempt('echo', undefined)}`)),
    audit: vi.fn((a: string, b: Finding[]) => log.push(`audit:${a}:${b.map((f) => f.rule).join(',')}`)),
    refocus: vi.fn((a) => log.push(`refocus:${a}`)),
  };
  guard = new PublishGuard(fx);
  return { guard, fx, log };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PublishGuard', () => {
  it('lets a fresh clean draft through synchronously, with no dialog', () => {
    const { guard, fx } = setup();
    expect(guard.attempt('a', [])).toBe('allow');
    expect(guard.attempt('a', [finding('warn')])).toBe('allow');
    expect(fx.showDialog).not.toHaveBeenCalled();
    expect(fx.checkNow).not.toHaveBeenCalled();
    expect(guard.state.kind).toBe('idle');
  });

  it('holds a fresh draft with a block finding and shows only the blocking findings', () => {
    const { guard, log } = setup();
    expect(guard.attempt('a', [finding('warn'), finding('block')])).toBe('hold');
    expect(log).toEqual(['dialog:a:1']);
    expect(guard.state.kind).toBe('dialog');
  });

  it('holds every further attempt while the dialog is open (no double publish)', () => {
    const { guard, fx } = setup();
    guard.attempt('a', [finding('block')]);
    expect(guard.attempt('a', [])).toBe('hold');
    expect(guard.attempt('b', undefined)).toBe('hold');
    expect(fx.showDialog).toHaveBeenCalledTimes(1);
  });

  it('"go back" closes the dialog, refocuses the editor and publishes nothing', () => {
    const { guard, fx, log } = setup();
    guard.attempt('a', [finding('block')]);
    guard.back();
    expect(log).toEqual(['dialog:a:1', 'close', 'refocus:a']);
    expect(fx.retrigger).not.toHaveBeenCalled();
    expect(guard.state.kind).toBe('idle');
  });

  it('confirm audits, then re-triggers exactly once; the re-dispatched event passes', () => {
    const { guard, fx, log } = setup();
    guard.attempt('a', [finding('block', 'x/confidential')]);
    guard.confirm(true);
    expect(log).toEqual(['dialog:a:1', 'close', 'audit:a:x/confidential', 'retrigger:a:allow']);
    expect(fx.retrigger).toHaveBeenCalledTimes(1);
    guard.confirm(true); // a second click on a closed dialog does nothing
    expect(fx.retrigger).toHaveBeenCalledTimes(1);
    expect(guard.state.kind).toBe('idle');
    expect(guard.releasing).toBe(false);
  });

  it('confirm does nothing when the district turned confirmation off', () => {
    const { guard, fx } = setup();
    guard.attempt('a', [finding('block')]);
    guard.confirm(false);
    expect(fx.retrigger).not.toHaveBeenCalled();
    expect(fx.audit).not.toHaveBeenCalled();
    expect(guard.state.kind).toBe('dialog');
  });

  it('a stale draft is held, checked now, and re-triggered once when clean', async () => {
    const { guard, fx, log } = setup([finding('warn')]);
    expect(guard.attempt('a', undefined)).toBe('hold');
    expect(guard.state.kind).toBe('checking');
    await flush();
    expect(fx.checkNow).toHaveBeenCalledWith('a');
    expect(log).toEqual(['retrigger:a:allow']);
    expect(guard.state.kind).toBe('idle');
  });

  it('a stale draft that turns out blocked opens the dialog instead', async () => {
    const { guard, fx, log } = setup([finding('block')]);
    guard.attempt('a', undefined);
    await flush();
    expect(log).toEqual(['dialog:a:1']);
    expect(fx.retrigger).not.toHaveBeenCalled();
  });

  it('a failed check does not trap the post (the extension failing is not a finding)', async () => {
    const { guard, log } = setup(null);
    guard.attempt('a', undefined);
    await flush();
    expect(log).toEqual(['retrigger:a:allow']);
  });

  it("'maybe' gestures are only held for a known block, never re-invented on a stale draft", () => {
    const { guard, fx } = setup();
    expect(guard.attempt('a', undefined, { onlyIfBlocked: true })).toBe('allow');
    expect(fx.checkNow).not.toHaveBeenCalled();
    expect(guard.attempt('a', [finding('block')], { onlyIfBlocked: true })).toBe('hold');
  });

  it('reset drops a pending check: its late result neither publishes nor opens a dialog', async () => {
    let resolve!: (f: Finding[]) => void;
    const { guard, fx } = setup(new Promise<Finding[]>((r) => (resolve = r)));
    guard.attempt('a', undefined);
    guard.reset();
    resolve([finding('block')]);
    await flush();
    expect(fx.retrigger).not.toHaveBeenCalled();
    expect(fx.showDialog).not.toHaveBeenCalled();
    expect(guard.state.kind).toBe('idle');
  });

  it('releasing ends even if re-triggering throws', () => {
    const { guard, fx } = setup();
    (fx.retrigger as ReturnType<typeof vi.fn>).mockImplementation(() => {
      throw new Error('site threw');
    });
    guard.attempt('a', [finding('block')]);
    expect(() => guard.confirm(true)).toThrow();
    expect(guard.state.kind).toBe('idle');
  });
});
