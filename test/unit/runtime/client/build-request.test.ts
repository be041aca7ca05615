/**
 * build-request.ts, exactly: path parameters substituted and URL-encoded, query/form/header
 * placement (form parameters on the query string for GET and DELETE, in the body otherwise),
 * const parameters, extra query parameters replacing the caller's, the FO `X-Requested-With`
 * header, and the three body kinds with their content types.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../../runtime/client/build-request.js';
import type { ParamModel, RequestModel } from '../../../../runtime/endpoint-model.js';
import { endpointModel } from './endpoint-fixture.js';

const ep = endpointModel;
const param = (name: string, where: ParamModel['in'], extra: Partial<ParamModel> = {}): ParamModel => ({
  name,
  prop: name,
  in: where,
  type: 'string',
  required: false,
  ...extra,
});

describe('path parameters', () => {
  it('substitutes every occurrence, URL-encoded', () => {
    const e = ep({ path: '/qps/rest/3.0/get/was/webapp/{id}/x/{id}', params: [param('id', 'path')] });
    expect(buildRequest(e, { id: 'a/b c?' })).toEqual({
      pathAndQuery: '/qps/rest/3.0/get/was/webapp/a%2Fb%20c%3F/x/a%2Fb%20c%3F',
      headers: {},
    });
  });
  it('an absent or null parameter leaves the template and adds nothing', () => {
    const e = ep({ path: '/a/{id}', params: [param('id', 'path'), param('q', 'query')] });
    expect(buildRequest(e, { id: null, q: undefined })).toEqual({ pathAndQuery: '/a/{id}', headers: {} });
  });
});

describe('query, form and header parameters', () => {
  it('query parameters are form-encoded in order; values are wire-encoded', () => {
    const e = ep({
      api: 'fo',
      params: [
        param('action', 'query', { const: 'list' }),
        param('ids', 'query', { list: true, type: 'integer' }),
        param('echo_request', 'query', { prop: 'echoRequest', type: 'boolean' }),
        param('q', 'query'),
      ],
    });
    expect(buildRequest(e, { ids: [1, 2], echoRequest: true, q: 'a b&c=d' })).toEqual({
      pathAndQuery: '/p?action=list&ids=1%2C2&echo_request=1&q=a+b%26c%3Dd',
      headers: { 'X-Requested-With': 'qspec' },
    });
  });

  it('a const parameter overrides whatever the caller passed under its prop', () => {
    const e = ep({ params: [param('action', 'query', { const: 'list' })] });
    expect(buildRequest(e, { action: 'delete' }).pathAndQuery).toBe('/p?action=list');
  });

  it('a false boolean and a zero are sent', () => {
    const e = ep({ params: [param('b', 'query', { type: 'boolean' }), param('n', 'query', { type: 'integer' })] });
    expect(buildRequest(e, { b: false, n: 0 }).pathAndQuery).toBe('/p?b=false&n=0');
  });

  it.each(['GET', 'DELETE'] as const)('form parameters of a %s go on the query string', (method) => {
    const e = ep({ method, api: 'fo', params: [param('f', 'form')] });
    expect(buildRequest(e, { f: 'v' })).toEqual({ pathAndQuery: '/p?f=v', headers: { 'X-Requested-With': 'qspec' } });
  });

  it.each(['POST', 'PUT', 'PATCH'] as const)('form parameters of a %s go into a urlencoded body', (method) => {
    const e = ep({
      method,
      api: 'fo',
      params: [param('action', 'query', { const: 'add' }), param('f', 'form'), param('g', 'form')],
    });
    expect(buildRequest(e, { f: 'a b', g: 'x&y' })).toEqual({
      pathAndQuery: '/p?action=add',
      headers: { 'X-Requested-With': 'qspec', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'f=a+b&g=x%26y',
    });
  });

  it('a POST without form values has no body and no content type', () => {
    const e = ep({ method: 'POST', params: [param('f', 'form')] });
    // toStrictEqual: no `body` key at all, not `body: undefined`
    expect(buildRequest(e, {})).toStrictEqual({ pathAndQuery: '/p', headers: {} });
  });

  it('header parameters become headers, next to the endpoint headers', () => {
    const e = ep({ headers: { accept: 'application/json' }, params: [param('X-Trace', 'header')] });
    const built = buildRequest(e, { 'X-Trace': 'abc' });
    expect(built).toEqual({ pathAndQuery: '/p', headers: { accept: 'application/json', 'X-Trace': 'abc' } });
  });

  it('does not change the endpoint headers object', () => {
    const headers = { accept: 'text/xml' };
    const e = ep({ api: 'fo', headers, params: [param('h', 'header')] });
    buildRequest(e, { h: 'v' });
    expect(headers).toEqual({ accept: 'text/xml' });
  });

  it.each(['qps', 'gateway', 'pci'] as const)('a %s endpoint gets no X-Requested-With', (api) => {
    expect(buildRequest(ep({ api }), {}).headers).toEqual({});
  });
});

describe('extra query parameters', () => {
  it('replace a query parameter of the same name and go on the query string', () => {
    const e = ep({ params: [param('offset', 'query'), param('q', 'query')] });
    expect(buildRequest(e, { offset: 5, q: 'x' }, { offset: '100', limit: '10' }).pathAndQuery).toBe(
      '/p?q=x&offset=100&limit=10',
    );
  });
  it('replace a form value of the same name; on a POST form endpoint they go into the body', () => {
    const request: RequestModel = { kind: 'form', contentType: 'application/x-www-form-urlencoded' };
    const e = ep({ method: 'POST', api: 'fo', request, params: [param('id_min', 'form'), param('f', 'form')] });
    expect(buildRequest(e, { id_min: '1', f: 'v' }, { id_min: '500' })).toEqual({
      pathAndQuery: '/p',
      headers: { 'X-Requested-With': 'qspec', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'f=v&id_min=500',
    });
  });
  it('on a POST whose request is not a form they go on the query string, removing a form value', () => {
    const e = ep({ method: 'POST', api: 'fo', params: [param('id_min', 'form'), param('f', 'form')] });
    expect(buildRequest(e, { id_min: '1', f: 'v' }, { id_min: '500' })).toEqual({
      pathAndQuery: '/p?id_min=500',
      headers: { 'X-Requested-With': 'qspec', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'f=v',
    });
  });
  it('on a GET form endpoint they go on the query string', () => {
    const request: RequestModel = { kind: 'form', contentType: 'application/x-www-form-urlencoded' };
    const e = ep({ method: 'GET', request, params: [param('f', 'form')] });
    expect(buildRequest(e, { f: 'v' }, { id_min: '5' })).toEqual({ pathAndQuery: '/p?f=v&id_min=5', headers: {} });
  });
  it('an extra parameter that only removes a form value leaves an empty form: no body', () => {
    const e = ep({ method: 'PUT', params: [param('f', 'form')] });
    expect(buildRequest(e, { f: 'v' }, { f: 'w' })).toStrictEqual({ pathAndQuery: '/p?f=w', headers: {} });
  });
});

describe('bodies', () => {
  it('service-request: ServiceRequest XML under the schema root, with the declared content type', () => {
    const request: RequestModel = {
      kind: 'service-request',
      contentType: 'application/xml',
      schema: { schema: 'csam', root: 'FilterRequest', format: 'xsd' },
    };
    const e = ep({ method: 'POST', request });
    const built = buildRequest(e, { filters: [{ field: 'id', operator: 'EQUALS', value: 3 }] });
    expect(built).toEqual({
      pathAndQuery: '/p',
      headers: { 'content-type': 'application/xml' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<FilterRequest><filters><Criteria field="id" operator="EQUALS">3</Criteria></filters></FilterRequest>',
    });
  });
  it('service-request without a schema: root ServiceRequest; without a content type: text/xml', () => {
    const request = { kind: 'service-request', contentType: undefined } as unknown as RequestModel;
    expect(buildRequest(ep({ method: 'POST', request }), {})).toEqual({
      pathAndQuery: '/p',
      headers: { 'content-type': 'text/xml' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<ServiceRequest></ServiceRequest>',
    });
  });
  it('json: the body input stringified, with the declared content type', () => {
    const request: RequestModel = { kind: 'json', contentType: 'application/vnd+json' };
    expect(buildRequest(ep({ method: 'POST', request }), { body: { a: [1, 'x'] } })).toEqual({
      pathAndQuery: '/p',
      headers: { 'content-type': 'application/vnd+json' },
      body: '{"a":[1,"x"]}',
    });
  });
  it('json without a body input: no body, still the content type (application/json by default)', () => {
    const request = { kind: 'json' } as unknown as RequestModel;
    expect(buildRequest(ep({ method: 'POST', request }), {})).toStrictEqual({
      pathAndQuery: '/p',
      headers: { 'content-type': 'application/json' },
    });
  });
  it('json with form parameters: the JSON body wins, the form values are dropped', () => {
    const request: RequestModel = { kind: 'json', contentType: 'application/json' };
    const e = ep({ method: 'POST', request, params: [param('f', 'form')] });
    expect(buildRequest(e, { f: 'v', body: 1 })).toEqual({
      pathAndQuery: '/p',
      headers: { 'content-type': 'application/json' },
      body: '1',
    });
  });
});
