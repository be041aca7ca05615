/**
 * ClientCore, exact outcomes over an in-memory transport: the stream-or-read decision (binary,
 * CSV, text, large XML pages), which declared response an answer is matched to, and what
 * `finish` returns for each kind of body (none, JSON, XML with or without schema and decoder).
 */
import { describe, expect, it } from 'vitest';
import type { QualysError } from '../../../../runtime/client/qualys-error.js';
import { QualysHttpError } from '../../../../runtime/client/qualys-error.js';
import type { ResponseDecoder } from '../../../../runtime/client/response-decoder.js';
import { type TransportResponse, transportResponse } from '../../../../runtime/client/transport.js';
import type { ResponseModel } from '../../../../runtime/endpoint-model.js';
import { API, caught, client, ep, xmlOk } from './fake-core.js';
import { stubDecoder } from './make-client.js';

describe('stream or read', () => {
  const paged = ep({
    responses: [
      { status: 200, contentType: 'text/xml', body: 'xml', schema: { schema: 's.xsd', root: 'R', format: 'xsd' } },
    ],
    records: { path: ['A'], elements: ['A'] },
  });
  const big = `<R>${'<A>1</A>'.repeat(10_000)}</R>`;
  const streamDecoder: ResponseDecoder = { ...stubDecoder, xmlRecords: () => undefined };
  const isStreamed = (r: object) => 'chunks' in r;
  it('a large page streams only when the decoder can stream records', async () => {
    const a = client([xmlOk(big)], { decoder: streamDecoder });
    expect(isStreamed(await a.core.exchangePage(paged, {}, {}, {}))).toBe(true);
    const b = client([xmlOk(big)], { decoder: stubDecoder });
    expect(isStreamed(await b.core.exchangePage(paged, {}, {}, {}))).toBe(false);
    const c = client([xmlOk(big)]);
    const r = await c.core.exchangePage(paged, {}, {}, {});
    expect(isStreamed(r)).toBe(false);
    expect(r).toMatchObject({ status: 200 });
    expect(typeof (r as { value: unknown }).value).toBe('object');
  });
  it('a large error page is read and thrown, not streamed', async () => {
    const { core } = client([transportResponse(500, { 'content-type': 'text/xml' }, big)], { decoder: streamDecoder });
    expect(await caught(core.exchangePage(paged, {}, {}, {}))).toBeInstanceOf(QualysHttpError);
  });
  it('a page without a body is not streamed', async () => {
    const empty: TransportResponse = {
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: null,
      text: async () => '',
    };
    const { core } = client([empty], { decoder: streamDecoder });
    expect(await core.exchangePage(paged, {}, {}, {})).toStrictEqual({
      status: 200,
      headers: { 'content-type': 'text/xml' },
      envelope: undefined,
      value: undefined,
    });
  });
  it('an XML answer without a schema is not streamed', async () => {
    const noSchema = ep({ ...paged, responses: [{ status: 200, contentType: 'text/xml', body: 'xml' }] });
    const { core } = client([xmlOk(big)], { decoder: streamDecoder });
    const r = await core.exchangePage(noSchema, {}, {}, {});
    expect(isStreamed(r)).toBe(false);
    expect(typeof (r as { value: unknown }).value).toBe('object');
  });
  it('a schema without a root is not streamed', async () => {
    const noRoot = ep({
      ...paged,
      responses: [{ status: 200, contentType: 'text/xml', body: 'xml', schema: { schema: 's.dtd', format: 'dtd' } }],
    });
    const { core } = client([xmlOk(big)], { decoder: streamDecoder });
    expect(isStreamed(await core.exchangePage(noRoot, {}, {}, {}))).toBe(false);
  });
  it.each(['binary', 'csv', 'text'] as const)(
    'a 2xx %s answer comes back as a stream; an error status is thrown',
    async (body) => {
      const e = ep({ responses: [{ status: 200, contentType: 'application/octet-stream', body }] });
      const { core } = client([transportResponse(200, {}, 'abc'), transportResponse(500, {}, 'abc')]);
      const v = await core.call<ReadableStream<Uint8Array>>(e, {});
      expect(v).toBeInstanceOf(ReadableStream);
      expect(await new Response(v).text()).toBe('abc');
      expect(await caught(core.call(e, {}))).toBeInstanceOf(QualysHttpError);
    },
  );
  it('a binary answer without a body is a closed empty stream', async () => {
    const e = ep({ responses: [{ status: 200, contentType: 'application/octet-stream', body: 'binary' }] });
    const { core } = client([{ status: 200, headers: {}, body: null, text: async () => '' }]);
    const v = await core.call<ReadableStream<Uint8Array>>(e, {});
    expect(v).toBeInstanceOf(ReadableStream);
    const tick = new Promise((r) => setImmediate(() => r('pending')));
    expect(await Promise.race([v.getReader().read(), tick])).toEqual({ done: true, value: undefined });
  });
});

describe('which declared response', () => {
  const json = (status: number, contentType = 'application/json'): ResponseModel => ({
    status,
    contentType,
    body: 'json',
  });
  const xml = (status: number): ResponseModel => ({
    status,
    contentType: 'text/xml',
    body: 'xml',
    schema: { schema: 's.xsd', root: 'R', format: 'xsd' },
  });
  const decoder: ResponseDecoder = { xml: () => ({ value: 'decoded', issues: [] }), json: () => [] };
  it('an undeclared 2xx status falls back to the declared 2xx answers only', async () => {
    const e = ep({ responses: [json(100), json(400), json(300), xml(200)] });
    const { core } = client([transportResponse(201, { 'content-type': 'text/plain' }, '<R/>')], { decoder });
    expect(await core.call(e, {})).toBe('decoded');
  });
  it('a declared status is taken over other 2xx answers', async () => {
    const e = ep({ responses: [xml(200), json(201)] });
    const { core } = client(
      [
        transportResponse(201, { 'content-type': 'text/plain' }, '{"a":1}'),
        transportResponse(200, { 'content-type': 'application/json' }, '{"a":1}'),
      ],
      { decoder },
    );
    expect(await core.call(e, {})).toEqual({ a: 1 });
    expect(await core.call(e, {})).toBe('decoded');
  });
  it('the content type is compared without parameters and case', async () => {
    const e = ep({ responses: [xml(200), json(200)] });
    const { core } = client(
      [transportResponse(200, { 'content-type': ' Application/JSON ; charset=UTF-8' }, '{"a":1}')],
      { decoder },
    );
    expect(await core.call(e, {})).toEqual({ a: 1 });
  });
  it('a declared empty content type matches an answer without one', async () => {
    const e = ep({ responses: [xml(200), json(200, '')] });
    const { core } = client([{ status: 200, headers: {}, body: null, text: async () => '[1]' }], { decoder });
    expect(await core.call(e, {})).toEqual([1]);
  });
  it('no declared answer: the value is undefined', async () => {
    const { core } = client([transportResponse(200, { 'content-type': 'text/plain' }, 'plain')], { decoder });
    expect(await core.exchange(ep({ responses: [] }), {}, {}, {})).toStrictEqual({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      envelope: undefined,
      value: undefined,
    });
  });
});

describe('finish', () => {
  const schema = { schema: 's', root: 'R', format: 'xsd' } as const;
  const one = (m: Omit<ResponseModel, 'status' | 'contentType'>) =>
    ep({ responses: [{ status: 200, contentType: 'x/y', ...m }] });
  const decoder: ResponseDecoder = {
    xml: () => ({ value: 'decoded', issues: [] }),
    json: () => [{ message: 'bad json' }],
  };
  const answer = (status: number, text: string) => transportResponse(status, {}, text);
  it('204, a blank body or a "none" answer give no value', async () => {
    const { core } = client([answer(204, '{"a":1}'), answer(200, ' \n '), answer(200, '')], {
      decoder,
      validation: 'off',
    });
    expect(await core.exchange(one({ body: 'json' }), {}, {}, {})).toStrictEqual({
      status: 204,
      headers: {},
      envelope: undefined,
      value: undefined,
    });
    expect(await core.call(one({ body: 'xml', schema }), {})).toBeUndefined();
    expect(await core.call(one({ body: 'xml', schema }), {})).toBeUndefined();
    const n = client([answer(200, 'x')], { decoder });
    expect(await n.core.call(one({ body: 'none' }), {})).toBeUndefined();
  });
  it('a JSON answer is parsed only when it looks like JSON', async () => {
    const { core } = client([answer(200, ' \n{"a":1}'), answer(200, '42'), answer(200, '"{"'), answer(200, 'hello')], {
      validation: 'off',
    });
    const e = one({ body: 'json' });
    expect(await core.call(e, {})).toEqual({ a: 1 });
    expect(await core.call(e, {})).toBeUndefined();
    expect(await core.call(e, {})).toBeUndefined();
    expect(await core.call(e, {})).toBeUndefined();
  });
  it('JSON is validated when there is a schema, a decoder and validation is on', async () => {
    const e = one({ body: 'json', schema: { schema: 's', format: 'json-schema' } });
    const w = client([answer(200, '{"a":1}')], { decoder });
    expect(await w.core.call(e, {})).toEqual({ a: 1 });
    expect(w.warnings).toEqual([
      {
        endpoint: 'test.thing.get',
        code: 'ResponseSchemaInvalid',
        message: 'test.thing.get: response fails its schema (1 issue(s)):  bad json',
      },
    ]);
    const off = client([answer(200, '{"a":1}')], { decoder, validation: 'off' });
    await off.core.call(e, {});
    const noSchema = client([answer(200, '{"a":1}')], { decoder });
    await noSchema.core.call(one({ body: 'json' }), {});
    const noDecoder = client([answer(200, '{"a":1}')]);
    expect(await noDecoder.core.call(e, {})).toEqual({ a: 1 });
    expect([off.warnings, noSchema.warnings, noDecoder.warnings]).toEqual([[], [], []]);
  });
  it('a validation error names the endpoint and the URL without query', async () => {
    const e = one({ body: 'json', schema: { schema: 's', format: 'json-schema' } });
    const { core } = client([answer(200, '{"a":1}')], { decoder, validation: 'throw' });
    const err = (await caught(core.call(e, { q: 'z' }))) as QualysError;
    expect([err.name, err.endpoint, err.url]).toEqual([
      'QualysValidationError',
      'test.thing.get',
      `${API}/api/2.0/fo/thing/`,
    ]);
  });
  it('XML goes through the decoder only with a schema and a decoder; else the envelope tree or the text', async () => {
    const { core } = client([answer(200, '<R><A>1</A></R>'), answer(200, 'not xml')], { decoder });
    expect(await core.call(one({ body: 'xml', schema }), {})).toBe('decoded');
    expect(await core.call(one({ body: 'xml' }), {})).toBe('not xml');
    const bare = client([answer(200, '<R><A>1</A></R>'), answer(200, 'not xml')]);
    const tree = await bare.core.call(one({ body: 'xml', schema }), {});
    expect(typeof tree).toBe('object');
    expect(tree).not.toBe('<R><A>1</A></R>');
    expect(await bare.core.exchange(one({ body: 'xml', schema }), {}, {}, {})).toStrictEqual({
      status: 200,
      headers: {},
      envelope: undefined,
      value: 'not xml',
    });
  });
});
