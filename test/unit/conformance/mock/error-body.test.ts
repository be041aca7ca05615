/**
 * The mock's error bodies (error-body.ts), whole: FO SIMPLE_RETURN (DOCTYPE, fixed DATETIME,
 * CODE, TEXT, ITEM_LIST only with items), QPS ServiceResponse (its code kept when it is one,
 * else the code of the HTTP status, its schema location), gateway JSON and plain text; headers
 * merged with the format's content type; XML escaping of text, codes and items; and where a
 * QPS error says its schema is.
 */
import { describe, expect, it } from 'vitest';
import {
  endpointError,
  errorAnswer,
  esc,
  MOCK_DATETIME,
  qpsSchemaLocationOf,
} from '../../../../conformance/mock/error-body.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const BASE = 'http://m:1';
const qps = (path: string, schemas: (string | undefined)[]) =>
  ({
    id: 'q',
    api: 'qps',
    errors: 'qps-response-code',
    path,
    responses: schemas.map((s, i) => ({ status: 200 + i, ...(s ? { schema: { schema: s } } : {}) })),
  }) as unknown as IrEndpoint;

describe('qpsSchemaLocationOf', () => {
  it.each([
    ['/qps/rest/3.0/search/was/webapp', ['was/schemas/webapp.xsd'], `${BASE}/qps/xsd/3.0/was/webapp.xsd`],
    ['/qps/rest/2.0/get/am/tag/{id}', [undefined, 'am/x.dtd', 'am/a/b/tag.xsd'], `${BASE}/qps/xsd/2.0/am/tag.xsd`],
    ['/qps/rest/2.0/search/am/hostasset', [], `${BASE}/qps/xsd/2.0/am/hostasset.xsd`],
    ['/qps/rest/3.0/count/was/finding', ['was/finding.json'], `${BASE}/qps/xsd/3.0/was/finding.xsd`],
    ['/qps/rest/3.0/search/was', [], `${BASE}/qps/xsd/3.0/qps/service.xsd`],
    ['/other/path', [], `${BASE}/qps/xsd/2.0/qps/service.xsd`],
    ['/other/path', ['m/s.xsd'], `${BASE}/qps/xsd/2.0/m/s.xsd`],
    ['/qps/rest/10.25/search/ab/cd', [], `${BASE}/qps/xsd/10.25/ab/cd.xsd`],
  ])('%s %j', (path, schemas, want) => {
    expect(qpsSchemaLocationOf(qps(path, schemas), BASE)).toBe(want);
  });
});

const SIMPLE_HEAD =
  '<?xml version="1.0" encoding="UTF-8" ?>\n' + `<!DOCTYPE SIMPLE_RETURN SYSTEM "${BASE}/api/2.0/simple_return.dtd">\n`;

describe('errorAnswer: simple-return', () => {
  it('writes DATETIME, CODE and TEXT, and no ITEM_LIST without items', () => {
    expect(errorAnswer('simple-return', { status: 400, code: '1905', text: 'bad <x> & y' }, BASE)).toEqual({
      status: 400,
      headers: { 'content-type': 'text/xml;charset=UTF-8' },
      body:
        SIMPLE_HEAD +
        '<SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-15T10:00:00Z</DATETIME><CODE>1905</CODE>' +
        '<TEXT>bad &lt;x&gt; &amp; y</TEXT></RESPONSE></SIMPLE_RETURN>\n',
    });
    expect(MOCK_DATETIME).toBe('2024-01-15T10:00:00Z');
  });
  it('lists items in order, escaped, and keeps the error headers under its content type', () => {
    const a = errorAnswer(
      'simple-return',
      {
        status: 409,
        code: '1965',
        text: 't',
        items: { SECONDS_TO_WAIT: '1', 'A&B': '<v>' },
        headers: { 'X-A': '1', 'content-type': 'ignored' },
      },
      BASE,
    );
    expect(a).toEqual({
      status: 409,
      headers: { 'X-A': '1', 'content-type': 'text/xml;charset=UTF-8' },
      body:
        SIMPLE_HEAD +
        '<SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-15T10:00:00Z</DATETIME><CODE>1965</CODE><TEXT>t</TEXT>' +
        '<ITEM_LIST><ITEM><KEY>SECONDS_TO_WAIT</KEY><VALUE>1</VALUE></ITEM>' +
        '<ITEM><KEY>A&amp;B</KEY><VALUE>&lt;v&gt;</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>\n',
    });
  });
  it('writes no ITEM_LIST for an empty item map', () => {
    expect(errorAnswer('simple-return', { status: 401, code: '2000', text: 'x', items: {} }, BASE).body).toBe(
      SIMPLE_HEAD +
        '<SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-15T10:00:00Z</DATETIME><CODE>2000</CODE><TEXT>x</TEXT></RESPONSE></SIMPLE_RETURN>\n',
    );
  });
  it('escapes the code', () => {
    expect(errorAnswer('simple-return', { status: 400, code: '<1>', text: '' }, BASE).body).toContain(
      '<CODE>&lt;1&gt;</CODE><TEXT></TEXT></RESPONSE>',
    );
  });
});

const qpsBody = (code: string, text: string, location = `${BASE}/qps/xsd/3.0/was/webapp.xsd`) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  `xsi:noNamespaceSchemaLocation="${location}">` +
  `<responseCode>${code}</responseCode><responseErrorDetails><errorMessage>${text}</errorMessage>` +
  '<errorResolution>Check the request against the API documentation.</errorResolution>' +
  '</responseErrorDetails></ServiceResponse>\n';

describe('errorAnswer: qps-response-code', () => {
  it('keeps a code that is one, with the default schema location', () => {
    expect(
      errorAnswer(
        'qps-response-code',
        { status: 400, code: 'INVALID_REQUEST', text: 'a<b', headers: { H: 'v' } },
        BASE,
      ),
    ).toEqual({
      status: 400,
      headers: { H: 'v', 'content-type': 'application/xml' },
      body: qpsBody('INVALID_REQUEST', 'a&lt;b'),
    });
  });
  it.each([
    [400, 'INVALID_REQUEST'],
    [401, 'INVALID_CREDENTIALS'],
    [403, 'UNAUTHORIZED'],
    [404, 'NOT_FOUND'],
    [409, 'TOO_MANY_REQUESTS'],
    [429, 'TOO_MANY_REQUESTS'],
    [503, 'SERVICE_UNAVAILABLE'],
    [418, 'OTHER'],
    [500, 'OTHER'],
  ])('a numeric code with status %i becomes %s', (status, code) => {
    expect(errorAnswer('qps-response-code', { status, code: '1905', text: 'm' }, BASE, 'loc&1')).toEqual({
      status,
      headers: { 'content-type': 'application/xml' },
      body: qpsBody(code, 'm', 'loc&amp;1'),
    });
  });
  it('keeps a code of several letters that its status would not give', () => {
    expect(errorAnswer('qps-response-code', { status: 404, code: 'CUSTOM_CODE', text: 'm' }, BASE).body).toBe(
      qpsBody('CUSTOM_CODE', 'm'),
    );
  });
  it.each([['Invalid_Code'], ['A1'], [''], ['lower_THEN_UPPER']])('%j is not a QPS code', (code) => {
    expect(errorAnswer('qps-response-code', { status: 404, code, text: 'm' }, BASE).body).toBe(
      qpsBody('NOT_FOUND', 'm'),
    );
  });
});

describe('errorAnswer: json and http', () => {
  it('json: errorCode and message, details only with items', () => {
    expect(errorAnswer('json', { status: 400, code: 'INVALID_API_VERSION', text: 'x' }, BASE)).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: '{"errorCode":"INVALID_API_VERSION","message":"x"}\n',
    });
    expect(
      errorAnswer('json', { status: 409, code: 'C', text: '<t>', items: { k: 'v' }, headers: { A: 'b' } }, BASE),
    ).toEqual({
      status: 409,
      headers: { A: 'b', 'content-type': 'application/json' },
      body: '{"errorCode":"C","message":"<t>","details":{"k":"v"}}\n',
    });
  });
  it('http: status and text as plain text', () => {
    expect(errorAnswer('http', { status: 503, code: '503', text: 'Busy <now>', headers: { R: '1' } }, BASE)).toEqual({
      status: 503,
      headers: { R: '1', 'content-type': 'text/plain' },
      body: '503 Busy <now>\n',
    });
  });
  it('does not share the header object of the error', () => {
    const headers = { A: '1' };
    const a = errorAnswer('http', { status: 500, code: '', text: '', headers }, BASE);
    expect(headers).toEqual({ A: '1' });
    expect(a.headers).not.toBe(headers);
  });
});

describe('endpointError', () => {
  it('QPS errors name the endpoint own schema', () => {
    const e = qps('/qps/rest/2.0/search/am/tag', ['am/tag.xsd']);
    expect(endpointError(e, { status: 400, code: 'INVALID_REQUEST', text: 'm' }, BASE).body).toBe(
      qpsBody('INVALID_REQUEST', 'm', `${BASE}/qps/xsd/2.0/am/tag.xsd`),
    );
  });
  it('other formats answer as errorAnswer does', () => {
    const fo = { id: 'f', api: 'fo', errors: 'simple-return', path: '/api/2.0/fo/x/', responses: [] };
    expect(endpointError(fo as unknown as IrEndpoint, { status: 400, code: '1905', text: 'm' }, BASE)).toEqual(
      errorAnswer('simple-return', { status: 400, code: '1905', text: 'm' }, BASE),
    );
    const gw = { id: 'g', api: 'gateway', errors: 'json', path: '/x', responses: [] };
    expect(endpointError(gw as unknown as IrEndpoint, { status: 401, code: 'E', text: 'm' }, BASE).body).toBe(
      '{"errorCode":"E","message":"m"}\n',
    );
  });
});

describe('esc', () => {
  it('escapes &, < and > everywhere, and nothing else', () => {
    expect(esc(`a&b<c>d&&<<>>"'`)).toBe(`a&amp;b&lt;c&gt;d&amp;&amp;&lt;&lt;&gt;&gt;"'`);
  });
});
