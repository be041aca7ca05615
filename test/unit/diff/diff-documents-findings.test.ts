import { describe, expect, it } from 'vitest';
import { diffDocuments, sortFindings } from '../../../generator/diff/diff-documents.js';
import type { DiffFinding } from '../../../generator/diff/diff-finding.js';
import { doc, el, endpoint, obj, schema } from './ir-builders.js';

const S = 'vm/schemas/out.xsd';
const xmlResponse = { status: 200, contentType: 'text/xml', body: 'xml' as const };

describe('diffDocuments: schema files added and removed', () => {
  // Endpoints listed out of id order; one uses the schema in its request, one in its second
  // response (the first has no schema), one has a request body without schema, one is unrelated.
  const users = (id: string) => [
    endpoint('z.req', {
      request: { kind: 'service-request', contentType: 'text/xml', schema: { schema: id, root: 'R' } },
    }),
    endpoint('m.none', { request: { kind: 'form', contentType: 'application/x-www-form-urlencoded' } }),
    endpoint('a.resp', {
      responses: [xmlResponse, { ...xmlResponse, status: 201, schema: { schema: id, root: 'R' } }],
    }),
    endpoint('b.other', { responses: [{ ...xmlResponse, schema: { schema: 'vm/schemas/other.xsd', root: 'R' } }] }),
  ];

  it('schema-added: the endpoints using it (request or any response), sorted; located in the revision', () => {
    const s = schema({}, { R: obj([el('a')]) }, S);
    const got = diffDocuments(doc([], users(S)), doc([s], users(S)));
    expect(got).toStrictEqual([
      {
        rule: 'schema-added',
        severity: 'info',
        direction: 'response',
        message: `schema ${S} added`,
        name: 'out.xsd',
        path: S,
        schema: S,
        format: 'xsd',
        endpoints: ['a.resp', 'z.req'],
        rev: { file: S, line: 1, column: 1 },
      },
    ]);
  });

  it('schema-removed: the endpoints that used it in the base; located in the base', () => {
    const s = schema({}, { R: obj([el('a')]) }, 'vm/old.dtd');
    const got = diffDocuments(doc([s], users('vm/old.dtd')), doc([], users('vm/old.dtd')));
    expect(got).toStrictEqual([
      {
        rule: 'schema-removed',
        severity: 'warning',
        direction: 'response',
        message: 'schema vm/old.dtd removed',
        name: 'old.dtd',
        path: 'vm/old.dtd',
        schema: 'vm/old.dtd',
        format: 'dtd',
        endpoints: ['a.resp', 'z.req'],
        base: { file: 'vm/old.dtd', line: 1, column: 1 },
      },
    ]);
  });
});

describe('diffDocuments: schema change findings', () => {
  it('carry from/to only when the change has them', () => {
    const base = schema({ T: obj([el('a')]) }, {}, S);
    const rev = schema({ T: obj([el('b')]) }, {}, S);
    const got = diffDocuments(doc([base]), doc([rev]));
    expect(got.map((f) => [f.rule, f.path, 'from' in f, 'to' in f])).toEqual([
      ['element-removed', 'T/a', true, false],
      ['element-added', 'T/b', false, true],
    ]);
  });
});

describe('sortFindings', () => {
  const f = (schema: string | undefined, path: string, rule = 'r', extra: Partial<DiffFinding> = {}): DiffFinding => ({
    rule,
    severity: 'info',
    direction: 'response',
    message: `${schema ?? '-'} ${path}`,
    name: 'n',
    path,
    endpoints: [],
    ...(schema === undefined ? {} : { schema }),
    ...extra,
  });

  it('schema findings first by schema, then path, rule, direction, name; endpoint findings after', () => {
    const list = [
      f(undefined, 'a.a/p'),
      f('b.xsd', 'A'),
      f('a.xsd', 'Z'),
      f('ab', 'a'),
      f('a', 'bc'),
      f('a.xsd', 'Z', 'q'),
      f('a.xsd', 'Z', 'q', { direction: 'request' }),
      f('a.xsd', 'Z', 'q', { direction: 'request', name: 'm' }),
      f(undefined, '0'),
    ];
    expect(sortFindings(list).map((x) => [x.schema ?? '-', x.path, x.rule, x.direction, x.name])).toEqual([
      ['a', 'bc', 'r', 'response', 'n'],
      ['a.xsd', 'Z', 'q', 'request', 'm'],
      ['a.xsd', 'Z', 'q', 'request', 'n'],
      ['a.xsd', 'Z', 'q', 'response', 'n'],
      ['a.xsd', 'Z', 'r', 'response', 'n'],
      ['ab', 'a', 'r', 'response', 'n'],
      ['b.xsd', 'A', 'r', 'response', 'n'],
      ['-', '0', 'r', 'response', 'n'],
      ['-', 'a.a/p', 'r', 'response', 'n'],
    ]);
  });

  it('keeps findings with equal keys in their order and does not touch the input', () => {
    const list = [f('s', 'p', 'r', { message: 'first' }), f('s', 'p', 'r', { message: 'second' })];
    expect(sortFindings(list).map((x) => x.message)).toEqual(['first', 'second']);
    const rev = [f('b', 'p'), f('a', 'p')];
    expect(sortFindings(rev).map((x) => x.schema)).toEqual(['a', 'b']);
    expect(rev.map((x) => x.schema)).toEqual(['b', 'a']);
  });

  it('sorts a long list (merge path of the sort) the same way', () => {
    const keys = Array.from({ length: 150 }, (_, i) => `p${String((i * 37) % 150).padStart(3, '0')}`);
    const list = keys.map((p) => f('s', p));
    expect(sortFindings(list).map((x) => x.path)).toEqual([...keys].sort());
  });
});
