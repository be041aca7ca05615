/**
 * xs:redefine from schema to verdict: the redefined document is read like an include (same
 * namespace or chameleon), its simple types, complex types, groups and attribute groups are
 * replaced by the redefinitions, which build on the original (base= or a self-reference), every
 * other reference means the new definition; the constraints of src-redefine are located
 * XsdInvalid errors. Instances run through every input path of the engine.
 * @see XSD 1.0 Part 1 §4.2.2 (Including modified component definitions)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from '../../runtime/xml/verdict-helper.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** The redefined document: no target namespace (so chameleon where the redefiner has one). */
const BASE = `<xs:schema ${XS}>
  <xs:simpleType name="Size"><xs:restriction base="xs:int"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Item"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:group name="G"><xs:sequence><xs:element name="g1" type="xs:int"/></xs:sequence></xs:group>
  <xs:attributeGroup name="AG">
    <xs:attribute name="x" type="xs:int"/>
    <xs:attribute name="y" type="xs:decimal" use="required"/>
    <xs:attribute name="z" type="xs:string" fixed="zz"/>
  </xs:attributeGroup>
  <xs:element name="item" type="Item"/>
  <xs:element name="grouped"><xs:complexType><xs:group ref="G"/><xs:attributeGroup ref="AG"/></xs:complexType></xs:element>
</xs:schema>`;

function parseFiles(main: string, files: Record<string, string> = { 'base.xsd': BASE }): IrSchema {
  return parseXsd({
    source: main,
    file: 'main.xsd',
    schemaId: 'm',
    readInclude: (href) => {
      const source = files[href];
      if (source === undefined) {
        throw new DiagnosticError([
          { code: 'SpecFileMissing', message: `${href} does not exist`, severity: 'error', location: { file: href } },
        ]);
      }
      return { source, file: href };
    },
  });
}

/** A no-namespace schema redefining base.xsd with `children`, plus `rest` at its top level. */
const redefining = (children: string, rest = '') =>
  `<xs:schema ${XS}><xs:redefine schemaLocation="base.xsd">${children}</xs:redefine>${rest}</xs:schema>`;

const errors = async (schema: IrSchema, xml: string) =>
  (await verdictOnAllPaths(xml, buildXmlSchemaModel(schema))).errors.map((e) => e.code);

const EXTEND_ITEM = `<xs:complexType name="Item"><xs:complexContent><xs:extension base="Item">
  <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`;

describe('xs:redefine', () => {
  it('extends a complex type: the redefined document uses the new one, built on the original', async () => {
    const s = parseFiles(redefining(EXTEND_ITEM));
    expect(s.types.map((t) => t.name)).toEqual(['Item', 'Item@original', 'Size']);
    expect(s.types.find((t) => t.name === 'Item')?.derivation).toEqual({ base: 'Item@original', method: 'extension' });
    expect(await errors(s, '<item><a>1</a><b>2</b></item>')).toEqual([]);
    expect(await errors(s, '<item><a>1</a></item>')).toEqual(['MissingElement']);
  });

  it('restricts a simple type: facets of the original and of the redefinition both hold', async () => {
    const size = `<xs:simpleType name="Size"><xs:restriction base="Size"><xs:minInclusive value="5"/></xs:restriction></xs:simpleType>`;
    const s = parseFiles(redefining(size, '<xs:element name="n" type="Size"/>'));
    expect(await errors(s, '<n>7</n>')).toEqual([]);
    expect(await errors(s, '<n>3</n>')).toEqual(['InvalidValue']);
    expect(await errors(s, '<n>11</n>')).toEqual(['InvalidValue']);
  });

  it('takes the components into the redefiner namespace when the redefined document has none', async () => {
    const s = parseFiles(
      `<xs:schema ${XS} targetNamespace="urn:t" xmlns:t="urn:t">
        <xs:redefine schemaLocation="base.xsd">${EXTEND_ITEM.replace('base="Item"', 'base="t:Item"')}</xs:redefine>
      </xs:schema>`,
    );
    expect(s.types.map((t) => t.name)).toContain('{urn:t}Item@original');
    expect(await errors(s, '<t:item xmlns:t="urn:t"><a>1</a><b>2</b></t:item>')).toEqual([]);
  });

  it('extends a group and an attribute group through their self-reference', async () => {
    const s = parseFiles(
      redefining(`<xs:group name="G"><xs:sequence><xs:group ref="G"/><xs:element name="g2" type="xs:int"/></xs:sequence></xs:group>
        <xs:attributeGroup name="AG"><xs:attributeGroup ref="AG"/><xs:attribute name="w" type="xs:int" use="required"/></xs:attributeGroup>`),
    );
    expect(await errors(s, '<grouped y="1" w="2"><g1>1</g1><g2>2</g2></grouped>')).toEqual([]);
    expect(await errors(s, '<grouped y="1"><g1>1</g1></grouped>')).toEqual(['MissingAttribute', 'MissingElement']);
  });

  it('restricts an attribute group without a self-reference: uses are checked against the original', async () => {
    const ok = `<xs:attributeGroup name="AG"><xs:attribute name="y" type="xs:int" use="required"/><xs:attribute name="z" type="xs:string" fixed="zz"/></xs:attributeGroup>`;
    const s = parseFiles(redefining(ok));
    expect(await errors(s, '<grouped y="1"><g1>1</g1></grouped>')).toEqual([]);
    expect(await errors(s, '<grouped y="1" x="2"><g1>1</g1></grouped>')).toEqual(['UnexpectedAttribute']);
    const bad: [string, RegExp][] = [
      [ok.replace('use="required"', ''), /attribute "y" .* the original requires it/],
      [ok.replace('name="y" type="xs:int"', 'name="y" type="xs:boolean"'), /"y" .* type is not derived/],
      [ok.replace('fixed="zz"', 'fixed="z2"'), /"z" .* fixes it to "zz"/],
      [ok.replace('name="z"', 'name="v"'), /"v" .* no such attribute and no wildcard/],
      [ok.replace(/<xs:attribute name="y"[^>]*>/, ''), /leaves out the original's required attribute "y"/],
      [ok.replace('</xs:attributeGroup>', '<xs:anyAttribute/></xs:attributeGroup>'), /wildcard .* not a subset/],
    ];
    for (const [ag, message] of bad) {
      expect(diagnosticOf(() => parseFiles(redefining(ag)))).toMatchObject({ code: 'XsdInvalid', message });
    }
  });

  it('takes a type derived through named, anonymous and union steps as derived (Type Derivation OK)', () => {
    const base = `<xs:schema ${XS}>
      <xs:simpleType name="Num"><xs:restriction base="xs:decimal"/></xs:simpleType>
      <xs:simpleType name="U"><xs:union memberTypes="xs:boolean Num"/></xs:simpleType>
      <xs:attributeGroup name="A"><xs:attribute name="n" type="Num"/><xs:attribute name="u" type="U"/></xs:attributeGroup>
    </xs:schema>`;
    const main = (n: string, u: string) =>
      `<xs:schema ${XS}><xs:simpleType name="Small"><xs:restriction base="Num"/></xs:simpleType>
        <xs:redefine schemaLocation="b.xsd"><xs:attributeGroup name="A">${n}${u}</xs:attributeGroup></xs:redefine></xs:schema>`;
    const anonymous =
      '<xs:attribute name="n"><xs:simpleType><xs:restriction base="Small"/></xs:simpleType></xs:attribute>';
    expect(() => parseFiles(main(anonymous, '<xs:attribute name="u" type="Small"/>'), { 'b.xsd': base })).not.toThrow();
    const d = diagnosticOf(() => parseFiles(main('<xs:attribute name="n" type="xs:decimal"/>', ''), { 'b.xsd': base }));
    expect(d.message).toMatch(/"n" .* type is not derived/);
  });

  it('keeps each original when a schema redefines the redefiner again', async () => {
    const middle = redefining(EXTEND_ITEM);
    const top = `<xs:schema ${XS}><xs:redefine schemaLocation="middle.xsd">${EXTEND_ITEM.replaceAll('"b"', '"c"')}</xs:redefine></xs:schema>`;
    const s = parseFiles(top, { 'base.xsd': BASE, 'middle.xsd': middle });
    expect(s.types.map((t) => t.name).filter((n) => n.startsWith('Item'))).toEqual([
      'Item',
      'Item@original',
      'Item@original2',
    ]);
    expect(await errors(s, '<item><a>1</a><b>2</b><c>3</c></item>')).toEqual([]);
    expect(await errors(s, '<item><a>1</a><c>3</c></item>')).toEqual(['MissingElement']);
  });

  it('never lets an instance name the original by xsi:type', async () => {
    const s = parseFiles(redefining(EXTEND_ITEM, '<xs:element name="any"/>'));
    expect(await errors(s, `<any ${XSI} xsi:type="Item"><a>1</a><b>2</b></any>`)).toEqual([]);
    expect(await errors(s, `<any ${XSI} xsi:type="Item@original"><a>1</a></any>`)).toEqual(['InvalidType']);
  });

  it('ignores a redefine without children whose document does not exist, not one with children', () => {
    expect(() => parseFiles(`<xs:schema ${XS}><xs:redefine schemaLocation="none.xsd"/></xs:schema>`)).not.toThrow();
    const d = diagnosticOf(() =>
      parseFiles(`<xs:schema ${XS}><xs:redefine schemaLocation="none.xsd">${EXTEND_ITEM}</xs:redefine></xs:schema>`),
    );
    expect(d).toMatchObject({ code: 'SpecFileMissing', location: { file: 'main.xsd', line: 1 } });
  });
});

describe('xs:redefine: src-redefine violations are located XsdInvalid errors', () => {
  const cases: [string, string, RegExp, number?][] = [
    [
      'a type whose base is another type',
      '<xs:complexType name="Item"><xs:complexContent><xs:extension base="xs:anyType"/></xs:complexContent></xs:complexType>',
      /redefined xs:complexType "Item" must be an xs:restriction or xs:extension with base="Item"/,
    ],
    [
      'a simple type that is a list',
      '<xs:simpleType name="Size"><xs:list itemType="Size"/></xs:simpleType>',
      /redefined xs:simpleType "Size" must be an xs:restriction with base="Size"/,
    ],
    [
      'a group referring to itself twice',
      '<xs:group name="G"><xs:sequence><xs:group ref="G"/><xs:group ref="G"/></xs:sequence></xs:group>',
      /xs:group "G" refers to itself \(its original\) more than once/,
    ],
    [
      'a self-reference with maxOccurs 2',
      '<xs:group name="G"><xs:sequence><xs:group ref="G" maxOccurs="2"/></xs:sequence></xs:group>',
      /must have minOccurs and maxOccurs 1/,
    ],
    [
      'an attribute group referring to itself twice',
      '<xs:attributeGroup name="AG"><xs:attributeGroup ref="AG"/><xs:attributeGroup ref="AG"/></xs:attributeGroup>',
      /xs:attributeGroup "AG" refers to itself \(its original\) more than once/,
    ],
    [
      'a component the redefined document lacks',
      '<xs:group name="Nope"><xs:sequence><xs:group ref="Nope"/></xs:sequence></xs:group>',
      /xs:group "Nope" is redefined, but the redefined schema has none/,
    ],
    [
      'another kind of type',
      '<xs:simpleType name="Item"><xs:restriction base="Item"/></xs:simpleType>',
      /xs:simpleType "Item" redefines an xs:complexType/,
    ],
    ['an element', '<xs:element name="e"/>', /xs:element is not allowed in xs:redefine/],
  ];
  it.each(cases)('%s', (_, children, message) => {
    const d = diagnosticOf(() => parseFiles(redefining(children)));
    expect(d).toMatchObject({ code: 'XsdInvalid', message, location: { file: 'main.xsd', line: 1 } });
  });

  it('a document redefined by two schemas', () => {
    const other = `<xs:schema ${XS}><xs:redefine schemaLocation="base.xsd">${EXTEND_ITEM}</xs:redefine></xs:schema>`;
    const main = `<xs:schema ${XS}><xs:include schemaLocation="other.xsd"/>
      <xs:redefine schemaLocation="base.xsd">${EXTEND_ITEM}</xs:redefine></xs:schema>`;
    const d = diagnosticOf(() => parseFiles(main, { 'base.xsd': BASE, 'other.xsd': other }));
    expect(d).toMatchObject({
      code: 'XsdInvalid',
      message: /xs:complexType "Item" of this document is redefined twice/,
    });
  });

  it('a redefined document with another target namespace', () => {
    const d = diagnosticOf(() =>
      parseFiles(`<xs:schema ${XS} targetNamespace="urn:t"><xs:redefine schemaLocation="b.xsd"/></xs:schema>`, {
        'b.xsd': `<xs:schema ${XS} targetNamespace="urn:b"/>`,
      }),
    );
    expect(d.message).toMatch(/redefined schema has targetNamespace "urn:b"/);
  });
});
