import { describe, expect, it, vi } from 'vitest';
import { sendWithRetry } from '../../../src/content/checker';

describe('sendWithRetry (MV3 worker restarts)', () => {
  it('returns the first answer without retrying', async () => {
    const send = vi.fn(async () => ({ status: 'ok' }));
    await expect(sendWithRetry({ type: 'sl:check' }, send)).resolves.toEqual({ status: 'ok' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries exactly once when the port closes (worker stopped mid-check)', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce({ status: 'ok' });
    await expect(sendWithRetry({ type: 'sl:check' }, send)).resolves.toEqual({ status: 'ok' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('retries once when no listener answered, then gives up', async () => {
    const send = vi.fn(async () => undefined);
    await expect(sendWithRetry({ type: 'sl:check' }, send)).rejects.toThrow('no answer');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('leaves no timeout timer behind once answered (a check runs per keystroke)', async () => {
    vi.useFakeTimers();
    try {
      await expect(sendWithRetry({ type: 'sl:check' }, async () => ({ status: 'ok' }))).resolves.toEqual({ status: 'ok' });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
