/**
 * The gateway JWT: `POST <gateway>/auth` with form fields `username`, `password`,
 * `token=true`, answered 201 with the token as text. Cached; refreshed when it is within
 * `refreshMarginMs` of its expiry (the token's `exp` claim when it is a readable JWT, else
 * 4 hours after issue), and once after a 401 (`invalidate()`). Concurrent callers share one
 * in-flight request.
 *
 * The answer is only taken as a token when it is at most 16 KiB (reading stops there) and has
 * the shape of a JWT: three base64url segments separated by dots, nothing else (no whitespace or
 * control characters); anything else is a QualysTokenError that does not quote it. A failed
 * login is a QualysHttpError that does not quote the answer either (a gateway may echo the
 * form, password included); a redirect is a QualysRedirectError and is not followed.
 *
 * @see the Qualys gateway API guide (POST /auth answers 201 with a JWT valid about 4 h)
 */
import { readBodyText } from './body-read.js';
import { QualysHttpError, QualysResponseTooLargeError, QualysTokenError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import { redirectError } from './redirect.js';
import { guardedSend } from './send-guard.js';
import type { Transport } from './transport.js';

const FOUR_HOURS_MS = 4 * 60 * 60 * 1000;
/** Largest `/auth` answer taken as a token. */
export const MAX_TOKEN_BYTES = 16 * 1024;

const isBase64UrlChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;

/** True for `header.payload.signature`: base64url characters, two dots, header and payload not empty. */
export function isJwtShaped(token: string): boolean {
  let dots = 0;
  let segment = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 46) {
      if (segment === 0 || ++dots > 2) return false;
      segment = 0;
    } else if (isBase64UrlChar(c)) segment++;
    else return false;
  }
  return dots === 2;
}

export interface JwtTokenSourceOptions {
  readonly transport: Transport;
  readonly gatewayUrl: string;
  readonly credentials: () => { username: string; password: string } | undefined;
  readonly redactor: Redactor;
  readonly now?: () => number;
  /** Refresh this long before expiry (default 5 minutes). */
  readonly refreshMarginMs?: number;
  readonly timeoutMs?: number;
}

export class JwtTokenSource {
  private token: string | undefined;
  private expiresAt = 0;
  private inflight: Promise<string> | undefined;
  /** How many tokens were fetched (for diagnostics and tests). */
  fetchCount = 0;

  constructor(private readonly options: JwtTokenSourceOptions) {}

  async get(signal?: AbortSignal): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    const margin = this.options.refreshMarginMs ?? 5 * 60 * 1000;
    if (this.token !== undefined && now < this.expiresAt - margin) return this.token;
    this.inflight ??= this.fetchToken(signal).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Forgets the cached token (after a 401), so the next `get()` fetches a new one. */
  invalidate(token?: string): void {
    if (token === undefined || token === this.token) {
      this.token = undefined;
      this.expiresAt = 0;
    }
  }

  private async fetchToken(signal?: AbortSignal): Promise<string> {
    const creds = this.options.credentials();
    const url = `${this.options.gatewayUrl}/auth`;
    if (creds === undefined) throw new QualysHttpError(401, 'no credentials for the gateway /auth', { url });
    const body = new URLSearchParams({ username: creds.username, password: creds.password, token: 'true' }).toString();
    const context = { url };
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    const res = await guardedSend(
      this.options.transport,
      {
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        ...(signal ? { signal } : {}),
        ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      },
      this.options.redactor,
      context,
    );
    const redirect = redirectError(res, url, { ...context, status: res.status });
    if (redirect !== undefined) {
      await res.body?.cancel().catch(() => undefined);
      throw redirect;
    }
    if (res.status !== 201 && res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      throw new QualysHttpError(
        res.status,
        'gateway /auth refused the login (its answer is not shown: it may echo the credentials)',
        {
          url,
        },
      );
    }
    let answer: string;
    try {
      answer = await readBodyText(res, {
        maxBytes: MAX_TOKEN_BYTES,
        timeoutMs,
        redactor: this.options.redactor,
        context,
      });
    } catch (err) {
      if (!(err instanceof QualysResponseTooLargeError)) throw err;
      throw new QualysTokenError(
        `gateway /auth answer is larger than ${MAX_TOKEN_BYTES} bytes: not used as a token`,
        context,
      );
    }
    const text = answer.trim();
    this.options.redactor.add(text);
    if (!isJwtShaped(text)) {
      throw new QualysTokenError(
        `gateway /auth answer is not a JWT (three base64url segments separated by dots): not used as a token (${text.length} characters, not shown)`,
        context,
      );
    }
    this.fetchCount++;
    const issued = (this.options.now ?? Date.now)();
    this.token = text;
    this.expiresAt = jwtExpiry(text) ?? issued + FOUR_HOURS_MS;
    return text;
  }
}

/** The `exp` claim (ms) of a JWT, if the token is one and carries it. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
