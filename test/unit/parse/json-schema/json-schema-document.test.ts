/**
 * Pins the document level of parseJsonSchema (generator/parse/json-schema/parse-json-schema.ts):
 * the whole IrSchema (format, one root named after the file, definitions/$defs as named types
 * with their origin and description, the root's description as the schema doc); local `$ref`s to
 * definitions whose names hold RFC 6901 escapes (`~0`, `~1`; JSON Schema draft-07 core §8.3);
 * `rootNameFor`; and the nesting scan that refuses JSON nested deeper than MAX_NESTING_DEPTH
 * (docs/security.md) before parsing, counting only brackets outside strings (RFC 8259 §7: `\`
 * escapes the next character) and located at the first bracket past the limit.
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../../generator/diagnostics.js';
import { MAX_NESTING_DEPTH } from '../../../../generator/parse/input-limits.js';
import { parseJsonSchema, rootNameFor } from '../../../../generator/parse/json-schema/parse-json-schema.js';

const FILE = 'pci/schemas/compliance_summary.schema.json';
const parseText = (source: string) => parseJsonSchema({ source, file: FILE, schemaId: FILE });
const lines = (...ls: string[]) => ls.join('\n');

function diagnosticsOf(source: string): readonly Diagnostic[] {
  try {
    parseText(source);
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a diagnostic');
}
const tooDeep = (line: number, column: number): Diagnostic => ({
  code: 'JsonSchemaTooDeep',
  severity: 'error',
  message: `nests more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper schemas`,
  location: { file: FILE, line, column },
});

describe('the IrSchema of a document', () => {
  it('has the format, the root named after the file, sorted named types with origins and docs', () => {
    const source = lines(
      '{',
      '  "description": "Compliance summary",',
      '  "type": "object",',
      '  "properties": { "b": { "$ref": "#/$defs/B" } },',
      '  "definitions": {',
      '    "Z/1": { "type": "string", "description": "Zed" },',
      '    "A~2": { "type": "integer" }',
      '  },',
      '  "$defs": {',
      '    "B": { "type": "boolean" }',
      '  }',
      '}',
    );
    const s = parseText(source);
    expect(s).toMatchObject({ id: FILE, format: 'json-schema', file: FILE, doc: 'Compliance summary' });
    expect(Object.keys(s).sort()).toEqual(['doc', 'file', 'format', 'id', 'roots', 'types']);
    expect(s.types).toStrictEqual([
      {
        id: `${FILE}#A~2`,
        name: 'A~2',
        type: { kind: 'primitive', builtin: 'integer', facets: {} },
        origin: { file: FILE, line: 7, column: 12 },
      },
      {
        id: `${FILE}#B`,
        name: 'B',
        type: { kind: 'primitive', builtin: 'boolean', facets: {} },
        origin: { file: FILE, line: 10, column: 10 },
      },
      {
        id: `${FILE}#Z/1`,
        name: 'Z/1',
        type: { kind: 'primitive', builtin: 'string', facets: {} },
        doc: 'Zed',
        origin: { file: FILE, line: 6, column: 12 },
      },
    ]);
    expect(s.roots).toHaveLength(1);
    expect(s.roots[0]!.name).toBe('ComplianceSummary');
    expect(s.roots[0]!.origin).toEqual({ file: FILE, line: 1, column: 1 });
    const root = s.roots[0]!.type;
    expect(root.kind === 'object' && root.fields.map((f) => [f.type, f.origin])).toEqual([
      [
        { kind: 'ref', target: `${FILE}#B` },
        { file: FILE, line: 4, column: 24 },
      ],
    ]);
  });

  it('has no doc when the root description is absent or not a string', () => {
    expect(parseText('{ "type": "object" }')).not.toHaveProperty('doc');
    expect(parseText('{ "type": "object", "description": 5 }')).not.toHaveProperty('doc');
    expect(parseText('{ "definitions": { "A": { "description": ["x"] } } }').types[0]).not.toHaveProperty('doc');
  });

  it('a $ref unescapes ~1 and ~0 in the definition name', () => {
    const s = parseText(
      JSON.stringify({
        definitions: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' }, '~1': { type: 'string' } },
        properties: {
          p: { $ref: '#/definitions/a~1b' },
          q: { $ref: '#/definitions/c~0d' },
          r: { $ref: '#/definitions/~01' },
        },
      }),
    );
    const root = s.roots[0]!.type;
    expect(root.kind === 'object' && root.fields.map((f) => f.type)).toEqual([
      { kind: 'ref', target: `${FILE}#a/b` },
      { kind: 'ref', target: `${FILE}#c~d` },
      { kind: 'ref', target: `${FILE}#~1` },
    ]);
  });
});

describe('rootNameFor', () => {
  it.each([
    ['csam/schemas/asset_search_response.schema.json', 'AssetSearchResponse'],
    ['pci/schemas/compliance-summary.json', 'ComplianceSummary'],
    ['report.schema.json', 'Report'],
    ['gw/schemas/_private__v2.schema.json', 'PrivateV2'],
    ['gw/schemas/a.schema.json_v2.json', 'ASchemaJsonV2'],
  ])('%s → %s', (id, name) => {
    expect(rootNameFor(id)).toBe(name);
  });
});

describe('the nesting scan', () => {
  const arrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

  it(`refuses the first bracket past ${MAX_NESTING_DEPTH} levels, at its line and column`, () => {
    const source = lines('{', '  "enum": [', `    ${arrays(MAX_NESTING_DEPTH)}`, '  ]', '}');
    // '{' is level 1, the enum array level 2: the 99th bracket of line 3 is level 101.
    expect(diagnosticsOf(source)).toEqual([tooDeep(3, 4 + 99)]);
    const objects = `{"a":${'{"b":'.repeat(MAX_NESTING_DEPTH)}1${'}'.repeat(MAX_NESTING_DEPTH + 1)}`;
    expect(diagnosticsOf(objects)).toEqual([tooDeep(1, 1 + 5 * MAX_NESTING_DEPTH)]);
  });

  it(`reads ${MAX_NESTING_DEPTH} levels, and closed brackets give their level back`, () => {
    const atLimit = `{"enum": [${arrays(MAX_NESTING_DEPTH - 2)}]}`;
    expect(parseText(atLimit).roots[0]!.type).toMatchObject({ kind: 'enum', base: 'anySimpleType' });
    const siblings = `{"enum": [${Array.from({ length: 3 * MAX_NESTING_DEPTH }, () => '[]').join(', ')}]}`;
    expect(parseText(siblings).roots[0]!.type).toEqual({
      kind: 'enum',
      base: 'anySimpleType',
      values: Array.from({ length: 3 * MAX_NESTING_DEPTH }, () => '[]'),
    });
  });

  it('does not count brackets inside strings, including after an escaped quote', () => {
    const text = `x\\"${'['.repeat(MAX_NESTING_DEPTH + 1)}\\\\`;
    const source = `{"description": "${text}", "title": "${'{'.repeat(MAX_NESTING_DEPTH + 1)}"}`;
    const s = parseText(source);
    expect(s.doc).toBe(`x"${'['.repeat(MAX_NESTING_DEPTH + 1)}\\`);
    expect(s.roots[0]!.type).toEqual({ kind: 'any' });
  });
});
