/**
 * QName attribute values as resolve-qname.ts resolves them, with whole diagnostics: values that are
 * not QNames (empty local part, a second colon, an empty prefix), the unprefixed names of a
 * chameleon-included document that declares a default namespace (they keep it), `form` values
 * (whitespace collapsed, anything else than qualified/unqualified refused), and `resolveQName` on
 * documents without redefinitions or with a redefinition that names another component.
 * @see Namespaces in XML 1.0 §3 (QName), §6; XSD 1.0 Part 1 §3.15.2 (QName resolution),
 *      §4.2.1 (chameleon include), §4.2.2 (redefine), §3.3.2 (form); Part 2 §3.2.18 (QName)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXmlTree } from '../../../../generator/parse/xml/xml-tree.js';
import { resolveQName } from '../../../../generator/parse/xsd/resolve-qname.js';
import type { SchemaDoc, XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';
import { diagnosticOf, parseFiles, root } from './xsd-test-helpers.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';
const XS = `xmlns:xs="${XSD}"`;

/** The whole diagnostic a one-line `main` raises at its first `tag`. */
function expectFailure(main: string, tag: string, code: string, message: string): void {
  const column = main.indexOf(tag) + 1;
  expect(column).toBeGreaterThan(0);
  const want: Diagnostic = { code, severity: 'error', message, location: { file: 'main.xsd', line: 1, column } };
  expect(diagnosticOf(() => parseFiles(main))).toEqual(want);
}

describe('resolveQName: values that are not QNames', () => {
  it.each(['xs:', 'xs:a:b', ':string', 'a::b'])('refuses type="%s"', (value) => {
    const main = `<xs:schema ${XS}><xs:element name="r" type="${value}"/></xs:schema>`;
    expectFailure(main, '<xs:element', 'XsdInvalid', `"${value}" is not a valid QName`);
  });
});

describe('resolveQName: chameleon includes', () => {
  it('keeps the default namespace an included no-namespace document declares (here the XSD one)', () => {
    const common = `<schema xmlns="${XSD}"><element name="e" type="string"/></schema>`;
    const s = parseFiles(`<xs:schema ${XS} targetNamespace="urn:a"><xs:include schemaLocation="c.xsd"/></xs:schema>`, {
      'c.xsd': common,
    });
    expect(root(s, '{urn:a}e').type).toEqual({ kind: 'primitive', builtin: 'string', facets: {} });
  });
});

describe('localName: form', () => {
  it('reads form without surrounding whitespace', () => {
    const s = parseFiles(`<xs:schema ${XS} targetNamespace="urn:f"><xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="q" form=" qualified " type="xs:int"/></xs:sequence>
      <xs:attribute name="a" form=" qualified " type="xs:int"/></xs:complexType></xs:element></xs:schema>`);
    expect((root(s, '{urn:f}r').type as IrObjectType).fields.map((f) => [f.name, f.xml.local])).toEqual([
      ['q', '{urn:f}q'],
      ['a', '{urn:f}a'],
    ]);
  });

  it('refuses a form that is neither qualified nor unqualified', () => {
    const main = `<xs:schema ${XS}><xs:element name="r"><xs:complexType><xs:attribute name="a" form="yes"/></xs:complexType></xs:element></xs:schema>`;
    expectFailure(main, '<xs:attribute', 'XsdInvalid', 'form="yes" must be qualified or unqualified');
  });
});

describe('resolveQName on documents as read-redefine leaves them', () => {
  const doc: SchemaDoc = {
    targetNamespace: 'urn:a',
    elementQualified: false,
    attributeQualified: false,
    chameleon: false,
    blockDefault: '',
    finalDefault: '',
  };
  const nodeOf = (d: SchemaDoc): XsdNode => ({
    el: parseXmlTree(`<xs:restriction ${XS} xmlns:a="urn:a" base="a:T"/>`, 'n.xsd'),
    file: 'n.xsd',
    doc: d,
  });

  it('resolves in a document without redefinitions (no selfReferences)', () => {
    expect(resolveQName(nodeOf(doc), 'a:T')).toEqual({ prefix: 'a', local: 'T', uri: 'urn:a', key: '{urn:a}T' });
  });

  it('keeps the name a reference has unless it names the redefined component', () => {
    const node = nodeOf({ ...doc, selfReferences: new Map() });
    node.doc.selfReferences!.set(node.el, { name: '{urn:a}T', original: '{urn:a}T (original)' });
    expect(resolveQName(node, 'a:T').key).toBe('{urn:a}T (original)');
    expect(resolveQName(node, 'a:U').key).toBe('{urn:a}U');
    expect(resolveQName(node, 'xs:string').key).toBe(`{${XSD}}string`);
  });
});
