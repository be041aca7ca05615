/**
 * The compiled runtime model: compiled once per model object; xs:anyType recognised only as the
 * anonymous any-attribute, mixed, lax-wildcard type; the named-type table, the root element
 * particles, whether the document's ID table is needed, the root names a wrong root is told
 * about; and what the compiled types mean for validation (required attributes, open content,
 * `all` groups stepped per element, bare simple-content records, simple types without
 * attributes or children).
 * @see runtime/schema-model.ts; XSD 1.0 Part 1 §3.3.4, §3.4.4; Part 2 §3.3.8 (ID, IDREF)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { AttrModel, XmlSchemaModel, XmlTypeModel } from '../../../../runtime/schema-model.js';
import { compileModel, simpleCompiledType } from '../../../../runtime/xml/compiled-model.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';

function schema(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="${XSD}">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'x.xsd', schemaId: 'x' }));
}

const complex = (extra: Partial<Extract<XmlTypeModel, { k: 'complex' }>> = {}): XmlTypeModel => ({
  k: 'complex',
  attrs: [],
  anyAttr: false,
  mixed: false,
  content: null,
  ...extra,
});
const model = (types: XmlTypeModel[], extra: Partial<XmlSchemaModel> = {}): XmlSchemaModel => ({
  id: 'm',
  format: 'xsd',
  roots: {},
  types,
  ...extra,
});
const attr = (name: string, b: string, required = false): AttrModel => ({ name, p: name, type: { b }, required });
const codes = (xml: string, m: XmlSchemaModel) => validateXml(xml, m).errors.map((e) => e.code);

describe('compileModel', () => {
  it('compiles a model object once', () => {
    const m = model([complex()], { roots: { r: 0 } });
    expect(compileModel(m)).toBe(compileModel(m));
    expect(compileModel({ ...m })).not.toBe(compileModel(m));
  });

  it('throws when a root points at a missing type', () => {
    expect(() => compileModel(model([complex()], { roots: { r: 0, s: 3 } }))).toThrow(
      'model m: root s points at missing type 3',
    );
  });

  it('recognises xs:anyType: anonymous, any attribute, mixed, no attributes, a lax wildcard of any namespace', () => {
    const any = { k: 'any', min: 0, max: -1, process: 'lax' } as const;
    const anyType = { anyAttr: true, mixed: true, content: any };
    const isAnyType = (t: XmlTypeModel) => compileModel(model([t])).types[0]!.isAnyType;
    expect(isAnyType(complex(anyType))).toBe(true);
    expect(isAnyType(complex({ ...anyType, name: 'Named' }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, mixed: false }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, anyAttr: false }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, attrs: [attr('a', 'string')] }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, content: null }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, content: { ...any, process: 'strict' } }))).toBe(false);
    expect(isAnyType(complex({ ...anyType, content: { ...any, ns: { in: ['urn:a'] } } }))).toBe(false);
    const el = { k: 'el', name: 'a', p: 'a', type: 0, min: 0, max: 1, array: false } as const;
    expect(isAnyType(complex({ ...anyType, content: { k: 'seq', items: [el], min: 1, max: 1 } }))).toBe(false);
    expect(isAnyType(complex({ content: { k: 'seq', items: [el], min: 1, max: 1 } }))).toBe(false);
    expect(isAnyType({ k: 'simple', s: { b: 'string' } })).toBe(false);
  });

  it('reads an absent processContents of the attribute wildcard as lax', () => {
    const c = compileModel(model([complex({ anyAttr: true }), complex({ anyAttr: true, anyAttrProcess: 'skip' })]));
    expect(c.types.map((t) => t.anyAttrProcess)).toEqual(['lax', 'skip']);
  });

  it('lists named types by name, and no anonymous one', () => {
    const c = compileModel(model([complex({ name: 'A' }), complex(), { k: 'simple', name: 'S', s: { b: 'int' } }]));
    expect([...c.named.keys()]).toEqual(['A', 'S']);
    expect(c.named.get('S')).toBe(c.types[2]);
  });

  it('gives a root element particle only to declared roots, with its declaration', () => {
    const m = model([complex()], {
      roots: { r: 0 },
      rootDecls: { r: { nillable: true, block: ['extension'] }, gone: { nillable: true } },
    });
    const c = compileModel(m);
    expect([...c.rootEls.keys()]).toEqual(['r']);
    expect(c.rootEls.get('r')).toEqual({
      k: 'el',
      name: 'r',
      p: 'r',
      type: 0,
      min: 1,
      max: 1,
      nillable: true,
      block: ['extension'],
      array: false,
    });
  });

  it('knows no abstract root unless the model names some', () => {
    expect(compileModel(model([complex()])).abstractRoots.size).toBe(0);
    expect([...compileModel(model([complex()], { abstractRoots: ['h'] })).abstractRoots]).toEqual(['h']);
  });

  it('tells a wrong root which roots are declared', () => {
    const m = model([complex()], { roots: { r: 0, s: 0 } });
    const [e] = validateXml('<x/>', m).errors;
    expect(e?.code).toBe('WrongRoot');
    expect(e?.expected).toBe('r | s');
    expect(e?.message).toBe('root element <x> is not <r | s>');
  });
});

describe('compileModel: whether the document needs an ID table', () => {
  const ids = (m: XmlSchemaModel) => compileModel(m).ids;

  it('is false without ID or IDREF anywhere', () => {
    expect(ids(model([complex()]))).toBe(false);
    expect(ids(model([complex({ attrs: [attr('a', 'string'), attr('b', 'NCName')] }), complex()]))).toBe(false);
    expect(ids(model([{ k: 'simple', s: { b: 'string' } }, complex({ text: { b: 'token' } })]))).toBe(false);
    expect(ids(model([complex()], { attributes: { g: { b: 'string' } } }))).toBe(false);
  });

  it("is true for an ID or IDREF text, attribute (any of a type's), or global attribute", () => {
    expect(ids(model([complex(), { k: 'simple', s: { b: 'ID' } }]))).toBe(true);
    expect(ids(model([complex(), complex({ text: { b: 'IDREF' } })]))).toBe(true);
    expect(ids(model([complex({ attrs: [attr('a', 'string'), attr('id', 'ID')] })]))).toBe(true);
    expect(ids(model([complex()], { attributes: { g: { b: 'string' }, h: { b: 'ID' } } }))).toBe(true);
  });

  it('finds a duplicate ID given by a global attribute through an attribute wildcard', () => {
    const m = schema(`<xs:attribute name="key" type="xs:ID"/>
      <xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="e" maxOccurs="unbounded"><xs:complexType><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>`);
    expect(codes('<r><e key="a"/><e key="b"/></r>', m)).toEqual([]);
    expect(codes('<r><e key="a"/><e key="a"/></r>', m)).toEqual(['DuplicateId']);
  });
});

describe('compileModel: what the compiled types do in validation', () => {
  it('reports a missing required attribute, not a missing optional one', () => {
    const m = model([complex({ attrs: [attr('need', 'int', true), attr('may', 'int')] })], { roots: { r: 0 } });
    expect(codes('<r need="1"/>', m)).toEqual([]);
    expect(codes('<r may="1"/>', m)).toEqual(['MissingAttribute']);
  });

  it('reports an undeclared child of open content as drift, a misplaced declared child as an error', () => {
    const el = (name: string) => ({ k: 'el', name, p: name, type: 1, min: 1, max: 1, array: false }) as const;
    const content = { k: 'seq', items: [el('a'), el('b')], min: 1, max: 1 } as const;
    const open = model([complex({ content, open: true }), { k: 'simple', s: { b: 'string' } }], { roots: { r: 0 } });
    const r = validateXml('<r><a/><x/><b/></r>', open);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['UndeclaredElement']);
    expect(codes('<r><b/><a/></r>', open)).not.toEqual([]);
    const closed = model([complex({ content }), { k: 'simple', s: { b: 'string' } }], { roots: { r: 0 } });
    expect(codes('<r><a/><x/><b/></r>', closed)).toEqual(['UnexpectedElement']);
  });

  it('steps an all group per element: siblings of one type do not share their progress', () => {
    const m =
      schema(`<xs:complexType name="P"><xs:all><xs:element name="a"/><xs:element name="b"/></xs:all></xs:complexType>
      <xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="p" type="P" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>`);
    expect(compileModel(m).named.get('P')?.forkContent).toBe(true);
    expect(codes('<r><p><a/><b/></p><p><b/><a/></p><p><a/><b/></p></r>', m)).toEqual([]);
    expect(codes('<r><p><a/><b/></p><p><a/></p></r>', m)).toEqual(['MissingElement']);
  });

  it('builds simple content without attributes as the bare value, with attributes as { value, ... }', () => {
    const m = schema(`<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="n"><xs:complexType><xs:simpleContent><xs:extension base="xs:int"/></xs:simpleContent></xs:complexType></xs:element>
        <xs:element name="m"><xs:complexType><xs:simpleContent><xs:extension base="xs:int">
          <xs:attribute name="u" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>`);
    const { value, result } = parseXml('<r><n> 5 </n><m u="kg">7</m></r>', m);
    expect(result.errors).toEqual([]);
    expect(value).toEqual({ n: 5, m: { u: 'kg', value: 7 } });
  });

  it('gives a nillable root element no index in its paths', () => {
    const m = schema(`<xs:element name="r" nillable="true"><xs:complexType><xs:sequence>
        <xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType></xs:element>`);
    expect(validateXml('<r><a>x</a></r>', m).errors.map((e) => e.location.path)).toEqual(['/r/a']);
  });

  it('allows an element of a simple type neither attributes nor child elements', () => {
    const m = schema('<xs:element name="r" type="xs:decimal"/>');
    expect(codes('<r>5</r>', m)).toEqual([]);
    expect(codes('<r foo="1">5</r>', m)).toEqual(['UnexpectedAttribute']);
    expect(codes('<r>5<x/></r>', m)).toEqual(['UnexpectedElement']);
    const strictness = validateXml('<r>5<x/></r>', m);
    expect(strictness.warnings).toEqual([]);
  });
});

describe('simpleCompiledType', () => {
  it('names a bare built-in for xsi:type derivation, and nothing once facets, enumeration, list or union narrow it', () => {
    expect(simpleCompiledType({ b: 'int' }, 0).derivationName).toBe(`{${XSD}}int`);
    expect(simpleCompiledType({ b: 'int' }, 0, 'N').derivationName).toBe('N');
    expect(simpleCompiledType({ b: 'int', facets: { maxInclusive: '9' } }, 0).derivationName).toBeUndefined();
    expect(simpleCompiledType({ b: 'int', enum: ['1'] }, 0).derivationName).toBeUndefined();
    expect(simpleCompiledType({ b: 'string', list: { b: 'int' } }, 0).derivationName).toBeUndefined();
    expect(simpleCompiledType({ b: 'string', union: [{ b: 'int' }] }, 0).derivationName).toBeUndefined();
  });

  it('is a simple type: text only, no attribute wildcard, no content', () => {
    const t = simpleCompiledType({ b: 'int' }, 3);
    expect(t).toMatchObject({ index: 3, simple: true, anyAttr: false, mixed: false, open: false, scalar: true });
    expect(t.required).toEqual([]);
    expect(t.content).toBeUndefined();
  });
});
