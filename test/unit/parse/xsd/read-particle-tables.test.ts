/**
 * The tables of read-particle.ts, entry by entry: each compositor (sequence, choice, all) read as
 * a content model, nested in another and as the body of a named group; and each attribute an
 * element ref must not carry (type, nillable, default, fixed, form, block) refused with the whole
 * diagnostic at the ref.
 *
 * @see XSD 1.0 Part 1 §3.8.2 (model groups: all, choice, sequence), §3.7.2 (a named group holds
 *      one of them), §3.3.3 (src-element 2.2: a ref carries only minOccurs, maxOccurs, id and
 *      an annotation)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const el = (name: string) => ({ kind: 'element', name, occurs: one });
const particleOf = (body: string) => (typeOf(parseSnippet(body), 'T') as IrObjectType).particle;

describe('readParticle: every compositor', () => {
  it('reads a sequence holding a choice holding a sequence', () => {
    expect(
      particleOf(`<xs:complexType name="T"><xs:sequence><xs:choice><xs:sequence><xs:element name="a"/></xs:sequence>
<xs:element name="b"/></xs:choice></xs:sequence></xs:complexType>`),
    ).toEqual({
      kind: 'sequence',
      items: [{ kind: 'choice', items: [{ kind: 'sequence', items: [el('a')], occurs: one }, el('b')], occurs: one }],
      occurs: one,
    });
  });

  it('reads an xs:all content model', () => {
    expect(particleOf('<xs:complexType name="T"><xs:all><xs:element name="a"/></xs:all></xs:complexType>')).toEqual({
      kind: 'all',
      items: [el('a')],
      occurs: one,
    });
  });

  it.each(['sequence', 'choice', 'all'])('reads a named group holding an xs:%s', (kind) => {
    expect(
      particleOf(
        `<xs:group name="g"><xs:${kind}><xs:element name="a"/></xs:${kind}></xs:group><xs:complexType name="T"><xs:group ref="g"/></xs:complexType>`,
      ),
    ).toEqual({ kind, items: [el('a')], occurs: one });
  });
});

describe('readParticle: what an element ref cannot carry', () => {
  it.each([
    ['type', 'xs:int'],
    ['nillable', 'true'],
    ['default', 'x'],
    ['fixed', 'x'],
    ['form', 'qualified'],
    ['block', '#all'],
  ])('refuses %s= on an element ref, at the ref', (name, value) => {
    const body = `<xs:element name="a"/><xs:complexType name="T"><xs:sequence><xs:element ref="a" ${name}="${value}"/></xs:sequence></xs:complexType>`;
    expect(diagnosticOf(() => parseSnippet(body))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: `xs:element with ref cannot have ${name}=`,
      location: { file: 'test/t.xsd', line: 3, column: body.indexOf('<xs:element ref') + 1 },
    });
  });
});
