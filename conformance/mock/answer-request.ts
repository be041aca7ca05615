/**
 * The mock's brain, as a pure function of (context, request) → answer, so it is tested without
 * sockets: route the request (method, path template, aliases, FO action), check it against the
 * spec (a request target that is not a URL, or a path with malformed percent-encoding, is a 400 in
 * the endpoint's own error format), inject a requested or scheduled fault, then answer: the
 * example `X-Qspec-Example` / `qspec_example` names, served as recorded; else the dataset, for
 * endpoints that work on a collection (dataset/); else the success example that matches the
 * request (example-choice.ts) or a body generated from the schema, paged by mock-paging.ts.
 *
 * @see docs/mock.md
 */
import type { IrEndpoint, IrResponse } from '../../generator/ir/ir-endpoint.js';
import { requestParams, safeDecodeComponent } from '../routing/endpoint-router.js';
import { checkRequest, type IncomingRequest } from './check-request.js';
import { answerFromDataset } from './dataset/answer-dataset.js';
import { endpointError, errorAnswer, type MockAnswer } from './error-body.js';
import { chooseExample } from './example-choice.js';
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
import { hasSession, sessionAnswer } from './mock-session.js';

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
    return endpointError(
      match.endpoint,
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
      body: `qspec mock: no endpoint in the spec folder matches ${req.method} ${url.pathname}${params.get('action') ? ` action=${params.get('action')}` : ''}${near.length ? ` (same path: ${near.join(', ')})` : ''}\n`,
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
  const cookie = req.headers.cookie;
  const problem = checkRequest(
    endpoint,
    incoming,
    ctx.options.requireAuth && !hasSession(ctx.sessions, endpoint, cookie),
  );
  const forcedError = forcedExample !== undefined && forcedExample.example.status >= 400;
  if (problem && !(forcedError && problem.status === 400)) return endpointError(endpoint, problem, ctx.baseUrl);

  const fault = requestedFault(ctx, req, url);
  const normal = (): MockAnswer => normalAnswer(ctx, endpoint, params, req.body, url, match.pathParams, forcedExample);
  const answer = sessionAnswer(
    ctx.sessions,
    endpoint,
    cookie,
    fault ? faultAnswer(fault, endpoint, ctx.baseUrl, normal) : normal(),
  );
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
  pathParams: Readonly<Record<string, string>>,
  forced: LoadedExample | undefined,
): MockAnswer {
  const headers: Record<string, string> = endpoint.api === 'fo' ? foRateHeaders(ctx) : {};
  if (!forced) {
    const fromData = answerFromDataset(
      ctx.dataset,
      endpoint,
      { params, pathParams, body, path: url.pathname, baseUrl: ctx.baseUrl },
      { pageSize: ctx.options.pageSize, readOnly: ctx.options.readOnly },
    );
    if (fromData) return { ...fromData, headers: { ...fromData.headers, ...headers } };
  }
  const chosen =
    forced ??
    chooseExample(endpoint, ctx.examples.get(endpoint.id) ?? [], ctx.requestBodies.get(endpoint.id), params, body);
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
  headers['content-type'] = contentType;
  // Paged endpoints the dataset does not hold: `pages` pages of the same answer (mock-paging.ts).
  if (
    !forced &&
    status >= 200 &&
    status < 300 &&
    response &&
    endpoint.pagination.style !== 'none' &&
    ctx.options.pages > 1
  ) {
    const page = pageOf(requestCursor(endpoint, params, body));
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

/** Requests per rate-limit window (the FO API's usual subscription, corpus executeAPIRequest409rateLimit.har). */
export const FO_RATE_LIMIT = 300;

/**
 * The FO API's rate-limit headers on a normal answer: `X-RateLimit-Remaining` counts this
 * server's FO calls down from X-RateLimit-Limit; when it would reach 0 a new window starts (the
 * mock never refuses on its own: ask for a `409-1965` fault for that).
 */
function foRateHeaders(ctx: MockContext): Record<string, string> {
  ctx.foCalls = (ctx.foCalls % FO_RATE_LIMIT) + 1;
  return {
    'X-RateLimit-Limit': String(FO_RATE_LIMIT),
    'X-RateLimit-Window-Sec': '3600',
    'X-RateLimit-Remaining': String(FO_RATE_LIMIT - ctx.foCalls),
    'X-RateLimit-ToWait-Sec': '0',
    'X-Concurrency-Limit-Limit': '2',
    'X-Concurrency-Limit-Running': '1',
  };
}
