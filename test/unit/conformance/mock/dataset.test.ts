/**
 * The mock dataset's pieces without sockets: the bounded ServiceRequest reader, the QPS
 * operators, the linear XML reader, FO `ids` lists, and the example choice (an error example is
 * never a default answer).
 */
import { describe, expect, it } from 'vitest';
import { compare, matches } from '../../../../conformance/mock/dataset/criteria.js';
import { xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import { parseIds } from '../../../../conformance/mock/dataset/fo-ops.js';
import { readServiceRequest, ServiceRequestError } from '../../../../conformance/mock/dataset/service-request.js';
import { parseXmlTree, XmlTreeError } from '../../../../conformance/mock/dataset/xml-tree.js';
import { chooseExample } from '../../../../conformance/mock/example-choice.js';
import type { LoadedExample } from '../../../../conformance/mock/mock-context.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';
import { bestCpuMicros } from '../../../support/cpu-time.js';

/** Bodies an attacker can send: an unclosed attribute of `<`s, a run of `<`, unclosed comments. */
const hostileBodies = (n: number): string[] => [
  `<ServiceRequest a="${'<'.repeat(n)}`,
  '<'.repeat(n),
  `<ServiceRequest>${'<!--'.repeat(n / 4)}`,
];

describe('readServiceRequest', () => {
  it('reads Criteria, preferences and the data record', () => {
    const r = readServiceRequest(
      `<ServiceRequest><filters><Criteria field="name" operator="not  equals">a &amp; b</Criteria>
       <Criteria field="id" operator="GREATER">7</Criteria></filters>
       <preferences><limitResults>5</limitResults><startFromOffset>11</startFromOffset><verbose>true</verbose></preferences>
       <data><Tag><name><![CDATA[x<y]]></name></Tag></data></ServiceRequest>`,
    );
    expect(r.criteria).toEqual([
      { field: 'name', operator: 'NOT EQUALS', value: 'a & b' },
      { field: 'id', operator: 'GREATER', value: '7' },
    ]);
    expect(r).toMatchObject({ limitResults: 5, startFromOffset: 11, verbose: true });
    expect(r.data?.node.name).toBe('Tag');
    expect(r.data?.node.children[0]?.text).toBe('x<y');
  });

  it('reads a bare <filters> root with <value> children (CSAM v2)', () => {
    const r = readServiceRequest(
      '<filters><Criteria field="customAttributes.key" operator="EQUALS"><value>Media State4</value></Criteria></filters>',
    );
    expect(r.criteria).toEqual([{ field: 'customAttributes.key', operator: 'EQUALS', value: 'Media State4' }]);
  });

  it.each([
    [
      'an unknown operator',
      '<ServiceRequest><filters><Criteria field="a" operator="LIKE">x</Criteria></filters></ServiceRequest>',
    ],
    [
      'a Criteria without field',
      '<ServiceRequest><filters><Criteria operator="EQUALS">x</Criteria></filters></ServiceRequest>',
    ],
    ['a zero limit', '<ServiceRequest><preferences><limitResults>0</limitResults></preferences></ServiceRequest>'],
    ['a malformed body', '<ServiceRequest><filters>'],
    ['another root', '<Nope/>'],
    [
      'more than 100 Criteria',
      `<ServiceRequest><filters>${'<Criteria field="a" operator="EQUALS">1</Criteria>'.repeat(101)}</filters></ServiceRequest>`,
    ],
    ['nesting deeper than 32', `<ServiceRequest>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</ServiceRequest>`],
  ])('refuses %s', (_name, body) => {
    expect(() => readServiceRequest(body)).toThrow(ServiceRequestError);
  });

  it('refuses each hostile body', () => {
    for (const body of hostileBodies(1000)) expect(() => readServiceRequest(body)).toThrow(ServiceRequestError);
  });

  it('reads a hostile body in linear time: 8 times the input costs well under the 64 times of a quadratic reader', () => {
    const refuseAll = (n: number) => () => {
      for (const body of hostileBodies(n)) {
        try {
          readServiceRequest(body);
        } catch {
          // refused, as the test above checks
        }
      }
    };
    bestCpuMicros(refuseAll(250_000), 1); // warm-up
    const ratio = bestCpuMicros(refuseAll(2_000_000)) / Math.max(1, bestCpuMicros(refuseAll(250_000)));
    expect(ratio).toBeLessThan(32);
  });
});

describe('QPS operators', () => {
  const r = xmlRecord(
    42,
    '<HostAsset><id>42</id><name>Web Server</name><created>2024-03-01T10:00:00Z</created><tags><list><TagSimple><id>1</id><name>Prod</name></TagSimple><TagSimple><id>2</id><name>EU</name></TagSimple></list></tags></HostAsset>',
  );
  it.each([
    ['name', 'EQUALS', 'web server', true],
    ['name', 'NOT EQUALS', 'Web Server', false],
    ['id', 'GREATER', '41', true],
    ['id', 'GREATER', '42', false],
    ['id', 'LESSER', '100', true],
    ['created', 'GREATER', '2024-02-29T00:00:00Z', true],
    ['created', 'LESSER', '2024-02-29', false],
    ['id', 'IN', '7, 42 ,9', true],
    ['name', 'CONTAINS', 'SERVER', true],
    ['tags.name', 'EQUALS', 'EU', true],
    ['tags.id', 'NONE', '3,4', true],
    ['tags.id', 'NONE', '2,4', false],
    ['missing', 'EQUALS', 'x', false],
    ['missing', 'NOT EQUALS', 'x', true],
  ] as const)('%s %s %s → %s', (field, operator, value, expected) => {
    expect(matches(r, { field, operator, value })).toBe(expected);
  });

  it('compares numbers as numbers, dates as instants', () => {
    expect(compare('9', '10')).toBe(-1);
    expect(compare('2024-01-02', '2024-01-10')).toBe(-1);
    expect(compare('b', 'A')).toBe(1);
  });
});

describe('parseXmlTree', () => {
  it('keeps source spans and decodes text', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY>]><a x=\'1\'><b>&lt;&#65;</b><!-- c --><c/></a>';
    const root = parseXmlTree(text);
    expect(root.attrs).toEqual({ x: '1' });
    const b = root.children[0]!;
    expect(b.text).toBe('<A');
    expect(text.slice(b.start, b.end)).toBe('<b>&lt;&#65;</b>');
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
  });

  it('refuses mismatched tags and too many elements', () => {
    expect(() => parseXmlTree('<a><b></a>')).toThrow(XmlTreeError);
    expect(() => parseXmlTree(`<a>${'<b/>'.repeat(20)}</a>`, { maxDepth: 5, maxElements: 10 })).toThrow(XmlTreeError);
  });
});

describe('FO ids lists', () => {
  it('reads ids and ranges, refuses the rest', () => {
    expect(parseIds('1, 5-9,12')).toEqual([
      [1, 1],
      [5, 9],
      [12, 12],
    ]);
    expect(parseIds(null)).toBeUndefined();
    expect(parseIds('abc')).toMatch(/invalid/);
    expect(parseIds(Array.from({ length: 10_001 }, (_, i) => i).join(','))).toMatch(/at most/);
  });
});

describe('chooseExample', () => {
  const endpoint = {
    params: [
      { name: 'action', const: 'list' },
      { name: 'ids', list: true },
    ],
  } as unknown as IrEndpoint;
  const ex = (name: string, status: number, body: string, params?: Record<string, string>): LoadedExample =>
    ({
      example: {
        name,
        status,
        expect: 'valid',
        contentType: 'text/xml',
        kind: 'response',
        file: '',
        ...(params ? { params } : {}),
      },
      body,
    }) as LoadedExample;
  const error = ex(
    'error-first',
    200,
    '<ServiceResponse><responseCode>INVALID_REQUEST</responseCode></ServiceResponse>',
  );
  const generic = ex('generic', 200, '<ServiceResponse><responseCode>SUCCESS</responseCode></ServiceResponse>', {
    action: 'list',
  });
  const one = ex('one', 200, '<X/>', { action: 'list', ids: '1' });
  const two = ex('two', 200, '<X/>', { action: 'list', ids: '1,2' });
  const fo400 = ex('bad', 400, '<SIMPLE_RETURN><RESPONSE><CODE>1905</CODE></RESPONSE></SIMPLE_RETURN>', { ids: 'abc' });

  it('never answers an unrelated request with an error example', () => {
    expect(chooseExample(endpoint, [error, generic], undefined, new URLSearchParams('action=list'), '')).toBe(generic);
    expect(chooseExample(endpoint, [error], undefined, new URLSearchParams('action=list'), '')).toBeUndefined();
    expect(chooseExample(endpoint, [fo400], undefined, new URLSearchParams('ids=abc'), '')).toBeUndefined();
  });

  it('prefers the example whose params equal the request, and refuses one the request contradicts', () => {
    expect(chooseExample(endpoint, [two, one], undefined, new URLSearchParams('ids=1'), '')).toBe(one);
    expect(chooseExample(endpoint, [two, one], undefined, new URLSearchParams('ids=1,2'), '')).toBe(two);
    expect(chooseExample(endpoint, [one], undefined, new URLSearchParams('ids=3'), '')).toBeUndefined();
  });

  it('matches a recorded request body up to whitespace between tags', () => {
    const byBody = ex('by-body', 200, '<X/>');
    const bodies = new Map([['by-body', '<ServiceRequest>\n  <a>1</a>\n</ServiceRequest>\n']]);
    expect(
      chooseExample(endpoint, [byBody], bodies, new URLSearchParams(), '<ServiceRequest><a>1</a></ServiceRequest>'),
    ).toBe(byBody);
    expect(
      chooseExample(endpoint, [byBody], bodies, new URLSearchParams(), '<ServiceRequest><a>2</a></ServiceRequest>'),
    ).toBeUndefined();
  });
});
