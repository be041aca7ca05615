/**
 * platform-model.ts, exactly: API and gateway URLs of a platform, `baseUrl` overriding both (or
 * filling a private platform's `{base}`: the whole URL when the template starts with it, else its
 * host), `gatewayUrl` overriding the gateway, trailing slashes trimmed, the two errors, and
 * `baseUrlFor` per API family.
 */
import { describe, expect, it } from 'vitest';
import { baseUrlFor, type PlatformModel, resolvePlatformUrls } from '../../../../runtime/client/platform-model.js';

const us1: PlatformModel = {
  id: 'US1',
  name: 'US1',
  apiUrl: 'https://qualysapi.qualys.com/',
  gatewayUrl: 'https://gateway.qg1.apps.qualys.com//',
};
const priv: PlatformModel = {
  id: 'PRIVATE',
  name: 'Private',
  apiUrl: 'https://qualysapi.{base}/',
  gatewayUrl: 'https://gateway.{base}',
};
const whole: PlatformModel = { id: 'P2', name: 'P2', apiUrl: '{base}/api', gatewayUrl: '{base}/gw/' };

describe('resolvePlatformUrls', () => {
  it.each([
    [
      'a platform, trailing slashes trimmed',
      us1,
      {},
      'https://qualysapi.qualys.com',
      'https://gateway.qg1.apps.qualys.com',
    ],
    [
      'baseUrl replaces both hosts',
      us1,
      { baseUrl: 'http://127.0.0.1:9//' },
      'http://127.0.0.1:9',
      'http://127.0.0.1:9',
    ],
    [
      'gatewayUrl replaces the gateway only',
      us1,
      { gatewayUrl: 'http://gw.test/' },
      'https://qualysapi.qualys.com',
      'http://gw.test',
    ],
    ['baseUrl and gatewayUrl', us1, { baseUrl: 'http://a/', gatewayUrl: 'http://b/' }, 'http://a', 'http://b'],
    ['no platform, baseUrl only', undefined, { baseUrl: 'http://m:1/' }, 'http://m:1', 'http://m:1'],
    [
      'no platform, both given',
      undefined,
      { baseUrl: 'http://m:1', gatewayUrl: 'http://g:2' },
      'http://m:1',
      'http://g:2',
    ],
    [
      'private platform: the host of baseUrl fills {base}',
      priv,
      { baseUrl: 'HTTPS://corp.example.com/' },
      'https://qualysapi.corp.example.com',
      'https://gateway.corp.example.com',
    ],
    [
      'private platform: baseUrl without a scheme',
      priv,
      { baseUrl: 'corp.example.com' },
      'https://qualysapi.corp.example.com',
      'https://gateway.corp.example.com',
    ],
    [
      'private platform with gatewayUrl',
      priv,
      { baseUrl: 'https://corp.example.com', gatewayUrl: 'https://gw.other/' },
      'https://qualysapi.corp.example.com',
      'https://gw.other',
    ],
    [
      'a template starting with {base} takes the whole URL',
      whole,
      { baseUrl: 'https://x.example/' },
      'https://x.example/api',
      'https://x.example/gw',
    ],
  ] as const)('%s', (_n, platform, options, apiUrl, gatewayUrl) => {
    expect(resolvePlatformUrls(platform, options)).toEqual({ apiUrl, gatewayUrl });
  });

  it('fills every {base} of a template', () => {
    const twice: PlatformModel = { id: 'T', name: 'T', apiUrl: 'https://{base}/x/{base}', gatewayUrl: 'https://g' };
    expect(resolvePlatformUrls(twice, { baseUrl: 'https://h.example' })).toEqual({
      apiUrl: 'https://h.example/x/h.example',
      gatewayUrl: 'https://g',
    });
  });

  it('a gateway-only {base} template needs baseUrl too, unless gatewayUrl is given', () => {
    const gwOnly: PlatformModel = { id: 'G', name: 'G', apiUrl: 'https://api', gatewayUrl: 'https://gateway.{base}' };
    expect(() => resolvePlatformUrls(gwOnly, {})).toThrow('platform G needs a baseUrl to fill {base}');
    expect(resolvePlatformUrls(gwOnly, { gatewayUrl: 'https://gw/' })).toEqual({
      apiUrl: 'https://api',
      gatewayUrl: 'https://gw',
    });
  });

  it('a private platform without baseUrl is an error naming it', () => {
    expect(() => resolvePlatformUrls(priv, {})).toThrow('platform PRIVATE needs a baseUrl to fill {base}');
    expect(() => resolvePlatformUrls(priv, { gatewayUrl: 'https://g' })).toThrow(
      'platform PRIVATE needs a baseUrl to fill {base}',
    );
  });

  it('neither platform nor baseUrl is an error', () => {
    expect(() => resolvePlatformUrls(undefined, {})).toThrow('give a platform or a baseUrl');
    expect(() => resolvePlatformUrls(undefined, { gatewayUrl: 'https://g' })).toThrow('give a platform or a baseUrl');
  });

  it('a URL of slashes only trims to empty', () => {
    expect(resolvePlatformUrls(undefined, { baseUrl: '///' })).toEqual({ apiUrl: '', gatewayUrl: '' });
  });
});

describe('baseUrlFor', () => {
  const urls = { apiUrl: 'https://api', gatewayUrl: 'https://gw' };
  it.each([
    ['gateway', 'https://gw'],
    ['fo', 'https://api'],
    ['qps', 'https://api'],
    ['pci', 'https://api'],
  ] as const)('%s → %s', (api, want) => {
    expect(baseUrlFor(api, urls)).toBe(want);
  });
});
