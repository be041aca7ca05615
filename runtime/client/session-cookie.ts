/**
 * The FO API session (Qualys API guide, "Session Login/Logout", `/api/2.0/fo/session/`): a
 * `vm.session.login` answer carries `Set-Cookie: QualysSession=<id>; path=/api; secure`, which
 * later FO calls send back as `Cookie: QualysSession=<id>`; `vm.session.logout` ends it.
 *
 * This is not a cookie jar: only the `QualysSession` cookie of a 2xx login answer from the
 * client's own API origin is kept, in memory only, and is sent only to that origin on paths the
 * cookie's Path covers (RFC 6265 §5.1.4). A cookie naming another Domain (§5.2.3), an over-long
 * header or a value outside cookie-octet (§4.1.1) is ignored. The value is registered with the
 * Redactor before it is stored, so it is redacted from errors, logs and reports in any encoding.
 *
 * @see client-core.ts; docs/client.md "Auth"
 */
import type { Redactor } from './redact.js';

export const SESSION_COOKIE = 'QualysSession';
export const SESSION_LOGIN = 'vm.session.login';
export const SESSION_LOGOUT = 'vm.session.logout';

/** Longest `set-cookie` header read (a browser keeps 4096 bytes per cookie). */
const MAX_SET_COOKIE = 8192;
/** RFC 6265 §4.1.1 cookie-value, unquoted, 1 to 4096 octets. */
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]{1,4096}$/;

interface Session {
  readonly value: string;
  readonly host: string;
  readonly path: string;
}

export class SessionCookie {
  private session: Session | undefined;

  constructor(private readonly redactor: Redactor) {}

  /** Whether a session is held. */
  get active(): boolean {
    return this.session !== undefined;
  }

  /** Keeps the QualysSession cookie of a login answer from `requestUrl` (the API origin). */
  accept(setCookie: string | undefined, requestUrl: string): void {
    if (setCookie === undefined || setCookie.length > MAX_SET_COOKIE) return;
    const url = new URL(requestUrl);
    for (const cookie of splitSetCookie(setCookie)) {
      const parts = cookie.split(';');
      const pair = parts[0]!.trim();
      const eq = pair.indexOf('=');
      if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
      const value = pair.slice(eq + 1).trim();
      if (!COOKIE_VALUE.test(value)) continue;
      let path = defaultPath(url.pathname);
      let foreign = false;
      for (const attr of parts.slice(1)) {
        const i = attr.indexOf('=');
        const name = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
        const v = i < 0 ? '' : attr.slice(i + 1).trim();
        if (name === 'path' && v.startsWith('/')) path = v;
        if (name === 'domain' && v !== '' && v.replace(/^\./, '').toLowerCase() !== url.hostname.toLowerCase()) {
          foreign = true;
        }
      }
      if (foreign) continue;
      this.redactor.add(value);
      this.redactor.add(`${SESSION_COOKIE}=${value}`);
      this.session = { value, host: url.host, path };
    }
  }

  /** The `Cookie` header value for a request to `requestUrl`, or undefined. */
  cookieFor(requestUrl: string): string | undefined {
    const s = this.session;
    if (s === undefined) return undefined;
    const url = new URL(requestUrl);
    if (url.host !== s.host || !pathMatches(url.pathname, s.path)) return undefined;
    return `${SESSION_COOKIE}=${s.value}`;
  }

  /** Forgets the session (logout). */
  clear(): void {
    this.session = undefined;
  }
}

/**
 * Splits a `set-cookie` value that a fetch Headers object joined with ", " into cookies: a comma
 * starts a new cookie only when a `name=` follows it (an Expires date has a space before any `=`).
 */
function splitSetCookie(header: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = header.indexOf(','); i >= 0; i = header.indexOf(',', i + 1)) {
    let j = i + 1;
    while (header[j] === ' ') j++;
    let k = j;
    while (k < header.length && !' ;,='.includes(header[k]!)) k++;
    if (k > j && header[k] === '=') {
      out.push(header.slice(start, i));
      start = j;
    }
  }
  out.push(header.slice(start));
  return out;
}

/** RFC 6265 §5.1.4 default-path: the request path up to, not including, its right-most `/`. */
function defaultPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}
