/**
 * Which field a particle's own declaration is compared with (particle-declarations.ts,
 * `differingDecls`): the ELEMENT field of the same name. An attribute may share the element's
 * local name (attributes and child elements are separate symbol spaces, XSD 1.0 Part 1 §2.5 and
 * §3.2/§3.3), and its default, fixed value or nillable flag says nothing about the element: a
 * particle whose declaration equals its element field's carries no `decl`, one that differs
 * carries it, whatever an attribute of that name declares and wherever it sits among the fields.
 * @see XSD 1.0 Part 1 §3.8.6 (Element Declarations Consistent), §3.3.4 (cvc-elt 3, 5)
 */
import { describe, expect, it } from 'vitest';
import type { IrField, IrObjectType, IrParticle } from '../../../../generator/ir/ir-types.js';
import { differingDecls } from '../../../../generator/parse/xsd/particle-declarations.js';
import { parseSnippet, typeOf } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const origin = { file: 'f.xsd', line: 1, column: 1 };
const STRING = { kind: 'primitive', builtin: 'string', facets: {} } as const;

function field(node: 'element' | 'attribute', local: string, extra: Partial<IrField> = {}): IrField {
  return { name: local, xml: { local, node }, type: STRING, occurs: one, nillable: false, origin, ...extra };
}

/** A sequence of one local element particle `a` whose own declaration is `decl`. */
function seqOfA(decl: { nillable: boolean; default?: string; fixed?: string }): IrParticle {
  return {
    kind: 'sequence',
    occurs: one,
    items: [{ kind: 'element', name: 'a', occurs: one, decl: { ...decl, origin } }],
  };
}

const bare: IrParticle = { kind: 'sequence', occurs: one, items: [{ kind: 'element', name: 'a', occurs: one }] };

describe('differingDecls compares a particle with its element field only', () => {
  const attrDefault = field('attribute', 'a', { default: 'x' });
  const attrFixedNillable = field('attribute', 'a', { fixed: 'y', nillable: true });

  it.each([
    ['after the element field', [field('element', 'a'), attrDefault]],
    ['before the element field', [attrDefault, field('element', 'a')]],
    ['with fixed and nillable, after', [field('element', 'a'), attrFixedNillable]],
    ['with fixed and nillable, before', [attrFixedNillable, field('element', 'a')]],
  ])('drops a decl equal to the element field, an attribute a %s', (_name, fields) => {
    expect(differingDecls(seqOfA({ nillable: false }), fields)).toEqual(bare);
  });

  it.each([
    ['after the element field', [field('element', 'a', { default: 'x' }), field('attribute', 'a')]],
    ['before the element field', [field('attribute', 'a'), field('element', 'a', { default: 'x' })]],
  ])('keeps a decl that differs from the element field, an attribute a equal to it %s', (_name, fields) => {
    const p = seqOfA({ nillable: false });
    expect(differingDecls(p, fields)).toEqual(p);
  });
});

describe('an element and an attribute of one name in a schema', () => {
  it('the particle carries no decl: it matches its element field, not the attribute', () => {
    const t = typeOf(
      parseSnippet(`<xs:complexType name="T">
  <xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence>
  <xs:attribute name="a" type="xs:string" default="x"/>
</xs:complexType>`),
      'T',
    ) as IrObjectType;
    expect(t.fields.map((f) => [f.xml.node, f.xml.local, f.default])).toEqual([
      ['element', 'a', undefined],
      ['attribute', 'a', 'x'],
    ]);
    expect(t.particle).toEqual(bare);
  });
});
