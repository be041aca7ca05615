/**
 * Redaction for recorded traffic: what `--mode record` writes must never carry credentials.
 * Headers `Authorization`, `Cookie`, `Set-Cookie`, `X-Api-Key`, `Proxy-Authorization` become
 * `[REDACTED]`; query and form parameters named like a secret (`password`, `token`, `secret`,
 * `api_key`, `session`...) keep their name with a redacted value; JWTs and any string registered
 * as a secret (the username:password pair, the gateway token) are replaced wherever they appear,
 * in URLs and bodies too.
 *
 * @see docs/conformance.md
 */

export const REDACTED = '[REDACTED]';

/** Header names whose value is a credential. */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** Query / form parameter names whose value is a credential. */
export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name);
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization']);
const SECRET_PARAM = /^(password|passwd|pass|token|access_token|refresh_token|secret|api_?key|session(id)?|jwt)$/i;

export class ExchangeRedactor {
  private readonly secrets = new Set<string>();
  /** The secrets, longest first (so a secret containing another is masked whole); built on use. */
  private longestFirst: string[] | undefined;

  /** Registers a literal secret (passwords shorter than 4 characters are still redacted in params/headers only). */
  add(secret: string | undefined): void {
    if (secret && secret.length >= 4 && !this.secrets.has(secret)) {
      this.secrets.add(secret);
      this.longestFirst = undefined;
    }
  }

  text(s: string): string {
    let out = redactJwts(s);
    this.longestFirst ??= [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of this.longestFirst) {
      out = out.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out = out.split(encoded).join(REDACTED);
    }
    return out;
  }

  headers(h: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(h)) out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : this.text(v);
    return out;
  }

  url(u: string): string {
    try {
      const url = new URL(u);
      for (const key of [...url.searchParams.keys()]) if (SECRET_PARAM.test(key)) url.searchParams.set(key, REDACTED);
      url.username = '';
      url.password = '';
      return this.text(url.toString());
    } catch {
      return this.text(u);
    }
  }

  /** A form body: secret-named fields redacted; other bodies through `text`. */
  body(body: string, contentType: string | undefined): string {
    if (/x-www-form-urlencoded/i.test(contentType ?? '')) {
      const params = new URLSearchParams(body);
      for (const key of [...params.keys()]) if (SECRET_PARAM.test(key)) params.set(key, REDACTED);
      return this.text(params.toString());
    }
    return this.text(body);
  }
}

const isTokenChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
const isWordChar = (c: number): boolean => isTokenChar(c) && c !== 0x2d;

/**
 * Replaces JWTs (`eyJ<b64url>.<b64url>.<b64url>?` starting at a word boundary) with REDACTED, in
 * one pass: where a candidate fails, every later start inside the same run fails at the same
 * place, so the scan resumes there (a regex like /\beyJ[\w-]+\.[\w-]+\.[\w-]*\/g backtracks
 * quadratically on `eyJ-eyJ-eyJ-...`, and this runs on whole response bodies).
 */
export function redactJwts(s: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = s.indexOf('eyJ', from);
    if (at < 0) break;
    if (at > 0 && isWordChar(s.charCodeAt(at - 1))) {
      from = at + 1;
      continue;
    }
    let i = at + 3;
    const run = (): number => {
      const start = i;
      while (i < s.length && isTokenChar(s.charCodeAt(i))) i++;
      return i - start;
    };
    if (run() === 0 || s.charCodeAt(i) !== 0x2e) {
      from = Math.max(i, at + 1);
      continue;
    }
    i++;
    if (run() === 0 || s.charCodeAt(i) !== 0x2e) {
      from = Math.max(i, at + 1);
      continue;
    }
    i++;
    run();
    out += s.slice(copied, at) + REDACTED;
    copied = from = i;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
