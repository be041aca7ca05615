/**
 * session-cookie.ts, exactly: which Set-Cookie values are kept (name, cookie-octet value of 1 to
 * 4096 characters, header of at most 8192 characters, no foreign Domain), the default and given
 * Path, RFC 6265 path-match and host match in `cookieFor`, splitting of joined headers (an
 * Expires comma does not split), redactor registration of the value, and `clear`.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../runtime/client/redact.js';
import {
  SESSION_COOKIE,
  SESSION_LOGIN,
  SESSION_LOGOUT,
  SessionCookie,
} from '../../../../runtime/client/session-cookie.js';

const LOGIN_URL = 'https://qualysapi.example.com/api/2.0/fo/session/';
const V = 'abc123DEF-._~!#$%&*+/:<=>?@[]^`{|}';

function held(setCookie: string | undefined, url = LOGIN_URL): { jar: SessionCookie; redactor: Redactor } {
  const redactor = new Redactor();
  const jar = new SessionCookie(redactor);
  jar.accept(setCookie, url);
  return { jar, redactor };
}

it('names', () => {
  expect([SESSION_COOKIE, SESSION_LOGIN, SESSION_LOGOUT]).toEqual([
    'QualysSession',
    'vm.session.login',
    'vm.session.logout',
  ]);
});

describe('accept', () => {
  it('keeps QualysSession with its Path and sends it back', () => {
    const { jar } = held(`QualysSession=${V}; path=/api; secure`);
    expect(jar.active).toBe(true);
    expect(jar.cookieFor('https://qualysapi.example.com/api/2.0/fo/scan/?action=list')).toBe(`QualysSession=${V}`);
  });

  it.each([
    ['no header', undefined],
    ['another cookie', 'Other=abc; path=/api'],
    ['a name that only starts alike', 'QualysSessionX=abc'],
    ['no =', 'QualysSession'],
    ['a longer name without =', 'QualysSessionX'],
    ['an empty value', 'QualysSession=; path=/'],
    ['a space in the value', 'QualysSession=a b'],
    ['a quote', 'QualysSession="abc"'],
    ['a backslash', 'QualysSession=a\\b'],
    ['a comma', 'QualysSession=a,b'],
    ['a control character', 'QualysSession=a\x01b'],
    ['a DEL', 'QualysSession=a\x7fb'],
    ['a non-ASCII character', 'QualysSession=caf\u00e9'],
    ['a value of 4097 characters', `QualysSession=${'a'.repeat(4097)}`],
    ['a foreign Domain', 'QualysSession=abc; Domain=evil.example'],
    ['a parent Domain', 'QualysSession=abc; Domain=example.com'],
  ])('ignores %s', (_name, header) => {
    const { jar, redactor } = held(header);
    expect(jar.active).toBe(false);
    expect(jar.cookieFor(LOGIN_URL)).toBe(undefined);
    expect(redactor.text('abc')).toBe('abc');
  });

  it('trims around the name and value', () => {
    const { jar } = held('  QualysSession = abc ; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=abc');
  });

  it('a value of exactly 4096 characters is kept', () => {
    const value = 'a'.repeat(4096);
    expect(held(`QualysSession=${value}`).jar.active).toBe(true);
  });

  it('a header of exactly 8192 characters is read, one of 8193 is not', () => {
    const head = 'QualysSession=abc; path=/api; x=';
    const at = (n: number) => head + 'y'.repeat(n - head.length);
    expect(at(8192)).toHaveLength(8192);
    expect(held(at(8192)).jar.active).toBe(true);
    expect(held(at(8193)).jar.active).toBe(false);
  });

  it.each([
    'QualysSession=abc; Domain=qualysapi.example.com',
    'QualysSession=abc; domain=.QUALYSAPI.example.com',
    'QualysSession=abc; Domain=',
    'QualysSession=abc; Domain',
  ])('accepts a Domain naming its own host (or empty): %s', (header) => {
    expect(held(header).jar.active).toBe(true);
  });

  it('registers the value and the cookie pair with the redactor', () => {
    const { redactor } = held('QualysSession=Zq9-sess-ID; path=/api');
    expect(redactor.text('x Zq9-sess-ID y')).toBe('x *** y');
    expect(redactor.text('Cookie: QualysSession=Zq9-sess-ID')).toBe('Cookie: ***');
  });

  it('the last QualysSession of a joined header wins', () => {
    const { jar } = held('QualysSession=first; path=/api, QualysSession=second; path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=second');
  });

  it('finds the cookie after another one in a joined header', () => {
    const { jar } = held('lang=en; path=/, QualysSession=s1; path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s1');
  });

  it('an Expires date comma does not split the cookie', () => {
    const { jar } = held('QualysSession=s1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s1');
    expect(jar.cookieFor('https://qualysapi.example.com/other')).toBe(undefined);
  });

  it('a comma followed by an attribute-like word without = does not split either', () => {
    const { jar } = held('QualysSession=s1; Max-Age=5, secure; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s1');
  });

  it('a comma directly followed by a name= splits', () => {
    const { jar } = held('Other=1,QualysSession=s2; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s2');
  });

  it('a comma followed by spaces then a name= splits', () => {
    const { jar } = held('QualysSession=s1; Path=/api,   QualysSession=s2; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s2');
  });

  it('a comma followed by "=" alone does not split', () => {
    const { jar } = held('QualysSession=s1; Max-Age=5, =x; Path=/api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s1');
  });

  it('a foreign cookie in a joined header does not drop the good one', () => {
    const { jar } = held('QualysSession=good; Path=/api, QualysSession=bad; Domain=evil.example');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=good');
  });
});

describe('path', () => {
  it.each([
    ['/api/2.0/fo/session/', '/api/2.0/fo/session'],
    ['/api/login', '/api'],
    ['/login', '/'],
    ['/', '/'],
  ])('default path of %s is %s', (loginPath, path) => {
    const { jar } = held('QualysSession=s', `https://h.example${loginPath}`);
    expect(jar.cookieFor(`https://h.example${path}`)).toBe('QualysSession=s');
    if (path !== '/') {
      expect(jar.cookieFor(`https://h.example${path}/deeper`)).toBe('QualysSession=s');
      expect(jar.cookieFor(`https://h.example${path}x`)).toBe(undefined);
      expect(jar.cookieFor(`https://h.example${path.slice(0, -1)}`)).toBe(undefined);
    } else {
      expect(jar.cookieFor('https://h.example/anything/at/all')).toBe('QualysSession=s');
    }
  });

  it('a Path not starting with / is ignored (default path kept)', () => {
    const { jar } = held('QualysSession=s; Path=api');
    expect(jar.cookieFor('https://qualysapi.example.com/api/2.0/fo/session/x')).toBe('QualysSession=s');
    expect(jar.cookieFor('https://qualysapi.example.com/api/2.0/fo/scan/')).toBe(undefined);
  });

  it('only the Path attribute sets the path', () => {
    const { jar } = held('QualysSession=s; Path=/api; Ext=/zzz; Comment=/other');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s');
  });

  it('a cookie after a leading comma is read', () => {
    const { jar } = held(', QualysSession=s1; Path=/');
    expect(jar.cookieFor('https://qualysapi.example.com/x')).toBe('QualysSession=s1');
  });

  it('spaces around an attribute name and value are trimmed', () => {
    const { jar } = held('QualysSession=s;  Path = /api ;secure');
    expect(jar.cookieFor('https://qualysapi.example.com/api/x')).toBe('QualysSession=s');
    expect(jar.cookieFor('https://qualysapi.example.com/other')).toBe(undefined);
  });

  it('the attribute name is case-insensitive', () => {
    const { jar } = held('QualysSession=s; PATH=/');
    expect(jar.cookieFor('https://qualysapi.example.com/x')).toBe('QualysSession=s');
  });

  it.each([
    ['/api', true],
    ['/api/', true],
    ['/api/2.0', true],
    ['/apix', false],
    ['/ap', false],
    ['/API', false],
    ['/', false],
  ])('Path=/api matches %s: %s', (path, ok) => {
    const { jar } = held('QualysSession=s; Path=/api');
    expect(jar.cookieFor(`https://qualysapi.example.com${path}?q=/api`)).toBe(ok ? 'QualysSession=s' : undefined);
  });

  it.each([
    ['/api/', true],
    ['/api/x', true],
    ['/api', false],
    ['/apix', false],
  ])('Path=/api/ matches %s: %s', (path, ok) => {
    const { jar } = held('QualysSession=s; Path=/api/');
    expect(jar.cookieFor(`https://qualysapi.example.com${path}`)).toBe(ok ? 'QualysSession=s' : undefined);
  });
});

describe('cookieFor host and clear', () => {
  it('only the host (and port) of the login answer gets the cookie', () => {
    const { jar } = held('QualysSession=s; Path=/', 'https://api.example:8443/api/login');
    expect(jar.cookieFor('https://api.example:8443/x')).toBe('QualysSession=s');
    expect(jar.cookieFor('https://API.EXAMPLE:8443/x')).toBe('QualysSession=s');
    expect(jar.cookieFor('https://api.example/x')).toBe(undefined);
    expect(jar.cookieFor('https://api.example:9443/x')).toBe(undefined);
    expect(jar.cookieFor('https://evil.example:8443/x')).toBe(undefined);
    expect(jar.cookieFor('https://sub.api.example:8443/x')).toBe(undefined);
  });

  it('nothing is sent before a login, and nothing after clear()', () => {
    const redactor = new Redactor();
    const jar = new SessionCookie(redactor);
    expect(jar.active).toBe(false);
    expect(jar.cookieFor(LOGIN_URL)).toBe(undefined);
    jar.accept('QualysSession=s1x; Path=/', LOGIN_URL);
    expect(jar.active).toBe(true);
    jar.clear();
    expect(jar.active).toBe(false);
    expect(jar.cookieFor(LOGIN_URL)).toBe(undefined);
    expect(redactor.text('s1x')).toBe('***');
  });

  it('a later ignored cookie keeps the session held', () => {
    const { jar } = held('QualysSession=s1; Path=/');
    jar.accept('QualysSession=a b', LOGIN_URL);
    jar.accept(undefined, LOGIN_URL);
    expect(jar.cookieFor(LOGIN_URL)).toBe('QualysSession=s1');
  });
});
