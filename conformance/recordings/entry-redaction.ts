/**
 * Credentials in recordings never reach a report. Real HARs and VCR cassettes carry them:
 * `Authorization` headers, cookies, a `password` form field (`fo/session` login), user:password
 * in a URL, API keys, JWTs. For each replayed entry every such value is registered as a secret
 * (with the decoded user:password of Basic auth), and everything the case reports (request line,
 * check messages, issue texts) goes through the redactor, so a credential echoed anywhere (a
 * path, a response body quoted in a validation error) shows as `[REDACTED]`.
 *
 * @see transports/redact-exchange.ts (the same rules as `--mode record`)
 */
import type { CaseResult, CheckResult } from '../runner/case-result.js';
import { ExchangeRedactor, isSecretHeader, isSecretParam } from '../transports/redact-exchange.js';
import type { PayloadIssue } from '../validate/payload-issue.js';
import type { RecordedEntry } from './recorded-entry.js';

/** Set-Cookie attributes: their values (a path, a date) are not secrets. */
const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'priority', 'partitioned']);

export function redactorForEntry(entry: RecordedEntry, requestBody: string, url: URL | undefined): ExchangeRedactor {
  const r = new ExchangeRedactor();
  for (const h of [entry.requestHeaders, entry.responseHeaders]) {
    for (const name in h) if (isSecretHeader(name)) addHeaderSecrets(r, name, h[name]!);
  }
  if (url) {
    if (url.password) {
      r.add(safeDecode(url.password));
      r.add(url.password);
    }
    if (url.search) for (const [k, v] of url.searchParams) if (isSecretParam(k)) r.add(v);
  }
  if (requestBody && /^[^<{[]/.test(requestBody.trimStart())) {
    for (const [k, v] of new URLSearchParams(requestBody)) if (isSecretParam(k)) r.add(v);
  }
  return r;
}

function addHeaderSecrets(r: ExchangeRedactor, name: string, value: string): void {
  r.add(value);
  const lower = name.toLowerCase();
  if (lower === 'cookie' || lower === 'set-cookie') {
    // Cookie: `a=1; b=2`; Set-Cookie (several joined by `, `): `a=1; Path=/api; Expires=...`.
    for (const part of value.split(/[;,]/)) {
      const eq = part.indexOf('=');
      if (eq > 0 && !COOKIE_ATTRIBUTES.has(part.slice(0, eq).trim().toLowerCase())) r.add(part.slice(eq + 1).trim());
    }
    return;
  }
  const space = value.indexOf(' ');
  const token = space > 0 ? value.slice(space + 1).trim() : value.trim();
  r.add(token);
  if (/^basic$/i.test(value.slice(0, space))) {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) {
      r.add(decoded);
      r.add(decoded.slice(colon + 1));
    }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The case with every text field passed through the redactor; objects are copied only where a
 * text changed (most cases carry no credential), so the case is returned as it is otherwise.
 */
export function redactCase(c: CaseResult, r: ExchangeRedactor): CaseResult {
  const issue = (i: PayloadIssue): PayloadIssue => {
    const message = r.text(i.message);
    const path = i.location.path !== undefined ? r.text(i.location.path) : undefined;
    const expected = i.expected !== undefined ? r.text(i.expected) : undefined;
    const found = i.found !== undefined ? r.text(i.found) : undefined;
    if (message === i.message && path === i.location.path && expected === i.expected && found === i.found) return i;
    return {
      ...i,
      message,
      location: path !== undefined ? { ...i.location, path } : i.location,
      ...(expected !== undefined ? { expected } : {}),
      ...(found !== undefined ? { found } : {}),
    };
  };
  const check = (k: CheckResult): CheckResult => {
    const message = r.text(k.message);
    const issues = k.issues ? same(k.issues, k.issues.map(issue)) : undefined;
    if (message === k.message && issues === k.issues) return k;
    return { ...k, message, ...(issues ? { issues } : {}) };
  };
  const checks = same(c.checks, c.checks.map(check));
  const request = c.request !== undefined ? r.text(c.request) : undefined;
  const reason = c.reason !== undefined ? r.text(c.reason) : undefined;
  if (checks === c.checks && request === c.request && reason === c.reason) return c;
  return {
    ...c,
    checks,
    ...(request !== undefined ? { request } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

/** `before` when every element of `after` is the same object, else `after`. */
function same<T>(before: readonly T[], after: readonly T[]): readonly T[] {
  return after.every((x, i) => x === before[i]) ? before : after;
}
