/**
 * `qspec mock --proxy URL`: a validating proxy (as `prism proxy` is for OpenAPI). Each request
 * is forwarded to the real platform at URL unchanged (method, path, query, headers but the
 * hop-by-hop ones, body) and the platform's answer is returned unchanged to the client; on the
 * way, the request is checked against its endpoint spec (route, required params, enums, integer
 * and boolean forms) and the response against the declared statuses, content types and schemas,
 * with the same checks `qspec conformance` runs. Each exchange becomes a CaseResult, so the
 * reporters print the run as they print a conformance run.
 *
 * Bounded: the upstream answer is read up to MAX_UPSTREAM_BYTES (a larger one is cut off and
 * reported), the upstream has UPSTREAM_TIMEOUT_MS to answer. Credentials are forwarded (the
 * platform needs them) but never reported: results hold no header, and query values whose names
 * look secret (password, token, key, secret) are replaced by `***`.
 */
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import { checkResponse } from '../../checks/check-response.js';
import { trimTrailingSlashes } from '../../routing/compile-path.js';
import { requestParams } from '../../routing/endpoint-router.js';
import type { CaseResult, CheckResult } from '../../runner/case-result.js';
import { outcomeOf } from '../../runner/case-result.js';
import { checkRequest } from '../check-request.js';
import type { MockAnswer } from '../error-body.js';
import type { MockContext } from '../mock-context.js';

export const MAX_UPSTREAM_BYTES = 64 * 1024 * 1024;
export const UPSTREAM_TIMEOUT_MS = 120_000;

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'accept-encoding',
]);
const SECRET_NAME = /pass|token|secret|key|auth/i;

export interface ProxyRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

export interface ProxyExchange {
  readonly answer: MockAnswer;
  readonly result: CaseResult;
}

/** Forwards one request to `upstream` and checks both directions against the specs. */
export async function proxyExchange(ctx: MockContext, upstream: URL, req: ProxyRequest): Promise<ProxyExchange> {
  const started = Date.now();
  const n = ++ctx.requests;
  const url = new URL(req.url, 'http://proxy.invalid');
  const text = req.body.toString('utf8');
  const params = requestParams(url, req.headers['content-type'], text);
  const match = ctx.router.match(req.method, url.pathname, params);
  const shown = `${req.method} ${url.pathname}${redactedQuery(url.searchParams)}`;
  const checks: CheckResult[] = [];
  if (match) {
    const problem = checkRequest(
      match.endpoint,
      { method: req.method, headers: req.headers, params, pathParams: match.pathParams, body: text },
      false,
    );
    checks.push(
      problem
        ? { check: 'request', ok: false, message: `request does not follow the spec: ${problem.text}` }
        : { check: 'request', ok: true, message: `${match.endpoint.id}: request follows the spec` },
    );
  }
  const target = new URL(trimTrailingSlashes(upstream.href) + url.pathname + url.search);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
  let answer: MockAnswer;
  let bodyText = '';
  try {
    const r = await fetch(target, {
      method: req.method,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      ...(req.method !== 'GET' && req.method !== 'HEAD' && req.body.length > 0 ? { body: req.body } : {}),
    });
    const { bytes, cut } = await readBounded(r);
    bodyText = bytes.toString('utf8');
    const out: Record<string, string> = {};
    r.headers.forEach((v, k) => {
      if (!HOP_BY_HOP.has(k) && k !== 'content-encoding') out[k] = v;
    });
    answer = { status: r.status, headers: out, body: '', bytes };
    if (cut)
      checks.push({
        check: 'well-formed',
        ok: false,
        message: `upstream answer over ${MAX_UPSTREAM_BYTES} bytes: cut off`,
      });
  } catch (e) {
    const reason = (e as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable';
    answer = {
      status: 502,
      headers: { 'content-type': 'text/plain' },
      body: `qspec mock --proxy: upstream ${upstream.origin} ${reason}\n`,
    };
    checks.push({ check: 'status', ok: false, message: `upstream ${reason}` });
    return { answer, result: result(shown, match?.endpoint.id, checks, started, 502, n) };
  }
  if (!match) {
    return {
      answer,
      result: {
        id: `proxy#${n}`,
        name: shown,
        outcome: 'unspecified',
        // No request or response checks without an endpoint; a cut answer is still reported.
        checks,
        durationMs: Date.now() - started,
        reason: 'no endpoint in the spec folder matches this request',
        request: shown,
        status: answer.status,
      },
    };
  }
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(answer.headers)) lower[k.toLowerCase()] = v;
  checks.push(
    ...checkResponse(
      ctx.doc as IrDocument,
      match.endpoint,
      { status: answer.status, headers: lower, body: bodyText },
      { expect: 'valid' },
    ),
  );
  return { answer, result: result(shown, match.endpoint.id, checks, started, answer.status, n) };
}

function result(
  shown: string,
  endpoint: string | undefined,
  checks: CheckResult[],
  started: number,
  status: number,
  n: number,
): CaseResult {
  return {
    id: `${endpoint ?? 'proxy'}/proxy#${n}`,
    ...(endpoint ? { endpoint } : {}),
    name: shown,
    outcome: outcomeOf(checks),
    checks,
    durationMs: Date.now() - started,
    request: shown,
    status,
  };
}

/** `?a=1&password=***` (empty when there is no query). */
export function redactedQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [k, v] of params) out.append(k, SECRET_NAME.test(k) ? '***' : v);
  const s = out.toString();
  return s ? `?${s}` : '';
}

async function readBounded(r: Response): Promise<{ bytes: Buffer; cut: boolean }> {
  if (!r.body) return { bytes: Buffer.alloc(0), cut: false };
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = r.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks), cut: false };
    size += value.length;
    if (size > MAX_UPSTREAM_BYTES) {
      await reader.cancel();
      return { bytes: Buffer.concat(chunks), cut: true };
    }
    chunks.push(Buffer.from(value));
  }
}
