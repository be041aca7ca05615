/**
 * Errors, retries, rate limits, timeouts, streams and redaction over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QualysApiError,
  QualysHttpError,
  QualysRequestError,
  QualysSimpleReturnError,
  QualysTimeoutError,
  QualysValidationError,
} from '../../../../runtime/client/qualys-error.js';
import {
  RECORDED_1905_BODY,
  RECORDED_RATE_LIMIT_HEADERS,
  simpleReturn,
} from '../../../fixtures/client/corpus-headers.js';
import {
  csamAssetSearchV2,
  pciReportDownload,
  vmAssetGroupEdit,
  vmKbList,
  vmScanFetch,
  wasFindingGet,
} from '../../../fixtures/client/endpoints.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient } from './make-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const kbOk =
  '<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>';

describe('retries', () => {
  it.each([
    [
      '409 / 1965 honours X-RateLimit-ToWait-Sec',
      409,
      { ...RECORDED_RATE_LIMIT_HEADERS, 'x-ratelimit-remaining': '0', 'x-ratelimit-towait-sec': '17' },
      simpleReturn('1965', 'This API cannot be run again for another 17 seconds.', { SECONDS_TO_WAIT: '17' }),
      17_000,
    ],
    [
      '409 / 1965 falls back to SECONDS_TO_WAIT',
      409,
      { ...RECORDED_RATE_LIMIT_HEADERS, 'x-ratelimit-remaining': '0' },
      simpleReturn('1965', 'This API cannot be run again for another 23 seconds.', { SECONDS_TO_WAIT: '23' }),
      23_000,
    ],
    [
      '409 / 1960 concurrency: exponential backoff',
      409,
      { ...RECORDED_RATE_LIMIT_HEADERS, 'x-concurrency-limit-running': '2' },
      simpleReturn('1960', 'This API cannot be run again until 2 currently running instances have finished.'),
      1000,
    ],
    ['429 honours Retry-After seconds', 429, { 'retry-after': '5' }, 'Too Many Requests', 5000],
    ['503 with a Retry-After beyond the cap waits the cap', 503, { 'retry-after': '3600' }, 'busy', 60_000],
  ] as const)('%s', async (_name, status, headers, body, wantDelay) => {
    let n = 0;
    server.handle(() => (n++ === 0 ? { status, headers, body } : { headers: RECORDED_RATE_LIMIT_HEADERS, body: kbOk }));
    const { core, sleeps, warnings } = makeClient(server.url);
    await core.call(vmKbList, {});
    expect(sleeps).toEqual([wantDelay]);
    expect(server.requests).toHaveLength(2);
    expect(warnings.map((w) => w.code)).toEqual(['Retrying']);
  });

  it('exposes the last X-RateLimit-* and X-Concurrency-Limit-* values', async () => {
    server.handle(() => ({ headers: RECORDED_RATE_LIMIT_HEADERS, body: kbOk }));
    const { core } = makeClient(server.url);
    await core.call(vmKbList, {});
    expect(core.lastRateLimit).toEqual({
      limit: 300,
      windowSec: 3600,
      remaining: 299,
      toWaitSec: 0,
      concurrencyLimit: 2,
      concurrencyRunning: 0,
    });
  });

  it('stops after maxRetries and throws the typed SIMPLE_RETURN error with SECONDS_TO_WAIT', async () => {
    server.handle(() => ({
      status: 409,
      headers: RECORDED_RATE_LIMIT_HEADERS,
      body: simpleReturn('1965', 'wait', { SECONDS_TO_WAIT: '42' }),
    }));
    const { core, sleeps } = makeClient(server.url, { retry: { maxRetries: 2 } });
    const err = (await core.call(vmKbList, {}).catch((e: unknown) => e)) as QualysSimpleReturnError;
    expect(err).toBeInstanceOf(QualysSimpleReturnError);
    expect([err.code, err.secondsToWait, err.status]).toEqual(['1965', 42, 409]);
    expect(sleeps).toEqual([42_000, 42_000]);
  });

  it('never retries a non-idempotent call unless retryNonIdempotent is set', async () => {
    server.handle(() => ({ status: 409, body: simpleReturn('1960', 'concurrency') }));
    const { core } = makeClient(server.url);
    await expect(core.call(vmAssetGroupEdit, { id: 5 })).rejects.toBeInstanceOf(QualysSimpleReturnError);
    expect(server.requests).toHaveLength(1);
    let n = 0;
    server.handle(() =>
      n++ === 0
        ? { status: 409, body: simpleReturn('1960', 'concurrency') }
        : {
            body: '<SIMPLE_RETURN><RESPONSE><DATETIME>x</DATETIME><TEXT>Asset Group Updated Successfully</TEXT></RESPONSE></SIMPLE_RETURN>',
          },
    );
    const { core: bold } = makeClient(server.url, { retry: { retryNonIdempotent: true } });
    await bold.call(vmAssetGroupEdit, { id: 5 });
    expect(server.requests).toHaveLength(2);
  });
});

describe('typed errors', () => {
  it('SIMPLE_RETURN 1905 (recorded) → QualysSimpleReturnError', async () => {
    server.handle(() => ({ status: 400, headers: { 'content-type': 'application/xml' }, body: RECORDED_1905_BODY }));
    const { core } = makeClient(server.url);
    const err = (await core.call(vmKbList, { ids: [1] }).catch((e: unknown) => e)) as QualysSimpleReturnError;
    expect(err).toBeInstanceOf(QualysSimpleReturnError);
    expect(err.code).toBe('1905');
    expect(err.text).toContain('abc123');
    expect(err.endpoint).toBe('vm.knowledgeBase.vuln.list');
  });

  it('SIMPLE_RETURN 1905 naming the invalid FQDN keeps ITEM_LIST', async () => {
    server.handle(() => ({
      status: 400,
      body: simpleReturn('1905', 'Invalid DNS names', { DNS_NAMES: 'bad..example.com' }),
    }));
    const { core } = makeClient(server.url);
    const err = (await core
      .call(vmAssetGroupEdit, { id: 9, addDnsNames: ['bad..example.com'] })
      .catch((e: unknown) => e)) as QualysSimpleReturnError;
    expect(err.items).toEqual({ DNS_NAMES: ['bad..example.com'] });
    expect(new URLSearchParams(server.requests[0]!.body).get('add_dns_names')).toBe('bad..example.com');
  });

  it('QPS responseCode ≠ SUCCESS → QualysApiError', async () => {
    server.handle(() => ({
      body: '<ServiceResponse><responseCode>NOT_FOUND</responseCode><responseErrorDetails><errorMessage>Finding 9 not found</errorMessage><errorResolution>Check the id</errorResolution></responseErrorDetails></ServiceResponse>',
    }));
    const { core } = makeClient(server.url);
    const err = (await core.call(wasFindingGet, { id: 9 }).catch((e: unknown) => e)) as QualysApiError;
    expect(err).toBeInstanceOf(QualysApiError);
    expect([err.responseCode, err.errorMessage, err.resolution]).toEqual([
      'NOT_FOUND',
      'Finding 9 not found',
      'Check the id',
    ]);
  });

  it('other HTTP statuses → QualysHttpError', async () => {
    server.handle(() => ({ status: 502, body: '<html>bad gateway</html>' }));
    const { core } = makeClient(server.url);
    const err = (await core.call(wasFindingGet, { id: 9 }).catch((e: unknown) => e)) as QualysHttpError;
    expect(err).toBeInstanceOf(QualysHttpError);
    expect(err.status).toBe(502);
  });

  it.each([
    ['wrong enum value', { details: 'Everything' }, 'enum'],
    ['unknown parameter', { detials: 'All' }, 'unknown'],
    ['wrong type', { isPatchable: 'yes' }, 'type'],
  ] as const)('%s → QualysRequestError, no round trip', async (_n, input, code) => {
    server.handle(() => ({ body: kbOk }));
    const { core } = makeClient(server.url);
    const err = (await core.call(vmKbList, input).catch((e: unknown) => e)) as QualysRequestError;
    expect(err).toBeInstanceOf(QualysRequestError);
    expect(err.issues.map((i) => i.code)).toEqual([code]);
    expect(server.requests).toHaveLength(0);
  });

  it('response schema issues: warn by default, throw when asked', async () => {
    server.handle(() => ({ body: kbOk }));
    const decoder = {
      xml: () => ({ value: {}, issues: [{ message: 'unexpected element GUY', path: '/X/GUY', line: 3, column: 5 }] }),
      json: () => [],
    };
    const warned = makeClient(server.url, { decoder });
    await warned.core.call(vmKbList, {});
    expect(warned.warnings.map((w) => w.code)).toEqual(['ResponseSchemaInvalid']);
    const strict = makeClient(server.url, { decoder, validation: 'throw' });
    await expect(strict.core.call(vmKbList, {})).rejects.toBeInstanceOf(QualysValidationError);
    const off = makeClient(server.url, { decoder, validation: 'off' });
    await off.core.call(vmKbList, {});
    expect(off.warnings).toEqual([]);
  });

  it('times out with QualysTimeoutError', async () => {
    server.handle(() => ({ delayMs: 400, body: kbOk }));
    const { core } = makeClient(server.url, { timeoutMs: 50, retry: { maxRetries: 0 } });
    await expect(core.call(vmKbList, {})).rejects.toBeInstanceOf(QualysTimeoutError);
  });
});

describe('encoding, streams and redaction', () => {
  it('sends FO form parameters: const action, comma lists, 0/1 booleans, UTC date-times', async () => {
    server.handle(() => ({ body: kbOk }));
    const { core } = makeClient(server.url);
    await core.call(vmKbList, {
      details: 'All',
      ids: [1, 2, 3],
      isPatchable: true,
      lastModifiedAfter: new Date(Date.UTC(2024, 1, 3, 4, 5, 6, 789)),
    });
    const form = new URLSearchParams(server.requests[0]!.body);
    expect(Object.fromEntries(form)).toEqual({
      action: 'list',
      details: 'All',
      ids: '1,2,3',
      is_patchable: '1',
      last_modified_after: '2024-02-03T04:05:06Z',
    });
    expect(server.requests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('returns binary outputs as a stream', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\nbinary', 'latin1');
    server.handle(() => ({ headers: { 'content-type': 'application/pdf' }, body: pdf }));
    const { core } = makeClient(server.url);
    const stream = await core.call<ReadableStream<Uint8Array>>(pciReportDownload, {
      reportId: 'r1',
      reportType: 'Executive',
    });
    expect(stream).toBeInstanceOf(ReadableStream);
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
  });

  it.each([
    ['text/csv;charset=UTF-8', '"IP","DNS","Scan Type"\n"10.0.0.1","host","perimeter"\n', 'stream'],
    ['application/json', '[{"ip":"10.0.0.1","dns":"host"}]', 'json'],
  ] as const)('picks the declared response by content type (%s)', async (contentType, body, want) => {
    server.handle(() => ({ headers: { 'content-type': contentType }, body }));
    const { core } = makeClient(server.url);
    const value = await core.call<unknown>(vmScanFetch, {});
    if (want === 'stream') {
      expect(value).toBeInstanceOf(ReadableStream);
      expect(await new Response(value as ReadableStream).text()).toBe(body);
    } else expect(value).toEqual(JSON.parse(body));
  });

  it('never shows passwords or tokens in errors or debug hooks', async () => {
    const password = 's3cr3t-Pa55';
    const token = 'eyJhbGciOiJub25lIn0.eyJ1c2VyIjoiYWxpY2UifQ.c2VjcmV0LXRva2Vu';
    const seen: string[] = [];
    server.handle((req) =>
      req.path === '/auth'
        ? { status: 201, body: token }
        : { status: 500, body: `echo: ${req.headers.authorization} ${password} ${token}` },
    );
    const { core, warnings } = makeClient(server.url, {
      retry: { maxRetries: 0 },
      onRequest: (e) => seen.push(JSON.stringify(e)),
      onResponse: (e) => seen.push(JSON.stringify(e)),
    });
    const errors = await Promise.all([
      core.call(csamAssetSearchV2, {}).catch((e: Error) => e),
      core.call(vmKbList, {}).catch((e: Error) => e),
    ]);
    const shown = [
      ...seen,
      ...errors.map((e) => `${(e as Error).message} ${JSON.stringify(e)}`),
      ...warnings.map((w) => w.message),
    ].join('\n');
    expect(errors.every((e) => e instanceof QualysHttpError)).toBe(true);
    expect(shown).toContain('***');
    for (const secret of [password, token, Buffer.from(`alice:${password}`).toString('base64')])
      expect(shown).not.toContain(secret);
  });
});
