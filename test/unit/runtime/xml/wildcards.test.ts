/**
 * Wildcards from schema to verdict: xs:any and xs:anyAttribute namespace constraints (##any,
 * ##other, ##targetNamespace, ##local, lists), processContents strict / lax / skip against the
 * global declarations, and the attribute wildcard union of an extension. Every instance runs
 * through the string, bytes and chunked paths.
 * @see XSD 1.0 Part 1 §3.10.1, §3.10.4, §3.10.6, §3.4.2
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

function model(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t">
    <xs:element name="known" type="xs:int"/>
    <xs:attribute name="n" type="xs:int"/>
    ${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'w.xsd', schemaId: 'w' }));
}

const codes = async (xml: string, m: XmlSchemaModel) => (await verdictOnAllPaths(xml, m)).errors.map((e) => e.code);

const anyOf = (attrs: string) =>
  model(
    `<xs:element name="r"><xs:complexType><xs:sequence><xs:any ${attrs}/></xs:sequence></xs:complexType></xs:element>`,
  );

describe('wildcards', () => {
  it.each([
    [
      'namespace="##other" processContents="skip"',
      [
        ['<o:x xmlns:o="urn:o">any <y/></o:x>', []],
        ['<t:x/>', ['UnexpectedElement', 'MissingElement']],
        ['<x/>', ['UnexpectedElement', 'MissingElement']],
      ],
    ],
    [
      'namespace="##local" processContents="skip"',
      [
        ['<x/>', []],
        ['<o:x xmlns:o="urn:o"/>', ['UnexpectedElement', 'MissingElement']],
      ],
    ],
    [
      'namespace="##targetNamespace urn:o" processContents="skip"',
      [
        ['<o:x xmlns:o="urn:o"/>', []],
        ['<t:known>five</t:known>', []],
        ['<x/>', ['UnexpectedElement', 'MissingElement']],
      ],
    ],
    [
      'processContents="strict"',
      [
        ['<t:known>5</t:known>', []],
        ['<t:known>five</t:known>', ['InvalidValue']],
        ['<t:unknown/>', ['UnexpectedElement']],
      ],
    ],
    [
      'processContents="lax"',
      [
        ['<t:known>five</t:known>', ['InvalidValue']],
        ['<t:unknown>anything</t:unknown>', []],
      ],
    ],
  ] as [string, [string, string[]][]][])('xs:any %s', async (attrs, rows) => {
    const m = anyOf(attrs);
    for (const [child, want] of rows)
      expect(await codes(`<t:r xmlns:t="urn:t">${child}</t:r>`, m), child).toEqual(want);
  });

  it('assesses an undeclared element a lax wildcard matches as xs:anyType: its children and attributes by their declarations, its xsi:type', async () => {
    const m =
      model(`<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
      <xs:element name="r"><xs:complexType><xs:sequence><xs:any processContents="lax"/></xs:sequence></xs:complexType></xs:element>`);
    const r = (child: string) =>
      `<t:r xmlns:t="urn:t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${child}</t:r>`;
    expect(await codes(r('<t:u>text <t:known>5</t:known><o:x xmlns:o="urn:o"><y/></o:x></t:u>'), m)).toEqual([]);
    expect(await codes(r('<t:u><v><t:known>five</t:known></v></t:u>'), m)).toEqual(['InvalidValue']);
    expect(await codes(r('<t:u t:n="one"/>'), m)).toEqual(['InvalidValue']);
    expect(await codes(r('<t:u xsi:type="t:T"><a>1</a></t:u>'), m)).toEqual([]);
    expect(await codes(r('<t:u xsi:type="t:T"><a>x</a></t:u>'), m)).toEqual(['InvalidValue']);
    expect(await codes(r('<t:u xsi:type="t:T"><b/></t:u>'), m)).toEqual(['UnexpectedElement', 'MissingElement']);
    expect(await codes(r('<t:u xsi:type="t:None"/>'), m)).toEqual(['InvalidType']);
  });

  it('rejects an abstract global element that a strict or lax wildcard matches; skip leaves it alone (§3.3.4 clause 2)', async () => {
    for (const process of ['strict', 'lax', 'skip']) {
      const m = model(`<xs:element name="abs" abstract="true" type="xs:string"/>
        <xs:element name="r"><xs:complexType><xs:sequence><xs:any processContents="${process}"/></xs:sequence></xs:complexType></xs:element>`);
      const verdict = await verdictOnAllPaths('<t:r xmlns:t="urn:t"><t:abs>x</t:abs></t:r>', m);
      if (process === 'skip') expect(verdict.errors).toEqual([]);
      else
        expect(
          verdict.errors.map((e) => [e.code, e.message]),
          process,
        ).toEqual([
          ['InvalidType', 'element <t:abs> is declared abstract: only a member of its substitution group may appear'],
        ]);
    }
  });

  it('checks xs:anyAttribute namespaces and processContents', async () => {
    const m = model(`<xs:element name="r"><xs:complexType>
        <xs:anyAttribute namespace="##targetNamespace" processContents="strict"/></xs:complexType></xs:element>`);
    expect(await codes('<t:r xmlns:t="urn:t" t:n="1"/>', m)).toEqual([]);
    expect(await codes('<t:r xmlns:t="urn:t" t:n="one"/>', m)).toEqual(['InvalidValue']);
    expect(await codes('<t:r xmlns:t="urn:t" t:other="1"/>', m)).toEqual(['UnexpectedAttribute']);
    expect(await codes('<t:r xmlns:t="urn:t" n="1"/>', m)).toEqual(['UnexpectedAttribute']);
  });

  it('gives an extension the union of its own and its base’s attribute wildcards', async () => {
    const m = model(`
      <xs:complexType name="B"><xs:anyAttribute namespace="urn:a" processContents="skip"/></xs:complexType>
      <xs:element name="r"><xs:complexType><xs:complexContent><xs:extension base="t:B">
        <xs:anyAttribute namespace="urn:b" processContents="skip"/></xs:extension></xs:complexContent></xs:complexType></xs:element>`);
    expect(await codes('<t:r xmlns:t="urn:t" xmlns:a="urn:a" xmlns:b="urn:b" a:x="1" b:y="2"/>', m)).toEqual([]);
    expect(await codes('<t:r xmlns:t="urn:t" xmlns:c="urn:c" c:z="1"/>', m)).toEqual(['UnexpectedAttribute']);
  });

  it('rejects namespace tokens XSD does not define and inexpressible wildcard unions', () => {
    expect(() => anyOf('namespace="##foo"')).toThrow(/##foo/);
    // {urn:a, absent} ∪ not(urn:t) cannot be written in XSD 1.0 (§3.10.6 union 5.3).
    const inexpressible = () =>
      model(`<xs:complexType name="B"><xs:anyAttribute namespace="urn:a ##local"/></xs:complexType>
        <xs:element name="r"><xs:complexType><xs:complexContent><xs:extension base="t:B">
        <xs:anyAttribute namespace="##other"/></xs:extension></xs:complexContent></xs:complexType></xs:element>`);
    expect(inexpressible).toThrow(DiagnosticError);
    expect(inexpressible).toThrow(/not expressible/);
  });
});
