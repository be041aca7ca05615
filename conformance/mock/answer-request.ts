/**
 * The mock's brain, as a pure function of (context, request) → answer, so it is tested without
 * sockets: route the request (method, path template, aliases, FO action), check it against the
 * spec (a request target that is not a URL, or a path with malformed percent-encoding, is a 400 in
 * the endpoint's own error format), inject a requested or scheduled fault, pick the example (`X-Qspec-Example` /
 * `qspec_example` names one; else the valid 2xx example whose params match the request best;
 * else a body generated from the schema), then apply paging.
 *
 * @see issue 4 "The mock server"
 */
import type { IrEndpoint, IrResponse } from '../../generator/ir/ir-endpoint.js';
import { requestParams, safeDecodeComponent } from '../routing/endpoint-router.js';
import { checkRequest, type IncomingRequest } from './check-request.js';
import { errorAnswer, type MockAnswer } from './error-body.js';
import { FAULT_HEADER, FAULT_QUERY, type FaultSpec, faultAnswer, parseFault } from './fault-injection.js';
import {
  bodyValidates,
  generatedBody,
  type LoadedExample,
  type MockContext,
  mockJwt,
  successResponse,
} from './mock-context.js';
import { pageBody, pageOf, requestCursor } from './mock-paging.js';

export const EXAMPLE_HEADER = 'x-qspec-example';
export const EXAMPLE_QUERY = 'qspec_example';

export interface MockRequest {
  readonly method: string;
  /** Path and query, as on the request line. */
  readonly url: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

export function answerRequest(ctx: MockContext, req: MockRequest): MockAnswer {
  ctx.requests++;
  let url: URL;
  try {
    url = new URL(req.url, 'http://mock.invalid');
  } catch {
    return errorAnswer('http', { status: 400, code: '400', text: 'malformed request target' }, ctx.baseUrl);
  }
  const params = requestParams(url, req.headers['content-type'], req.body);
  const match = ctx.router.match(req.method, url.pathname, params);
  const badPath = safeDecodeComponent(url.pathname) === undefined;
  if (match && (badPath || match.malformed)) {
    return errorAnswer(
      match.endpoint.errors,
      {
        status: 400,
        code: match.endpoint.errors === 'simple-return' ? '1905' : 'INVALID_REQUEST',
        text: 'Malformed percent-encoding in the request path',
      },
      ctx.baseUrl,
    );
  }
  if (!match && badPath) {
    return errorAnswer(
      'http',
      { status: 400, code: '400', text: 'malformed percent-encoding in the request path' },
      ctx.baseUrl,
    );
  }
  if (!match) {
    if (req.method === 'POST' && /\/auth\/?$/.test(url.pathname)) {
      return { status: 201, headers: { 'content-type': 'text/plain' }, body: mockJwt() };
    }
    const near = ctx.router.nearMisses(url.pathname).map((e) => `${e.method} ${e.id}`);
    return {
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: `qspec mock: no endpoint in specs/ matches ${req.method} ${url.pathname}${params.get('action') ? ` action=${params.get('action')}` : ''}${near.length ? ` (same path: ${near.join(', ')})` : ''}\n`,
    };
  }
  const { endpoint } = match;
  const forced = req.headers[EXAMPLE_HEADER] ?? url.searchParams.get(EXAMPLE_QUERY) ?? undefined;
  const forcedExample = forced ? ctx.examples.get(endpoint.id)?.find((e) => e.example.name === forced) : undefined;
  if (forced && !forcedExample) {
    return errorAnswer(
      'http',
      { status: 404, code: '404', text: `no example '${forced}' for ${endpoint.id}` },
      ctx.baseUrl,
    );
  }
  const incoming: IncomingRequest = {
    method: req.method,
    headers: req.headers,
    params,
    pathParams: match.pathParams,
    body: req.body,
  };
  const problem = checkRequest(endpoint, incoming, ctx.options.requireAuth);
  const forcedError = forcedExample !== undefined && forcedExample.example.status >= 400;
  if (problem && !(forcedError && problem.status === 400)) return errorAnswer(endpoint.errors, problem, ctx.baseUrl);

  const fault = requestedFault(ctx, req, url);
  const normal = (): MockAnswer => normalAnswer(ctx, endpoint, params, req.body, url, forcedExample);
  const answer = fault ? faultAnswer(fault, endpoint, ctx.baseUrl, normal) : normal();
  return ctx.options.latencyMs > 0 && answer.delayMs === undefined
    ? { ...answer, delayMs: ctx.options.latencyMs }
    : answer;
}

function requestedFault(ctx: MockContext, req: MockRequest, url: URL): FaultSpec | undefined {
  const asked = req.headers[FAULT_HEADER] ?? url.searchParams.get(FAULT_QUERY) ?? undefined;
  if (asked) return parseFault(asked);
  const scheduled = ctx.options.fault;
  if (scheduled && ctx.requests % scheduled.every === 0) return scheduled.spec;
  return undefined;
}

function normalAnswer(
  ctx: MockContext,
  endpoint: IrEndpoint,
  params: URLSearchParams,
  body: string,
  url: URL,
  forced: LoadedExample | undefined,
): MockAnswer {
  const chosen = forced ?? bestExample(ctx.examples.get(endpoint.id) ?? [], params);
  let status: number;
  let contentType: string;
  let text: string;
  let response: IrResponse | undefined;
  if (chosen) {
    status = chosen.example.status;
    contentType = chosen.example.contentType;
    text = chosen.body;
    response =
      endpoint.responses.find((r) => r.status === status && r.contentType === contentType) ??
      endpoint.responses.find((r) => r.status === status);
  } else {
    response = successResponse(endpoint);
    if (!response)
      return errorAnswer(
        'http',
        { status: 500, code: '500', text: `${endpoint.id} declares no 2xx response` },
        ctx.baseUrl,
      );
    status = response.status;
    contentType = response.contentType;
    text = generatedBody(ctx, endpoint, response);
  }
  const headers: Record<string, string> = { 'content-type': contentType };
  if (endpoint.api === 'fo') Object.assign(headers, FO_RATE_HEADERS);
  if (status >= 200 && status < 300 && response && endpoint.pagination.style !== 'none' && ctx.options.pages > 1) {
    const cursor = requestCursor(endpoint, params, body);
    const own = forced && cursor !== undefined && Object.values(forced.example.params ?? {}).includes(String(cursor));
    const page = own ? 1 : pageOf(cursor);
    const paged = pageBody(endpoint, text, page, ctx.options.pages, (cursor) => nextUrl(ctx, url, params, cursor));
    if (paged?.empty) return { status: 204, headers: {}, body: '' };
    if (paged && bodyValidates(ctx, endpoint, response, paged.body)) text = paged.body;
  }
  return { status, headers, body: text };
}

function nextUrl(ctx: MockContext, url: URL, params: URLSearchParams, cursor: number): string {
  const next = new URLSearchParams(params);
  next.set('id_min', String(cursor));
  return `${ctx.baseUrl}${url.pathname}?${next.toString()}`;
}

/** The FO API's usual rate-limit headers on a normal answer (corpus executeAPIRequest409rateLimit.har). */
const FO_RATE_HEADERS = {
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Window-Sec': '3600',
  'X-RateLimit-Remaining': '299',
  'X-RateLimit-ToWait-Sec': '0',
  'X-Concurrency-Limit-Limit': '2',
  'X-Concurrency-Limit-Running': '0',
};

/** The valid 2xx example whose params all match the request, preferring the most specific; else the first valid 2xx one. */
function bestExample(examples: readonly LoadedExample[], params: URLSearchParams): LoadedExample | undefined {
  const usable = examples.filter(
    (e) => e.example.expect === 'valid' && e.example.status >= 200 && e.example.status < 300,
  );
  let best: LoadedExample | undefined;
  let bestScore = -1;
  for (const e of usable) {
    const wanted = Object.entries(e.example.params ?? {});
    if (!wanted.every(([k, v]) => params.get(k) === v)) continue;
    if (wanted.length > bestScore) {
      best = e;
      bestScore = wanted.length;
    }
  }
  return best ?? usable[0];
}
