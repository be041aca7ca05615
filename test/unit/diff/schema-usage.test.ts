/**
 * Which endpoints reach each part of a schema (generator/diff/schema/schema-usage.ts), called
 * directly: from an endpoint's request/response schema reference (one root element, or every root
 * when the reference names none) through refs to named types (also in other schemas), DTD
 * references to root elements, elements declared as roots, lists and unions; sorted directions and
 * endpoint ids; and the fallback by root name for owners no endpoint reaches.
 */
import { describe, expect, it } from 'vitest';
import { SchemaUsage } from '../../../generator/diff/schema/schema-usage.js';
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';
import type { IrSchema, IrType } from '../../../generator/ir/ir-types.js';
import { attr, doc, el, endpoint, obj, schema, str } from './ir-builders.js';

const S = 'x/schemas/t.xsd';
const ref = (target: string, id = S): IrType => ({ kind: 'ref', target: `${id}#${target}` });
const type = (name: string, id = S) => `type:${id}#${name}`;
const root = (name: string, id = S) => `root:${id}@${name}`;

const response = (id: string, schemaId: string, rootName?: string): IrEndpoint =>
  endpoint(id, {
    responses: [
      {
        status: 200,
        contentType: 'text/xml',
        body: 'xml',
        schema: { schema: schemaId, ...(rootName !== undefined ? { root: rootName } : {}) },
      },
    ],
  });
const request = (id: string, schemaId: string, rootName: string): IrEndpoint =>
  endpoint(id, {
    request: { kind: 'service-request', contentType: 'text/xml', schema: { schema: schemaId, root: rootName } },
    responses: [],
  });

const usageOf = (schemas: IrSchema[], endpoints: IrEndpoint[]) => new SchemaUsage([doc(schemas, endpoints)]);
const resp = (...endpoints: string[]) => [{ direction: 'response', endpoints }];

describe('SchemaUsage: roots named by the reference', () => {
  const s = schema({ T1: str, T2: str }, { A: obj([el('a', ref('T1'))]), B: obj([el('b', ref('T2'))]) });

  it('only the named root and what it reaches', () => {
    const u = usageOf([s], [response('e1', S, 'B')]);
    expect(u.usage(root('B'))).toEqual(resp('e1'));
    expect(u.usage(type('T2'))).toEqual(resp('e1'));
    expect(u.usage(root('A'))).toEqual(resp());
    expect(u.usage(type('T1'))).toEqual(resp());
  });

  it('every root when the reference names none (JSON Schema)', () => {
    const u = usageOf([s], [response('e1', S)]);
    expect(u.usage(type('T1'))).toEqual(resp('e1'));
    expect(u.usage(type('T2'))).toEqual(resp('e1'));
  });

  it('a reference to a schema the document lacks is skipped', () => {
    const u = usageOf([s], [response('e1', 'x/other.xsd', 'A')]);
    expect(u.usage(type('T1'))).toEqual(resp());
  });
});

describe('SchemaUsage: order', () => {
  const s = schema({ T: str }, { R: obj([el('a', ref('T'))]) });

  it('directions sorted (request before response), whatever order they were met in', () => {
    const u = usageOf([s], [response('e1', S, 'R'), request('e2', S, 'R')]);
    expect(u.usage(type('T'))).toEqual([
      { direction: 'request', endpoints: ['e2'] },
      { direction: 'response', endpoints: ['e1'] },
    ]);
  });

  it('endpoint ids sorted', () => {
    const u = usageOf([s], [response('zeta', S, 'R'), response('alpha', S, 'R'), response('mid', S, 'R')]);
    expect(u.usage(type('T'))).toEqual(resp('alpha', 'mid', 'zeta'));
  });
});

describe('SchemaUsage: fallback without endpoints', () => {
  it('directions from the names of the roots that reach the owner, sorted', () => {
    const s = schema({ T: str, U: str }, { ZResponse: obj([el('a', ref('T'))]), GetREQUEST: obj([el('b', ref('T'))]) });
    const u = usageOf([s], []);
    expect(u.usage(type('T'))).toEqual([
      { direction: 'request', endpoints: [] },
      { direction: 'response', endpoints: [] },
    ]);
    expect(u.usage(root('GetREQUEST'))).toEqual([{ direction: 'request', endpoints: [] }]);
  });

  it('an owner nothing reaches is a response', () => {
    const u = usageOf([schema({ U: str }, { ServiceRequest: obj([]) })], []);
    expect(u.usage(type('U'))).toEqual(resp());
    expect(u.usage('type:nowhere#X')).toEqual(resp());
  });
});

describe('SchemaUsage: reachability', () => {
  it('through a ref into a named type of another schema, and on from there', () => {
    const A = 'x/a.xsd';
    const B = 'x/b.xsd';
    const a = schema({}, { R: obj([el('v', ref('T', B))]) }, A);
    const b = schema({ T: obj([el('w', ref('U', B))]), U: str }, {}, B);
    const u = usageOf([a, b], [response('e1', A, 'R')]);
    expect(u.usage(type('T', B))).toEqual(resp('e1'));
    expect(u.usage(type('U', B))).toEqual(resp('e1'));
  });

  it('a ref to a type that does not exist is recorded and not followed', () => {
    const s = schema({}, { R: obj([el('v', ref('Nope'))]) });
    const u = usageOf([s], [response('e1', S, 'R')]);
    expect(u.usage(type('Nope'))).toEqual(resp('e1'));
  });

  it('a DTD reference to a root element reaches that root and its content', () => {
    const D = 'x/d.dtd';
    const d = schema(
      { Leaf: str },
      { top: obj([el('wrap', ref('item', D))]), item: obj([attr('k', ref('Leaf', D))]) },
      D,
    );
    const u = usageOf([d], [response('e1', D, 'top')]);
    expect(u.usage(root('item', D))).toEqual(resp('e1'));
    expect(u.usage(type('Leaf', D))).toEqual(resp('e1'));
  });

  it('an element field reaches the root element of the same name', () => {
    const s = schema({ T: str }, { top: obj([el('item')]), item: obj([el('x', ref('T'))]) });
    const u = usageOf([s], [response('e1', S, 'top')]);
    expect(u.usage(root('item'))).toEqual(resp('e1'));
    expect(u.usage(type('T'))).toEqual(resp('e1'));
  });

  it('an element that contains itself is visited once', () => {
    const s = schema({ T: str }, { top: obj([el('top'), el('x', ref('T'))]) });
    const u = usageOf([s], [response('e1', S, 'top')]);
    expect(u.usage(type('T'))).toEqual(resp('e1'));
  });

  it('an attribute does not reach a root element of the same name', () => {
    const s = schema({ T: str }, { top: obj([attr('item')]), item: obj([el('x', ref('T'))]) });
    const u = usageOf([s], [response('e1', S, 'top')]);
    expect(u.usage(root('item'))).toEqual(resp());
    expect(u.usage(type('T'))).toEqual(resp());
  });

  it('through list items and union members', () => {
    const s = schema(
      { T: str, U: str },
      { R: obj([el('l', { kind: 'list', item: ref('T') }), el('u', { kind: 'union', members: [str, ref('U')] })]) },
    );
    const u = usageOf([s], [response('e1', S, 'R')]);
    expect(u.usage(type('T'))).toEqual(resp('e1'));
    expect(u.usage(type('U'))).toEqual(resp('e1'));
  });

  it('from both documents given', () => {
    const s = schema({ T: str }, { R: obj([el('a', ref('T'))]) });
    const u = new SchemaUsage([doc([s], [response('old', S, 'R')]), doc([s], [request('new', S, 'R')])]);
    expect(u.usage(type('T'))).toEqual([
      { direction: 'request', endpoints: ['new'] },
      { direction: 'response', endpoints: ['old'] },
    ]);
  });
});
