/**
 * The content model of an xs:complexType or a complexContent step as read-content-model.ts reads
 * it: at most one particle (xs:sequence, xs:choice, xs:all or xs:group), which must come before the
 * attribute uses, each refused with the whole diagnostic at the offending particle; and the
 * attribute wildcard it carries into the type.
 *
 * @see XSD 1.0 Part 1 §3.4.2 (XML representation of complex type definitions: content
 * `(annotation?, (simpleContent | complexContent | ((group | all | choice | sequence)?,
 * ((attribute | attributeGroup)*, anyAttribute?))))`), §3.4.3 (src-ct)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

function refused(body: string) {
  return diagnosticOf(() => parseSnippet(body));
}

const at = (line: number, column: number) => ({ file: 'test/t.xsd', line, column });

describe('readContentModel: one particle, before the attributes', () => {
  it('refuses a second particle in a complex type, at the second one', () => {
    expect(refused('<xs:complexType name="T"><xs:sequence/><xs:choice/></xs:complexType>')).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:complexType can have only one content model particle',
      location: at(3, 40),
    });
  });

  it('refuses a second particle in a complexContent extension, naming the step', () => {
    expect(
      refused(`<xs:complexType name="B"/>
<xs:complexType name="T"><xs:complexContent><xs:extension base="B"><xs:group ref="g"/><xs:all/></xs:extension></xs:complexContent></xs:complexType>
<xs:group name="g"><xs:sequence/></xs:group>`),
    ).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:extension can have only one content model particle',
      location: at(4, 87),
    });
  });

  it('refuses a particle after an attribute, at the particle', () => {
    expect(refused('<xs:complexType name="T"><xs:attribute name="x"/><xs:sequence/></xs:complexType>')).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:sequence must come before the attributes',
      location: at(3, 50),
    });
  });

  it('refuses a group ref after an xs:anyAttribute in a complexContent step', () => {
    expect(
      refused(`<xs:complexType name="B"/>
<xs:complexType name="T"><xs:complexContent><xs:restriction base="B"><xs:anyAttribute/><xs:group ref="g"/></xs:restriction></xs:complexContent></xs:complexType>
<xs:group name="g"><xs:sequence/></xs:group>`),
    ).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:group must come before the attributes',
      location: at(4, 88),
    });
  });

  it('accepts one particle followed by attributes and a wildcard, which the type keeps', () => {
    const t = typeOf(
      parseSnippet(`<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence>
  <xs:attribute name="x" type="xs:string"/><xs:anyAttribute namespace="##local" processContents="skip"/></xs:complexType>`),
      'T',
    ) as IrObjectType;
    expect(t.fields.map((f) => [f.name, f.xml.node])).toEqual([
      ['a', 'element'],
      ['x', 'attribute'],
    ]);
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'skip', namespaces: { in: [''] } });
  });
});
