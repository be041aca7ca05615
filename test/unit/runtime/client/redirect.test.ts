/**
 * redirect.ts, exactly: which statuses are redirects (300..399 inclusive), and the origin the
 * error names: scheme, host and port only, never the user info, path or query of Location.
 */
import { describe, expect, it } from 'vitest';
import { QualysRedirectError } from '../../../../runtime/client/qualys-error.js';
import { redirectError } from '../../../../runtime/client/redirect.js';
import { transportResponse } from '../../../../runtime/client/transport.js';

const ctx = { endpoint: 'vm.scan.list', url: 'https://api.example.com/api/2.0/fo/scan/' };
const REQ = 'https://api.example.com:8443/api/2.0/fo/scan/?action=list';

describe('status range', () => {
  it.each([200, 204, 299, 400, 401, 404, 500])('%i is not a redirect', (status) => {
    expect(redirectError(transportResponse(status, { location: 'https://evil.example/' }, ''), REQ, ctx)).toBe(
      undefined,
    );
  });
  it.each([300, 301, 302, 303, 307, 308, 399])('%i is a redirect', (status) => {
    const err = redirectError(transportResponse(status, { location: 'https://evil.example/' }, ''), REQ, ctx);
    expect(err).toBeInstanceOf(QualysRedirectError);
    expect(err?.status).toBe(status);
    expect(err?.message).toBe(
      `vm.scan.list: HTTP ${status} redirect to https://evil.example not followed (the client never follows redirects)`,
    );
  });
});

describe('target origin', () => {
  it.each([
    ['https://user:pa55w0rd@evil.example:444/p/a?token=x#f', 'https://evil.example:444'],
    ['http://Evil.Example/x', 'http://evil.example'],
    ['https://evil.example:443/x', 'https://evil.example'],
    ['/elsewhere?q=1', 'https://api.example.com:8443'],
    ['other', 'https://api.example.com:8443'],
    ['//cdn.example/x', 'https://cdn.example'],
  ])('Location %s → %s', (location, origin) => {
    const err = redirectError(transportResponse(302, { location }, ''), REQ, ctx);
    expect(err?.targetOrigin).toBe(origin);
    expect(err?.message).toBe(
      `vm.scan.list: HTTP 302 redirect to ${origin} not followed (the client never follows redirects)`,
    );
    expect(err?.message).not.toContain('pa55w0rd');
    expect(err?.message).not.toContain('token');
  });

  it.each([
    ['no Location', {}],
    ['an unparsable Location', { location: 'http://[::1' }],
    ['an opaque origin (data:)', { location: 'data:text/html,<b>hi</b>' }],
    ['an opaque origin (javascript:)', { location: 'javascript:alert(1)' }],
  ])('%s names no origin', (_name, headers) => {
    const err = redirectError(transportResponse(301, headers, ''), REQ, ctx);
    expect(err).toBeInstanceOf(QualysRedirectError);
    expect(err?.targetOrigin).toBe(undefined);
    expect(err?.message).toBe('vm.scan.list: HTTP 301 redirect not followed (the client never follows redirects)');
  });

  it('keeps the context (endpoint, url) and sets the status', () => {
    const err = redirectError(transportResponse(307, { location: '/x' }, ''), REQ, ctx);
    expect({ endpoint: err?.endpoint, url: err?.url, status: err?.status, name: err?.name }).toEqual({
      endpoint: 'vm.scan.list',
      url: 'https://api.example.com/api/2.0/fo/scan/',
      status: 307,
      name: 'QualysRedirectError',
    });
  });
});
