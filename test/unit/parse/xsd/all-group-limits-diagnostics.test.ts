/**
 * The whole diagnostic (code, severity, message, file, line, column) of each all-group limit
 * (all-group-limits.ts), and the cases next to them that are not all groups: an element of an
 * xs:all occurs at most once (maxOccurs "unbounded" or 2 refused), the xs:all itself at most
 * once, a named group's compositor has neither minOccurs nor maxOccurs; a group without a ref,
 * a ref to an empty group and an element ref that shares its name with an all group (elements
 * and groups are different symbol spaces) are not all-group refs.
 *
 * xmllint 2.9.14 refuses the same schemas, except the empty named group: it accepts
 * `<xs:group name="E"/>`, but XSD 1.0 §3.7.2 requires one of all, choice or sequence in it.
 *
 * @see XSD 1.0 Part 1 §3.8.6 (cos-all-limited), §3.7.2 (model group definitions: content
 *      (annotation?, (all | choice | sequence)); a group ref has a required ref), §3.17.2 (symbol
 *      spaces)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

/** Body lines start at line 3 of the wrapped document (xsd-test-helpers.ts `wrap`). */
const body = (...lines: string[]) => lines.join('\n');
const invalid = (message: string, line: number, column: number) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});
const ELEMENT_ONCE = 'an element inside xs:all must have minOccurs and maxOccurs 0 or 1';

describe('all group limits: whole diagnostics', () => {
  it.each([
    ['maxOccurs="unbounded"', ' maxOccurs="unbounded"'],
    ['maxOccurs="unbounded" with minOccurs="0"', ' minOccurs="0" maxOccurs="unbounded"'],
    ['maxOccurs="2"', ' maxOccurs="2"'],
  ])('refuses an element of xs:all with %s, at the element', (_name, occurs) => {
    const schema = body(
      '<xs:complexType name="T"><xs:all>',
      '  <xs:element name="a" type="xs:int"/>',
      `  <xs:element name="b" type="xs:int"${occurs}/>`,
      '</xs:all></xs:complexType>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid(ELEMENT_ONCE, 5, 3));
  });

  it('accepts elements of xs:all occurring 0 or 1 times', () => {
    const schema = body(
      '<xs:complexType name="T"><xs:all>',
      '  <xs:element name="a" type="xs:int" minOccurs="0"/>',
      '  <xs:element name="b" type="xs:int" minOccurs="1" maxOccurs="1"/>',
      '  <xs:element name="c" type="xs:int" minOccurs="0" maxOccurs="0"/>',
      '</xs:all></xs:complexType>',
    );
    expect(() => parseSnippet(schema)).not.toThrow();
  });

  it.each([
    ['maxOccurs="2"', ' maxOccurs="2"'],
    ['minOccurs="2" maxOccurs="2"', ' minOccurs="2" maxOccurs="2"'],
    ['maxOccurs="0"', ' minOccurs="0" maxOccurs="0"'],
  ])('refuses an xs:all with %s, at the xs:all', (_name, occurs) => {
    const schema = body(
      '<xs:complexType name="T">',
      `  <xs:all${occurs}><xs:element name="a" type="xs:int"/></xs:all>`,
      '</xs:complexType>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:all of an all group must have maxOccurs 1 and minOccurs 0 or 1', 4, 3),
    );
  });

  it.each([
    ['minOccurs', ' minOccurs="1"'],
    ['maxOccurs', ' maxOccurs="1"'],
  ])('refuses %s on the compositor of a named group, at the compositor', (name, occurs) => {
    const schema = body(
      '<xs:group name="G">',
      `  <xs:choice${occurs}><xs:element name="a" type="xs:int"/></xs:choice>`,
      '</xs:group>',
      '<xs:complexType name="T"><xs:group ref="G"/></xs:complexType>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid(`xs:choice of a named xs:group cannot have ${name}= (the group ref says how often)`, 4, 3),
    );
  });
});

describe('not all-group refs', () => {
  it('refuses an xs:group without a ref inside a sequence as such, not as an all group', () => {
    const schema = body('<xs:complexType name="T"><xs:sequence>', '  <xs:group/>', '</xs:sequence></xs:complexType>');
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:group inside a content model needs a ref', 4, 3),
    );
  });

  it('refuses a ref to an empty named group as such, at the group definition', () => {
    const schema = body(
      '<xs:group name="E"/>',
      '<xs:complexType name="T"><xs:choice>',
      '  <xs:group ref="E"/>',
      '</xs:choice></xs:complexType>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:group "E" must contain exactly one sequence, choice or all', 3, 1),
    );
  });

  it('accepts an element ref in a sequence whose name is also the name of an all group', () => {
    const schema = body(
      '<xs:element name="A" type="xs:int"/>',
      '<xs:group name="A"><xs:all><xs:element name="b" type="xs:int"/></xs:all></xs:group>',
      '<xs:complexType name="T"><xs:sequence>',
      '  <xs:element ref="A"/>',
      '  <xs:element name="c" type="xs:int"/>',
      '</xs:sequence></xs:complexType>',
    );
    const t = parseSnippet(schema).types.find((x) => x.name === 'T')?.type;
    expect(t?.kind === 'object' ? t.particle : undefined).toEqual({
      kind: 'sequence',
      items: [
        { kind: 'element', name: 'A', occurs: { min: 1, max: 1 } },
        expect.objectContaining({ kind: 'element', name: 'c', occurs: { min: 1, max: 1 } }),
      ],
      occurs: { min: 1, max: 1 },
    });
  });
});
