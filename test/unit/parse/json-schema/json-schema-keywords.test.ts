/**
 * Pins how parseJsonSchema (generator/parse/json-schema/parse-json-schema.ts) maps each JSON
 * Schema draft-07 keyword it supports to the IR: the boolean schema `true` and `{}` accept
 * anything (json-schema-core §4.3.2); `oneOf`/`anyOf` are unions and `allOf` of objects is one
 * merged object, closed when any part is (§6.7); `enum`/`const` (validation §6.1.2-3); OpenAPI 3.0
 * `nullable`, which adds null only next to an explicit `type`; each primitive `type` (§6.1.1) with
 * its string (§6.3) and numeric (§6.2) facets; `items` (§6.4.1) and `additionalProperties`
 * (§6.5.6), absent meaning any; property defaults and descriptions (§10.2).
 */
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { parseJsonSchema } from '../../../../generator/parse/json-schema/parse-json-schema.js';

const FILE = 'pci/schemas/t.schema.json';
const parse = (schema: unknown) =>
  parseJsonSchema({ source: JSON.stringify(schema, null, 2), file: FILE, schemaId: FILE });
const rootType = (schema: unknown): IrType => parse(schema).roots[0]!.type;
const prim = (builtin: string, facets: Record<string, unknown> = {}) => ({ kind: 'primitive', builtin, facets });
const STRING = prim('string');
const NULL = prim('null');
const ANY = { kind: 'any' };

describe('schemas that accept anything', () => {
  it('true and {} as property schemas, a schema with only annotations, an array without items', () => {
    const t = rootType({
      properties: {
        t: true,
        e: {},
        d: { description: 'anything' },
        l: { type: 'array' },
      },
    });
    expect(t.kind === 'object' && t.fields.map((f) => [f.name, f.type])).toEqual([
      ['t', ANY],
      ['e', ANY],
      ['d', ANY],
      ['l', { kind: 'list', item: ANY }],
    ]);
  });

  it('properties without type make an object; type object without properties is an empty open object', () => {
    const t = rootType({ properties: { a: { type: 'string' } } });
    expect(t).toMatchObject({ kind: 'object', open: true, additional: true });
    expect(t.kind === 'object' && t.fields.map((f) => f.name)).toEqual(['a']);
    expect(rootType({ type: 'object' })).toEqual({
      kind: 'object',
      fields: [],
      content: 'all',
      particle: null,
      additional: true,
      open: true,
    });
  });
});

describe('unions: oneOf, anyOf', () => {
  it.each(['oneOf', 'anyOf'])('%s maps each member in order', (key) => {
    expect(rootType({ [key]: [{ type: 'string' }, { type: 'integer', minimum: 0 }, true] })).toEqual({
      kind: 'union',
      members: [STRING, prim('integer', { minInclusive: '0' }), ANY],
    });
  });
});

describe('allOf of object schemas', () => {
  const a = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
  const b = { properties: { b: { type: 'boolean' } } };
  const closed = { type: 'object', properties: { c: { type: 'null' } }, additionalProperties: false };
  const fieldsOf = (t: IrType) => (t.kind === 'object' ? t.fields.map((f) => [f.name, f.occurs.min, f.type]) : t);

  it('merges the fields of every part; open when every part is open', () => {
    const t = rootType({ allOf: [a, b] });
    expect(t).toMatchObject({ kind: 'object', content: 'all', particle: null, additional: true, open: true });
    expect(fieldsOf(t)).toEqual([
      ['a', 1, STRING],
      ['b', 0, prim('boolean')],
    ]);
  });

  it.each([
    ['last', [a, b, closed]],
    ['first', [closed, a]],
  ])('closed when a part is closed (the %s)', (_where, parts) => {
    const t = rootType({ allOf: parts });
    expect(t).toMatchObject({ kind: 'object', additional: false, open: false });
    expect(fieldsOf(t)).toHaveLength(parts.length === 3 ? 3 : 2);
  });
});

describe('enum and const', () => {
  it('an enum with a value that is not a string keeps each value as JSON text', () => {
    expect(rootType({ enum: ['a', 1, null, true] })).toEqual({
      kind: 'enum',
      base: 'anySimpleType',
      values: ['"a"', '1', 'null', 'true'],
    });
  });

  it.each([
    ['a string', 'EUR', { kind: 'enum', base: 'string', values: ['EUR'] }],
    ['a number', 42, { kind: 'enum', base: 'anySimpleType', values: ['42'] }],
    ['null', null, { kind: 'enum', base: 'anySimpleType', values: ['null'] }],
    ['an object', { a: [1] }, { kind: 'enum', base: 'anySimpleType', values: ['{"a":[1]}'] }],
  ])('const %s is a one-value enum', (_n, value, want) => {
    expect(rootType({ const: value })).toEqual(want);
  });
});

describe('nullable (OpenAPI 3.0)', () => {
  it('adds null to an explicit type', () => {
    expect(rootType({ type: 'string', nullable: true, maxLength: 2 })).toEqual({
      kind: 'union',
      members: [prim('string', { maxLength: 2 }), NULL],
    });
  });

  it('has no effect without type, or when false', () => {
    const t = rootType({ nullable: true, properties: { a: { type: 'string' } } });
    expect(t.kind).toBe('object');
    expect(rootType({ type: 'string', nullable: false })).toEqual(STRING);
  });
});

describe('primitive types and their facets', () => {
  it('number and integer carry inclusive and exclusive bounds as strings', () => {
    expect(rootType({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 2.5 })).toStrictEqual(
      prim('number', { minExclusive: '0', maxExclusive: '2.5' }),
    );
    expect(rootType({ type: 'integer', minimum: -3, maximum: 7 })).toStrictEqual(
      prim('integer', { minInclusive: '-3', maxInclusive: '7' }),
    );
  });

  it('string carries minLength, maxLength, pattern and format', () => {
    expect(
      rootType({ type: 'string', minLength: 1, maxLength: 9, pattern: '^[A-Z]+$', format: 'date-time' }),
    ).toStrictEqual(prim('string', { minLength: 1, maxLength: 9, patterns: ['^[A-Z]+$'], format: 'date-time' }));
  });

  it('facets of the wrong JSON type, or absent, are not facets', () => {
    const strings = { minLength: '1', maxLength: '9', pattern: 5, format: true };
    const numbers = { minimum: '1', maximum: '2', exclusiveMinimum: true, exclusiveMaximum: '3' };
    expect(rootType({ type: 'string', ...strings })).toStrictEqual(STRING);
    expect(rootType({ type: 'number', ...numbers })).toStrictEqual(prim('number'));
    expect(rootType({ type: 'integer' })).toStrictEqual(prim('integer'));
    expect(rootType({ type: 'string' })).toStrictEqual(STRING);
  });

  it('boolean and null have no facets', () => {
    expect(rootType({ type: 'boolean', minimum: 1 })).toStrictEqual(prim('boolean'));
    expect(rootType({ type: 'null' })).toStrictEqual(NULL);
  });
});

describe('object properties', () => {
  it('each property is a field with its occurrence, default and description', () => {
    const t = rootType({
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'integer', description: 'The id' },
        sort: { enum: ['ASC', 'DESC'], default: 'ASC' },
        limit: { type: 'integer', default: 100 },
        any: true,
      },
    });
    expect(t.kind === 'object' && t.fields.map(({ origin: _o, ...f }) => f)).toStrictEqual([
      {
        name: 'id',
        xml: { local: 'id', node: 'property' },
        type: prim('integer'),
        occurs: { min: 1, max: 1 },
        nillable: false,
        doc: 'The id',
      },
      {
        name: 'sort',
        xml: { local: 'sort', node: 'property' },
        type: { kind: 'enum', base: 'string', values: ['ASC', 'DESC'] },
        occurs: { min: 0, max: 1 },
        nillable: false,
        default: 'ASC',
      },
      {
        name: 'limit',
        xml: { local: 'limit', node: 'property' },
        type: prim('integer'),
        occurs: { min: 0, max: 1 },
        nillable: false,
        default: '100',
      },
      { name: 'any', xml: { local: 'any', node: 'property' }, type: ANY, occurs: { min: 0, max: 1 }, nillable: false },
    ]);
  });

  it.each([
    ['absent', undefined, true, true],
    ['true', true, true, true],
    ['false', false, false, false],
    ['a schema', { type: 'string' }, STRING, true],
    ['{}', {}, ANY, true],
  ])('additionalProperties %s', (_n, ap, additional, open) => {
    expect(rootType({ type: 'object', properties: {}, additionalProperties: ap })).toStrictEqual({
      kind: 'object',
      fields: [],
      content: 'all',
      particle: null,
      additional,
      open,
    });
  });
});
