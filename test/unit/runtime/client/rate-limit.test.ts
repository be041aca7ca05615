/**
 * rate-limit.ts, exactly: the six rate-limit headers read (decimal numbers only), which statuses
 * and SIMPLE_RETURN codes are retried, and the retry delay: X-RateLimit-ToWait-Sec, then
 * Retry-After (seconds or HTTP date), then SECONDS_TO_WAIT, then doubling backoff, capped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRateLimit,
  RETRYABLE_SIMPLE_RETURN_CODES,
  type RetryPolicy,
  retryDelayMs,
} from '../../../../runtime/client/rate-limit.js';

describe('parseRateLimit', () => {
  it('reads all six headers', () => {
    expect(
      parseRateLimit({
        'x-ratelimit-limit': '300',
        'x-ratelimit-window-sec': '3600',
        'x-ratelimit-remaining': '299',
        'x-ratelimit-towait-sec': '0',
        'x-concurrency-limit-limit': '2',
        'x-concurrency-limit-running': '1',
        'content-type': 'text/xml',
      }),
    ).toEqual({
      limit: 300,
      windowSec: 3600,
      remaining: 299,
      toWaitSec: 0,
      concurrencyLimit: 2,
      concurrencyRunning: 1,
    });
  });
  it.each([
    ['x-ratelimit-limit', 'limit'],
    ['x-ratelimit-window-sec', 'windowSec'],
    ['x-ratelimit-remaining', 'remaining'],
    ['x-ratelimit-towait-sec', 'toWaitSec'],
    ['x-concurrency-limit-limit', 'concurrencyLimit'],
    ['x-concurrency-limit-running', 'concurrencyRunning'],
  ])('%s alone → %s', (header, key) => {
    expect(parseRateLimit({ [header]: '7' })).toEqual({ [key]: 7 });
  });
  it('none of them: undefined', () => {
    expect(parseRateLimit({})).toBe(undefined);
    expect(parseRateLimit({ 'retry-after': '5', 'X-RateLimit-Limit': '3' })).toBe(undefined);
  });
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['1.5', 1.5],
    ['0', 0],
    ['007', 7],
  ])('number %j → %s', (v, n) => {
    expect(parseRateLimit({ 'x-ratelimit-remaining': v })).toEqual({ remaining: n });
  });
  it.each(['', ' ', 'abc', '-1', '1e3', '1.', '.5', '0x10', '12abc', 'a12', '1,000', 'Infinity'])(
    'not a number: %j',
    (v) => {
      expect(parseRateLimit({ 'x-ratelimit-remaining': v })).toBe(undefined);
    },
  );
});

describe('isRetryableStatus', () => {
  it.each([
    [429, undefined, true],
    [429, '1905', true],
    [503, undefined, true],
    [409, undefined, true],
    [409, '1960', true],
    [409, '1965', true],
    [409, '1905', false],
    [409, '999', false],
    [500, undefined, false],
    [502, undefined, false],
    [408, undefined, false],
    [200, '1965', false],
    [400, '1965', false],
  ] as const)('%i with code %s → %s', (status, code, want) => {
    expect(isRetryableStatus(status, code)).toBe(want);
  });
  it('retries SIMPLE_RETURN 1960 and 1965 only', () => {
    expect([...RETRYABLE_SIMPLE_RETURN_CODES].sort()).toEqual(['1960', '1965']);
  });
});

describe('retryDelayMs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const NOW = Date.UTC(2025, 0, 1);
  const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 10_000, retryNonIdempotent: false };

  it('the default policy', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      maxRetries: 3,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      retryNonIdempotent: false,
    });
  });

  it.each([
    ['ToWait-Sec over everything', { 'x-ratelimit-towait-sec': '3', 'retry-after': '5' }, 7, 0, 3000],
    ['fractional ToWait-Sec', { 'x-ratelimit-towait-sec': '1.5' }, undefined, 0, 1500],
    ['ToWait-Sec 0 is ignored', { 'x-ratelimit-towait-sec': '0', 'retry-after': '5' }, undefined, 0, 5000],
    ['unreadable ToWait-Sec is ignored', { 'x-ratelimit-towait-sec': 'soon' }, 4, 0, 4000],
    ['Retry-After seconds over SECONDS_TO_WAIT', { 'retry-after': '2' }, 7, 0, 2000],
    ['Retry-After 0 waits 0', { 'retry-after': '0' }, 7, 3, 0],
    ['Retry-After HTTP date', { 'retry-after': 'Wed, 01 Jan 2025 00:00:09 GMT' }, 7, 0, 9000],
    ['Retry-After date in the past waits 0', { 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, 7, 0, 0],
    ['unreadable Retry-After falls to SECONDS_TO_WAIT', { 'retry-after': 'later' }, 6, 0, 6000],
    ['SECONDS_TO_WAIT', {}, 6, 2, 6000],
    ['SECONDS_TO_WAIT 0 falls to backoff', {}, 0, 1, 200],
    ['backoff attempt 0', {}, undefined, 0, 100],
    ['backoff attempt 1', {}, undefined, 1, 200],
    ['backoff attempt 3', {}, undefined, 3, 800],
    ['backoff is capped', {}, undefined, 7, 10_000],
    ['ToWait-Sec is capped', { 'x-ratelimit-towait-sec': '11' }, undefined, 0, 10_000],
    ['ToWait-Sec at the cap', { 'x-ratelimit-towait-sec': '10' }, undefined, 0, 10_000],
    ['Retry-After is capped', { 'retry-after': '3600' }, undefined, 0, 10_000],
    ['SECONDS_TO_WAIT is capped', {}, 99, 0, 10_000],
  ] as const)('%s', (_n, headers, secs, attempt, want) => {
    expect(retryDelayMs(headers, secs, attempt, policy, NOW)).toBe(want);
  });

  it('reads the clock when no time is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    expect(retryDelayMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:04 GMT' }, undefined, 0, policy)).toBe(4000);
  });
});
