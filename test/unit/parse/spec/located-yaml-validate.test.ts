/**
 * `validateLocatedYaml` (generator/parse/spec/parse-located-yaml.ts): ajv (JSON Schema draft-07
 * keywords, `allErrors`) errors become located diagnostics, whole diagnostics asserted.
 *
 * The contract, from the module's documentation and the spec-format diagnostics of docs/: one
 * diagnostic per failing node (instance path), at most 10; at a node, the most specific error
 * (`additionalProperties`, `required`, `enum`, `type`, `pattern`) wins over a generic one
 * (`anyOf`, `minimum`, ...), the first one wins among equals; an error on a node that also has an
 * error deeper down is dropped (the deeper one is the cause), except an unknown key, which is a
 * problem of its own. The message names the node (`document` for the root, else the dotted path)
 * and says what is wrong; the location is the failing value, or for an unknown key the key.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../../generator/diagnostics.js';
import { parseLocatedYaml, validateLocatedYaml } from '../../../../generator/parse/spec/parse-located-yaml.js';

const ajv = new Ajv({ allErrors: true, strict: false });

/** The diagnostics validating `text` against `schema` throws (none when it is valid). */
function problems(schema: object, text: string): Diagnostic[] {
  const yaml = parseLocatedYaml('v.yaml', text);
  try {
    validateLocatedYaml('v.yaml', yaml, ajv.compile(schema), 'SpecInvalid');
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  return [];
}

const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'SpecInvalid',
  severity: 'error',
  message,
  location: { file: 'v.yaml', line, column },
});

const UNKNOWN = '(check the spelling; see generator/parse/spec/spec-format.schema.json)';

describe('one diagnostic per node: the specific keyword wins', () => {
  it.each([
    ['type', { allOf: [{ minimum: 5 }, { type: 'string' }] }, '3\n', 'document: must be string'],
    [
      'required',
      { allOf: [{ minProperties: 3 }, { required: ['x'] }] },
      'a: 1\n',
      "document: missing required key 'x'",
    ],
    [
      'additionalProperties',
      { allOf: [{ minProperties: 3 }, { additionalProperties: false }] },
      'a: 1\n',
      `document: unknown key 'a' ${UNKNOWN}`,
    ],
    ['enum', { allOf: [{ minLength: 5 }, { enum: ['x', 'yy'] }] }, 'z\n', 'document: must be one of "x", "yy"'],
    ['pattern', { allOf: [{ minLength: 5 }, { pattern: '^a+$' }] }, 'z\n', 'document: does not match the pattern ^a+$'],
  ])('%s after a generic error at the same node', (_keyword, schema, text, message) => {
    expect(problems(schema, text)).toEqual([invalid(message, 1, 1)]);
  });

  it('type over the anyOf that follows it', () => {
    expect(problems({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }, '3\n')).toEqual([
      invalid('document: must be string', 1, 1),
    ]);
  });

  it('between two generic errors, the first', () => {
    expect(problems({ allOf: [{ minimum: 5 }, { multipleOf: 2 }] }, '3\n')).toEqual([
      invalid('document: must be >= 5', 1, 1),
    ]);
  });

  it('between two specific errors, the first', () => {
    expect(problems({ allOf: [{ type: 'string' }, { enum: ['x'] }] }, '3\n')).toEqual([
      invalid('document: must be string', 1, 1),
    ]);
  });
});

describe('errors at several nodes', () => {
  it('an error above a deeper one is dropped', () => {
    const schema = {
      properties: { a: { anyOf: [{ type: 'object', properties: { b: { enum: ['x'] } } }, { type: 'string' }] } },
    };
    expect(problems(schema, 'a:\n  b: y\n')).toEqual([invalid(`'a.b': must be one of "x"`, 2, 6)]);
  });

  it('an unknown key is kept beside a deeper error, located at the key', () => {
    const schema = { properties: { a: { additionalProperties: false, properties: { b: { type: 'string' } } } } };
    expect(problems(schema, 'a:\n  b: 1\n  z: 2\n')).toEqual([
      invalid(`'a': unknown key 'z' ${UNKNOWN}`, 3, 3),
      invalid(`'a.b': must be string`, 2, 6),
    ]);
  });

  it('siblings are not above one another: a.b and a.bc are both reported', () => {
    const schema = { properties: { a: { properties: { b: { type: 'string' }, bc: { type: 'string' } } } } };
    expect(problems(schema, 'a:\n  b: 1\n  bc: 2\n')).toEqual([
      invalid(`'a.b': must be string`, 2, 6),
      invalid(`'a.bc': must be string`, 3, 7),
    ]);
  });

  it('at most 10 diagnostics, the first 10 in document order', () => {
    const text = Array.from({ length: 12 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect(problems({ additionalProperties: { type: 'string' } }, `${text}\n`)).toEqual(
      Array.from({ length: 10 }, (_, i) => invalid(`'k${i}': must be string`, i + 1, 5)),
    );
  });
});

describe('messages and locations', () => {
  it('a generic keyword says what ajv says, at the value', () => {
    expect(problems({ properties: { n: { minimum: 5 } } }, 'n: 3\n')).toEqual([invalid("'n': must be >= 5", 1, 4)]);
  });

  it('a nested path is dotted, sequence indexes included', () => {
    const schema = { properties: { list: { items: { properties: { v: { pattern: '^[a-z]+$' } } } } } };
    expect(problems(schema, 'list:\n  - v: ok\n  - v: NO\n')).toEqual([
      invalid(`'list.1.v': does not match the pattern ^[a-z]+$`, 3, 8),
    ]);
  });

  it.each([['a~b'], ['a/b']])('an unknown key with %j in it is located at that key, not at its map', (key) => {
    const schema = { properties: { ok: { properties: { fine: {} }, additionalProperties: false } } };
    expect(problems(schema, `ok:\n  fine: 1\n  "${key}": 2\n`)).toEqual([
      invalid(`'ok': unknown key '${key}' ${UNKNOWN}`, 3, 3),
    ]);
  });
});
