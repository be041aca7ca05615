/**
 * Namespaces in the runtime XML engine: instance names are resolved with the in-scope
 * namespace bindings (xmlns / xmlns:p, scoped to the declaring element) and matched by expanded
 * name ({uri}local) against the model; xmlns attributes are never validated as attributes; xsi:
 * attributes are known by the XSI namespace, whatever their prefix. Every case runs through the
 * string, bytes and chunked paths.
 * @see Namespaces in XML 1.0 §5, §6; XSD 1.0 Part 1 §3.3.4, §3.15.2.2
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const INT = { k: 'simple', s: { b: 'int' } } as const;

/** {urn:t}r: attributes a (no namespace) and {urn:t}b; content {urn:t}x (nillable), then y (no namespace). */
const model: XmlSchemaModel = {
  id: 'ns-test',
  format: 'xsd',
  roots: { '{urn:t}r': 0 },
  types: [
    {
      k: 'complex',
      attrs: [
        { name: 'a', p: 'a', type: { b: 'int' }, required: false },
        { name: '{urn:t}b', p: 'b', type: { b: 'int' }, required: false },
      ],
      anyAttr: false,
      mixed: false,
      content: {
        k: 'seq',
        min: 1,
        max: 1,
        items: [
          { k: 'el', name: '{urn:t}x', p: 'x', type: 1, min: 1, max: 1, nillable: true, array: false },
          { k: 'el', name: 'y', p: 'y', type: 1, min: 0, max: 1, array: false },
        ],
      },
    },
    INT,
  ],
};

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const cases: [string, string, string[]][] = [
  ['a prefixed root and children', '<p:r xmlns:p="urn:t" a="1" p:b="2"><p:x>1</p:x><y>2</y></p:r>', []],
  ['the default namespace, undeclared for y', '<r xmlns="urn:t"><x>1</x><y xmlns="">2</y></r>', []],
  ['two prefixes for one namespace', '<p:r xmlns:p="urn:t" xmlns:q="urn:t"><q:x>1</q:x></p:r>', []],
  ['y in the default namespace', '<r xmlns="urn:t"><x>1</x><y>2</y></r>', ['UnexpectedElement']],
  [
    'a prefix rebound on the child',
    '<p:r xmlns:p="urn:t"><p:x xmlns:p="urn:o">1</p:x></p:r>',
    ['UnexpectedElement', 'MissingElement'],
  ],
  ['a binding used outside its element', '<r xmlns="urn:t"><x xmlns:p="urn:t">1</x><p:y/></r>', ['UnexpectedElement']],
  [
    'an unqualified attribute that must be qualified',
    '<p:r xmlns:p="urn:t" b="2"><p:x>1</p:x></p:r>',
    ['UnexpectedAttribute'],
  ],
  [
    'a qualified attribute that must be unqualified',
    '<p:r xmlns:p="urn:t" p:a="2"><p:x>1</p:x></p:r>',
    ['UnexpectedAttribute'],
  ],
  [
    'a binding from a skipped element is dropped',
    '<r xmlns="urn:t"><z xmlns="urn:z"/><x>1</x></r>',
    ['UnexpectedElement'],
  ],
  ['xsi:nil under another prefix', `<r xmlns="urn:t" xmlns:i="${XSI}"><x i:nil="true"/></r>`, []],
  [
    'xsi:nil with xsi bound elsewhere',
    '<r xmlns="urn:t" xmlns:xsi="urn:not-xsi"><x xsi:nil="true"/></r>',
    ['UnexpectedAttribute', 'InvalidValue'],
  ],
];

describe('XML engine: namespaces', () => {
  it.each(cases)('%s', async (_name, xml, codes) => {
    const r = await verdictOnAllPaths(xml, model);
    expect(r.errors.map((e) => e.code)).toEqual(codes);
    expect(r.valid).toBe(codes.length === 0);
  });

  it('matches the root by expanded name only, whatever the prefix', async () => {
    for (const ok of ['<q:r xmlns:q="urn:t"><q:x>1</q:x></q:r>', '<r xmlns="urn:t"><x>1</x></r>']) {
      expect((await verdictOnAllPaths(ok, model)).valid).toBe(true);
    }
    // Another namespace, no namespace, a literal prefix without its binding.
    for (const bad of ['<r xmlns="urn:other"/>', '<r/>', '<p:r xmlns:q="urn:t"/>']) {
      expect((await verdictOnAllPaths(bad, model)).errors.map((e) => e.code)).toEqual(['WrongRoot']);
    }
  });

  it('reports names as written in the instance', async () => {
    const r = await verdictOnAllPaths('<p:r xmlns:p="urn:t"><p:x>1</p:x><p:y/></p:r>', model);
    expect(r.errors[0]).toMatchObject({ code: 'UnexpectedElement', location: { path: '/p:r/p:y' } });
    expect(r.root).toBe('p:r');
  });

  it('validates a targetNamespace schema end to end (front end, model, engine)', async () => {
    const xsd = `<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t"
        elementFormDefault="qualified">
      <complexType name="R"><sequence><element name="x" type="int"/></sequence>
        <attribute name="a" type="int"/></complexType>
      <element name="r" type="t:R"/>
    </schema>`;
    const m = buildXmlSchemaModel(parseXsd({ source: xsd, file: 't.xsd', schemaId: 't' }));
    expect((await verdictOnAllPaths('<r xmlns="urn:t" a="1"><x>5</x></r>', m)).valid).toBe(true);
    const unqualified = await verdictOnAllPaths('<t:r xmlns:t="urn:t"><x>5</x></t:r>', m);
    expect(unqualified.errors.map((e) => e.code)).toEqual(['UnexpectedElement', 'MissingElement']);
  });

  it('builds in the schema for the XML namespace: xml:lang and xml:space by import, never fetched', async () => {
    const xsd = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="http://www.w3.org/2001/xml.xsd"/>
      <xs:element name="r"><xs:complexType><xs:attributeGroup ref="xml:specialAttrs"/></xs:complexType></xs:element>
    </xs:schema>`;
    const m = buildXmlSchemaModel(parseXsd({ source: xsd, file: 'x.xsd', schemaId: 'x' }));
    expect((await verdictOnAllPaths('<r xml:lang="en-GB" xml:space="preserve"/>', m)).valid).toBe(true);
    const bad = await verdictOnAllPaths('<r xmlns:p="urn:p" xml:lang="not a language" xml:space="keep"/>', m);
    expect(bad.errors.map((e) => e.code)).toEqual(['InvalidValue', 'InvalidValue']);
  });
});
