/**
 * response-error.ts, exactly: which answers are errors and of which class (SIMPLE_RETURN with a
 * CODE, unless it is the endpoint's declared payload on a status below 400; QPS or gateway JSON
 * responseCode other than SUCCESS; any other status ≥ 400), the quoted texts (cut at 2000
 * characters, HTTP excerpts at 300 with whitespace folded), and redaction of registered secrets
 * and of an echoed request body of 16 characters or more.
 */
import { describe, expect, it } from 'vitest';
import { QualysApiError, QualysHttpError, QualysSimpleReturnError } from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import { responseError } from '../../../../runtime/client/response-error.js';
import { readXmlEnvelope } from '../../../../runtime/client/xml-envelope.js';
import type { EndpointModel, ResponseModel } from '../../../../runtime/endpoint-model.js';
import { endpointModel } from './endpoint-fixture.js';

const SECRET = 'Pa55-w0rd-XYZ';
const URL_ = 'https://h/api/2.0/fo/scan/';
function ep(responses: ResponseModel[] = []): EndpointModel {
  return endpointModel({ id: 'vm.scan.list', module: 'vm', api: 'fo', responses, errors: 'simple-return' });
}
function redactor(): Redactor {
  const r = new Redactor();
  r.add(SECRET);
  return r;
}
const sr = (code: string | undefined, text: string, items = '') =>
  `<SIMPLE_RETURN><RESPONSE><DATETIME>x</DATETIME>${code !== undefined ? `<CODE>${code}</CODE>` : ''}<TEXT>${text}</TEXT>${items}</RESPONSE></SIMPLE_RETURN>`;
const srDeclared = (status: number, root = 'SIMPLE_RETURN'): ResponseModel => ({
  status,
  contentType: 'text/xml',
  body: 'xml',
  schema: { schema: 'vm/simple_return.dtd', root, format: 'dtd' },
});
function call(endpoint: EndpointModel, status: number, text: string, json?: unknown, body?: string) {
  return responseError(endpoint, status, text, readXmlEnvelope(text), json, redactor(), URL_, body);
}

describe('SIMPLE_RETURN', () => {
  it('a CODE makes a QualysSimpleReturnError with text, items and context, redacted', () => {
    const items = `<ITEM_LIST><ITEM><KEY>SECONDS_TO_WAIT</KEY><VALUE>12</VALUE></ITEM><ITEM><KEY>ECHO</KEY><VALUE>${SECRET}</VALUE><VALUE>b</VALUE></ITEM></ITEM_LIST>`;
    const err = call(ep(), 409, sr('1965', `wait, ${SECRET}`, items));
    expect(err).toBeInstanceOf(QualysSimpleReturnError);
    const e = err as QualysSimpleReturnError;
    expect(e.message).toBe('vm.scan.list: SIMPLE_RETURN 1965: wait, ***');
    expect({ code: e.code, text: e.text, items: e.items, status: e.status, url: e.url, endpoint: e.endpoint }).toEqual({
      code: '1965',
      text: 'wait, ***',
      items: { SECONDS_TO_WAIT: ['12'], ECHO: ['***', 'b'] },
      status: 409,
      url: URL_,
      endpoint: 'vm.scan.list',
    });
    expect(e.secondsToWait).toBe(12);
  });

  it('is an error on a 200 when the endpoint does not declare SIMPLE_RETURN', () => {
    const err = call(ep([srDeclared(200, 'SCAN_LIST_OUTPUT')]), 200, sr('999', 'Internal error'));
    expect((err as QualysSimpleReturnError).message).toBe('vm.scan.list: SIMPLE_RETURN 999: Internal error');
  });

  it('is the payload on a 2xx/3xx status it is declared for', () => {
    expect(call(ep([srDeclared(200)]), 200, sr('0', 'Scan launched'))).toBe(undefined);
    expect(call(ep([srDeclared(399)]), 399, sr('0', 'odd'))).toBe(undefined);
  });

  it('is an error on a declared status of 400 or more', () => {
    const err = call(ep([srDeclared(400)]), 400, sr('1905', 'bad param'));
    expect(err).toBeInstanceOf(QualysSimpleReturnError);
    expect((err as Error).message).toBe('vm.scan.list: SIMPLE_RETURN 1905: bad param');
  });

  it('is the payload when any one of several responses declares it', () => {
    const other: ResponseModel = { status: 200, contentType: 'text/xml', body: 'xml' };
    expect(call(ep([other, srDeclared(200)]), 200, sr('0', 'ok'))).toBe(undefined);
    expect(call(ep([srDeclared(200), other]), 200, sr('0', 'ok'))).toBe(undefined);
  });

  it('is an error when declared for another status only', () => {
    const err = call(ep([srDeclared(201)]), 200, sr('2000', 'x'));
    expect(err).toBeInstanceOf(QualysSimpleReturnError);
  });

  it('without a CODE it is no SIMPLE_RETURN error: a 200 is a success, a 500 an HTTP error', () => {
    expect(call(ep(), 200, sr(undefined, 'ok'))).toBe(undefined);
    const err = call(ep(), 500, sr(undefined, 'boom'));
    expect(err).toBeInstanceOf(QualysHttpError);
  });

  it('cuts the text at 2000 characters', () => {
    const e = call(ep(), 400, sr('1', 'a'.repeat(2001))) as QualysSimpleReturnError;
    expect(e.text).toBe('a'.repeat(2000));
    const e2 = call(ep(), 400, sr('1', 'b'.repeat(2000))) as QualysSimpleReturnError;
    expect(e2.text).toBe('b'.repeat(2000));
  });

  it('masks the request body when the server echoes it (16 characters or more)', () => {
    const body16 = 'name=abcdefghijk';
    expect(body16).toHaveLength(16);
    const e = call(ep(), 400, sr('1905', `bad: ${body16}`), undefined, body16) as QualysSimpleReturnError;
    expect(e.text).toBe('bad: ***');
    const body15 = 'name=abcdefghij';
    const e2 = call(ep(), 400, sr('1905', `bad: ${body15}`), undefined, body15) as QualysSimpleReturnError;
    expect(e2.text).toBe(`bad: ${body15}`);
  });
});

describe('QPS ServiceResponse', () => {
  const qps = (code: string, details = '') =>
    `<ServiceResponse><responseCode>${code}</responseCode>${details}<count>0</count></ServiceResponse>`;
  it('SUCCESS is no error', () => {
    expect(call(ep(), 200, qps('SUCCESS'))).toBe(undefined);
  });
  it('another responseCode is a QualysApiError with message and resolution, redacted', () => {
    const details = `<responseErrorDetails><errorMessage>no ${SECRET}</errorMessage><errorResolution>fix ${SECRET}</errorResolution></responseErrorDetails>`;
    const err = call(ep(), 200, qps('INVALID_REQUEST', details)) as QualysApiError;
    expect(err).toBeInstanceOf(QualysApiError);
    expect({ m: err.message, c: err.responseCode, e: err.errorMessage, r: err.resolution, s: err.status }).toEqual({
      m: 'vm.scan.list: INVALID_REQUEST: no ***',
      c: 'INVALID_REQUEST',
      e: 'no ***',
      r: 'fix ***',
      s: 200,
    });
  });
  it('without details: message and resolution undefined', () => {
    const err = call(ep(), 400, qps('NOT_FOUND')) as QualysApiError;
    expect({ m: err.message, e: err.errorMessage, r: err.resolution }).toEqual({
      m: 'vm.scan.list: NOT_FOUND',
      e: undefined,
      r: undefined,
    });
  });
  it('a ServiceResponse without responseCode: the status decides', () => {
    expect(call(ep(), 200, '<ServiceResponse><count>0</count></ServiceResponse>')).toBe(undefined);
    expect(call(ep(), 404, '<ServiceResponse><count>0</count></ServiceResponse>')).toBeInstanceOf(QualysHttpError);
  });
});

describe('gateway JSON', () => {
  it('a responseCode other than SUCCESS is a QualysApiError with the redacted responseMessage', () => {
    const err = call(ep(), 400, '{}', {
      responseCode: 'ACCESS_DENIED',
      responseMessage: `no ${SECRET}`,
    }) as QualysApiError;
    expect(err).toBeInstanceOf(QualysApiError);
    expect({ m: err.message, c: err.responseCode, e: err.errorMessage, r: err.resolution }).toEqual({
      m: 'vm.scan.list: ACCESS_DENIED: no ***',
      c: 'ACCESS_DENIED',
      e: 'no ***',
      r: undefined,
    });
  });
  it('a responseMessage that is not a string is left out', () => {
    const err = call(ep(), 200, '{}', { responseCode: 'X', responseMessage: 5 }) as QualysApiError;
    expect({ m: err.message, e: err.errorMessage }).toEqual({ m: 'vm.scan.list: X', e: undefined });
  });
  it.each([
    ['SUCCESS', { responseCode: 'SUCCESS' }],
    ['a numeric code', { responseCode: 500 }],
    ['no code', { data: [] }],
    ['an array', [{ responseCode: 'FAILED' }]],
    ['null', null],
    ['a string', 'FAILED'],
  ])('%s on a 200 is no error', (_n, json) => {
    expect(call(ep(), 200, '', json)).toBe(undefined);
  });
});

describe('HTTP status', () => {
  it.each([200, 204, 302, 399])('%i without an error body is no error', (status) => {
    expect(call(ep(), status, 'anything')).toBe(undefined);
  });
  it.each([400, 401, 404, 500, 599])('%i is a QualysHttpError', (status) => {
    const err = call(ep(), status, 'Not  here') as QualysHttpError;
    expect(err).toBeInstanceOf(QualysHttpError);
    expect({ m: err.message, b: err.bodyExcerpt, s: err.status, u: err.url }).toEqual({
      m: `vm.scan.list: HTTP ${status}: Not here`,
      b: 'Not here',
      s: status,
      u: URL_,
    });
  });
  it('folds whitespace, trims, cuts at 300 characters and redacts', () => {
    const text = `  <html>\n\t<body> ${SECRET}  ${'x'.repeat(400)}`;
    const err = call(ep(), 502, text) as QualysHttpError;
    const want = `<html> <body> *** ${'x'.repeat(400)}`.slice(0, 300);
    expect(err.bodyExcerpt).toBe(want);
    expect(err.bodyExcerpt).toHaveLength(300);
  });
  it('an empty body gives an empty excerpt', () => {
    const err = call(ep(), 503, '') as QualysHttpError;
    expect({ m: err.message, b: err.bodyExcerpt }).toEqual({ m: 'vm.scan.list: HTTP 503', b: '' });
  });
  it('masks an echoed request body in the excerpt', () => {
    const body = 'password=Hunter2Hunter2';
    const err = call(ep(), 400, `you sent ${body}`, undefined, body) as QualysHttpError;
    expect(err.bodyExcerpt).toBe('you sent ***');
  });
  it('a 4xx answered with XML that is neither SIMPLE_RETURN nor ServiceResponse is an HTTP error', () => {
    const err = call(ep(), 403, '<ERROR><MSG>denied</MSG></ERROR>') as QualysHttpError;
    expect(err).toBeInstanceOf(QualysHttpError);
    expect(err.bodyExcerpt).toBe('<ERROR><MSG>denied</MSG></ERROR>');
  });
});
