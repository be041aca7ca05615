/**
 * fetch-transport.ts, exactly, with an injected fetch: the request init (method, headers, body or
 * null, `redirect: 'manual'`), which signal is passed (none, the caller's, the timeout's, or both
 * combined), lower-cased response headers, and the two timeout errors (head and body), which name
 * the URL without its query string; a caller's abort and other errors pass through unchanged.
 */
import { describe, expect, it } from 'vitest';
import { fetchTransport } from '../../../../runtime/client/fetch-transport.js';
import { QualysTimeoutError } from '../../../../runtime/client/qualys-error.js';

interface Seen {
  url: string;
  init: RequestInit;
}
function fakeResponse(over: Partial<Response> = {}): Response {
  return {
    status: 207,
    headers: {
      forEach(cb: (value: string, name: string) => void) {
        cb('text/xml', 'Content-Type');
        cb('2', 'X-RateLimit-Remaining');
      },
    },
    body: null,
    text: async () => 'body text',
    ...over,
  } as unknown as Response;
}
function recording(respond: (init: RequestInit) => Promise<Response> = async () => fakeResponse()) {
  const seen: Seen[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return respond(init);
  }) as unknown as typeof globalThis.fetch;
  return { seen, transport: fetchTransport({ fetch }) };
}
/** A fetch that waits until its signal aborts, then rejects with the signal's reason. */
const hang = (init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const s = init.signal as AbortSignal;
    if (s.aborted) reject(s.reason);
    s.addEventListener('abort', () => reject(s.reason), { once: true });
  });

describe('request', () => {
  it('passes method, headers, body and redirect: manual; no signal when neither is given', async () => {
    const { seen, transport } = recording();
    const res = await transport.send({ method: 'POST', url: 'https://h/p?a=1', headers: { a: 'b' }, body: 'x=1' });
    expect(seen).toEqual([
      {
        url: 'https://h/p?a=1',
        init: { method: 'POST', headers: { a: 'b' }, body: 'x=1', signal: null, redirect: 'manual' },
      },
    ]);
    expect(res.status).toBe(207);
    expect(res.headers).toEqual({ 'content-type': 'text/xml', 'x-ratelimit-remaining': '2' });
    expect(res.body).toBe(null);
    expect(await res.text()).toBe('body text');
  });

  it('a request without a body sends null', async () => {
    const { seen, transport } = recording();
    await transport.send({ method: 'GET', url: 'https://h/', headers: {} });
    expect(seen[0]?.init.body).toBe(null);
  });

  it("the caller's signal alone is passed as is", async () => {
    const { seen, transport } = recording();
    const ac = new AbortController();
    await transport.send({ method: 'GET', url: 'https://h/', headers: {}, signal: ac.signal });
    expect(seen[0]?.init.signal).toBe(ac.signal);
  });

  it('a timeout alone is a timeout signal', async () => {
    const { seen, transport } = recording();
    await transport.send({ method: 'GET', url: 'https://h/', headers: {}, timeoutMs: 60_000 });
    const s = seen[0]?.init.signal as AbortSignal;
    expect(s).toBeInstanceOf(AbortSignal);
    expect(s.aborted).toBe(false);
  });

  it("both: a combined signal that follows the caller's abort", async () => {
    const { seen, transport } = recording();
    const ac = new AbortController();
    await transport.send({ method: 'GET', url: 'https://h/', headers: {}, signal: ac.signal, timeoutMs: 60_000 });
    const s = seen[0]?.init.signal as AbortSignal;
    expect(s).not.toBe(ac.signal);
    expect(s.aborted).toBe(false);
    ac.abort(new Error('mine'));
    expect(s.aborted).toBe(true);
  });

  it('uses the global fetch by default', () => {
    expect(typeof fetchTransport().send).toBe('function');
  });
});

describe('timeouts and errors', () => {
  it('no response head in time: QualysTimeoutError naming the URL without its query', async () => {
    const { transport } = recording(hang);
    const err = await transport
      .send({ method: 'GET', url: 'https://h/api/x?user=alice&pw=secret', headers: {}, timeoutMs: 5 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as QualysTimeoutError).message).toBe('no response within 5 ms');
    expect((err as QualysTimeoutError).url).toBe('https://h/api/x');
  });

  it('several set-cookie headers are joined, not the last kept', async () => {
    const { transport } = recording(async () =>
      fakeResponse({
        headers: {
          forEach(cb: (value: string, name: string) => void) {
            cb('QualysSession=s1; Path=/', 'set-cookie');
            cb('other=2', 'set-cookie');
          },
          getSetCookie: () => ['QualysSession=s1; Path=/', 'other=2'],
        } as unknown as Headers,
      }),
    );
    const res = await transport.send({ method: 'GET', url: 'https://h/', headers: {} });
    expect(res.headers['set-cookie']).toBe('QualysSession=s1; Path=/, other=2');
  });

  it('a URL without a query is named whole', async () => {
    const { transport } = recording(hang);
    const err = await transport
      .send({ method: 'GET', url: 'https://h/a', headers: {}, timeoutMs: 1 })
      .catch((e: unknown) => e);
    expect((err as QualysTimeoutError).url).toBe('https://h/a');
  });

  it("the caller's abort passes through, even with a timeout set", async () => {
    const { transport } = recording(hang);
    const ac = new AbortController();
    const reason = new Error('user cancelled');
    const p = transport.send({ method: 'GET', url: 'https://h/', headers: {}, signal: ac.signal, timeoutMs: 60_000 });
    ac.abort(reason);
    await expect(p).rejects.toBe(reason);
  });

  it("when both the timeout and the caller's signal fired, the caller's error wins", async () => {
    const ac = new AbortController();
    const late = new Error('aborted by the caller');
    const { transport } = recording(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          setTimeout(() => {
            ac.abort(late);
            reject(late);
          }, 20);
          expect(init.signal).toBeInstanceOf(AbortSignal);
        }),
    );
    await expect(
      transport.send({ method: 'GET', url: 'https://h/', headers: {}, signal: ac.signal, timeoutMs: 1 }),
    ).rejects.toBe(late);
  });

  it('another fetch error passes through', async () => {
    const boom = new TypeError('fetch failed');
    const { transport } = recording(async () => {
      throw boom;
    });
    await expect(transport.send({ method: 'GET', url: 'https://h/', headers: {}, timeoutMs: 60_000 })).rejects.toBe(
      boom,
    );
    await expect(transport.send({ method: 'GET', url: 'https://h/', headers: {} })).rejects.toBe(boom);
  });

  it('a body not complete in time: QualysTimeoutError from text()', async () => {
    let signal: AbortSignal | undefined;
    const { transport } = recording(async (init) => {
      signal = init.signal as AbortSignal;
      return fakeResponse({ text: () => hang(init).then(() => '') });
    });
    const res = await transport.send({ method: 'GET', url: 'https://h/b?q=1', headers: {}, timeoutMs: 5 });
    const err = await res.text().catch((e: unknown) => e);
    expect(signal?.aborted).toBe(true);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as QualysTimeoutError).message).toBe('response body not complete within 5 ms');
    expect((err as QualysTimeoutError).url).toBe('https://h/b');
  });

  it("text(): the caller's abort and other errors pass through", async () => {
    const ac = new AbortController();
    const reason = new Error('stop');
    const { transport } = recording(async (init) => fakeResponse({ text: () => hang(init).then(() => '') }));
    const res = await transport.send({
      method: 'GET',
      url: 'https://h/',
      headers: {},
      signal: ac.signal,
      timeoutMs: 60_000,
    });
    const p = res.text();
    ac.abort(reason);
    await expect(p).rejects.toBe(reason);

    const other = new TypeError('terminated');
    const { transport: t2 } = recording(async () =>
      fakeResponse({
        text: async () => {
          throw other;
        },
      }),
    );
    const res2 = await t2.send({ method: 'GET', url: 'https://h/', headers: {}, timeoutMs: 60_000 });
    await expect(res2.text()).rejects.toBe(other);
    const res3 = await t2.send({ method: 'GET', url: 'https://h/', headers: {} });
    await expect(res3.text()).rejects.toBe(other);
  });
});
