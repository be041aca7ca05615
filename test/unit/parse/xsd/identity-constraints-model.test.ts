/**
 * The identity constraints an element declaration carries into the IR, as the runtime model
 * reads them (runtime/xml/identity-constraints.ts `IdentityConstraintModel`): expanded names
 * for the constraint (its name whitespace-collapsed, in the target namespace) and for a keyref's
 * `refer`; each selector / field alternative as `d` (a leading `.//`), `s` (child steps: `.`,
 * `*`, `{uri}*` or an expanded name) and `a` (a field's final attribute name test).
 *
 * @see XSD 1.0 Part 1 §3.11.2 (XML representation: {name} in the target namespace, {referenced
 *      key} a QName), §3.11.6 (the selector and field XPath subset), §3.3.2 (an annotation and
 *      an inline type come before the constraints)
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';

const schema = (body: string) => `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" xmlns:q="urn:q" targetNamespace="urn:t">
${body}
</xs:schema>
`;
const parse = (body: string) => parseXsd({ source: schema(body), file: 'test/t.xsd', schemaId: 'test/schemas/t.xsd' });

describe('identity constraints in the IR', () => {
  it('carries each name test, a leading ".//" and a final attribute as the runtime model reads them', () => {
    const ir = parse(`<xs:element name="r">
  <xs:annotation><xs:documentation>root</xs:documentation></xs:annotation>
  <xs:complexType><xs:sequence><xs:any processContents="skip" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  <xs:unique name=" u ">
    <xs:selector xpath=".//q:* | ./item | * | ."/>
    <xs:field xpath="@* | @q:* | @id | ."/>
    <xs:field xpath="a/q:b/@q:x"/>
  </xs:unique>
</xs:element>`);
    expect(ir.roots.find((r) => r.name === '{urn:t}r')?.identity).toEqual([
      {
        name: '{urn:t}u',
        kind: 'unique',
        selector: [{ d: true, s: ['{urn:q}*'] }, { s: ['.', 'item'] }, { s: ['*'] }, { s: ['.'] }],
        fields: [
          [{ s: [], a: '*' }, { s: [], a: '{urn:q}*' }, { s: [], a: 'id' }, { s: ['.'] }],
          [{ s: ['a', '{urn:q}b'], a: '{urn:q}x' }],
        ],
      },
    ]);
  });

  it('carries a key and a keyref with its refer resolved, in document order, past annotations', () => {
    const ir = parse(`<xs:element name="r">
  <xs:complexType><xs:sequence><xs:any processContents="skip" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  <xs:key name="k"><xs:annotation/><xs:selector xpath="item"/><xs:field xpath="@id"/><xs:field xpath="n"/></xs:key>
  <xs:keyref name="kr" refer=" t:k "><xs:selector xpath=".//ref"/><xs:field xpath="@to"/><xs:field xpath="q:n"/></xs:keyref>
</xs:element>`);
    expect(ir.roots.find((r) => r.name === '{urn:t}r')?.identity).toEqual([
      {
        name: '{urn:t}k',
        kind: 'key',
        selector: [{ s: ['item'] }],
        fields: [[{ s: [], a: 'id' }], [{ s: ['n'] }]],
      },
      {
        name: '{urn:t}kr',
        kind: 'keyref',
        refer: '{urn:t}k',
        selector: [{ d: true, s: ['ref'] }],
        fields: [[{ s: [], a: 'to' }], [{ s: ['{urn:q}n'] }]],
      },
    ]);
  });

  it('carries the constraints of a local element declaration on its field, and none where there are none', () => {
    const ir = parse(`<xs:complexType name="T"><xs:sequence>
  <xs:element name="plain" type="xs:string"/>
  <xs:element name="list">
    <xs:complexType><xs:sequence><xs:element name="i" type="xs:int" maxOccurs="9"/></xs:sequence></xs:complexType>
    <xs:unique name="each"><xs:selector xpath="i"/><xs:field xpath="."/></xs:unique>
  </xs:element>
</xs:sequence></xs:complexType>
<xs:element name="bare"><xs:complexType/></xs:element>`);
    const t = ir.types.find((x) => x.name === '{urn:t}T')?.type;
    const fields = t?.kind === 'object' ? t.fields : [];
    expect(fields.map((f) => [f.name, f.identity])).toEqual([
      ['plain', undefined],
      ['list', [{ name: '{urn:t}each', kind: 'unique', selector: [{ s: ['i'] }], fields: [[{ s: ['.'] }]] }]],
    ]);
    expect(ir.roots.find((r) => r.name === '{urn:t}bare')).not.toHaveProperty('identity');
  });
});
