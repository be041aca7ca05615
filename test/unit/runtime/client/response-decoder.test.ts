/**
 * response-decoder.ts (`schemaDecoder`), exactly, with a scripted parser and record sink: XML
 * decoding against the registry entry (root passed only when the ref names one), engine issues
 * turned into flat ValidationIssues (absent location parts stay absent), the missing-schema
 * issues, JSON validation errors (`keyword: message`, instancePath), and the streamed record
 * decoder (present only with a sink; undefined for a JSON Schema or unknown ref).
 */
import { describe, expect, it } from 'vitest';
import {
  type ParseXmlFunction,
  schemaDecoder,
  type XmlRecordSinkFunction,
} from '../../../../runtime/client/response-decoder.js';
import type { SchemaRefModel } from '../../../../runtime/endpoint-model.js';
import type { JsonValidateFunction, SchemaEntry } from '../../../../runtime/schema-entry.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';

const model = { marker: 'model' } as unknown as XmlSchemaModel;
function validator(ok: boolean, errors: JsonValidateFunction['errors']): JsonValidateFunction {
  const fn = ((_data: unknown) => ok) as JsonValidateFunction;
  fn.errors = errors;
  return fn;
}
const registry: Record<string, SchemaEntry> = {
  'vm/a.dtd': { id: 'vm/a.dtd', format: 'dtd', model },
  'was/b.xsd': { id: 'was/b.xsd', format: 'xsd', model },
  'gw/ok.json': { id: 'gw/ok.json', format: 'json-schema', validate: validator(true, null), schema: {} },
  'gw/bad.json': {
    id: 'gw/bad.json',
    format: 'json-schema',
    validate: validator(false, [
      { instancePath: '/data/0/id', keyword: 'type', message: 'must be integer', params: {} },
      { instancePath: '', keyword: 'required', params: {} },
    ]),
    schema: {},
  },
  'gw/nullerr.json': { id: 'gw/nullerr.json', format: 'json-schema', validate: validator(false, null), schema: {} },
};
const ref = (schema: string, root?: string): SchemaRefModel => ({
  schema,
  format: schema.endsWith('.json') ? 'json-schema' : 'xsd',
  ...(root !== undefined ? { root } : {}),
});

function parser() {
  const calls: unknown[][] = [];
  const parseXml: ParseXmlFunction = (xml, m, options) => {
    calls.push([xml, m, options]);
    return {
      value: { parsed: xml },
      result: {
        valid: false,
        errors: [
          { message: 'e1', location: { path: '/A/B', line: 2, column: 5, file: 'ignored' } },
          { message: 'e2', location: {} },
          { message: 'e3', location: { line: 7 } },
          { message: 'e4', location: { column: 3 } },
        ],
      },
    };
  };
  return { parseXml, calls };
}

describe('xml', () => {
  it('parses with the entry model and the ref root, mapping issues', () => {
    const { parseXml, calls } = parser();
    const d = schemaDecoder(registry, parseXml);
    expect(d.xml('<A/>', ref('vm/a.dtd', 'A'))).toEqual({
      value: { parsed: '<A/>' },
      issues: [
        { message: 'e1', path: '/A/B', line: 2, column: 5 },
        { message: 'e2' },
        { message: 'e3', line: 7 },
        { message: 'e4', column: 3 },
      ],
    });
    expect(calls).toEqual([['<A/>', model, { root: 'A' }]]);
  });

  it('passes no root when the ref has none', () => {
    const { parseXml, calls } = parser();
    schemaDecoder(registry, parseXml).xml('<B/>', ref('was/b.xsd'));
    expect(calls).toEqual([['<B/>', model, {}]]);
    expect(Object.keys(calls[0]![2] as object)).toEqual([]);
  });

  it('absent location parts are absent keys, not undefined values', () => {
    const { parseXml } = parser();
    const issues = schemaDecoder(registry, parseXml).xml('<A/>', ref('vm/a.dtd')).issues;
    expect(issues.map((i) => Object.keys(i))).toEqual([
      ['message', 'path', 'line', 'column'],
      ['message'],
      ['message', 'line'],
      ['message', 'column'],
    ]);
  });

  it.each(['nope.xsd', 'gw/ok.json'])('no XML schema %s: one issue, no value, parser not called', (schema) => {
    const { parseXml, calls } = parser();
    expect(schemaDecoder(registry, parseXml).xml('<A/>', ref(schema))).toEqual({
      value: undefined,
      issues: [{ message: `no XML schema ${schema} in the registry` }],
    });
    expect(calls).toEqual([]);
  });
});

describe('json', () => {
  const d = schemaDecoder(registry, parser().parseXml);
  it('valid: no issues', () => {
    expect(d.json({ a: 1 }, ref('gw/ok.json'))).toEqual([]);
  });
  it('invalid: keyword and message, instancePath as path', () => {
    expect(d.json({}, ref('gw/bad.json'))).toEqual([
      { message: 'type: must be integer', path: '/data/0/id' },
      { message: 'required: ', path: '' },
    ]);
  });
  it('invalid without an error list: no issues', () => {
    expect(d.json({}, ref('gw/nullerr.json'))).toEqual([]);
  });
  it.each(['nope.json', 'vm/a.dtd'])('no JSON Schema %s: one issue', (schema) => {
    expect(d.json({}, ref(schema))).toEqual([{ message: `no JSON Schema ${schema} in the registry` }]);
  });
});

describe('xmlRecords', () => {
  it('is absent without a record sink', () => {
    const d = schemaDecoder(registry, parser().parseXml);
    expect(d.xmlRecords).toBe(undefined);
    expect('xmlRecords' in d).toBe(false);
  });

  it('wraps the sink: options, writes, live counters, end() mapped', () => {
    const calls: unknown[][] = [];
    const written: number[] = [];
    const state = { errorCount: 0, stopped: false };
    const sink: XmlRecordSinkFunction = (m, options, onRecord) => {
      calls.push([m, options]);
      return {
        write: (chunk) => {
          written.push(chunk.length);
          onRecord({ n: chunk.length });
          state.errorCount++;
          state.stopped = state.errorCount > 1;
        },
        get errorCount() {
          return state.errorCount;
        },
        get stopped() {
          return state.stopped;
        },
        end: () => ({
          valid: false,
          errors: [{ message: 'bad', location: { path: '/R', line: 1 } }],
          root: 'R',
          envelope: { env: 1 },
        }),
      };
    };
    const d = schemaDecoder(registry, parser().parseXml, sink);
    const records: unknown[] = [];
    const stream = d.xmlRecords?.(ref('was/b.xsd', 'R'), ['R', 'data', 'X'], (r) => records.push(r));
    expect(calls).toEqual([[model, { root: 'R', recordPath: ['R', 'data', 'X'] }]]);
    expect([stream?.errorCount, stream?.stopped]).toEqual([0, false]);
    stream?.write(new Uint8Array(3));
    expect([stream?.errorCount, stream?.stopped]).toEqual([1, false]);
    stream?.write(new Uint8Array(5));
    expect([stream?.errorCount, stream?.stopped]).toEqual([2, true]);
    expect(written).toEqual([3, 5]);
    expect(records).toEqual([{ n: 3 }, { n: 5 }]);
    expect(stream?.end()).toEqual({
      issues: [{ message: 'bad', path: '/R', line: 1 }],
      root: 'R',
      envelope: { env: 1 },
    });
  });

  it('passes no root when the ref has none', () => {
    const calls: unknown[] = [];
    const sink = ((_m: unknown, options: unknown) => {
      calls.push(options);
      return {};
    }) as unknown as XmlRecordSinkFunction;
    schemaDecoder(registry, parser().parseXml, sink).xmlRecords?.(ref('vm/a.dtd'), ['A'], () => undefined);
    expect(calls).toEqual([{ recordPath: ['A'] }]);
    expect(Object.keys(calls[0] as object)).toEqual(['recordPath']);
  });

  it.each(['gw/ok.json', 'nope.xsd'])('is undefined for %s (no XML model); the sink is not called', (schema) => {
    let called = 0;
    const sink = (() => {
      called++;
      return {};
    }) as unknown as XmlRecordSinkFunction;
    const d = schemaDecoder(registry, parser().parseXml, sink);
    expect(d.xmlRecords?.(ref(schema), ['A'], () => undefined)).toBe(undefined);
    expect(called).toBe(0);
  });
});
