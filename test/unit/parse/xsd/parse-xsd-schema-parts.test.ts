/**
 * Pins what parse-xsd.ts assembles into the IrSchema besides the types: the roots (one per global
 * element declaration, with its value constraint and abstract flag), the global attribute
 * declarations (`attributes`: each with its name and type; a declaration without a type is
 * xs:anySimpleType; no `attributes` key when there are none), and the order of `types` when an
 * anonymous type that contains itself is named while mapping (all types sorted by name, as
 * IrSchema.types documents).
 *
 * XSD 1.0 Part 1 §3.3.2 (element declarations: default, fixed, abstract), §3.2.2 (attribute
 * declarations: no type and no inline xs:simpleType is the simple ur-type, xs:anySimpleType);
 * xmllint 2.9.14 accepts each schema here.
 */
import { describe, expect, it } from 'vitest';
import { ID, parseSnippet, root } from './xsd-test-helpers.js';

const STRING = { kind: 'primitive', builtin: 'string', facets: {} };

describe('roots', () => {
  it('a global element with a default keeps it', () => {
    const r = root(parseSnippet('<xs:element name="e" type="xs:string" default="d"/>'), 'e');
    expect(r).toEqual({ name: 'e', type: STRING, default: 'd', origin: { file: 'test/t.xsd', line: 3, column: 1 } });
  });

  it('a global element with a fixed value keeps it', () => {
    const r = root(parseSnippet('<xs:element name="e" type="xs:string" fixed="f"/>'), 'e');
    expect(r).toEqual({ name: 'e', type: STRING, fixed: 'f', origin: { file: 'test/t.xsd', line: 3, column: 1 } });
  });

  it('an abstract global element is abstract', () => {
    const r = root(parseSnippet('<xs:element name="e" type="xs:string" abstract="true"/>'), 'e');
    expect(r).toEqual({ name: 'e', type: STRING, abstract: true, origin: { file: 'test/t.xsd', line: 3, column: 1 } });
  });

  it('a plain global element has none of them', () => {
    const r = root(parseSnippet('<xs:element name="e" type="xs:string" abstract="false"/>'), 'e');
    expect(r).toEqual({ name: 'e', type: STRING, origin: { file: 'test/t.xsd', line: 3, column: 1 } });
  });
});

describe('global attribute declarations', () => {
  it('each with its name and type, sorted by name; no type is xs:anySimpleType', () => {
    const s = parseSnippet(`<xs:attribute name="z" type="xs:int"/>
<xs:attribute name="a"/>
<xs:attribute name="m"><xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType></xs:attribute>`);
    expect(s.attributes).toEqual([
      { name: 'a', type: { kind: 'primitive', builtin: 'anySimpleType', facets: {} } },
      { name: 'm', type: { kind: 'primitive', builtin: 'string', facets: { maxLength: 3 } } },
      { name: 'z', type: { kind: 'primitive', builtin: 'int', facets: {} } },
    ]);
  });

  it('a global attribute of a named simple type refers to it', () => {
    const s = parseSnippet(`<xs:simpleType name="S"><xs:restriction base="xs:string"/></xs:simpleType>
<xs:attribute name="a" type="S"/>`);
    expect(s.attributes).toEqual([{ name: 'a', type: { kind: 'ref', target: ID('S') } }]);
  });

  it('a schema without global attributes has no attributes key', () => {
    const s = parseSnippet('<xs:element name="e" type="xs:string"/>');
    expect('attributes' in s).toBe(false);
  });
});

describe('the order of types', () => {
  it('an anonymous type named while mapping is sorted among the declared types', () => {
    const s =
      parseSnippet(`<xs:complexType name="z"><xs:sequence><xs:element name="p" type="xs:string"/></xs:sequence></xs:complexType>
<xs:element name="m"><xs:complexType><xs:sequence><xs:element ref="m" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>
<xs:complexType name="a"><xs:sequence><xs:element name="q" type="xs:string"/></xs:sequence></xs:complexType>`);
    expect(s.types.map((t) => t.name)).toEqual(['a', 'm@anonymous', 'z']);
  });
});
