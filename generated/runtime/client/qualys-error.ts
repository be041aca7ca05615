// Copied by qspec from runtime/client/qualys-error.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The typed errors the client throws. Every message is built from Qualys' own code/text plus
 * the endpoint id and HTTP status; request headers, bodies and query strings never go into an
 * error, and the client passes every message through the redactor (redact.ts) before throwing,
 * so no password or token can leak through an echoed value.
 *
 * - QualysRequestError: the input fails the endpoint's spec (no request was sent).
 * - QualysHttpError: an HTTP status the endpoint's error format does not explain.
 * - QualysApiError: QPS `responseCode` other than SUCCESS, with `responseErrorDetails`.
 * - QualysSimpleReturnError: FO `SIMPLE_RETURN` with CODE/TEXT/ITEM_LIST (1905, 1960, 1965...).
 * - QualysValidationError: the response fails the schema (validation mode `throw`).
 * - QualysTimeoutError: no response in time.
 * - QualysTransportError: the request could not be sent or its body not read (network error,
 *   refused header value); the underlying error is kept as a redacted copy in `cause`.
 * - QualysRedirectError: a 3xx answer; redirects are never followed, the error names the target
 *   origin only (no path, query or user info).
 * - QualysPagingError: a paged endpoint's cursor did not advance (a page would repeat).
 * - QualysResponseTooLargeError: a body the client reads itself exceeded `maxResponseBytes`.
 * - QualysTokenError: the gateway `/auth` answer is not a usable JWT (too large, wrong shape);
 *   the token itself is never quoted.
 *
 * @see docs/client.md (errors as typed classes)
 */

export interface QualysErrorContext {
  readonly endpoint?: string;
  readonly status?: number;
  /** URL without its query string. */
  readonly url?: string;
}

export class QualysError extends Error {
  readonly endpoint: string | undefined;
  readonly status: number | undefined;
  readonly url: string | undefined;
  constructor(message: string, context: QualysErrorContext = {}) {
    super(context.endpoint !== undefined ? `${context.endpoint}: ${message}` : message);
    this.name = 'QualysError';
    this.endpoint = context.endpoint;
    this.status = context.status;
    this.url = context.url;
  }
}

export interface RequestIssue {
  /** The camelCase parameter (or `filters`, `body`...) the issue is about. */
  readonly param: string;
  readonly code: 'missing' | 'unknown' | 'enum' | 'type' | 'range' | 'requiredWith';
  readonly message: string;
}

export class QualysRequestError extends QualysError {
  readonly issues: readonly RequestIssue[];
  constructor(issues: readonly RequestIssue[], context: QualysErrorContext = {}) {
    super(`invalid request: ${issues.map((i) => i.message).join('; ')}`, context);
    this.name = 'QualysRequestError';
    this.issues = issues;
  }
}

export class QualysHttpError extends QualysError {
  /** A short, redacted excerpt of the response body. */
  readonly bodyExcerpt: string;
  constructor(status: number, bodyExcerpt: string, context: QualysErrorContext = {}) {
    super(`HTTP ${status}${bodyExcerpt ? `: ${bodyExcerpt}` : ''}`, { ...context, status });
    this.name = 'QualysHttpError';
    this.bodyExcerpt = bodyExcerpt;
  }
}

export class QualysApiError extends QualysError {
  readonly responseCode: string;
  readonly errorMessage: string | undefined;
  readonly resolution: string | undefined;
  constructor(
    responseCode: string,
    errorMessage: string | undefined,
    resolution: string | undefined,
    context: QualysErrorContext = {},
  ) {
    super(`${responseCode}${errorMessage ? `: ${errorMessage}` : ''}`, context);
    this.name = 'QualysApiError';
    this.responseCode = responseCode;
    this.errorMessage = errorMessage;
    this.resolution = resolution;
  }
}

export class QualysSimpleReturnError extends QualysError {
  readonly code: string;
  readonly text: string;
  /** ITEM_LIST as key -> values (`SECONDS_TO_WAIT` -> ['12']). */
  readonly items: Readonly<Record<string, readonly string[]>>;
  constructor(
    code: string,
    text: string,
    items: Readonly<Record<string, readonly string[]>>,
    context: QualysErrorContext = {},
  ) {
    super(`SIMPLE_RETURN ${code}: ${text}`, context);
    this.name = 'QualysSimpleReturnError';
    this.code = code;
    this.text = text;
    this.items = items;
  }
  /** ITEM `SECONDS_TO_WAIT` (code 1965), when present. */
  get secondsToWait(): number | undefined {
    const v = this.items['SECONDS_TO_WAIT']?.[0];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  }
}

export interface ValidationIssue {
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
}

export class QualysValidationError extends QualysError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], context: QualysErrorContext = {}) {
    const first = issues
      .slice(0, 3)
      .map((i) => `${i.path ?? ''}${i.line ? `@${i.line}:${i.column ?? 0}` : ''} ${i.message}`);
    super(`response fails its schema (${issues.length} issue(s)): ${first.join('; ')}`, context);
    this.name = 'QualysValidationError';
    this.issues = issues;
  }
}

export class QualysTimeoutError extends QualysError {
  constructor(message: string, context: QualysErrorContext = {}) {
    super(message, context);
    this.name = 'QualysTimeoutError';
  }
}

export class QualysTransportError extends QualysError {
  constructor(message: string, context: QualysErrorContext = {}, cause?: unknown) {
    super(message, context);
    this.name = 'QualysTransportError';
    if (cause !== undefined)
      Object.defineProperty(this, 'cause', { value: cause, enumerable: false, writable: true, configurable: true });
  }
}

export class QualysRedirectError extends QualysError {
  /** The origin (`scheme://host:port`) the server pointed to, or undefined when Location was missing or unreadable. */
  readonly targetOrigin: string | undefined;
  constructor(status: number, targetOrigin: string | undefined, context: QualysErrorContext = {}) {
    super(
      `HTTP ${status} redirect${targetOrigin !== undefined ? ` to ${targetOrigin}` : ''} not followed (the client never follows redirects)`,
      { ...context, status },
    );
    this.name = 'QualysRedirectError';
    this.targetOrigin = targetOrigin;
  }
}

export class QualysPagingError extends QualysError {
  /** The cursor value the server repeated (a QPS lastId, FO id_min/id_max, CSAM lastSeenAssetId, PCI offset). */
  readonly cursor: string;
  constructor(message: string, cursor: string, context: QualysErrorContext = {}) {
    super(message, context);
    this.name = 'QualysPagingError';
    this.cursor = cursor;
  }
}

export class QualysResponseTooLargeError extends QualysError {
  /** The limit in (decompressed) bytes that was exceeded. */
  readonly limit: number;
  constructor(limit: number, context: QualysErrorContext = {}) {
    super(`response body larger than ${limit} bytes (maxResponseBytes); reading stopped`, context);
    this.name = 'QualysResponseTooLargeError';
    this.limit = limit;
  }
}

export class QualysTokenError extends QualysError {
  constructor(message: string, context: QualysErrorContext = {}) {
    super(message, context);
    this.name = 'QualysTokenError';
  }
}
