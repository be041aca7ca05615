/**
 * Pins which JSON Schema draft-07 keywords parseJsonSchema (generator/parse/json-schema/parse-json-schema.ts)
 * accepts without a JsonSchemaUnsupported diagnostic: the core identifiers and comment ($schema,
 * $id, $comment: json-schema-core §7-8), the annotations (title, description, default, examples:
 * validation §10) and the validation keywords of the subset it reads, including the array and
 * number ones it does not model (minItems, maxItems, uniqueItems: §6.4; multipleOf: §6.2.1), and
 * OpenAPI's `nullable`. Also: a `$ref` is the RFC 6901 pointer it spells, never a prefix of it.
 */
import { describe, expect, it } from 'vitest';
import { isDiagnosticError } from '../../../../generator/diagnostics.js';
import { parseJsonSchema } from '../../../../generator/parse/json-schema/parse-json-schema.js';

const FILE = 'gw/schemas/k.schema.json';
const parse = (schema: unknown) =>
  parseJsonSchema({ source: JSON.stringify(schema, null, 2), file: FILE, schemaId: FILE });

describe('accepted keywords', () => {
  it('core identifiers, comments and annotations on the root and on properties', () => {
    const s = parse({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://example.com/k.schema.json',
      $comment: 'root',
      title: 'K',
      description: 'A K',
      examples: [{}],
      type: 'object',
      properties: {
        a: { $comment: 'a', title: 'A', type: 'string', examples: ['x'], default: 'x' },
      },
    });
    expect(s.doc).toBe('A K');
    const root = s.roots[0]!.type;
    expect(root.kind === 'object' && root.fields.map((f) => [f.name, f.type, f.default])).toEqual([
      ['a', { kind: 'primitive', builtin: 'string', facets: {} }, 'x'],
    ]);
  });

  it('array bounds and uniqueness, and multipleOf, are read without error', () => {
    const t = parse({
      type: 'array',
      minItems: 1,
      maxItems: 5,
      uniqueItems: true,
      items: { type: 'number', multipleOf: 0.5 },
    }).roots[0]!.type;
    expect(t).toMatchObject({ kind: 'list', item: { kind: 'primitive', builtin: 'number' } });
  });

  it('every keyword of the subset together in one schema', () => {
    const s = parse({
      $defs: { D: { type: 'integer' } },
      definitions: { E: { const: 1 } },
      type: 'object',
      nullable: false,
      required: ['s'],
      additionalProperties: false,
      dependencies: { s: ['n'] },
      properties: {
        s: { type: 'string', minLength: 1, maxLength: 2, pattern: 'a', format: 'uri' },
        n: { type: 'number', minimum: 0, maximum: 9, exclusiveMinimum: -1, exclusiveMaximum: 10 },
        e: { enum: ['x'] },
        r: { $ref: '#/$defs/D' },
        o: { oneOf: [{ type: 'null' }] },
        y: { anyOf: [{ type: 'boolean' }] },
        l: { allOf: [{ type: 'object' }] },
      },
    });
    expect(s.types.map((t) => t.name)).toEqual(['D', 'E']);
    const root = s.roots[0]!.type;
    expect(root.kind === 'object' && root.fields.map((f) => f.type.kind)).toEqual([
      'primitive',
      'primitive',
      'enum',
      'ref',
      'union',
      'union',
      'object',
    ]);
  });
});

describe('$ref', () => {
  it('a pointer with a line break in the name does not stop at the line break', () => {
    const schema = {
      definitions: { A: { type: 'string' }, 'A\nB': { type: 'integer' } },
      properties: { p: { $ref: '#/definitions/A\nB' } },
    };
    let got: unknown;
    try {
      const root = parse(schema).roots[0]!.type;
      got = root.kind === 'object' ? root.fields[0]!.type : root;
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      got = e.diagnostics[0]!.code;
    }
    expect(got).not.toEqual({ kind: 'ref', target: `${FILE}#A` });
  });
});
