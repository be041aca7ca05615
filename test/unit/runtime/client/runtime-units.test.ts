/**
 * Unit tables for the small runtime pieces: .netrc parsing, ServiceRequest XML escaping,
 * platform URL resolution, the concurrency limiter, retry delays.
 */
import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from '../../../../runtime/client/concurrency-limiter.js';
import { findNetrcEntry, parseNetrc } from '../../../../runtime/client/netrc.js';
import { resolvePlatformUrls } from '../../../../runtime/client/platform-model.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../../../runtime/client/rate-limit.js';
import { serviceRequestXml } from '../../../../runtime/client/service-request-xml.js';

describe('parseNetrc', () => {
  const text = `# comment
machine qualysapi.qualys.com login alice password "pa ss\\"word"
macdef init
  login ignored password ignored

machine gateway.qg1.apps.qualys.com
  login bob
  password b0b
default login anon password anonpw`;
  it.each([
    ['qualysapi.qualys.com', { login: 'alice', password: 'pa ss"word' }],
    ['GATEWAY.qg1.apps.qualys.com', { login: 'bob', password: 'b0b' }],
    ['other.example', { login: 'anon', password: 'anonpw' }],
  ])('%s', (host, want) => {
    expect(findNetrcEntry(parseNetrc(text), host)).toMatchObject(want);
  });
});

describe('serviceRequestXml', () => {
  it('escapes values and builds filters, preferences and data', () => {
    const xml = serviceRequestXml({
      filters: [{ field: 'name', operator: 'CONTAINS', value: '<a & "b">' }],
      preferences: { limitResults: 100, verbose: true },
      data: { WebApp: { name: "x'y", tags: { set: { Tag: [{ id: 1 }, { id: 2 }] } }, '@mode': 'a<b' } },
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ServiceRequest><filters><Criteria field="name" operator="CONTAINS">&lt;a &amp; &quot;b&quot;&gt;</Criteria></filters>' +
        '<preferences><limitResults>100</limitResults><verbose>true</verbose></preferences>' +
        '<data><WebApp mode="a&lt;b"><name>x&apos;y</name><tags><set><Tag><id>1</id></Tag><Tag><id>2</id></Tag></set></tags></WebApp></data></ServiceRequest>',
    );
  });
  it('rejects element names that would inject markup', () => {
    expect(() => serviceRequestXml({ data: { 'a><b': 1 } })).toThrow(/not an XML element name/);
  });
});

describe('resolvePlatformUrls', () => {
  const us1 = {
    id: 'US1',
    name: 'US1',
    apiUrl: 'https://qualysapi.qualys.com',
    gatewayUrl: 'https://gateway.qg1.apps.qualys.com',
  };
  const priv = {
    id: 'PRIVATE',
    name: 'Private',
    apiUrl: 'https://qualysapi.{base}',
    gatewayUrl: 'https://gateway.{base}',
  };
  it.each([
    ['platform', us1, {}, { apiUrl: us1.apiUrl, gatewayUrl: us1.gatewayUrl }],
    [
      'baseUrl overrides both (mock)',
      us1,
      { baseUrl: 'http://127.0.0.1:9/' },
      { apiUrl: 'http://127.0.0.1:9', gatewayUrl: 'http://127.0.0.1:9' },
    ],
    [
      'private cloud fills {base}',
      priv,
      { baseUrl: 'https://corp.example.com' },
      { apiUrl: 'https://qualysapi.corp.example.com', gatewayUrl: 'https://gateway.corp.example.com' },
    ],
  ] as const)('%s', (_n, platform, options, want) => {
    expect(resolvePlatformUrls(platform, options)).toEqual(want);
  });
  it('private cloud without baseUrl is an error', () => {
    expect(() => resolvePlatformUrls(priv, {})).toThrow(/needs a baseUrl/);
  });
});

describe('retryDelayMs', () => {
  it.each([
    ['ToWait-Sec first', { 'x-ratelimit-towait-sec': '12', 'retry-after': '3' }, 5, 0, 12_000],
    ['Retry-After date', { 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }, undefined, 0, 10_000],
    ['SECONDS_TO_WAIT', {}, 7, 0, 7000],
    ['backoff doubles', {}, undefined, 2, 4000],
    ['capped', { 'x-ratelimit-towait-sec': '86400' }, undefined, 0, 60_000],
  ] as const)('%s', (_n, headers, secs, attempt, want) => {
    expect(retryDelayMs(headers, secs, attempt, DEFAULT_RETRY_POLICY, Date.UTC(2025, 0, 1))).toBe(want);
  });
});

it('ConcurrencyLimiter never runs more than max tasks at once', async () => {
  const limiter = new ConcurrencyLimiter(2);
  let running = 0;
  let peak = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: 7 }, (_, i) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        order.push(i);
        running--;
      }),
    ),
  );
  expect(peak).toBe(2);
  expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
});
