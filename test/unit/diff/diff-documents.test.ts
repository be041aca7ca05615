import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../generator/diff/diff-documents.js';
import type { IrType } from '../../../generator/ir/ir-types.js';
import { attr, doc, el, endpoint, obj, param, schema, str } from './ir-builders.js';

const ref = (name: string): IrType => ({ kind: 'ref', target: `x/schemas/t.xsd#${name}` });
const en = (...values: string[]): IrType => ({ kind: 'enum', base: 'string', values });
const int: IrType = { kind: 'primitive', builtin: 'int', facets: {} };
const len = (maxLength: number): IrType => ({ kind: 'primitive', builtin: 'string', facets: { maxLength } });
/** A response-side schema: `ServiceResponse` root using type T. */
const resp = (t: IrType) => schema({ T: t }, { ServiceResponse: obj([el('data', ref('T'))]) });
const req = (t: IrType) => schema({ T: t }, { ServiceRequest: obj([el('data', ref('T'))]) });

type Row = [
  string,
  { base: ReturnType<typeof schema>; rev: ReturnType<typeof schema>; want: [string, string, string, string][] },
];

// [rule, direction, severity, path]
const schemaRows: Row[] = [
  [
    'element-added',
    {
      base: resp(obj([el('a')])),
      rev: resp(obj([el('a'), el('b')])),
      want: [['element-added', 'response', 'info', 'T/b']],
    },
  ],
  [
    'required-element-added (request)',
    {
      base: req(obj([el('a')])),
      rev: req(obj([el('a'), el('b', str, 1)])),
      want: [['required-element-added', 'request', 'breaking', 'T/b']],
    },
  ],
  [
    'element-removed',
    {
      base: resp(obj([el('a'), el('b')])),
      rev: resp(obj([el('a')])),
      want: [['element-removed', 'response', 'breaking', 'T/b']],
    },
  ],
  [
    'element-became-required (request)',
    {
      base: req(obj([el('a')])),
      rev: req(obj([el('a', str, 1)])),
      want: [['element-became-required', 'request', 'breaking', 'T/a']],
    },
  ],
  [
    'element-became-optional (response)',
    {
      base: resp(obj([el('a', str, 1)])),
      rev: resp(obj([el('a')])),
      want: [['element-became-optional', 'response', 'breaking', 'T/a']],
    },
  ],
  [
    'single-became-repeated',
    {
      base: resp(obj([el('a')])),
      rev: resp(obj([el('a', str, 0, 'unbounded')])),
      want: [['single-became-repeated', 'response', 'breaking', 'T/a']],
    },
  ],
  [
    'repeated-became-single',
    {
      base: resp(obj([el('a', str, 0, 5)])),
      rev: resp(obj([el('a')])),
      want: [['repeated-became-single', 'response', 'warning', 'T/a']],
    },
  ],
  [
    'occurrence-narrowed',
    {
      base: req(obj([el('a', str, 0, 10)])),
      rev: req(obj([el('a', str, 0, 5)])),
      want: [['occurrence-narrowed', 'request', 'breaking', 'T/a']],
    },
  ],
  [
    'occurrence-widened',
    {
      base: resp(obj([el('a', str, 0, 5)])),
      rev: resp(obj([el('a', str, 0, 'unbounded')])),
      want: [['occurrence-widened', 'response', 'warning', 'T/a']],
    },
  ],
  [
    'type-changed',
    {
      base: resp(obj([el('a')])),
      rev: resp(obj([el('a', int)])),
      want: [['type-changed', 'response', 'breaking', 'T/a']],
    },
  ],
  [
    'enum-value-added (response)',
    { base: resp(en('A')), rev: resp(en('A', 'B')), want: [['enum-value-added', 'response', 'warning', 'T']] },
  ],
  [
    'enum-value-added (request)',
    { base: req(en('A')), rev: req(en('A', 'B')), want: [['enum-value-added', 'request', 'info', 'T']] },
  ],
  [
    'enum-value-removed',
    { base: req(en('A', 'B')), rev: req(en('A')), want: [['enum-value-removed', 'request', 'breaking', 'T']] },
  ],
  [
    'attribute-added',
    {
      base: resp(obj([el('a')])),
      rev: resp(obj([el('a'), attr('k')])),
      want: [['attribute-added', 'response', 'info', 'T/@k']],
    },
  ],
  [
    'required-attribute-added',
    {
      base: req(obj([el('a')])),
      rev: req(obj([el('a'), attr('k', str, true)])),
      want: [['required-attribute-added', 'request', 'breaking', 'T/@k']],
    },
  ],
  [
    'attribute-removed',
    { base: resp(obj([attr('k')])), rev: resp(obj([])), want: [['attribute-removed', 'response', 'breaking', 'T/@k']] },
  ],
  [
    'attribute-became-required',
    {
      base: req(obj([attr('k')])),
      rev: req(obj([attr('k', str, true)])),
      want: [['attribute-became-required', 'request', 'breaking', 'T/@k']],
    },
  ],
  [
    'attribute-became-optional',
    {
      base: resp(obj([attr('k', str, true)])),
      rev: resp(obj([attr('k')])),
      want: [['attribute-became-optional', 'response', 'breaking', 'T/@k']],
    },
  ],
  [
    'facet-narrowed',
    {
      base: req(obj([el('a', len(256))])),
      rev: req(obj([el('a', len(128))])),
      want: [['facet-narrowed', 'request', 'breaking', 'T/a']],
    },
  ],
  [
    'facet-widened',
    {
      base: resp(obj([el('a', len(128))])),
      rev: resp(obj([el('a', len(256))])),
      want: [['facet-widened', 'response', 'warning', 'T/a']],
    },
  ],
  [
    'default-changed',
    {
      base: resp(obj([el('a', str, 0, 1, 1, { default: 'x' })])),
      rev: resp(obj([el('a', str, 0, 1, 1, { default: 'y' })])),
      want: [['default-changed', 'response', 'warning', 'T/a']],
    },
  ],
  [
    'content-model-changed',
    {
      base: resp(obj([el('a')], 'sequence')),
      rev: resp(obj([el('a')], 'choice')),
      want: [['content-model-changed', 'response', 'warning', 'T']],
    },
  ],
  [
    'type-added',
    {
      base: schema({}, { R: str }),
      rev: schema({ N: str }, { R: str }),
      want: [['type-added', 'response', 'info', 'N']],
    },
  ],
  [
    'type-removed',
    {
      base: schema({ N: str }, { R: str }),
      rev: schema({}, { R: str }),
      want: [['type-removed', 'response', 'warning', 'N']],
    },
  ],
  [
    'reordered attributes and fields, other origins: no change',
    {
      base: resp(obj([el('a', str, 0, 1, 3), attr('x', str, false, 4), attr('y', str, false, 5)])),
      rev: resp(obj([attr('y', str, false, 9), el('a', str, 0, 1, 12), attr('x', str, false, 20)])),
      want: [],
    },
  ],
];

describe('diffDocuments: schema rules on hand-built IR', () => {
  it.each(schemaRows)('%s', (_name, { base, rev, want }) => {
    const got = diffDocuments(doc([base]), doc([rev])).map((f) => [f.rule, f.direction, f.severity, f.path]);
    expect(got).toEqual(want);
  });

  it('ties a change to the endpoints that reach it, once per direction', () => {
    const s = (fields: ReturnType<typeof el>[]) =>
      schema(
        { Sched: obj(fields) },
        { ServiceRequest: obj([el('data', ref('Sched'))]), ServiceResponse: obj([el('data', ref('Sched'))]) },
      );
    const ep = (id: string, root: string) =>
      endpoint(id, {
        ...(root === 'ServiceRequest'
          ? {
              request: {
                kind: 'service-request',
                contentType: 'text/xml',
                schema: { schema: 'x/schemas/t.xsd', root },
              },
            }
          : {}),
        responses: [
          {
            status: 200,
            contentType: 'text/xml',
            body: 'xml',
            schema: { schema: 'x/schemas/t.xsd', root: 'ServiceResponse' },
          },
        ],
      });
    const eps = [ep('was.sched.create', 'ServiceRequest'), ep('was.sched.get', 'ServiceResponse')];
    const got = diffDocuments(doc([s([el('a')])], eps), doc([s([el('a'), el('sendMailFromAddressOption')])], eps));
    expect(got.map((f) => [f.direction, f.endpoints])).toEqual([
      ['request', ['was.sched.create']],
      ['response', ['was.sched.create', 'was.sched.get']],
    ]);
    expect(got[0]!.rev).toEqual({ file: 'x/schemas/t.xsd', line: 1, column: 1 });
    expect(got[0]!.base).toBeUndefined();
  });
});

describe('diffDocuments: endpoint rules', () => {
  const rows: [
    string,
    { base: ReturnType<typeof endpoint>[]; rev: ReturnType<typeof endpoint>[]; want: [string, string, string][] },
  ][] = [
    ['endpoint-added', { base: [], rev: [endpoint('a.b')], want: [['endpoint-added', 'info', '/api/2.0/fo/a.b/']] }],
    [
      'endpoint-removed',
      { base: [endpoint('a.b')], rev: [], want: [['endpoint-removed', 'breaking', '/api/2.0/fo/a.b/']] },
    ],
    [
      'path-changed',
      {
        base: [endpoint('a.b', { path: '/x' })],
        rev: [endpoint('a.b', { path: '/y' })],
        want: [['path-changed', 'breaking', '/y']],
      },
    ],
    [
      'method-changed',
      {
        base: [endpoint('a.b')],
        rev: [endpoint('a.b', { method: 'POST' })],
        want: [['method-changed', 'breaking', '/api/2.0/fo/a.b/']],
      },
    ],
    [
      'param-added',
      {
        base: [endpoint('a.b')],
        rev: [endpoint('a.b', { params: [param('p')] })],
        want: [['param-added', 'info', 'p']],
      },
    ],
    [
      'required-param-added',
      {
        base: [endpoint('a.b')],
        rev: [endpoint('a.b', { params: [param('p', { required: true })] })],
        want: [['required-param-added', 'breaking', 'p']],
      },
    ],
    [
      'const param added: not a caller change',
      { base: [endpoint('a.b')], rev: [endpoint('a.b', { params: [param('action', { const: 'list' })] })], want: [] },
    ],
    [
      'param-removed',
      {
        base: [endpoint('a.b', { params: [param('p')] })],
        rev: [endpoint('a.b')],
        want: [['param-removed', 'breaking', 'p']],
      },
    ],
    [
      'param-became-required',
      {
        base: [endpoint('a.b', { params: [param('p')] })],
        rev: [endpoint('a.b', { params: [param('p', { required: true })] })],
        want: [['param-became-required', 'breaking', 'p']],
      },
    ],
    [
      'param-became-optional',
      {
        base: [endpoint('a.b', { params: [param('p', { required: true })] })],
        rev: [endpoint('a.b', { params: [param('p')] })],
        want: [['param-became-optional', 'info', 'p']],
      },
    ],
    [
      'param-type-changed',
      {
        base: [endpoint('a.b', { params: [param('p')] })],
        rev: [endpoint('a.b', { params: [param('p', { type: 'integer' })] })],
        want: [['param-type-changed', 'breaking', 'p']],
      },
    ],
    [
      'param-enum-value-added',
      {
        base: [endpoint('a.b', { params: [param('c', { enum: ['scanned'] })] })],
        rev: [
          endpoint('a.b', { params: [param('c', { enum: ['scanned', 'failed_slice', 'exceeded_scan_duration'] })] }),
        ],
        want: [
          ['param-enum-value-added', 'info', 'exceeded_scan_duration'],
          ['param-enum-value-added', 'info', 'failed_slice'],
        ],
      },
    ],
    [
      'param-enum-value-removed',
      {
        base: [endpoint('a.b', { params: [param('c', { enum: ['x', 'y'] })] })],
        rev: [endpoint('a.b', { params: [param('c', { enum: ['x'] })] })],
        want: [['param-enum-value-removed', 'breaking', 'y']],
      },
    ],
    [
      'response-schema-changed',
      {
        base: [endpoint('a.b')],
        rev: [
          endpoint('a.b', {
            responses: [
              { status: 200, contentType: 'text/xml', body: 'xml', schema: { schema: 'x/schemas/t.xsd', root: 'R' } },
            ],
          }),
        ],
        want: [['response-schema-changed', 'breaking', '200']],
      },
    ],
  ];
  it.each(rows)('%s', (_name, { base, rev, want }) => {
    const got = diffDocuments(doc([], base), doc([], rev)).map((f) => [f.rule, f.severity, f.name]);
    expect(got).toEqual(want);
  });

  it('reports schema files added and removed with the endpoints using them', () => {
    const s = schema({}, { R: str }, 'easm/schemas/status.schema.json');
    const ep = endpoint('easm.profile.status', {
      responses: [{ status: 200, contentType: 'application/json', body: 'json', schema: { schema: s.id } }],
    });
    const got = diffDocuments(doc(), doc([s], [ep]));
    expect(got.map((f) => [f.rule, f.format ?? '', f.endpoints.join()])).toEqual([
      ['schema-added', 'json-schema', 'easm.profile.status'],
      ['endpoint-added', '', 'easm.profile.status'],
    ]);
  });
});
