/**
 * `xsiType` called directly: the QName resolved (whitespace collapsed, prefixes, the default
 * namespace), the type found (schema types, XSD built-ins, xs:anyType), refused with a message
 * that says why (not a QName, undeclared prefix, no such type, abstract, blocked, not derived),
 * the XSD built-in hierarchy followed step by step, and the base chain followed without looping.
 * @see XSD 1.0 Part 1 §3.3.4 (Element Locally Valid (Element) 4), §3.4.6 (Type Derivation OK
 *      (Complex)), §3.14.6 (Type Derivation OK (Simple)); Part 2 §3 (built-in type hierarchy)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel, XmlTypeModel } from '../../../../runtime/schema-model.js';
import { type CompiledType, compileModel, simpleCompiledType } from '../../../../runtime/xml/compiled-model.js';
import { derivationOfBuiltin, xsiType } from '../../../../runtime/xml/xsi-type.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';
const xs = (local: string) => `{${XSD}}${local}`;

function schema(body: string, tns = 'targetNamespace="urn:t"'): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="${XSD}" xmlns:t="urn:t" ${tns}>${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'x.xsd', schemaId: 'x' }));
}

const types = schema(`
  <xs:complexType name="Base"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="Ext"><xs:complexContent><xs:extension base="t:Base">
    <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="Ext2"><xs:complexContent><xs:extension base="t:Ext">
    <xs:sequence><xs:element name="c" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="AbsExt" abstract="true"><xs:complexContent><xs:extension base="t:Base">
    <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="Other"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="OtherExt"><xs:complexContent><xs:extension base="t:Other">
    <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:simpleType name="S"><xs:restriction><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType>
  <xs:element name="any"/>
  <xs:element name="dec" type="xs:decimal"/>
  <xs:element name="fac"><xs:simpleType><xs:restriction base="xs:int"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleType></xs:element>
  <xs:element name="enm"><xs:simpleType><xs:restriction base="xs:int"><xs:enumeration value="1"/></xs:restriction></xs:simpleType></xs:element>
  <xs:element name="lst"><xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:element>
  <xs:element name="uni"><xs:simpleType><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType></xs:element>
  <xs:element name="anon"><xs:complexType><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType></xs:element>`);
const compiled = compileModel(types);

const bindings: Record<string, string> = { t: 'urn:t', q: 'urn:t', xs: XSD };
const uriOf = (p: string) => bindings[p];
const named = (local: string) => compiled.named.get(`{urn:t}${local}`)!;
const element = (local: string) => compiled.roots.get(`{urn:t}${local}`)!;

/** xsiType against the declared type, the instance bindings above, and an element block. */
const check = (declared: CompiledType, value: string, block?: readonly string[], c = compiled) =>
  xsiType(c, declared, value, uriOf, block as readonly ('extension' | 'restriction')[] | undefined);

/** The name of the type xsiType picked, or its message. */
const picked = (r: CompiledType | string) => (typeof r === 'string' ? r : r.name);

describe('xsiType: the QName', () => {
  it('collapses whitespace around the QName (xs:QName is whiteSpace collapse)', () => {
    expect(picked(check(named('Base'), '  t:Ext \n'))).toBe('{urn:t}Ext');
  });

  it('refuses a value that is not a QName, even when it would resolve to a type', () => {
    const withDefault = (p: string) => (p === '' ? 'urn:t' : bindings[p]);
    const r = xsiType(compiled, named('Base'), ':Ext', withDefault, undefined);
    expect(r).toBe('xsi:type ":Ext" is not a QName');
    expect(picked(xsiType(compiled, named('Base'), 'Ext', withDefault, undefined))).toBe('{urn:t}Ext');
  });

  it('takes an unprefixed name in no namespace without a default binding; an unbound prefix is an error', () => {
    const local = schema(
      `<xs:complexType name="Base"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
       <xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base">
         <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`,
      '',
    );
    const c = compileModel(local);
    const none = () => undefined;
    const base = c.named.get('Base')!;
    expect(picked(xsiType(c, base, 'Ext', none, undefined))).toBe('Ext');
    expect(xsiType(c, base, 'z:Ext', none, undefined)).toBe('xsi:type "z:Ext" uses the undeclared prefix "z"');
  });

  it('looks for a built-in only in the XSD namespace', () => {
    expect(check(element('dec'), 't:int')).toBe('xsi:type "t:int" names no type of the schema');
    expect(picked(check(element('dec'), 'xs:int'))).toBe(xs('int'));
  });

  it('names no type for an unknown local name in the XSD namespace', () => {
    expect(check(element('any'), 'xs:notAType')).toBe('xsi:type "xs:notAType" names no type of the schema');
    expect(check(element('any'), 'xs:anyTypeX')).toBe('xsi:type "xs:anyTypeX" names no type of the schema');
  });
});

describe('xsiType: xs:anyType and xs:anySimpleType', () => {
  it('accepts xs:anyType only on an element of type xs:anyType (the declared type itself)', () => {
    const any = element('any');
    expect(check(any, 'xs:anyType')).toBe(any);
    expect(check(any, 'xs:anyType', ['extension', 'restriction'])).toBe(any);
    expect(check(named('Base'), 'xs:anyType')).toBe(
      'xsi:type "xs:anyType" is not derived from the element\'s declared type',
    );
  });

  it('names xs:anySimpleType, which restricts xs:anyType', () => {
    expect(picked(check(element('any'), 'xs:anySimpleType'))).toBe(xs('anySimpleType'));
    expect(picked(check(element('any'), 'xs:anySimpleType', ['extension']))).toBe(xs('anySimpleType'));
  });

  it('reaches xs:anyType from a primitive through xs:anySimpleType, by restriction only', () => {
    for (const p of ['string', 'decimal', 'boolean', 'anyURI', 'QName']) {
      expect(picked(check(element('any'), `xs:${p}`, ['extension']))).toBe(xs(p));
      expect(check(element('any'), `xs:${p}`, ['restriction'])).toContain('by a blocked derivation');
    }
  });
});

describe('xsiType: the built-in hierarchy (XSD 1.0 Part 2 §3)', () => {
  const steps: [string, string][] = [
    ['normalizedString', 'string'],
    ['token', 'normalizedString'],
    ['language', 'token'],
    ['Name', 'token'],
    ['NMTOKEN', 'token'],
    ['NCName', 'Name'],
    ['ID', 'NCName'],
    ['IDREF', 'NCName'],
    ['ENTITY', 'NCName'],
    ['integer', 'decimal'],
    ['nonPositiveInteger', 'integer'],
    ['negativeInteger', 'nonPositiveInteger'],
    ['long', 'integer'],
    ['int', 'long'],
    ['short', 'int'],
    ['byte', 'short'],
    ['nonNegativeInteger', 'integer'],
    ['unsignedLong', 'nonNegativeInteger'],
    ['unsignedInt', 'unsignedLong'],
    ['unsignedShort', 'unsignedInt'],
    ['unsignedByte', 'unsignedShort'],
    ['positiveInteger', 'nonNegativeInteger'],
  ];

  it.each(steps)('xs:%s is a restriction of xs:%s', (derived, base) => {
    const declared = simpleCompiledType({ b: base }, -1);
    expect(picked(check(declared, `xs:${derived}`))).toBe(xs(derived));
    expect(check(declared, `xs:${derived}`, ['restriction'])).toContain('by a blocked derivation');
    expect(derivationOfBuiltin(derived)).toEqual({ base: xs(base), by: 'restriction' });
    // and not the other way round
    expect(check(simpleCompiledType({ b: derived }, -1), `xs:${base}`)).toContain('is not derived');
  });

  it('every primitive restricts xs:anySimpleType, which restricts xs:anyType', () => {
    const anySimple = simpleCompiledType({ b: 'anySimpleType' }, -1);
    for (const p of ['string', 'boolean', 'decimal', 'float', 'double', 'duration', 'dateTime', 'hexBinary']) {
      expect(picked(check(anySimple, `xs:${p}`))).toBe(xs(p));
      expect(derivationOfBuiltin(p)).toEqual({ base: xs('anySimpleType'), by: 'restriction' });
    }
    expect(derivationOfBuiltin('anySimpleType')).toEqual({ base: xs('anyType'), by: 'restriction' });
  });

  it('NMTOKENS, IDREFS and ENTITIES are lists over xs:anySimpleType', () => {
    for (const l of ['NMTOKENS', 'IDREFS', 'ENTITIES']) {
      expect(derivationOfBuiltin(l)).toEqual({ base: xs('anySimpleType'), by: 'list' });
      expect(picked(check(simpleCompiledType({ b: 'anySimpleType' }, -1), `xs:${l}`))).toBe(xs(l));
    }
  });

  it('has no derivation for xs:anyType or a name that is not a built-in', () => {
    expect(derivationOfBuiltin('anyType')).toBeUndefined();
    expect(derivationOfBuiltin('notAType')).toBeUndefined();
    expect(derivationOfBuiltin('')).toBeUndefined();
  });

  it('compiles each built-in once, outside the model type table', () => {
    const first = check(element('any'), 'xs:unsignedShort');
    expect(check(element('dec'), 'xs:unsignedShort')).toBe(first);
    expect(typeof first !== 'string' && first.index).toBeLessThan(0);
  });
});

describe('xsiType: refusals and their reasons', () => {
  it('refuses an abstract type even when it is derived from the declared type', () => {
    expect(check(named('Base'), 't:AbsExt')).toBe('xsi:type "t:AbsExt" names an abstract type');
  });

  it('says a derivation is blocked when the type derives through a blocked step, however far', () => {
    const blocked = 'xsi:type "t:Ext2" derives from the declared type by a blocked derivation';
    expect(check(named('Base'), 't:Ext2', ['extension'])).toBe(blocked);
    expect(check(named('Base'), 't:Ext', ['extension'])).toBe(
      'xsi:type "t:Ext" derives from the declared type by a blocked derivation',
    );
    expect(check(named('Ext'), 't:Ext2', ['extension'])).toContain('blocked derivation');
    expect(picked(check(named('Base'), 't:Ext2', ['restriction']))).toBe('{urn:t}Ext2');
  });

  it('says a type is not derived when its chain has a blocked step but never reaches the declared type', () => {
    expect(check(named('Base'), 't:OtherExt', ['extension'])).toBe(
      'xsi:type "t:OtherExt" is not derived from the element\'s declared type',
    );
    expect(check(named('Base'), 't:OtherExt')).toBe(
      'xsi:type "t:OtherExt" is not derived from the element\'s declared type',
    );
  });

  it('accepts any named type on an element of type xs:anyType when nothing is blocked', () => {
    // S restricts an anonymous simple type: its recorded chain stops there, yet every type
    // derives from xs:anyType.
    expect(picked(check(element('any'), 't:S'))).toBe('{urn:t}S');
    expect(picked(check(element('any'), 't:S', []))).toBe('{urn:t}S');
    expect(picked(check(element('any'), 't:Other'))).toBe('{urn:t}Other');
  });

  it('takes no type as derived from an anonymous complex type other than xs:anyType', () => {
    expect(check(element('anon'), 't:Other')).toContain('is not derived');
    expect(check(element('anon'), 't:Base')).toContain('is not derived');
  });

  it('takes no built-in as derived from an anonymous simple type with facets, enumeration, list or union', () => {
    expect(check(element('fac'), 'xs:int')).toContain('is not derived');
    expect(check(element('fac'), 'xs:short')).toContain('is not derived');
    expect(check(element('enm'), 'xs:int')).toContain('is not derived');
    expect(check(element('lst'), 'xs:string')).toContain('is not derived');
    expect(check(element('uni'), 'xs:string')).toContain('is not derived');
  });
});

describe('xsiType: following the base chain of a hand-made model', () => {
  const complex = (name: string, d?: XmlTypeModel['d']): XmlTypeModel => ({
    k: 'complex',
    name,
    ...(d ? { d } : {}),
    attrs: [],
    anyAttr: false,
    mixed: false,
    content: null,
  });

  it('stops on a derivation cycle and does not take it as a derivation', () => {
    const m = compileModel({
      id: 'cycle',
      format: 'xsd',
      roots: {},
      types: [
        complex('{urn:c}A', { base: '{urn:c}B', by: 'extension' }),
        complex('{urn:c}B', { base: '{urn:c}A', by: 'extension' }),
        complex('{urn:c}C', { base: xs('anyType'), by: 'restriction' }),
      ],
    });
    const r = xsiType(m, m.named.get('{urn:c}C')!, 'c:A', (p) => (p === 'c' ? 'urn:c' : undefined), undefined);
    expect(r).toBe('xsi:type "c:A" is not derived from the element\'s declared type');
  });

  it('does not read a base outside the XSD namespace as the built-in of the same local name', () => {
    // A namespace name as long as the XSD one: only the namespace tells the two apart.
    const foreign = `urn:${'f'.repeat(XSD.length - 4)}`;
    const m = compileModel({
      id: 'foreign',
      format: 'xsd',
      roots: {},
      types: [{ k: 'simple', name: '{urn:c}X', d: { base: `{${foreign}}int`, by: 'restriction' }, s: { b: 'int' } }],
    });
    const r = xsiType(m, simpleCompiledType({ b: 'decimal' }, -1), 'c:X', (p) => (p === 'c' ? 'urn:c' : undefined), []);
    expect(r).toBe('xsi:type "c:X" is not derived from the element\'s declared type');
  });
});
