// Copied by qspec from runtime/client/client-options.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The options of a QualysClient, and their defaults (resolved once, in `resolveClientOptions`):
 *
 * | option | default | why |
 * |---|---|---|
 * | timeoutMs | 120 000 | FO list calls can take a minute; a hung call must still end |
 * | concurrency | 2 | the FO API default `X-Concurrency-Limit-Limit` |
 * | retry | 3 retries, 1 s doubling backoff, 60 s cap, idempotent calls only | 409 1960/1965, 429, 503 |
 * | validation | `warn` | a schema drift should be seen, not break a production sync |
 * | jwtRefreshMarginMs | 5 min | refresh before the ~4 h gateway token expires |
 * | maxResponseBytes | 256 MiB | a body the client holds in memory (decompressed) never grows past it |
 *
 * @see docs/client.md
 */
import type { AuthConfig } from './auth-provider.js';
import type { PlatformModel } from './platform-model.js';
import { QualysError } from './qualys-error.js';
import type { RateLimitInfo, RetryPolicy } from './rate-limit.js';
import { DEFAULT_RETRY_POLICY } from './rate-limit.js';
import type { ResponseDecoder } from './response-decoder.js';
import type { Transport } from './transport.js';

/** Default `maxResponseBytes`: 256 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

export type ValidationMode = 'throw' | 'warn' | 'off';

/** What the debug hooks see: headers already redacted, no body. */
export interface RequestEvent {
  readonly endpoint: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attempt: number;
}

export interface ResponseEvent {
  readonly endpoint: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly rateLimit: RateLimitInfo | undefined;
}

export interface ClientWarning {
  readonly endpoint: string;
  readonly code: 'ResponseSchemaInvalid' | 'Retrying';
  readonly message: string;
}

export interface ClientOptions {
  /** Platform id (`US1`, `EU2`, `PRIVATE`...) or a platform object. */
  readonly platform?: string | PlatformModel;
  /** Overrides the API server (and the gateway unless `gatewayUrl` is given); fills `{base}` of a private platform. */
  readonly baseUrl?: string;
  readonly gatewayUrl?: string;
  readonly auth: AuthConfig;
  /** PCI merchant credentials, when they differ from `auth`. */
  readonly pciAuth?: AuthConfig;
  /** How requests are sent (default `nodeHttpTransport()`; `fetchTransport()` sends through fetch). */
  readonly transport?: Transport;
  readonly timeoutMs?: number;
  readonly concurrency?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly validation?: ValidationMode;
  readonly decoder?: ResponseDecoder;
  readonly jwtRefreshMarginMs?: number;
  /**
   * Largest response body (decompressed bytes) the client reads into memory; past it reading
   * stops, the body is cancelled and QualysResponseTooLargeError is thrown. Default 256 MiB.
   * Streams handed to the caller (binary/CSV/text outputs, streamed XML pages) are not counted.
   */
  readonly maxResponseBytes?: number;
  readonly onRequest?: (event: RequestEvent) => void;
  readonly onResponse?: (event: ResponseEvent) => void;
  /** Defaults to `console.warn` of the (redacted) message. */
  readonly onWarning?: (warning: ClientWarning) => void;
  /** Clock and sleep, for tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface ResolvedClientOptions {
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  readonly validation: ValidationMode;
  readonly jwtRefreshMarginMs: number;
  readonly maxResponseBytes: number;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly onWarning: (warning: ClientWarning) => void;
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  const max = options.maxResponseBytes;
  if (max !== undefined && !(typeof max === 'number' && max > 0)) {
    throw new QualysError(`maxResponseBytes must be a positive number of bytes (got ${String(max)})`);
  }
  return {
    timeoutMs: options.timeoutMs ?? 120_000,
    concurrency: options.concurrency ?? 2,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    validation: options.validation ?? 'warn',
    jwtRefreshMarginMs: options.jwtRefreshMarginMs ?? 5 * 60 * 1000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? defaultSleep,
    onWarning: options.onWarning ?? ((w) => console.warn(`qspec ${w.endpoint}: ${w.message}`)),
  };
}
