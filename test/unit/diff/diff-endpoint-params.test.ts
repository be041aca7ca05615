/**
 * Endpoint-level diff findings, pinned exactly: endpoints added/removed, method and path
 * changes, request and response bodies, and every parameter rule (added, removed, required-ness,
 * type/location/list/const, enumeration, numeric range) with its message, severity and values.
 *
 * @see docs/diff-rules.md (endpoint-*, param-*, facet-*, response-schema-changed)
 */
import { describe, expect, it } from 'vitest';
import { diffEndpoints } from '../../../generator/diff/endpoint/diff-endpoints.js';
import type { IrEndpoint, IrParam } from '../../../generator/ir/ir-endpoint.js';
import { at, endpoint, param } from './ir-builders.js';

const P_BASE = at(5, 'x/r.yaml');
const P_REV = at(6, 'x/r2.yaml');
const E_BASE = at(3, 'x/r.yaml');
const E_REV = at(4, 'x/r2.yaml');

/** Findings of one endpoint `ep` whose params go from `b` to `r` (rev params have origin line 6). */
function paramDiff(b: IrParam[], r: IrParam[]) {
  const rev = r.map((p) => ({ ...p, origin: P_REV }));
  return diffEndpoints([endpoint('ep', { params: b })], [endpoint('ep', { params: rev, origin: E_REV })]);
}

/** The fields every finding about parameter `name` of `ep` shares. */
const onParam = (name: string, path = `ep/${name}`) => ({
  direction: 'request',
  name,
  path,
  endpoints: ['ep'],
});

describe('diffParams: added and removed', () => {
  it('an optional parameter added is param-added (info), with its shape', () => {
    expect(paramDiff([], [param('q')])).toEqual([
      {
        rule: 'param-added',
        severity: 'info',
        message: 'ep: parameter q added',
        ...onParam('q'),
        rev: P_REV,
        to: 'query string',
      },
    ]);
  });

  it('a required parameter added is required-param-added (breaking), marked "(required)"', () => {
    expect(paramDiff([], [param('id', { required: true, type: 'integer', in: 'path' })])).toEqual([
      {
        rule: 'required-param-added',
        severity: 'breaking',
        message: 'ep: parameter id added (required)',
        ...onParam('id'),
        rev: P_REV,
        to: 'path integer',
      },
    ]);
  });

  it('a list parameter shows [] in its shape', () => {
    expect(paramDiff([], [param('ids', { list: true })])[0]?.to).toBe('query string[]');
  });

  it('a removed parameter is param-removed (breaking), with its old shape', () => {
    expect(paramDiff([param('old', { in: 'form' })], [])).toEqual([
      {
        rule: 'param-removed',
        severity: 'breaking',
        message: 'ep: parameter old removed',
        ...onParam('old'),
        base: P_BASE,
        from: 'form string',
      },
    ]);
  });

  it('a const parameter added or removed is not reported (the client sets it)', () => {
    expect(paramDiff([], [param('action', { const: 'list' })])).toEqual([]);
    expect(paramDiff([param('action', { const: 'list' })], [])).toEqual([]);
  });

  it('an unchanged parameter gives nothing', () => {
    const p = param('q', { enum: ['a', 'b'], minimum: 1, maximum: 3, list: true });
    expect(paramDiff([p], [p])).toEqual([]);
  });
});

describe('diffParams: a parameter on both sides', () => {
  const both = { base: P_BASE, rev: P_REV };

  it('optional → required is param-became-required (breaking)', () => {
    expect(paramDiff([param('q')], [param('q', { required: true })])).toEqual([
      {
        rule: 'param-became-required',
        severity: 'breaking',
        message: 'ep: parameter q became required',
        ...onParam('q'),
        ...both,
      },
    ]);
  });

  it('required → optional is param-became-optional (info)', () => {
    expect(paramDiff([param('q', { required: true })], [param('q')])).toEqual([
      {
        rule: 'param-became-optional',
        severity: 'info',
        message: 'ep: parameter q became optional',
        ...onParam('q'),
        ...both,
      },
    ]);
  });

  it('a type, location or list change is param-type-changed with both shapes', () => {
    expect(paramDiff([param('q')], [param('q', { type: 'integer' })])).toEqual([
      {
        rule: 'param-type-changed',
        severity: 'breaking',
        message: 'ep: parameter q query string → query integer',
        ...onParam('q'),
        ...both,
        from: 'query string',
        to: 'query integer',
      },
    ]);
    expect(paramDiff([param('q')], [param('q', { in: 'form', list: true })])[0]).toMatchObject({
      message: 'ep: parameter q query string → form string[]',
      from: 'query string',
      to: 'form string[]',
    });
  });

  it('a const value change alone is param-type-changed too', () => {
    expect(paramDiff([param('action', { const: 'list' })], [param('action', { const: 'search' })])).toEqual([
      {
        rule: 'param-type-changed',
        severity: 'breaking',
        message: 'ep: parameter action query string → query string',
        ...onParam('action'),
        ...both,
        from: 'query string',
        to: 'query string',
      },
    ]);
  });

  it('enumeration values added and removed, each its own finding named by the value', () => {
    expect(paramDiff([param('f', { enum: ['csv', 'xml'] })], [param('f', { enum: ['xml', 'json'] })])).toEqual([
      {
        rule: 'param-enum-value-added',
        severity: 'info',
        message: "ep: parameter f accepts new value 'json'",
        ...onParam('json', 'ep/f'),
        ...both,
        to: 'json',
      },
      {
        rule: 'param-enum-value-removed',
        severity: 'breaking',
        message: "ep: parameter f no longer accepts 'csv'",
        ...onParam('csv', 'ep/f'),
        ...both,
        from: 'csv',
      },
    ]);
  });

  it('an enumeration appearing is facet-narrowed (breaking in a request)', () => {
    expect(paramDiff([param('f')], [param('f', { enum: ['a', 'b'] })])).toEqual([
      {
        rule: 'facet-narrowed',
        severity: 'breaking',
        message: 'ep: parameter f is now restricted to a, b',
        ...onParam('f'),
        ...both,
        to: 'a,b',
      },
    ]);
  });

  it('an enumeration going away is facet-widened (info in a request)', () => {
    expect(paramDiff([param('f', { enum: ['a', 'b'] })], [param('f')])).toEqual([
      {
        rule: 'facet-widened',
        severity: 'info',
        message: 'ep: parameter f is no longer restricted to an enumeration',
        ...onParam('f'),
        ...both,
        from: 'a,b',
      },
    ]);
  });
});

describe('diffParams: numeric range', () => {
  type R = { minimum?: number; maximum?: number };
  const range = (b: R, r: R) => {
    const out = paramDiff([param('n', { type: 'integer', ...b })], [param('n', { type: 'integer', ...r })]);
    expect(out).toHaveLength(1);
    const f = out[0]!;
    return [f.rule, f.severity, f.message, f.from, f.to];
  };

  it.each([
    // minimum raised / lowered / added / dropped, maximum kept
    [{ minimum: 1, maximum: 10 }, { minimum: 2, maximum: 10 }, 'facet-narrowed', '1..10', '2..10'],
    [{ minimum: 5, maximum: 10 }, { minimum: 1, maximum: 10 }, 'facet-widened', '5..10', '1..10'],
    [{ maximum: 10 }, { minimum: 1, maximum: 10 }, 'facet-narrowed', '..10', '1..10'],
    [{ minimum: 1, maximum: 10 }, { maximum: 10 }, 'facet-widened', '1..10', '..10'],
    // maximum lowered / raised / added / dropped, minimum kept
    [{ minimum: 1, maximum: 10 }, { minimum: 1, maximum: 5 }, 'facet-narrowed', '1..10', '1..5'],
    [{ minimum: 1, maximum: 10 }, { minimum: 1, maximum: 20 }, 'facet-widened', '1..10', '1..20'],
    [{ minimum: 1 }, { minimum: 1, maximum: 10 }, 'facet-narrowed', '1..', '1..10'],
    [{ minimum: 1, maximum: 10 }, { minimum: 1 }, 'facet-widened', '1..10', '1..'],
    // both bounds gone; a zero bound is a bound
    [{ minimum: 1, maximum: 10 }, {}, 'facet-widened', '1..10', '..'],
    [{}, { minimum: 0 }, 'facet-narrowed', '..', '0..'],
  ])('%j → %j is %s', (b, r, rule, from, to) => {
    const severity = rule === 'facet-narrowed' ? 'breaking' : 'info';
    expect(range(b, r)).toEqual([rule, severity, `ep: parameter n range ${from} → ${to}`, from, to]);
  });
});

describe('diffEndpoints: endpoints', () => {
  it('an endpoint added (info) and one removed (breaking), with method and path', () => {
    const gone = endpoint('gone', { method: 'POST' });
    const fresh = endpoint('fresh', { origin: E_REV });
    expect(diffEndpoints([gone], [fresh])).toEqual([
      {
        rule: 'endpoint-added',
        severity: 'info',
        direction: 'request',
        message: 'endpoint fresh added: GET /api/2.0/fo/fresh/',
        name: '/api/2.0/fo/fresh/',
        path: 'fresh',
        endpoints: ['fresh'],
        rev: E_REV,
        to: 'GET /api/2.0/fo/fresh/',
      },
      {
        rule: 'endpoint-removed',
        severity: 'breaking',
        direction: 'request',
        message: 'endpoint gone removed: POST /api/2.0/fo/gone/',
        name: '/api/2.0/fo/gone/',
        path: 'gone',
        endpoints: ['gone'],
        base: E_BASE,
        from: 'POST /api/2.0/fo/gone/',
      },
    ]);
  });

  it('method and path changes of a kept endpoint', () => {
    const b = endpoint('e', { method: 'GET', path: '/a/' });
    const r = endpoint('e', { method: 'POST', path: '/b/', origin: E_REV });
    const common = { severity: 'breaking', direction: 'request', name: '/b/', path: 'e', endpoints: ['e'] };
    expect(diffEndpoints([b], [r])).toEqual([
      {
        rule: 'method-changed',
        ...common,
        message: 'e: method GET → POST',
        base: E_BASE,
        rev: E_REV,
        from: 'GET',
        to: 'POST',
      },
      {
        rule: 'path-changed',
        ...common,
        message: 'e: path /a/ → /b/',
        base: E_BASE,
        rev: E_REV,
        from: '/a/',
        to: '/b/',
      },
    ]);
  });

  it('an unchanged endpoint gives nothing', () => {
    const e = endpoint('e', {
      request: { kind: 'service-request', contentType: 'text/xml', schema: { schema: 'x/s.xsd', root: 'R' } },
    });
    expect(diffEndpoints([e], [e])).toEqual([]);
  });
});

describe('diffEndpoints: request body', () => {
  const body = (b: Partial<IrEndpoint>, r: Partial<IrEndpoint>) =>
    diffEndpoints([endpoint('e', b)], [endpoint('e', { ...r, origin: E_REV })]);
  const req = (kind: 'service-request' | 'form' | 'json', schema?: string, root?: string) => ({
    request: {
      kind,
      contentType: 'text/xml',
      ...(schema ? { schema: { schema, ...(root ? { root } : {}) } } : {}),
    },
  });

  it('a request body appearing', () => {
    expect(body({}, req('service-request', 'x/s.xsd', 'R'))).toEqual([
      {
        rule: 'response-schema-changed',
        severity: 'breaking',
        direction: 'request',
        message: 'e: request body none (none) → service-request x/s.xsd#R',
        name: 'request',
        path: 'e/request',
        endpoints: ['e'],
        base: E_BASE,
        rev: E_REV,
        from: 'none (none)',
        to: 'service-request x/s.xsd#R',
      },
    ]);
  });

  it('a request body going away', () => {
    expect(body(req('json', 'x/s.schema.json'), {})[0]).toMatchObject({
      message: 'e: request body json x/s.schema.json → none (none)',
      from: 'json x/s.schema.json',
      to: 'none (none)',
    });
  });

  it('only the body kind changed (same schema)', () => {
    expect(body(req('form', 'x/s.xsd', 'R'), req('service-request', 'x/s.xsd', 'R'))[0]).toMatchObject({
      message: 'e: request body form x/s.xsd#R → service-request x/s.xsd#R',
    });
  });

  it('only the body kind changed (no schema on either side)', () => {
    expect(body(req('form'), req('json'))[0]).toMatchObject({
      message: 'e: request body form (none) → json (none)',
    });
  });

  it('only the root element changed (same kind)', () => {
    expect(body(req('service-request', 'x/s.xsd', 'A'), req('service-request', 'x/s.xsd', 'B'))[0]).toMatchObject({
      message: 'e: request body service-request x/s.xsd#A → service-request x/s.xsd#B',
    });
  });
});

describe('diffEndpoints: responses', () => {
  const resp = (status: number, body: 'xml' | 'json' | 'none', schema?: string, root?: string) => ({
    status,
    contentType: 'text/xml',
    body,
    ...(schema ? { schema: { schema, ...(root ? { root } : {}) } } : {}),
  });

  it('each status that changed, in numeric order, with (none) for a missing response', () => {
    const b = endpoint('e', {
      responses: [resp(500, 'xml', 'x/err.xsd'), resp(404, 'xml'), resp(1000, 'xml'), resp(200, 'xml', 'x/a.xsd', 'A')],
    });
    const r = endpoint('e', {
      responses: [
        resp(200, 'xml', 'x/a.xsd', 'B'),
        resp(1000, 'xml'),
        resp(500, 'json', 'x/err.xsd'),
        resp(201, 'none'),
      ],
      origin: E_REV,
    });
    const out = diffEndpoints([b], [r]);
    expect(out.map((f) => [f.direction, f.name, f.path, f.message, f.from, f.to])).toEqual([
      ['response', '200', 'e/200', 'e: 200 response xml x/a.xsd#A → xml x/a.xsd#B', 'xml x/a.xsd#A', 'xml x/a.xsd#B'],
      ['response', '201', 'e/201', 'e: 201 response (none) → none (none)', '(none)', 'none (none)'],
      ['response', '404', 'e/404', 'e: 404 response xml (none) → (none)', 'xml (none)', '(none)'],
      ['response', '500', 'e/500', 'e: 500 response xml x/err.xsd → json x/err.xsd', 'xml x/err.xsd', 'json x/err.xsd'],
    ]);
    expect(out.every((f) => f.rule === 'response-schema-changed' && f.severity === 'breaking')).toBe(true);
    expect(out[0]).toMatchObject({ endpoints: ['e'], base: E_BASE, rev: E_REV });
  });
});
