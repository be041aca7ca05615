/**
 * The view models the templates render from (generator/emit/view-models/): the decisions they
 * take so the templates need none: the method tree's nesting and indentation, optional params,
 * paged record types, sorted imports and exports, doc comments escaped and indented, interface
 * vs alias declarations, and values already in TypeScript syntax (string literals).
 */
import { describe, expect, it } from 'vitest';
import { endpointsView } from '../../../../generator/emit/view-models/endpoints-view.js';
import { indexView } from '../../../../generator/emit/view-models/index-view.js';
import { moduleClientView } from '../../../../generator/emit/view-models/module-client-view.js';
import { platformsView } from '../../../../generator/emit/view-models/platforms-view.js';
import { schemaDeclarations } from '../../../../generator/emit/view-models/schema-declarations-view.js';
import { schemaRegistryView } from '../../../../generator/emit/view-models/schema-registry-view.js';
import { assetListSchema, findingSchema, irDocument } from '../../../fixtures/client/ir-document.js';

const endpointsOf = (module: string) => irDocument.endpoints.filter((e) => e.module === module);

describe('module-client view', () => {
  const was = moduleClientView(irDocument, 'was', endpointsOf('was'));

  it('names the client and counts the endpoints', () => {
    expect([was.module, was.clientName, was.endpointCount]).toEqual(['was', 'WasClient', 2]);
    expect(was.uses).toEqual({ elementOf: true, paging: true, serviceRequest: true });
    expect(was.schemaImports).toEqual([{ alias: 'FindingXsd', path: '"./schemas/finding-xsd.js"' }]);
  });

  it('nests the methods by id segment, keys sorted, indented two spaces a level', () => {
    const [finding] = was.methods;
    expect(was.methods).toHaveLength(1);
    expect(finding).toMatchObject({ indent: '    ', key: 'finding', method: null });
    expect(finding!.children!.map((c) => [c.indent, c.key, c.children])).toEqual([
      ['      ', 'get', null],
      ['      ', 'search', null],
    ]);
    const [get, search] = finding!.children!;
    expect(get!.method).toMatchObject({
      base: 'WasFindingGet',
      idLiteral: '"was.finding.get"',
      optionalParams: false,
      paged: false,
    });
    expect(search!.method).toMatchObject({ base: 'WasFindingSearch', optionalParams: true, paged: true });
    expect(get!.method!.doc).toBe(
      '      /**\n       * was.finding.get summary\n       * `GET /qps/rest/3.0/get/was/finding/{id}` (qps).\n       */\n',
    );
  });

  it('gives a paged endpoint its record type and every endpoint its params members', () => {
    const search = was.endpoints.find((e) => e.id === 'was.finding.search')!;
    expect(search.record).toEqual({
      style: 'qps-last-id',
      type: 'ElementOf<Prop<Prop<FindingXsd.ServiceResponse, "data">, "Finding">>',
    });
    expect(search.params.map((p) => [p.key, p.optional, p.type])).toEqual([
      ['filters', true, 'readonly Criteria[]'],
      ['preferences', true, 'ServicePreferences'],
      ['data', true, 'XmlData'],
      ['cursor', true, 'string'],
    ]);
    const get = was.endpoints.find((e) => e.id === 'was.finding.get')!;
    expect(get).toMatchObject({ base: 'WasFindingGet', result: 'FindingXsd.ServiceResponse', record: null });
    expect(get.paramsDoc).toBe('/** Parameters of `was.finding.get`: was.finding.get summary */\n');
  });

  it('escapes */ from spec text in every doc comment it builds', () => {
    const get = irDocument.endpoints.find((e) => e.id === 'was.finding.get')!;
    const evil = { ...get, summary: 'ends */ here' };
    const view = moduleClientView(irDocument, 'was', [evil]);
    expect(view.endpoints[0]!.paramsDoc).toBe('/** Parameters of `was.finding.get`: ends *\\/ here */\n');
    expect(view.methods[0]!.children![0]!.method!.doc).toContain('ends *\\/ here');
  });
});

describe('index, endpoints, platforms and registry views', () => {
  it('index: modules and schema re-exports sorted, paths as string literals', () => {
    const view = indexView(irDocument, ['csam', 'pci', 'vm', 'was']);
    expect(view.modules[0]).toEqual({ module: 'csam', prop: 'csam', type: 'CsamClient', path: '"./csam/client.js"' });
    expect(view.schemaExports.map((s) => s.alias)).toEqual(['AssetListSchemaJson', 'FindingXsd', 'KbDtd']);
    expect(view.schemaExports[1]!.path).toBe('"./was/schemas/finding-xsd.js"');
  });

  it('endpoints: sorted by id, keys as literals, descriptors as JSON', () => {
    const view = endpointsView(irDocument);
    expect(view.count).toBe(irDocument.endpoints.length);
    expect(view.endpoints.map((e) => e.key)).toEqual(irDocument.endpoints.map((e) => JSON.stringify(e.id)).sort());
    expect(view.endpoints[0]!.doc).toBe('  /** csam.asset.search.v2 summary */\n');
    expect(JSON.parse(view.endpoints[0]!.json).id).toBe('csam.asset.search.v2');
  });

  it('platforms: sorted, documented by name', () => {
    const view = platformsView(irDocument);
    expect(view.platforms.map((p) => [p.key, p.doc])).toEqual([
      ['"PRIVATE"', '  /** Private cloud */\n'],
      ['"US1"', '  /** US Platform 1 */\n'],
    ]);
  });

  it('schema registry: one entry per schema in IR order, JSON Schema marked', () => {
    const view = schemaRegistryView(irDocument.schemas);
    expect(view.schemas.map((s) => [s.ns, s.key, s.format, s.json])).toEqual([
      ['S0', '"csam/schemas/asset-list.schema.json"', '"json-schema"', true],
      ['S1', '"vm/schemas/kb.dtd"', '"dtd"', false],
      ['S2', '"was/schemas/finding.xsd"', '"xsd"', false],
    ]);
    expect(view.schemas[2]!.path).toBe('./was/schemas/finding-xsd.js');
  });
});

describe('schema declarations', () => {
  it('declares object types with fields as interfaces and the rest as aliases', () => {
    const decls = schemaDeclarations(findingSchema);
    const finding = decls.find((d) => d.name === 'Finding')!;
    expect(finding.alias).toBeNull();
    expect(finding.interface!.indexSignature).toBe(false);
    for (const f of finding.interface!.fields) expect(f.doc === '' || f.doc.startsWith('  /**')).toBe(true);
  });

  it('a JSON payload root is declared once, as an interface of its properties', () => {
    const decls = schemaDeclarations(assetListSchema);
    expect(decls.map((d) => [d.name, d.doc])).toEqual([['AssetList', '/** The JSON payload. */\n']]);
    const fields = decls[0]!.interface!.fields;
    expect(fields.map((f) => [f.key, f.optional])).toContainEqual(['responseCode', false]);
    expect(fields.find((f) => f.key === 'lastSeenAssetId')!.type).toBe('number | null');
  });
});
