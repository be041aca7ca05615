/**
 * A global element that takes its type from its substitution-group head while that head's
 * anonymous type refers back to the member (globalElement in resolve-complex-type.ts): the member
 * and the head share the head's type, which contains itself and is named; this is not a circular
 * substitution group (the head's type does not come from the member), so it is accepted (xmllint
 * 2.9.14 accepts the schema and `<h><a><a/></a></h>`).
 *
 * @see XSD 1.0 Part 1 §3.3.2 (an element without a type takes its substitution-group head's
 * {type definition}), §3.3.6 (e-props-correct 6: no circular substitution groups)
 */
import { describe, expect, it } from 'vitest';
import { ID, parseSnippet, root } from './xsd-test-helpers.js';

describe('globalElement: a member whose type comes from a head that contains it', () => {
  it('resolves both to the head type, named because it contains itself', () => {
    const schema = parseSnippet(`<xs:element name="a" substitutionGroup="h"/>
<xs:element name="h"><xs:complexType><xs:sequence><xs:element ref="a" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>`);
    const headType = { kind: 'ref', target: ID('h@anonymous') };
    expect(root(schema, 'a').type).toEqual(headType);
    expect(root(schema, 'h').type).toEqual(headType);
    expect(schema.types.map((t) => t.name)).toEqual(['h@anonymous']);
    const t = schema.types[0]!.type;
    expect(t.kind === 'object' && t.fields.map((f) => [f.name, f.type, f.occurs])).toEqual([
      ['a', headType, { min: 0, max: 1 }],
    ]);
  });
});
