/**
 * Test helper for the ClientCore exact tests: an in-memory transport that answers from a list
 * and records each request, a small FO endpoint builder, and a client over both.
 */
import { ClientCore } from '../../../../runtime/client/client-core.js';
import type { ClientOptions, ClientWarning } from '../../../../runtime/client/client-options.js';
import {
  type TransportRequest,
  type TransportResponse,
  transportResponse,
} from '../../../../runtime/client/transport.js';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
import { endpointModel } from './endpoint-fixture.js';

export const API = 'https://api.test';
export const GW = 'https://gw.test';
export type Reply = TransportResponse | ((req: TransportRequest) => TransportResponse);

/** A transport answering from a list (the last answer repeats), recording each request. */
export function fakeTransport(replies: Reply[]) {
  const requests: TransportRequest[] = [];
  return {
    requests,
    send: async (req: TransportRequest) => {
      requests.push(req);
      const r = replies[Math.min(requests.length - 1, replies.length - 1)]!;
      return typeof r === 'function' ? r(req) : r;
    },
  };
}

export function ep(over: Partial<EndpointModel> = {}): EndpointModel {
  return endpointModel({
    id: 'test.thing.get',
    module: 'test',
    summary: 'test',
    api: 'fo',
    path: '/api/2.0/fo/thing/',
    params: [{ name: 'q', prop: 'q', in: 'query', type: 'string', required: false }],
    responses: [{ status: 200, contentType: 'text/xml', body: 'xml' }],
    ...over,
  });
}

export const xmlOk = (s = '<R><A>1</A></R>', headers: Record<string, string> = {}) =>
  transportResponse(200, { 'content-type': 'text/xml', ...headers }, s);
export const basic = { kind: 'basic', username: 'alice', password: 's3cr3t-Pa55' } as const;
export const XRW = { 'X-Requested-With': 'qspec' };
export const ALICE = `Basic ${Buffer.from('alice:s3cr3t-Pa55').toString('base64')}`;

export function client(replies: Reply[], over: Partial<ClientOptions> = {}) {
  const t = fakeTransport(replies);
  const warnings: ClientWarning[] = [];
  const core = new ClientCore({
    baseUrl: API,
    auth: basic,
    transport: t,
    sleep: async () => {},
    onWarning: (w) => warnings.push(w),
    ...over,
  });
  return { core, requests: t.requests, warnings };
}

export const caught = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'no error',
    (e: unknown) => e,
  );
