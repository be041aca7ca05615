/**
 * The response size limits as plain functions, in memory: `readBodyText` (body-read.ts) against
 * `maxResponseBytes` exactly at and one byte past the limit, counting UTF-8 bytes, on the stream
 * and on the `text()` path, cancelling the body it stops; read errors become a QualysTimeoutError
 * or a redacted QualysTransportError. The gateway token (jwt-token-source.ts): at most
 * MAX_TOKEN_BYTES, JWT-shaped, its `exp` read.
 */
import { describe, expect, it } from 'vitest';
import { discardBody, readBodyText } from '../../../../runtime/client/body-read.js';
import {
  isJwtShaped,
  JwtTokenSource,
  jwtExpiry,
  MAX_TOKEN_BYTES,
} from '../../../../runtime/client/jwt-token-source.js';
import {
  QualysResponseTooLargeError,
  QualysTimeoutError,
  QualysTokenError,
  QualysTransportError,
} from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import type { TransportResponse } from '../../../../runtime/client/transport.js';

const SECRET = 'body-secret-77';

function options(maxBytes: number) {
  const redactor = new Redactor();
  redactor.add(SECRET);
  return { maxBytes, timeoutMs: 1234, redactor, context: { url: 'https://q.example/x' } };
}

/** A response whose body stream gives `chunks` (then an error, when given), recording cancel. */
function streamed(chunks: Uint8Array[], error?: unknown): { res: TransportResponse; state: { cancelled: boolean } } {
  const state = { cancelled: false };
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else if (error !== undefined) controller.error(error);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { res: { status: 200, headers: {}, body, text: async () => 'unused' }, state };
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readBodyText on a byte stream', () => {
  it('a body of exactly maxBytes is read whole; one byte more stops, cancelling the body', async () => {
    const ok = streamed([bytes('abcd'), bytes('efgh')]);
    expect(await readBodyText(ok.res, options(8))).toBe('abcdefgh');
    const over = streamed([bytes('abcd'), bytes('efghi'), bytes('never')]);
    const err = await readBodyText(over.res, options(8)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect((err as QualysResponseTooLargeError).limit).toBe(8);
    expect((err as QualysResponseTooLargeError).url).toBe('https://q.example/x');
    expect(over.state.cancelled).toBe(true);
  });

  it('counts bytes, not characters, and joins a character cut between chunks', async () => {
    const euro = bytes('€€'); // 6 bytes, 2 characters
    const cut = streamed([euro.slice(0, 2), euro.slice(2, 4), euro.slice(4)]);
    expect(await readBodyText(cut.res, options(6))).toBe('€€');
    const over = streamed([euro]);
    expect(await readBodyText(over.res, options(5)).catch((e: unknown) => e)).toBeInstanceOf(
      QualysResponseTooLargeError,
    );
  });

  it('a truncated character at the end is decoded as U+FFFD (the decoder is flushed)', async () => {
    const euro = bytes('a€');
    const { res } = streamed([euro.slice(0, 3)]);
    expect(await readBodyText(res, options(100))).toBe('a\uFFFD');
  });

  it('a read that times out is a QualysTimeoutError naming the timeout', async () => {
    for (const error of [
      Object.assign(new Error('t'), { name: 'TimeoutError' }),
      Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('x'), { name: 'TimeoutError' }) }),
    ]) {
      const { res, state } = streamed([bytes('ab')], error);
      const err = await readBodyText(res, options(100)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QualysTimeoutError);
      expect((err as Error).message).toBe('response body not complete within 1234 ms');
      expect(state.cancelled).toBe(false);
    }
  });

  it('releases the stream when done, and a read failing with null is a transport error', async () => {
    const ok = streamed([bytes('ab')]);
    await readBodyText(ok.res, options(100));
    expect(ok.res.body?.locked).toBe(false);
    const failed = streamed([bytes('ab')], null);
    expect(await readBodyText(failed.res, options(100)).catch((e: unknown) => e)).toBeInstanceOf(QualysTransportError);
    expect(failed.res.body?.locked).toBe(false);
  });

  it('another read error is a redacted QualysTransportError', async () => {
    const { res } = streamed([bytes('ab')], new TypeError(`socket closed for ${SECRET}`));
    const err = await readBodyText(res, options(100)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toBe('reading the response body failed: TypeError: socket closed for ***');
    expect((err as QualysTransportError).url).toBe('https://q.example/x');
  });
});

describe('readBodyText without a byte stream (text())', () => {
  const textOnly = (text: string | Error): TransportResponse => ({
    status: 200,
    headers: {},
    body: null,
    text: async () => {
      if (text instanceof Error) throw text;
      return text;
    },
  });

  it('exactly maxBytes (UTF-8 bytes) is read; one more is too large', async () => {
    expect(await readBodyText(textOnly('€€'), options(6))).toBe('€€');
    const err = await readBodyText(textOnly('€€'), options(5)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysResponseTooLargeError);
    expect((err as QualysResponseTooLargeError).limit).toBe(5);
  });

  it('a failing text() is a timeout or a redacted transport error', async () => {
    const timeout = Object.assign(new Error('t'), { name: 'TimeoutError' });
    expect(await readBodyText(textOnly(timeout), options(6)).catch((e: unknown) => e)).toBeInstanceOf(
      QualysTimeoutError,
    );
    const other = await readBodyText(textOnly(new Error(`no ${SECRET}`)), options(6)).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(QualysTransportError);
    expect((other as Error).message).not.toContain(SECRET);
  });
});

it('discardBody cancels the body, and accepts none', async () => {
  const { res, state } = streamed([bytes('x')]);
  await discardBody(res);
  expect(state.cancelled).toBe(true);
  await discardBody({ status: 204, headers: {}, body: null, text: async () => '' });
});

describe('the gateway token', () => {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = (claims: unknown) => `${b64({ alg: 'none' })}.${b64(claims)}.sig`;

  it('isJwtShaped: three base64url segments, header and payload not empty, nothing else', () => {
    for (const good of ['a.b.c', 'a.b.', 'AZaz09-_.AZaz09-_.AZaz09-_', jwt({ sub: 'x' })]) {
      expect(isJwtShaped(good), good).toBe(true);
    }
    for (const bad of [
      '',
      'a.b',
      'a.b.c.d',
      '.b.c',
      'a..c',
      'a.b.c.',
      'a b.c.d',
      'a.b+.c',
      'a.b/.c',
      'a.b=.c',
      'a.b.c\n',
      '[.b.c',
      '`.b.c',
      '@.b.c',
      '{.b.c',
      ':.b.c',
    ]) {
      expect(isJwtShaped(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('jwtExpiry reads a numeric exp claim in ms, else nothing', () => {
    expect(jwtExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000_000);
    expect(jwtExpiry(jwt({ exp: '1700000000' }))).toBeUndefined();
    expect(jwtExpiry(jwt({}))).toBeUndefined();
    expect(jwtExpiry('nodots')).toBeUndefined();
    expect(jwtExpiry('a.!!!.c')).toBeUndefined();
  });

  function source(answer: string, now = 0) {
    const redactor = new Redactor();
    const sent: string[] = [];
    const transport = {
      send: async (req: { body?: string | Uint8Array }) => {
        sent.push(String(req.body));
        return {
          status: 201,
          headers: {},
          body: new ReadableStream<Uint8Array>({
            start(c) {
              c.enqueue(bytes(answer));
              c.close();
            },
          }),
          text: async () => answer,
        };
      },
    };
    const tokens = new JwtTokenSource({
      transport,
      gatewayUrl: 'https://gw.example',
      credentials: () => ({ username: 'u', password: 'p' }),
      redactor,
      now: () => now,
    });
    return { tokens, redactor, sent };
  }

  it(`an answer of exactly ${MAX_TOKEN_BYTES} bytes is read; one byte more is refused unquoted`, async () => {
    const pad = (n: number) => `a.b.${'c'.repeat(n - 4)}`;
    const { tokens } = source(pad(MAX_TOKEN_BYTES));
    expect(await tokens.get()).toHaveLength(MAX_TOKEN_BYTES);
    const over = source(pad(MAX_TOKEN_BYTES + 1));
    const err = await over.tokens.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTokenError);
    expect((err as Error).message).toBe(
      `gateway /auth answer is larger than ${MAX_TOKEN_BYTES} bytes: not used as a token`,
    );
  });

  it('an answer that is not JWT-shaped is refused, registered with the redactor, not quoted', async () => {
    const { tokens, redactor } = source('  opaque-token-value \n');
    const err = await tokens.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTokenError);
    expect((err as Error).message).toContain('(18 characters, not shown)');
    expect(redactor.text('x opaque-token-value y')).toBe('x *** y');
  });

  it('a token is cached until its exp minus the margin, then fetched again', async () => {
    let now = 0;
    const token = jwt({ exp: 3600 });
    const s = source(token);
    const tokens = new JwtTokenSource({
      transport: { send: async () => ({ status: 201, headers: {}, body: null, text: async () => ` ${token} ` }) },
      gatewayUrl: 'https://gw.example',
      credentials: () => ({ username: 'u', password: 'p' }),
      redactor: s.redactor,
      now: () => now,
      refreshMarginMs: 1000,
    });
    expect(await tokens.get()).toBe(token);
    now = 3600_000 - 1001;
    await tokens.get();
    expect(tokens.fetchCount).toBe(1);
    now = 3600_000 - 1000;
    await tokens.get();
    expect(tokens.fetchCount).toBe(2);
  });
});
