/**
 * client-options.ts, exactly: every default of `resolveClientOptions` (and that a given option
 * wins, retry merged field by field), the `maxResponseBytes` check and its message, the default
 * warning sink, and `defaultSleep` (resolves after the time; an abort before or during rejects
 * with the signal's reason and clears the timer), on fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  defaultSleep,
  resolveClientOptions,
} from '../../../../runtime/client/client-options.js';
import { QualysError } from '../../../../runtime/client/qualys-error.js';

const auth = { kind: 'none' } as const;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('resolveClientOptions', () => {
  it('defaults', () => {
    const o = resolveClientOptions({ auth });
    expect({ ...o, now: undefined, sleep: undefined, onWarning: undefined }).toEqual({
      timeoutMs: 120_000,
      concurrency: 2,
      retry: { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 60_000, retryNonIdempotent: false },
      validation: 'warn',
      jwtRefreshMarginMs: 300_000,
      maxResponseBytes: 268_435_456,
      now: undefined,
      sleep: undefined,
      onWarning: undefined,
    });
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(268_435_456);
    expect(o.now).toBe(Date.now);
    expect(o.sleep).toBe(defaultSleep);
  });

  it('given options win; retry is merged field by field', () => {
    const now = () => 5;
    const sleep = async () => undefined;
    const onWarning = () => undefined;
    const given: ClientOptions = {
      auth,
      timeoutMs: 0,
      concurrency: 7,
      retry: { maxRetries: 0, maxDelayMs: 10 },
      validation: 'off',
      jwtRefreshMarginMs: 0,
      maxResponseBytes: 1,
      now,
      sleep,
      onWarning,
    };
    expect(resolveClientOptions(given)).toEqual({
      timeoutMs: 0,
      concurrency: 7,
      retry: { maxRetries: 0, baseDelayMs: 1000, maxDelayMs: 10, retryNonIdempotent: false },
      validation: 'off',
      jwtRefreshMarginMs: 0,
      maxResponseBytes: 1,
      now,
      sleep,
      onWarning,
    });
  });

  it.each([0, -1, Number.NaN, '5', null])('maxResponseBytes %j is refused', (max) => {
    const call = () => resolveClientOptions({ auth, maxResponseBytes: max as number });
    expect(call).toThrow(QualysError);
    expect(call).toThrow(`maxResponseBytes must be a positive number of bytes (got ${String(max)})`);
  });

  it('a fractional positive maxResponseBytes is accepted as given', () => {
    expect(resolveClientOptions({ auth, maxResponseBytes: 0.5 }).maxResponseBytes).toBe(0.5);
  });

  it('the default warning sink prints the endpoint and message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    resolveClientOptions({ auth }).onWarning({ endpoint: 'vm.x', code: 'Retrying', message: 'retrying in 1 s' });
    expect(warn.mock.calls).toEqual([['qspec vm.x: retrying in 1 s']]);
  });
});

describe('defaultSleep', () => {
  it('resolves after the given time, not before', async () => {
    vi.useFakeTimers();
    let done = false;
    const p = defaultSleep(100).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
  });

  it('an aborted signal rejects at once with its reason, starting no timer', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const reason = new Error('stop');
    ac.abort(reason);
    await expect(defaultSleep(1000, ac.signal)).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort while sleeping rejects with the reason and clears the timer', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const p = defaultSleep(1000, ac.signal);
    expect(vi.getTimerCount()).toBe(1);
    const reason = new Error('later');
    ac.abort(reason);
    await expect(p).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a signal that is never aborted lets the sleep end', async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const p = defaultSleep(10, ac.signal);
    await vi.advanceTimersByTimeAsync(10);
    await expect(p).resolves.toBe(undefined);
  });
});
