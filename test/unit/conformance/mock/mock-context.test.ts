/**
 * The mock's start-up state (mock-context.ts): option defaults and clamps, the examples read up
 * front (response and request examples apart), the success response a generated body follows,
 * generated bodies per kind (XML from the DTD with its DOCTYPE, JSON from the JSON Schema, the
 * JWT for `/auth`, CSV, PDF, empty, text), seeded per endpoint and cached, and the validity check.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyValidates,
  createMockContext,
  DEFAULT_RECORDS,
  generatedBody,
  MAX_RECORDS,
  mockJwt,
  resolveMockOptions,
  successResponse,
} from '../../../../conformance/mock/mock-context.js';
import { sampleJson } from '../../../../conformance/mock/sample-json.js';
import { sampleXml } from '../../../../conformance/mock/sample-xml.js';
import { hash, seededRandom } from '../../../../conformance/mock/seeded-random.js';
import { targetForResponse } from '../../../../conformance/validate/validation-target.js';
import type { IrEndpoint, IrResponse } from '../../../../generator/ir/ir-endpoint.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

describe('resolveMockOptions', () => {
  it('fills the defaults', () => {
    expect(resolveMockOptions()).toEqual({
      seed: 1,
      requireAuth: true,
      pages: 2,
      records: 2500,
      pageSize: undefined,
      readOnly: false,
      fault: undefined,
      latencyMs: 0,
    });
    expect([DEFAULT_RECORDS, MAX_RECORDS]).toEqual([2500, 20_000]);
  });
  it('keeps given values and clamps the bounded ones', () => {
    const fault = { spec: { kind: 'truncate' as const }, every: 3 };
    expect(
      resolveMockOptions({
        seed: 0,
        requireAuth: false,
        pages: 5,
        records: 7,
        pageSize: 3,
        readOnly: true,
        fault,
        latencyMs: 9,
      }),
    ).toEqual({ seed: 0, requireAuth: false, pages: 5, records: 7, pageSize: 3, readOnly: true, fault, latencyMs: 9 });
    expect(resolveMockOptions({ pages: 0, records: -5, pageSize: 0, latencyMs: -3 })).toMatchObject({
      pages: 1,
      records: 0,
      pageSize: undefined,
      latencyMs: 0,
    });
    expect(resolveMockOptions({ pages: 1, records: 20_001, pageSize: -1 })).toMatchObject({
      pages: 1,
      records: 20_000,
      pageSize: undefined,
    });
    expect(resolveMockOptions({ records: 20_000, pageSize: 1 })).toMatchObject({ records: 20_000, pageSize: 1 });
  });
});

describe('successResponse', () => {
  const ep = (responses: unknown[]) => ({ responses }) as unknown as IrEndpoint;
  it('takes the first 2xx with a schema, else the first 2xx', () => {
    const plain = { status: 200 };
    const typed = { status: 201, schema: { schema: 's' } };
    expect(successResponse(ep([{ status: 400, schema: {} }, plain, typed]))).toBe(typed);
    expect(successResponse(ep([{ status: 199, schema: {} }, plain, { status: 300, schema: {} }]))).toBe(plain);
    expect(successResponse(ep([{ status: 299 }]))).toEqual({ status: 299 });
    expect(successResponse(ep([{ status: 300 }, { status: 199 }]))).toBeUndefined();
  });
});

describe('createMockContext', () => {
  it('reads every example up front and starts counters at zero', async () => {
    const doc = await fixtureDoc();
    const ctx = await createMockContext(doc, fixtureSpecs, { seed: 5 });
    const names = (id: string) => ctx.examples.get(id)?.map((e) => e.example.name);
    expect(names('vm.thing.list')).toEqual(['bad-id-400', 'damaged', 'one-thing', 'two-things']);
    expect(names('pci.widget.list')).toEqual([]);
    const one = ctx.examples.get('vm.thing.list')?.[2];
    expect(one?.body).toBe(await readFile(path.join(fixtureSpecs, one!.example.file), 'utf8'));
    expect(ctx.requestBodies.get('vm.thing.list')?.size).toBe(0);
    expect([ctx.baseUrl, ctx.requests, ctx.foCalls, ctx.sessions.size, ctx.generated.size]).toEqual([
      'http://127.0.0.1',
      0,
      0,
      0,
      0,
    ]);
    expect(ctx.options.seed).toBe(5);
    expect(ctx.router.match('POST', '/api/2.0/fo/thing/', new URLSearchParams('action=list'))?.endpoint.id).toBe(
      'vm.thing.list',
    );
  });
});

describe('generatedBody', () => {
  it('XML: sampled from the DTD with the endpoint seed, cached per endpoint', async () => {
    const doc = await fixtureDoc();
    const ctx = await createMockContext(doc, fixtureSpecs, { seed: 3 });
    ctx.baseUrl = 'http://h:1';
    const ep = doc.endpoints.find((e) => e.id === 'vm.thing.list')!;
    const response = ep.responses[0]!;
    const target = targetForResponse(doc, ep, response);
    if (target.kind !== 'xml') throw new Error('xml target expected');
    const want = sampleXml(target.model, seededRandom((3 ^ hash('vm.thing.list')) >>> 0), {
      root: 'THING_LIST_OUTPUT',
      schemaFile: 'thing_list_output.dtd',
      baseUrl: 'http://h:1',
    });
    const body = generatedBody(ctx, ep, response);
    expect(body).toBe(want);
    expect(
      body.startsWith(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE THING_LIST_OUTPUT SYSTEM "http://h:1/qspec-mock/thing_list_output.dtd">\n',
      ),
    ).toBe(true);
    expect(bodyValidates(ctx, ep, response, body)).toBe(true);
    expect(bodyValidates(ctx, ep, response, '<THING_LIST_OUTPUT/>')).toBe(false);
    expect(ctx.generated.get('vm.thing.list')).toBe(body);
    ctx.generated.set('vm.thing.list', 'cached');
    expect(generatedBody(ctx, ep, response)).toBe('cached');
  });
  it('JSON: sampled from the JSON Schema, pretty-printed', async () => {
    const doc = await fixtureDoc();
    const ctx = await createMockContext(doc, fixtureSpecs);
    const ep = doc.endpoints.find((e) => e.id === 'pci.widget.list')!;
    const schema = doc.schemas.find((s) => s.id === 'pci/schemas/widget_list.schema.json')!;
    const want = `${JSON.stringify(sampleJson(schema, seededRandom((1 ^ hash('pci.widget.list')) >>> 0)), null, 2)}\n`;
    expect(generatedBody(ctx, ep, ep.responses[0]!)).toBe(want);
    expect(bodyValidates(ctx, ep, ep.responses[0]!, want)).toBe(true);
  });
  it.each([
    ['text', '/gw/auth', undefined],
    ['text', '/gw/authx', 'sample\n'],
    ['csv', '/x', '"ID","Name"\n"1","sample"\n'],
    ['binary', '/x', '%PDF-1.4\n% qspec mock document\n%%EOF\n'],
    ['none', '/x', ''],
    ['xml', '/x', 'sample\n'],
  ])('%s body at %s', async (kind, p, want) => {
    const doc = await fixtureDoc();
    const ctx = await createMockContext(doc, fixtureSpecs);
    const ep = { id: `e-${kind}-${p}`, path: p } as unknown as IrEndpoint;
    const response = { status: 200, body: kind } as unknown as IrResponse;
    expect(generatedBody(ctx, ep, response)).toBe(want ?? mockJwt());
    expect(bodyValidates(ctx, ep, response, 'anything')).toBe(true);
  });
  it('a schema id the document lacks falls back on the body kind', async () => {
    const ctx = await createMockContext(await fixtureDoc(), fixtureSpecs);
    const response = { status: 200, body: 'csv', schema: { schema: 'nope.xsd' } } as unknown as IrResponse;
    expect(generatedBody(ctx, { id: 'z', path: '/z' } as unknown as IrEndpoint, response)).toBe(
      '"ID","Name"\n"1","sample"\n',
    );
  });
});

describe('mockJwt', () => {
  it('is an unsigned JWT for qspec-mock expiring in 2100', () => {
    const [h, p, s] = mockJwt().split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({ alg: 'none', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(p!, 'base64url').toString())).toEqual({ sub: 'qspec-mock', exp: 4102444800 });
    expect(s).toBe('bW9jaw');
    expect(mockJwt()).toBe(
      'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJxc3BlYy1tb2NrIiwiZXhwIjo0MTAyNDQ0ODAwfQ.bW9jaw',
    );
  });
});
