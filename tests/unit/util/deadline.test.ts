import { afterEach, describe, expect, it, vi } from 'vitest';
import { valueWithin, withDeadline } from '../../../src/deadline';

afterEach(() => vi.useRealTimers());

describe('deadline', () => {
  it('passes a value that comes in time on, and clears its timer', async () => {
    vi.useFakeTimers();
    const p = withDeadline(Promise.resolve(7), 1000);
    await expect(p).resolves.toBe(7);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with "timeout" when the promise takes too long', async () => {
    vi.useFakeTimers();
    const p = withDeadline(new Promise(() => undefined), 1000);
    const seen = p.catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await seen).toBe('timeout');
  });

  it('valueWithin: undefined for a rejection or a timeout, never a rejection, no timer left', async () => {
    vi.useFakeTimers();
    expect(await valueWithin(Promise.reject(new Error('x')), 1000)).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    const late = valueWithin(new Promise(() => undefined), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await late).toBeUndefined();
  });
});
