/**
 * The endpoint model the client's unit tests start from: a bare GET `/p` on the QPS API with no
 * parameters, headers, responses or paging. Each test overrides only what it depends on.
 */
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';

export function endpointModel(over: Partial<EndpointModel> = {}): EndpointModel {
  return {
    id: 'x.y',
    module: 'x',
    summary: '',
    method: 'GET',
    api: 'qps',
    path: '/p',
    aliases: [],
    auth: 'basic',
    params: [],
    headers: {},
    responses: [],
    errors: 'http',
    pagination: { style: 'none' },
    idempotent: true,
    ...over,
  };
}
