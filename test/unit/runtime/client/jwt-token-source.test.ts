/**
 * The gateway token source (jwt-token-source.ts) over an in-memory transport: the `/auth`
 * request it sends (form fields, content type, signal, timeout), the answers it refuses (no
 * credentials, a refused login, a redirect, a body it cannot read) with their context and without
 * quoting the answer, and how long a token is kept (its `exp`, else 4 hours after issue; the
 * 5-minute default margin; `invalidate`).
 */
import { describe, expect, it } from 'vitest';
import { JwtTokenSource, type JwtTokenSourceOptions } from '../../../../runtime/client/jwt-token-source.js';
import {
  QualysHttpError,
  QualysRedirectError,
  QualysTimeoutError,
  QualysTokenError,
} from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import type { TransportRequest, TransportResponse } from '../../../../runtime/client/transport.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: unknown) => `${b64({ alg: 'none' })}.${b64(claims)}.sig`;
const HOUR = 3_600_000;
const URL_AUTH = 'https://gw.example/auth';

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  text?: string;
  /** A body stream that fails with this error. */
  error?: unknown;
  /** No body stream (text() only). */
  noStream?: boolean;
}

function tokenSource(answers: () => Answer, over: Partial<JwtTokenSourceOptions> = {}) {
  const sent: TransportRequest[] = [];
  const cancelled: boolean[] = [];
  const transport = {
    send: async (req: TransportRequest): Promise<TransportResponse> => {
      sent.push(req);
      const a = answers();
      const text = a.text ?? '';
      const state = { cancelled: false };
      cancelled.push(false);
      const n = cancelled.length - 1;
      const body = a.noStream
        ? null
        : new ReadableStream<Uint8Array>({
            start(c) {
              if (a.error !== undefined) c.error(a.error);
              else {
                c.enqueue(new TextEncoder().encode(text));
                c.close();
              }
            },
            cancel() {
              state.cancelled = true;
              cancelled[n] = true;
            },
          });
      return { status: a.status ?? 201, headers: a.headers ?? {}, body, text: async () => text };
    },
  };
  const tokens = new JwtTokenSource({
    transport,
    gatewayUrl: 'https://gw.example',
    credentials: () => ({ username: 'alice', password: 'p&ss w' }),
    redactor: new Redactor(),
    ...over,
  });
  return { tokens, sent, cancelled };
}

describe('the /auth request', () => {
  it('posts username, password and token=true as a form, with the signal and the timeout given', async () => {
    const signal = new AbortController().signal;
    const { tokens, sent } = tokenSource(() => ({ text: jwt({}) }), { timeoutMs: 5 });
    await tokens.get(signal);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      url: URL_AUTH,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=alice&password=p%26ss+w&token=true',
      timeoutMs: 5,
    });
    expect(sent[0]!.signal).toBe(signal);
  });

  it('sends no timeout or signal of its own when none is given', async () => {
    const { tokens, sent } = tokenSource(() => ({ text: jwt({}) }));
    await tokens.get();
    expect('timeoutMs' in sent[0]!).toBe(false);
    expect('signal' in sent[0]!).toBe(false);
  });

  it('without credentials nothing is sent: HTTP 401 naming /auth', async () => {
    const { tokens, sent } = tokenSource(() => ({ text: jwt({}) }), { credentials: () => undefined });
    const err = await tokens.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysHttpError);
    expect((err as QualysHttpError).status).toBe(401);
    expect((err as Error).message).toBe('HTTP 401: no credentials for the gateway /auth');
    expect((err as QualysHttpError).url).toBe(URL_AUTH);
    expect(sent).toHaveLength(0);
  });
});

describe('answers that are not a token', () => {
  it('200 and 201 are taken; any other status is a refused login, not quoted, its body cancelled', async () => {
    const token = jwt({});
    expect(await tokenSource(() => ({ status: 200, text: token })).tokens.get()).toBe(token);
    for (const status of [202, 204, 401, 500]) {
      const { tokens, cancelled } = tokenSource(() => ({ status, text: token }));
      const err = await tokens.get().catch((e: unknown) => e);
      expect(err, String(status)).toBeInstanceOf(QualysHttpError);
      expect((err as QualysHttpError).status).toBe(status);
      expect((err as QualysHttpError).url).toBe(URL_AUTH);
      expect((err as Error).message).toBe(
        `HTTP ${status}: gateway /auth refused the login (its answer is not shown: it may echo the credentials)`,
      );
      expect(cancelled).toEqual([true]);
    }
    const noBody = await tokenSource(() => ({ status: 401, noStream: true }))
      .tokens.get()
      .catch((e: unknown) => e);
    expect(noBody).toBeInstanceOf(QualysHttpError);
  });

  it('a redirect is not followed: QualysRedirectError with the /auth URL, body cancelled', async () => {
    const { tokens, cancelled } = tokenSource(() => ({ status: 302, headers: { location: 'https://evil.example/x' } }));
    const err = await tokens.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysRedirectError);
    expect((err as QualysRedirectError).url).toBe(URL_AUTH);
    expect((err as QualysRedirectError).status).toBe(302);
    expect(cancelled).toEqual([true]);
    const noBody = await tokenSource(() => ({ status: 302, noStream: true }))
      .tokens.get()
      .catch((e: unknown) => e);
    expect(noBody).toBeInstanceOf(QualysRedirectError);
  });

  it('a body read that times out stays a timeout (of 120 s by default), not a token error', async () => {
    const timeout = Object.assign(new Error('t'), { name: 'TimeoutError' });
    const err = await tokenSource(() => ({ error: timeout }))
      .tokens.get()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as Error).message).toBe('response body not complete within 120000 ms');
  });

  it('a token error names the /auth URL', async () => {
    const err = await tokenSource(() => ({ text: 'not a token' }))
      .tokens.get()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTokenError);
    expect((err as QualysTokenError).url).toBe(URL_AUTH);
  });
});

describe('how long a token is kept', () => {
  it('a token without exp is kept 4 hours after issue, less the default 5-minute margin', async () => {
    let now = 1_000;
    const { tokens } = tokenSource(() => ({ text: jwt({ sub: 'a' }) }), { now: () => now });
    await tokens.get();
    now = 1_000 + 4 * HOUR - 5 * 60_000 - 1;
    await tokens.get();
    expect(tokens.fetchCount).toBe(1);
    now += 1;
    await tokens.get();
    expect(tokens.fetchCount).toBe(2);
  });

  it('invalidate() and invalidate(the current token) drop it; invalidate(another token) does not', async () => {
    let n = 0;
    const { tokens } = tokenSource(() => ({ text: jwt({ n: n++ }) }), { now: () => 0 });
    const first = await tokens.get();
    tokens.invalidate('someone-elses-token');
    expect(await tokens.get()).toBe(first);
    tokens.invalidate(first);
    const second = await tokens.get();
    expect(second).not.toBe(first);
    expect(tokens.fetchCount).toBe(2);
    tokens.invalidate();
    expect(await tokens.get()).not.toBe(second);
    expect(tokens.fetchCount).toBe(3);
  });
});
