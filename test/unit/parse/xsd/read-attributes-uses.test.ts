/**
 * Pins the attribute-use reader (generator/parse/xsd/read-attributes.ts) through parseXsd: the
 * whole diagnostic for each refused attribute use or attribute group reference, and what an
 * accepted one becomes in the IR.
 *
 * XSD 1.1 Part 1 §3.2.2 (XML representation of attribute declarations: name and ref are
 * exclusive, default and fixed are exclusive, one type: `type=` or one inline xs:simpleType whose
 * type is simple), §3.5 (attribute uses: a `ref` use takes the value constraint written on it,
 * else the declaration's), §3.6.2 (attribute group references name a global group, no circular
 * groups, only attribute uses and wildcards inside), §3.4.2 (two attribute uses with one name in
 * a type are an error), §3.10.6 (wildcard intersection). The values of `use` and `name` are
 * whitespace-collapsed (their schema-for-schemas types derive from xs:NMTOKEN and xs:NCName,
 * XSD Part 2 §3.3.4/§3.4.4), so ` required ` is `required` and ` a ` is `a` (xmllint 2.9.14 does
 * not collapse these two; every other verdict here is xmllint's as well).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});

const objectType = (body: string, name = 'C'): IrObjectType => {
  const t = typeOf(parseSnippet(body), name);
  if (t.kind !== 'object') throw new Error(`type ${name} is ${t.kind}`);
  return t;
};

const failure = (body: string) => diagnosticOf(() => parseSnippet(body));

const SIMPLE = '<xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType>';

describe('attribute uses of one type', () => {
  it('two local attributes with one name: at the second', () => {
    expect(
      failure('<xs:complexType name="C"><xs:attribute name="a"/><xs:attribute name="a"/></xs:complexType>'),
    ).toEqual(invalid('attribute "a" is declared twice', 3, 50));
  });

  it('a local attribute and one from an attribute group with the same name: at the group reference', () => {
    expect(
      failure(
        '<xs:attributeGroup name="G"><xs:attribute name="a"/></xs:attributeGroup>' +
          '<xs:complexType name="C"><xs:attribute name="a"/><xs:attributeGroup ref="G"/></xs:complexType>',
      ),
    ).toEqual(invalid('attribute "a" is declared twice', 3, 122));
  });

  it('distinct names are all kept, in document order', () => {
    const t = objectType('<xs:complexType name="C"><xs:attribute name="a"/><xs:attribute name="b"/></xs:complexType>');
    expect(t.fields.map((f) => f.name)).toEqual(['a', 'b']);
  });
});

describe('xs:attributeGroup references', () => {
  it('without a ref', () => {
    expect(failure('<xs:complexType name="C"><xs:attributeGroup/></xs:complexType>')).toEqual(
      invalid('xs:attributeGroup inside a type needs a ref', 3, 26),
    );
  });

  it('a group that refers to itself: at its own reference', () => {
    expect(
      failure(
        '<xs:attributeGroup name="G"><xs:attributeGroup ref="G"/></xs:attributeGroup>' +
          '<xs:complexType name="C"><xs:attributeGroup ref="G"/></xs:complexType>',
      ),
    ).toEqual(invalid('xs:attributeGroup "G" refers to itself', 3, 29));
  });

  it('an element declaration inside a group: at the element', () => {
    expect(
      failure(
        '<xs:attributeGroup name="G"><xs:element name="e"/></xs:attributeGroup>' +
          '<xs:complexType name="C"><xs:attributeGroup ref="G"/></xs:complexType>',
      ),
    ).toEqual(invalid('xs:element is not allowed in xs:attributeGroup', 3, 29));
  });

  it("a group's attributes and nested group's attributes are the type's", () => {
    const t = objectType(
      '<xs:attributeGroup name="H"><xs:attribute name="b" use="required"/></xs:attributeGroup>' +
        '<xs:attributeGroup name="G"><xs:attribute name="a"/><xs:attributeGroup ref="H"/></xs:attributeGroup>' +
        '<xs:complexType name="C"><xs:attributeGroup ref="G"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.occurs.min])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });
});

describe('use', () => {
  it('a value outside optional, required and prohibited', () => {
    expect(failure('<xs:complexType name="C"><xs:attribute name="a" use="never"/></xs:complexType>')).toEqual(
      invalid('use="never" must be optional, required or prohibited', 3, 26),
    );
  });

  it('" required " is required (whitespace collapsed)', () => {
    const t = objectType('<xs:complexType name="C"><xs:attribute name="a" use=" required "/></xs:complexType>');
    expect(t.fields[0]?.occurs).toEqual({ min: 1, max: 1 });
  });
});

describe('name and ref', () => {
  it('" a " is the name a (whitespace collapsed)', () => {
    const t = objectType('<xs:complexType name="C"><xs:attribute name=" a " type="xs:string"/></xs:complexType>');
    expect(t.fields.map((f) => [f.name, f.xml.local])).toEqual([['a', 'a']]);
  });

  it('both name and ref', () => {
    expect(
      failure('<xs:attribute name="g"/><xs:complexType name="C"><xs:attribute name="a" ref="g"/></xs:complexType>'),
    ).toEqual(invalid('xs:attribute cannot have both name and ref', 3, 50));
  });

  it('neither name nor ref', () => {
    expect(failure('<xs:complexType name="C"><xs:attribute type="xs:string"/></xs:complexType>')).toEqual(
      invalid('xs:attribute needs a name or a ref', 3, 26),
    );
  });

  it('neither name nor ref, with attributeFormDefault="qualified"', () => {
    const source = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" attributeFormDefault="qualified">
<xs:complexType name="C"><xs:attribute type="xs:string"/></xs:complexType>
</xs:schema>
`;
    expect(diagnosticOf(() => parseXsd({ source, file: 'test/t.xsd', schemaId: 'x' }))).toEqual(
      invalid('xs:attribute needs a name or a ref', 3, 26),
    );
  });

  it('a ref under attributeFormDefault="qualified" is the global attribute, named in its namespace', () => {
    const source = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns:t="urn:t"
  attributeFormDefault="qualified">
<xs:attribute name="g" type="xs:int"/>
<xs:complexType name="C"><xs:attribute ref="t:g" use="required"/><xs:attribute name="h"/></xs:complexType>
</xs:schema>
`;
    const s = parseXsd({ source, file: 'test/t.xsd', schemaId: 'x' });
    const t = s.types.find((x) => x.name === '{urn:t}C')?.type as IrObjectType;
    expect(t.fields.map((f) => [f.xml.local, f.occurs.min])).toEqual([
      ['{urn:t}g', 1],
      ['{urn:t}h', 0],
    ]);
  });
});

describe('default, fixed and documentation', () => {
  it('both default and fixed on a local attribute', () => {
    expect(failure('<xs:complexType name="C"><xs:attribute name="a" default="x" fixed="x"/></xs:complexType>')).toEqual(
      invalid('attribute "a" has both default and fixed', 3, 26),
    );
  });

  // au-props-correct 2 (§3.5.6) constrains only a fixed declaration; xmllint agrees on both.
  it('a default on the declaration and a fixed on the ref: the use is fixed, without the default', () => {
    const t = objectType(
      '<xs:attribute name="g" default="x"/><xs:complexType name="C"><xs:attribute ref="g" fixed="y"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.default, f.fixed])).toEqual([['g', undefined, 'y']]);
  });

  it('a fixed declaration and a default on the ref: refused at the ref', () => {
    expect(
      failure(
        '<xs:attribute name="g" fixed="x"/><xs:complexType name="C"><xs:attribute ref="g" default="x"/></xs:complexType>',
      ),
    ).toEqual(invalid('attribute "g" has both default and fixed', 3, 60));
  });

  it('a default or fixed written on a ref is the use’s', () => {
    const t = objectType(
      '<xs:attribute name="g"/><xs:attribute name="h"/>' +
        '<xs:complexType name="C"><xs:attribute ref="g" default="d"/><xs:attribute ref="h" fixed="f"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.default, f.fixed])).toEqual([
      ['g', 'd', undefined],
      ['h', undefined, 'f'],
    ]);
  });

  it('a ref without one takes the declaration’s default or fixed', () => {
    const t = objectType(
      '<xs:attribute name="g" default="d"/><xs:attribute name="h" fixed="f"/>' +
        '<xs:complexType name="C"><xs:attribute ref="g"/><xs:attribute ref="h"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.default, f.fixed])).toEqual([
      ['g', 'd', undefined],
      ['h', undefined, 'f'],
    ]);
  });

  it('documentation on the ref wins; without it, the declaration’s', () => {
    const doc = (text: string) => `<xs:annotation><xs:documentation>${text}</xs:documentation></xs:annotation>`;
    const t = objectType(
      `<xs:attribute name="g">${doc('on g')}</xs:attribute><xs:attribute name="h"/>` +
        `<xs:complexType name="C"><xs:attribute ref="g"/><xs:attribute ref="h">${doc('on the ref')}</xs:attribute></xs:complexType>`,
    );
    expect(t.fields.map((f) => [f.name, f.doc])).toEqual([
      ['g', 'on g'],
      ['h', 'on the ref'],
    ]);
  });
});

describe('the type of an attribute', () => {
  it('an inline xs:complexType: at the child', () => {
    expect(
      failure('<xs:complexType name="C"><xs:attribute name="a"><xs:complexType/></xs:attribute></xs:complexType>'),
    ).toEqual(invalid('xs:complexType is not allowed in xs:attribute', 3, 49));
  });

  it('type= and an inline xs:simpleType', () => {
    expect(
      failure(
        `<xs:complexType name="C"><xs:attribute name="a" type="xs:string">${SIMPLE}</xs:attribute></xs:complexType>`,
      ),
    ).toEqual(invalid('xs:attribute may have one type: a type= attribute or one inline xs:simpleType', 3, 26));
  });

  it('two inline xs:simpleType', () => {
    expect(
      failure(`<xs:complexType name="C"><xs:attribute name="a">${SIMPLE}${SIMPLE}</xs:attribute></xs:complexType>`),
    ).toEqual(invalid('xs:attribute may have one type: a type= attribute or one inline xs:simpleType', 3, 26));
  });

  it('one inline xs:simpleType, or type= alone, is fine', () => {
    const t = objectType(
      `<xs:complexType name="C"><xs:attribute name="a">${SIMPLE}</xs:attribute><xs:attribute name="b" type="xs:int"/></xs:complexType>`,
    );
    expect(t.fields.map((f) => f.type)).toMatchObject([
      { kind: 'primitive', builtin: 'string' },
      { kind: 'primitive', builtin: 'int' },
    ]);
  });

  it('xs:anyType is not a simple type', () => {
    expect(failure('<xs:complexType name="C"><xs:attribute name="a" type="xs:anyType"/></xs:complexType>')).toEqual(
      invalid('attribute type "xs:anyType" must be a simple type', 3, 26),
    );
  });

  it('a named complex type is not a simple type', () => {
    expect(
      failure('<xs:complexType name="T"/><xs:complexType name="C"><xs:attribute name="a" type="T"/></xs:complexType>'),
    ).toEqual(invalid('attribute type "T" must be a simple type', 3, 52));
  });

  it('a named simple type is', () => {
    const t = objectType(
      '<xs:simpleType name="S"><xs:restriction base="xs:int"/></xs:simpleType>' +
        '<xs:complexType name="C"><xs:attribute name="a" type="S"/></xs:complexType>',
    );
    expect(t.fields[0]?.type).toMatchObject({ kind: 'ref' });
  });
});

describe('attribute wildcards from groups (§3.10.6 intersection)', () => {
  it('a group’s xs:anyAttribute is the type’s', () => {
    const t = objectType(
      '<xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:a urn:b" processContents="lax"/></xs:attributeGroup>' +
        '<xs:complexType name="C"><xs:attributeGroup ref="G"/></xs:complexType>',
    );
    expect(t.anyAttribute).toEqual({ process: 'lax', namespaces: { in: ['urn:a', 'urn:b'] } });
  });

  it('two groups’ wildcards intersect', () => {
    const t = objectType(
      '<xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:a urn:b"/></xs:attributeGroup>' +
        '<xs:attributeGroup name="H"><xs:anyAttribute namespace="urn:b urn:c"/></xs:attributeGroup>' +
        '<xs:complexType name="C"><xs:attributeGroup ref="G"/><xs:attributeGroup ref="H"/></xs:complexType>',
    );
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:b'] } });
  });

  it('the type’s own wildcard intersects with the groups’, keeping its processContents', () => {
    const t = objectType(
      '<xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:a urn:b"/></xs:attributeGroup>' +
        '<xs:complexType name="C"><xs:attributeGroup ref="G"/>' +
        '<xs:anyAttribute namespace="urn:b urn:c" processContents="skip"/></xs:complexType>',
    );
    expect(t.anyAttribute).toEqual({ process: 'skip', namespaces: { in: ['urn:b'] } });
  });
});

describe('minOccurs (§3.9.2: an xs:nonNegativeInteger)', () => {
  const withMin = (min: string) =>
    `<xs:complexType name="C"><xs:sequence><xs:element name="e" minOccurs="${min}" maxOccurs="20"/></xs:sequence></xs:complexType>`;

  it.each(['x', '1x', 'x1', '-1'])('minOccurs="%s" is refused', (min) => {
    expect(failure(withMin(min))).toEqual(invalid(`minOccurs="${min}" is not a non-negative integer`, 3, 39));
  });

  it('minOccurs="12" (two digits) is 12', () => {
    expect(objectType(withMin('12')).fields[0]?.occurs).toEqual({ min: 12, max: 20 });
  });
});
