/**
 * qualys-error.ts, exactly: every class's name, message format, fields and context (endpoint
 * prefix, status, url), QualysSimpleReturnError.secondsToWait (digits only), the validation
 * summary of the first three issues, and the non-enumerable `cause` of QualysTransportError.
 */
import { describe, expect, it } from 'vitest';
import {
  QualysApiError,
  QualysError,
  QualysHttpError,
  QualysPagingError,
  QualysRedirectError,
  QualysRequestError,
  QualysResponseTooLargeError,
  QualysSimpleReturnError,
  QualysTimeoutError,
  QualysTokenError,
  QualysTransportError,
  QualysValidationError,
} from '../../../../runtime/client/qualys-error.js';

const ctx = { endpoint: 'vm.scan.list', status: 418, url: 'https://h/p' };
const fields = (e: QualysError) => ({
  name: e.name,
  message: e.message,
  endpoint: e.endpoint,
  status: e.status,
  url: e.url,
});

describe('QualysError', () => {
  it('prefixes the endpoint and keeps the context', () => {
    const e = new QualysError('m', ctx);
    expect(e).toBeInstanceOf(Error);
    expect(fields(e)).toEqual({ name: 'QualysError', message: 'vm.scan.list: m', ...ctx });
  });
  it('without context: the bare message, no fields', () => {
    expect(fields(new QualysError('m'))).toEqual({
      name: 'QualysError',
      message: 'm',
      endpoint: undefined,
      status: undefined,
      url: undefined,
    });
  });
  it('an empty endpoint is still a prefix', () => {
    expect(new QualysError('m', { endpoint: '' }).message).toBe(': m');
  });
});

describe('subclasses', () => {
  it('QualysRequestError lists every issue message', () => {
    const issues = [
      { param: 'a', code: 'missing' as const, message: 'missing required parameter a' },
      { param: 'b', code: 'unknown' as const, message: 'unknown parameter b' },
    ];
    const e = new QualysRequestError(issues, { endpoint: 'x' });
    expect(e).toBeInstanceOf(QualysError);
    expect(e.issues).toBe(issues);
    expect(fields(e)).toEqual({
      name: 'QualysRequestError',
      message: 'x: invalid request: missing required parameter a; unknown parameter b',
      endpoint: 'x',
      status: undefined,
      url: undefined,
    });
    expect(new QualysRequestError([]).message).toBe('invalid request: ');
  });

  it('QualysHttpError: status from the argument, excerpt when not empty', () => {
    const e = new QualysHttpError(502, 'Bad gateway', ctx);
    expect(fields(e)).toEqual({
      ...fields(e),
      name: 'QualysHttpError',
      message: 'vm.scan.list: HTTP 502: Bad gateway',
      status: 502,
    });
    expect(e.bodyExcerpt).toBe('Bad gateway');
    expect(new QualysHttpError(500, '').message).toBe('HTTP 500');
    expect(new QualysHttpError(500, '').status).toBe(500);
  });

  it('QualysApiError: code, optional message and resolution', () => {
    const e = new QualysApiError('INVALID_REQUEST', 'bad', 'fix', ctx);
    expect(fields(e)).toEqual({ ...ctx, name: 'QualysApiError', message: 'vm.scan.list: INVALID_REQUEST: bad' });
    expect([e.responseCode, e.errorMessage, e.resolution]).toEqual(['INVALID_REQUEST', 'bad', 'fix']);
    const bare = new QualysApiError('X', undefined, undefined);
    expect([bare.message, bare.errorMessage, bare.resolution]).toEqual(['X', undefined, undefined]);
    expect(new QualysApiError('X', '', undefined).message).toBe('X');
  });

  it('QualysSimpleReturnError: code, text, items', () => {
    const items = { SECONDS_TO_WAIT: ['12'] };
    const e = new QualysSimpleReturnError('1965', 'wait', items, ctx);
    expect(fields(e)).toEqual({
      ...ctx,
      name: 'QualysSimpleReturnError',
      message: 'vm.scan.list: SIMPLE_RETURN 1965: wait',
    });
    expect([e.code, e.text, e.items]).toEqual(['1965', 'wait', items]);
    expect(new QualysSimpleReturnError('1', '', {}).message).toBe('SIMPLE_RETURN 1: ');
  });

  it.each([
    [['12'], 12],
    [['0'], 0],
    [['12', '5'], 12],
    [['007'], 7],
    [[], undefined],
    [[''], undefined],
    [['1.5'], undefined],
    [['-3'], undefined],
    [[' 4'], undefined],
    [['4 '], undefined],
    [['4s'], undefined],
    [['s4'], undefined],
  ])('secondsToWait of %j → %s', (values, want) => {
    expect(new QualysSimpleReturnError('1965', '', { SECONDS_TO_WAIT: values }).secondsToWait).toBe(want);
  });
  it('secondsToWait without the item', () => {
    expect(new QualysSimpleReturnError('1965', '', { OTHER: ['3'] }).secondsToWait).toBe(undefined);
  });

  it('QualysValidationError summarises the first three issues', () => {
    const issues = [
      { message: 'm1', path: '/a', line: 3, column: 7 },
      { message: 'm2', line: 4 },
      { message: 'm3', path: '/c' },
      { message: 'm4', path: '/d' },
    ];
    const e = new QualysValidationError(issues, { endpoint: 'x' });
    expect(e.name).toBe('QualysValidationError');
    expect(e.issues).toBe(issues);
    expect(e.message).toBe('x: response fails its schema (4 issue(s)): /a@3:7 m1; @4:0 m2; /c m3');
    expect(new QualysValidationError([{ message: 'only', line: 0, column: 5 }]).message).toBe(
      'response fails its schema (1 issue(s)):  only',
    );
  });

  it.each([
    ['QualysTimeoutError', new QualysTimeoutError('late', ctx)],
    ['QualysTokenError', new QualysTokenError('bad token', ctx)],
  ])('%s keeps the message and context', (name, e) => {
    expect(e).toBeInstanceOf(QualysError);
    expect(e.name).toBe(name);
    expect(e.message).toMatch(/^vm\.scan\.list: (late|bad token)$/);
    expect([e.status, e.url]).toEqual([418, 'https://h/p']);
  });

  it('QualysTransportError keeps its cause non-enumerable, or has none', () => {
    const cause = new Error('inner');
    const e = new QualysTransportError('send failed', ctx, cause);
    expect(fields(e)).toEqual({ ...ctx, name: 'QualysTransportError', message: 'vm.scan.list: send failed' });
    expect(e.cause).toBe(cause);
    expect(Object.getOwnPropertyDescriptor(e, 'cause')).toEqual({
      value: cause,
      enumerable: false,
      writable: true,
      configurable: true,
    });
    expect(Object.keys(e)).not.toContain('cause');
    expect(JSON.stringify(e)).not.toContain('inner');
    expect(Object.hasOwn(new QualysTransportError('x'), 'cause')).toBe(false);
  });

  it('QualysRedirectError names the origin when known', () => {
    const e = new QualysRedirectError(302, 'https://evil.example', ctx);
    expect(fields(e)).toEqual({
      ...ctx,
      status: 302,
      name: 'QualysRedirectError',
      message:
        'vm.scan.list: HTTP 302 redirect to https://evil.example not followed (the client never follows redirects)',
    });
    expect(e.targetOrigin).toBe('https://evil.example');
    const bare = new QualysRedirectError(301, undefined);
    expect([bare.message, bare.status, bare.targetOrigin]).toEqual([
      'HTTP 301 redirect not followed (the client never follows redirects)',
      301,
      undefined,
    ]);
  });

  it('QualysPagingError keeps the repeated cursor', () => {
    const e = new QualysPagingError('cursor did not advance', '42', ctx);
    expect(fields(e)).toEqual({ ...ctx, name: 'QualysPagingError', message: 'vm.scan.list: cursor did not advance' });
    expect(e.cursor).toBe('42');
  });

  it('QualysResponseTooLargeError names the limit', () => {
    const e = new QualysResponseTooLargeError(1024, ctx);
    expect(fields(e)).toEqual({
      ...ctx,
      name: 'QualysResponseTooLargeError',
      message: 'vm.scan.list: response body larger than 1024 bytes (maxResponseBytes); reading stopped',
    });
    expect(e.limit).toBe(1024);
    expect(new QualysResponseTooLargeError(1).message).toBe(
      'response body larger than 1 bytes (maxResponseBytes); reading stopped',
    );
  });
});
