// Copied by qspec from templates/runtime/client/jwt-token-source.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * The gateway JWT: `POST <gateway>/auth` with form fields `username`, `password`,
 * `token=true`, answered 201 with the token as text. Cached; refreshed when it is within
 * `refreshMarginMs` of its expiry (the token's `exp` claim when it is a readable JWT, else
 * 4 hours after issue), and once after a 401 (`invalidate()`). Concurrent callers share one
 * in-flight request.
 *
 * @see seed 003 (gateway APIs with a JWT); corpus SOURCES.md (POST /auth, 201, ~4 h)
 */
import { QualysHttpError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import type { Transport } from './transport.js';

const FOUR_HOURS_MS = 4 * 60 * 60 * 1000;

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
    const res = await this.options.transport.send({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      ...(signal ? { signal } : {}),
      ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
    });
    const text = (await res.text()).trim();
    if (res.status !== 201 && res.status !== 200) {
      throw new QualysHttpError(res.status, this.options.redactor.text(text.slice(0, 200)), { url });
    }
    this.options.redactor.add(text);
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
