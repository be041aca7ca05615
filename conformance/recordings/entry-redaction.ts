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

export function redactorForEntry(entry: RecordedEntry, requestBody: string): ExchangeRedactor {
  const r = new ExchangeRedactor();
  for (const h of [entry.requestHeaders, entry.responseHeaders]) {
    for (const [name, value] of Object.entries(h)) if (isSecretHeader(name)) addHeaderSecrets(r, name, value);
  }
  let url: URL | undefined;
  try {
    url = new URL(entry.url);
  } catch {
    url = undefined;
  }
  if (url) {
    r.add(safeDecode(url.password));
    r.add(url.password);
    for (const [k, v] of url.searchParams) if (isSecretParam(k)) r.add(v);
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

/** The case with every text field passed through the redactor. */
export function redactCase(c: CaseResult, r: ExchangeRedactor): CaseResult {
  const issue = (i: PayloadIssue): PayloadIssue => ({
    ...i,
    message: r.text(i.message),
    location: i.location.path !== undefined ? { ...i.location, path: r.text(i.location.path) } : i.location,
    ...(i.expected !== undefined ? { expected: r.text(i.expected) } : {}),
    ...(i.found !== undefined ? { found: r.text(i.found) } : {}),
  });
  const check = (k: CheckResult): CheckResult => ({
    ...k,
    message: r.text(k.message),
    ...(k.issues ? { issues: k.issues.map(issue) } : {}),
  });
  return {
    ...c,
    checks: c.checks.map(check),
    ...(c.request !== undefined ? { request: r.text(c.request) } : {}),
    ...(c.reason !== undefined ? { reason: r.text(c.reason) } : {}),
  };
}
