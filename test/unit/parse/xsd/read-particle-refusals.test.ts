/**
 * The particles read-particle.ts reads, each refusal as a whole diagnostic at the offending
 * element: a child of a compositor that is not a particle, an element with both name and ref, an
 * xs:group without ref inside a content model, a named group whose body is not exactly one
 * compositor. And what it keeps: an element ref as one element particle, an xs:any without
 * `namespace` carrying no namespace constraint, and an abstract substitution head whose own
 * declaration does not become the field of a same-named local element (xmllint 2.9.14 agrees:
 * that local element is not nillable although the head is).
 *
 * @see XSD 1.0 Part 1 §3.8.2 (model group content: element | group | choice | sequence | any),
 *      §3.3.3 (src-element 2.1: not both name and ref), §3.7.2 (a group ref; a named group holds
 *      one all, choice or sequence), §3.10.2 (xs:any), §3.3.6 (Substitution Group)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const at = (line: number, column: number) => ({ file: 'test/t.xsd', line, column });
const refused = (body: string) => diagnosticOf(() => parseSnippet(body));
const groupT = (group: string) => `${group}\n<xs:complexType name="T"><xs:group ref="g"/></xs:complexType>`;

describe('readParticle: refusals', () => {
  it('refuses an attribute inside a sequence, at the attribute', () => {
    expect(
      refused('<xs:complexType name="T"><xs:sequence><xs:attribute name="x"/></xs:sequence></xs:complexType>'),
    ).toEqual({
      code: 'XsdUnsupported',
      severity: 'error',
      message: 'xs:attribute inside xs:sequence is not supported',
      location: at(3, 39),
    });
  });

  it('refuses an element with both name and ref, at the element', () => {
    expect(
      refused(
        '<xs:element name="a"/><xs:complexType name="T"><xs:sequence><xs:element name="b" ref="a"/></xs:sequence></xs:complexType>',
      ),
    ).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:element cannot have both name and ref',
      location: at(3, 61),
    });
  });

  it('refuses an xs:group without ref inside a sequence, at the group', () => {
    expect(refused('<xs:complexType name="T"><xs:sequence><xs:group/></xs:sequence></xs:complexType>')).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:group inside a content model needs a ref',
      location: at(3, 39),
    });
  });

  it.each([
    ['an element', '<xs:group name="g"><xs:element name="a"/></xs:group>'],
    ['two compositors', '<xs:group name="g"><xs:sequence/><xs:choice/></xs:group>'],
    ['nothing', '<xs:group name="g"/>'],
  ])('refuses a referenced named group holding %s, at the group definition', (_what, group) => {
    expect(refused(groupT(group))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:group "g" must contain exactly one sequence, choice or all',
      location: at(3, 1),
    });
  });
});

describe('readParticle: what the particle keeps', () => {
  it('reads an element ref to a head without members as one element particle, and xs:any without namespaces', () => {
    const t = typeOf(
      parseSnippet(
        '<xs:element name="a" type="xs:int"/><xs:complexType name="T"><xs:sequence><xs:element ref="a" minOccurs="0"/><xs:any/></xs:sequence></xs:complexType>',
      ),
      'T',
    ) as IrObjectType;
    expect(t.particle).toStrictEqual({
      kind: 'sequence',
      items: [
        { kind: 'element', name: 'a', occurs: { min: 0, max: 1 } },
        { kind: 'any', occurs: { min: 1, max: 1 }, process: 'strict' },
      ],
      occurs: { min: 1, max: 1 },
    });
  });

  it('takes a local element from its own declaration, not from the abstract head of the same name before it', () => {
    const t = typeOf(
      parseSnippet(`<xs:element name="h" type="xs:string" abstract="true" nillable="true"/>
<xs:element name="m" substitutionGroup="h"/>
<xs:complexType name="T"><xs:sequence><xs:element ref="h"/><xs:element name="h" type="xs:string"/></xs:sequence></xs:complexType>`),
      'T',
    ) as IrObjectType;
    expect(t.fields.map((f) => [f.name, f.nillable])).toEqual([
      ['m', false],
      ['h', false],
    ]);
  });
});
