import { describe, expect, it } from 'vitest';
import { parseJsonSchema, rootNameFor } from '../../../../generator/parse/json-schema/parse-json-schema.js';

const parse = (schema: unknown, file = 'csam/schemas/asset.schema.json') =>
  parseJsonSchema({ source: JSON.stringify(schema, null, 2), file, schemaId: file });

describe('parseJsonSchema', () => {
  it('names the root after the file and maps definitions to named types', () => {
    const s = parse({
      type: 'object',
      required: ['hasMore'],
      properties: { hasMore: { type: 'integer' }, assetListData: { $ref: '#/definitions/AssetList' } },
      definitions: {
        AssetList: { type: 'object', properties: { asset: { type: 'array', items: { type: 'object' } } } },
      },
    });
    expect(rootNameFor('csam/schemas/asset_search_response.schema.json')).toBe('AssetSearchResponse');
    expect(s.roots[0]?.name).toBe('Asset');
    expect(s.types.map((t) => t.id)).toEqual(['csam/schemas/asset.schema.json#AssetList']);
    const root = s.roots[0]!.type;
    expect(root.kind).toBe('object');
    if (root.kind !== 'object') return;
    expect(root.fields.map((f) => [f.name, f.occurs.min, f.type.kind])).toEqual([
      ['hasMore', 1, 'primitive'],
      ['assetListData', 0, 'ref'],
    ]);
    expect(root.open).toBe(true);
  });

  const cases: [string, { given: unknown; want: unknown }][] = [
    [
      'string enum',
      { given: { enum: ['ASC', 'DESC'] }, want: { kind: 'enum', base: 'string', values: ['ASC', 'DESC'] } },
    ],
    [
      'nullable via type array',
      {
        given: { type: ['string', 'null'] },
        want: {
          kind: 'union',
          members: [
            { kind: 'primitive', builtin: 'string', facets: {} },
            { kind: 'primitive', builtin: 'null', facets: {} },
          ],
        },
      },
    ],
    [
      'array',
      {
        given: { type: 'array', items: { type: 'string' } },
        want: { kind: 'list', item: { kind: 'primitive', builtin: 'string', facets: {} } },
      },
    ],
    [
      'integer bounds',
      {
        given: { type: 'integer', minimum: 1, maximum: 1000 },
        want: { kind: 'primitive', builtin: 'integer', facets: { minInclusive: '1', maxInclusive: '1000' } },
      },
    ],
    [
      'string facets',
      {
        given: { type: 'string', format: 'date-time', maxLength: 3 },
        want: { kind: 'primitive', builtin: 'string', facets: { maxLength: 3, format: 'date-time' } },
      },
    ],
    [
      'closed object',
      {
        given: { type: 'object', additionalProperties: false, properties: {} },
        want: { kind: 'object', fields: [], content: 'all', particle: null, additional: false, open: false },
      },
    ],
  ];
  it.each(cases)('%s', (_n, { given, want }) => {
    expect(parse(given).roots[0]?.type).toEqual(want);
  });

  it('locates unsupported keywords and bad refs at line:column', () => {
    expect(() => parse({ type: 'object', properties: { a: { not: { type: 'string' } } } })).toThrow(
      /asset\.schema\.json:\d+:\d+ \/properties\/a\/not: error JsonSchemaUnsupported: keyword 'not'/,
    );
    expect(() => parse({ $ref: 'https://example.com/x.json' })).toThrow(
      /JsonSchemaUnsupported: \$ref 'https:\/\/example.com\/x.json'/,
    );
    expect(() => parseJsonSchema({ source: '{ "type": ', file: 'x.schema.json', schemaId: 'x.schema.json' })).toThrow(
      /x\.schema\.json:\d+:\d+: error JsonSyntax/,
    );
  });
});

describe('dependencies (requiredWith)', () => {
  it('maps the array form and rejects unknown names', () => {
    const s = parse({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      dependencies: { a: ['b'] },
    });
    const root = s.roots[0]!.type;
    expect(root.kind === 'object' && root.requiredWith).toEqual({ a: ['b'] });
    expect(() => parse({ type: 'object', properties: { a: {} }, dependencies: { a: ['zz'] } })).toThrow(
      /JsonSchemaInvalid: dependencies name 'zz'/,
    );
    expect(() => parse({ type: 'object', properties: { a: {} }, dependencies: { a: { type: 'object' } } })).toThrow(
      /schema-valued dependencies/,
    );
  });
});
