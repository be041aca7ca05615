/**
 * send-guard.ts, exactly: which header values are refused before sending (boundaries of the
 * Latin-1 / control-character / outer-whitespace rule), which errors pass through unchanged, and
 * the wrapped QualysTransportError (message, context, redacted non-enumerable cause) that never
 * carries a credential.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { QualysError, QualysTimeoutError, QualysTransportError } from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import { guardError, guardedSend, isSendableHeaderValue } from '../../../../runtime/client/send-guard.js';
import { type Transport, type TransportRequest, transportResponse } from '../../../../runtime/client/transport.js';

const SECRET = 'Tok3n-abcdef-123456';
function redactor(): Redactor {
  const r = new Redactor();
  r.add(SECRET);
  return r;
}
const ctx = { endpoint: 'vm.scan.list', url: 'https://h/api' };

describe('isSendableHeaderValue', () => {
  it.each([
    ['', true],
    ['a', true],
    ['Bearer abc', true],
    ['a\tb', true],
    ['a b', true],
    ['\x7e', true],
    ['\xff', true],
    ['caf\xe9', true],
    ['\x20', false],
    ['\t', false],
    [' a', false],
    ['\ta', false],
    ['a ', false],
    ['a\t', false],
    ['a\x7fb', false],
    ['a\u0100b', false],
    ['a\u20acb', false],
    ['a\x1fb', false],
    ['a\x00b', false],
    ['a\x08b', false],
    ['a\x0ab', false],
    ['a\rb', false],
    ['\x1f', false],
  ] as const)('%j → %s', (value, want) => {
    expect(isSendableHeaderValue(value)).toBe(want);
  });
  it('checks every character, not just the first and last', () => {
    expect(isSendableHeaderValue(`ab${'x'.repeat(50)}\ncd`)).toBe(false);
    expect(isSendableHeaderValue(`a${'x'.repeat(50)}\u0101`)).toBe(false);
  });
});

describe('guardError', () => {
  it('returns a QualysError as is', () => {
    const e = new QualysTimeoutError('late', ctx);
    expect(guardError(e, redactor(), {}, 'request')).toBe(e);
  });

  it("returns the caller's abort reason as is", () => {
    const ac = new AbortController();
    const reason = new Error(`stop ${SECRET}`);
    ac.abort(reason);
    expect(guardError(reason, redactor(), ctx, 'request', ac.signal)).toBe(reason);
  });

  it('wraps another error even when the signal was aborted', () => {
    const ac = new AbortController();
    ac.abort(new Error('reason'));
    const got = guardError(new TypeError('other'), redactor(), ctx, 'request', ac.signal);
    expect(got).toBeInstanceOf(QualysTransportError);
    expect((got as Error).message).toBe('vm.scan.list: request failed: TypeError: other');
  });

  it('wraps an error equal to the reason of a signal that was not aborted', () => {
    const ac = new AbortController();
    const got = guardError(undefined, redactor(), {}, 'request', ac.signal);
    expect(got).toBeInstanceOf(QualysTransportError);
    expect((got as Error).message).toBe('request failed: Error: unknown error');
  });

  it('wraps a foreign error into a redacted QualysTransportError', () => {
    const err = new TypeError(`Headers.append: "Bearer ${SECRET}" is an invalid header value`);
    (err as { code?: string }).code = 'ERR_INVALID_CHAR';
    const got = guardError(err, redactor(), ctx, 'reading the body') as QualysTransportError;
    expect(got).toBeInstanceOf(QualysTransportError);
    expect(got.name).toBe('QualysTransportError');
    expect(got.message).toBe(
      'vm.scan.list: reading the body failed: TypeError: Headers.append: "Bearer ***" is an invalid header value',
    );
    expect(got.endpoint).toBe('vm.scan.list');
    expect(got.url).toBe('https://h/api');
    const cause = got.cause as Error & { code?: string };
    expect(cause).not.toBe(err);
    expect(cause.name).toBe('TypeError');
    expect(cause.message).toBe('Headers.append: "Bearer ***" is an invalid header value');
    expect(cause.code).toBe('ERR_INVALID_CHAR');
    expect(Object.keys(got)).not.toContain('cause');
    for (const shown of [String(got), got.stack ?? '', inspect(got), JSON.stringify(got), String(cause.stack)]) {
      expect(shown).not.toContain(SECRET);
    }
  });

  it('wraps a thrown string', () => {
    const got = guardError(`boom ${SECRET}`, redactor(), {}, 'request') as QualysTransportError;
    expect(got.message).toBe('request failed: Error: boom ***');
  });
});

function request(headers: Record<string, string>, signal?: AbortSignal): TransportRequest {
  return { method: 'GET', url: 'https://h/api?x=1', headers, ...(signal ? { signal } : {}) };
}

describe('guardedSend', () => {
  it('refuses a header value HTTP cannot carry, naming the header but not the value, and sends nothing', async () => {
    let sent = 0;
    const transport: Transport = {
      send: async () => {
        sent++;
        return transportResponse(200, {}, '');
      },
    };
    const bad = request({ accept: 'text/xml', authorization: `Bearer ${SECRET}\n` });
    const err = await guardedSend(transport, bad, redactor(), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toBe(
      'vm.scan.list: header authorization has a value HTTP cannot carry (control character, non-Latin-1 character or outer whitespace); request not sent',
    );
    expect((err as Error).cause).toBeUndefined();
    expect('cause' in (err as object)).toBe(false);
    expect(sent).toBe(0);
  });

  it('sends a clean request and returns the response', async () => {
    const res = transportResponse(201, { 'X-A': 'b' }, 'ok');
    const seen: TransportRequest[] = [];
    const transport: Transport = {
      send: async (r) => {
        seen.push(r);
        return res;
      },
    };
    const req = request({ accept: 'text/xml', authorization: 'Basic abc' });
    await expect(guardedSend(transport, req, redactor(), ctx)).resolves.toBe(res);
    expect(seen).toEqual([req]);
  });

  it('turns a transport failure into a redacted QualysTransportError', async () => {
    const transport: Transport = {
      send: async () => {
        throw new TypeError(`fetch failed for https://u:${SECRET}@h/`);
      },
    };
    const err = await guardedSend(transport, request({}), redactor(), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toBe('vm.scan.list: request failed: TypeError: fetch failed for https://u:***@h/');
  });

  it("passes the caller's abort reason through (the request's own signal)", async () => {
    const ac = new AbortController();
    const reason = new Error('user cancelled');
    ac.abort(reason);
    const transport: Transport = {
      send: async (r) => {
        throw r.signal?.reason;
      },
    };
    await expect(guardedSend(transport, request({}, ac.signal), redactor(), ctx)).rejects.toBe(reason);
  });

  it('passes a QualysError of the transport through', async () => {
    const mine = new QualysError('mine');
    const transport: Transport = {
      send: async () => {
        throw mine;
      },
    };
    await expect(guardedSend(transport, request({}), redactor(), ctx)).rejects.toBe(mine);
  });
});
