/**
 * Builds the HTTP request of one endpoint call from typed input: path parameters substituted
 * (URL-encoded), query/form/header parameters placed and encoded (encode-param.ts), const
 * parameters (`action=list`) added, and the body: FO form parameters go into an
 * `application/x-www-form-urlencoded` body on POST (the query string on GET), QPS bodies are
 * `ServiceRequest` XML, JSON bodies are `JSON.stringify(input.body)`.
 *
 * Input must already be validated (validate-request.ts). Headers returned here carry no
 * credentials; auth is added by the client core.
 *
 * @see docs/client.md (requests)
 */
import type { EndpointModel } from '../endpoint-model.js';
import { encodeParam } from './encode-param.js';
import { type ServiceRequestInput, serviceRequestXml } from './service-request-xml.js';

export interface BuiltRequest {
  /** Path plus query string, relative to the base URL. */
  readonly pathAndQuery: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export function buildRequest(
  endpoint: EndpointModel,
  input: Readonly<Record<string, unknown>>,
  extraQuery: Readonly<Record<string, string>> = {},
): BuiltRequest {
  let path = endpoint.path;
  const query = new URLSearchParams();
  const form = new URLSearchParams();
  const headers: Record<string, string> = { ...endpoint.headers };
  for (const p of endpoint.params) {
    const raw = p.const ?? input[p.prop] ?? undefined;
    if (raw === undefined || raw === null) continue;
    const value = p.const ?? encodeParam(p, raw, endpoint.api);
    switch (p.in) {
      case 'path':
        path = path.split(`{${p.name}}`).join(encodeURIComponent(value));
        break;
      case 'query':
        query.append(p.name, value);
        break;
      case 'form':
        (endpoint.method === 'GET' || endpoint.method === 'DELETE' ? query : form).append(p.name, value);
        break;
      case 'header':
        headers[p.name] = value;
        break;
    }
  }
  for (const [k, v] of Object.entries(extraQuery)) {
    query.delete(k);
    form.delete(k);
    (endpoint.method === 'POST' && endpoint.request?.kind === 'form' ? form : query).set(k, v);
  }
  if (endpoint.api === 'fo') headers['X-Requested-With'] = 'qspec';
  let body: string | undefined;
  const kind = endpoint.request?.kind;
  if (kind === 'service-request') {
    body = serviceRequestXml(input as ServiceRequestInput, endpoint.request?.schema?.root ?? 'ServiceRequest');
    headers['content-type'] = endpoint.request?.contentType ?? 'text/xml';
  } else if (kind === 'json') {
    if (input['body'] !== undefined) body = JSON.stringify(input['body']);
    headers['content-type'] = endpoint.request?.contentType ?? 'application/json';
  } else if ([...form.keys()].length > 0) {
    body = form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const qs = query.toString();
  return { pathAndQuery: qs ? `${path}?${qs}` : path, headers, ...(body !== undefined ? { body } : {}) };
}
