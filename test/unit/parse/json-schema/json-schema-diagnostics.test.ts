/**
 * Pins the whole diagnostic (code, severity, message, file:line:column, JSON pointer path) that
 * parseJsonSchema (generator/parse/json-schema/parse-json-schema.ts) reports for a schema it
 * refuses: a root that is not an object (JSON Schema draft-07 core §4.3: qspec takes object
 * schemas only at the root), a schema value that is neither an object nor `true` (core §4.3),
 * a `$ref` that is not a local `#/definitions/...` pointer (core §8.3, RFC 6901 escapes), an
 * unknown `type` (validation §6.1.1), `allOf` parts that are not objects, a `required` name not
 * among the properties (validation §6.5.3), and schema-valued or undeclared `dependencies`
 * (validation §6.5.7). Unsupported constructs are located at the value their pointer names.
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../../generator/diagnostics.js';
import { parseJsonSchema } from '../../../../generator/parse/json-schema/parse-json-schema.js';

const FILE = 'gw/schemas/t.schema.json';

function diagnosticsOf(source: string): readonly Diagnostic[] {
  try {
    parseJsonSchema({ source, file: FILE, schemaId: FILE });
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a diagnostic');
}
const lines = (...ls: string[]) => ls.join('\n');
const unsupported = (what: string, line: number, column: number, path: string): Diagnostic => ({
  code: 'JsonSchemaUnsupported',
  severity: 'error',
  message: `${what} is not supported by qspec's JSON Schema front end`,
  location: { file: FILE, line, column, path },
});
const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'JsonSchemaInvalid',
  severity: 'error',
  message,
  location: { file: FILE, line, column },
});

describe('the document root', () => {
  it.each([['[]'], ['null'], ['"string"'], ['42'], ['true']])('%s is not a JSON Schema object', (source) => {
    expect(diagnosticsOf(source)).toEqual([invalid('a JSON Schema must be an object', 1, 1)]);
  });
});

describe('schema values', () => {
  it.each([
    ['false', 'false'],
    ['null', 'null'],
    ['5', '5'],
    ['"x"', '"x"'],
    ['[1]', '[1]'],
    // an empty array is not an empty object: a schema is an object or a boolean (draft-07 core §4.3.1)
    ['[]', '[]'],
  ])('a property schema %s is refused at the value', (value, shown) => {
    const source = lines('{', '  "properties": {', `    "p": ${value}`, '  }', '}');
    expect(diagnosticsOf(source)).toEqual([unsupported(`schema value ${shown}`, 3, 10, '/properties/p')]);
  });

  it('an unknown type, alone or in a type array, is located at the type', () => {
    const source = lines('{', '  "properties": {', '    "p": { "type": "date" }', '  }', '}');
    expect(diagnosticsOf(source)).toEqual([unsupported("type 'date'", 3, 20, '/properties/p/type')]);
    expect(diagnosticsOf('{ "type": ["string", "float"] }')).toEqual([unsupported("type 'float'", 1, 11, '/type')]);
  });

  it('errors inside items, additionalProperties, oneOf, anyOf and allOf carry the path down to them', () => {
    expect(diagnosticsOf('{ "type": "array", "items": { "not": {} } }')).toEqual([
      unsupported("keyword 'not'", 1, 38, '/items/not'),
    ]);
    expect(diagnosticsOf('{ "type": "object", "additionalProperties": { "not": {} } }')).toEqual([
      unsupported("keyword 'not'", 1, 54, '/additionalProperties/not'),
    ]);
    expect(diagnosticsOf('{ "oneOf": [ { "type": "string" }, { "if": {} } ] }')).toEqual([
      unsupported("keyword 'if'", 1, 44, '/oneOf/1/if'),
    ]);
    expect(diagnosticsOf('{ "anyOf": [ { "not": {} } ] }')).toEqual([
      unsupported("keyword 'not'", 1, 23, '/anyOf/0/not'),
    ]);
    expect(diagnosticsOf('{ "allOf": [ { "type": "object" }, { "type": "wat" } ] }')).toEqual([
      unsupported("type 'wat'", 1, 46, '/allOf/1/type'),
    ]);
  });

  it('property and definition names are escaped in the path (RFC 6901: ~ as ~0, / as ~1)', () => {
    const source = lines('{', '  "properties": {', '    "a/b~c": { "not": {} }', '  }', '}');
    expect(diagnosticsOf(source)).toEqual([unsupported("keyword 'not'", 3, 23, '/properties/a~1b~0c/not')]);
    const defs = lines('{', '  "definitions": {', '    "x~/y": { "not": {} }', '  }', '}');
    expect(diagnosticsOf(defs)).toEqual([unsupported("keyword 'not'", 3, 22, '/definitions/x~0~1y/not')]);
  });
});

describe('$ref', () => {
  it.each([
    ['https://example.com/x.json'],
    ['other.schema.json#/definitions/A'],
    ['#/properties/a'],
    ['#/definitions/'],
  ])('%s is not a local definition reference', (ref) => {
    const source = lines('{', '  "properties": {', `    "p": { "$ref": ${JSON.stringify(ref)} }`, '  }', '}');
    expect(diagnosticsOf(source)).toEqual([
      unsupported(`$ref '${ref}' (only local #/definitions/... refs)`, 3, 20, '/properties/p/$ref'),
    ]);
  });
});

describe('allOf', () => {
  it.each([
    ['a primitive', '{ "type": "string" }'],
    ['a $ref', '{ "$ref": "#/definitions/A" }'],
  ])('of %s is refused at allOf', (_n, part) => {
    const source = lines(
      '{',
      '  "definitions": { "A": { "type": "object" } },',
      `  "allOf": [ { "type": "object" }, ${part} ]`,
      '}',
    );
    expect(diagnosticsOf(source)).toEqual([unsupported('allOf of non-object schemas (or $refs)', 3, 12, '/allOf')]);
  });
});

describe('required and dependencies', () => {
  it('a required name that is not a property is located at required', () => {
    const source = lines('{', '  "type": "object",', '  "properties": { "a": {} },', '  "required": ["a", "b"]', '}');
    expect(diagnosticsOf(source)).toEqual([invalid("required property 'b' is not declared in properties", 4, 15)]);
  });

  it('a dependency on an undeclared property, either side, is located at that dependency', () => {
    const head = ['{', '  "properties": { "a": {}, "b": {} },', '  "dependencies": {'];
    expect(diagnosticsOf(lines(...head, '    "a": ["b"],', '    "b": ["zz"]', '  }', '}'))).toEqual([
      invalid("dependencies name 'zz', which is not a declared property", 5, 10),
    ]);
    expect(diagnosticsOf(lines(...head, '    "q/r": ["a"]', '  }', '}'))).toEqual([
      invalid("dependencies name 'q/r', which is not a declared property", 4, 12),
    ]);
  });

  it.each([
    ['a schema', '{ "required": ["b"] }'],
    ['an array with a non-string', '["b", 1]'],
  ])('a dependency that is %s is refused', (_n, dep) => {
    const source = lines(
      '{',
      '  "properties": { "a": {}, "b": {} },',
      '  "dependencies": {',
      `    "a": ${dep}`,
      '  }',
      '}',
    );
    expect(diagnosticsOf(source)).toEqual([unsupported('schema-valued dependencies', 4, 10, '/dependencies/a')]);
  });
});
