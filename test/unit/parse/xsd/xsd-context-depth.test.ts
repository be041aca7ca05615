/**
 * The nesting bound of xsd-context.ts at its edge and per component, and substitution group heads:
 * content may nest 100 levels (elements, compositors, types, group and element refs counted
 * together) and not 101, the whole XsdTooDeep diagnostic; levels are counted per path, so many
 * sibling components that each leave a reference for the resolver never add up; a
 * `substitutionGroup` value is a whitespace-separated list of QNames (XSD 1.1), read with its
 * surrounding whitespace collapsed.
 * @see generator/parse/input-limits.ts (MAX_NESTING_DEPTH = 100); XSD 1.1 Part 1 §3.3.2
 *      (substitutionGroup: a list of QNames), Part 2 §4.3.6 (whiteSpace collapse)
 */
import { describe, expect, it } from 'vitest';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet, root } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/**
 * E0 … E32 each hold the next in an anonymous type's sequence (three levels each: 99), then E33
 * (the 100th level) written as `last`; one element per line, E33 on line 35.
 */
function chain(last: string): IrSchema {
  const lines = [`<xs:schema ${XS}>`];
  for (let i = 0; i < 33; i++) {
    lines.push(
      `<xs:element name="E${i}"><xs:complexType><xs:sequence><xs:element ref="E${i + 1}"/></xs:sequence></xs:complexType></xs:element>`,
    );
  }
  lines.push(last, '</xs:schema>');
  return parseXsd({ source: lines.join('\n'), file: 'deep.xsd', schemaId: 'deep' });
}

describe('nested: the edge of MAX_NESTING_DEPTH', () => {
  it('accepts content that nests 100 levels deep', () => {
    const s = chain('<xs:element name="E33" type="xs:string"/>');
    expect(s.roots).toHaveLength(34);
  });

  it('refuses one level more (an anonymous type in E33), at the 101st level', () => {
    const last = '<xs:element name="E33"><xs:complexType/></xs:element>';
    expect(diagnosticOf(() => chain(last))).toEqual({
      code: 'XsdTooDeep',
      severity: 'error',
      message:
        'content nests more than 100 levels deep (counting elements, compositors, types, group and element refs, and derivation steps); qspec refuses deeper schemas',
      location: { file: 'deep.xsd', line: 35, column: last.indexOf('<xs:complexType') + 1 },
    });
  });
});

describe('inScope: levels are counted per path', () => {
  it('120 named types, each with an element ref and a local anonymous type, load', () => {
    const types = Array.from(
      { length: 120 },
      (_, i) =>
        `<xs:complexType name="T${i}"><xs:sequence><xs:element ref="x"/><xs:element name="a"><xs:complexType><xs:sequence>
          <xs:element name="b" type="xs:int"/></xs:sequence></xs:complexType></xs:element></xs:sequence></xs:complexType>`,
    );
    const s = parseSnippet(`<xs:element name="x" type="xs:int"/>${types.join('\n')}`);
    expect(s.types).toHaveLength(120);
  });
});

describe('substitutionHeads: the substitutionGroup list', () => {
  const heads = (value: string) =>
    parseSnippet(`<xs:element name="h1" type="xs:string"/><xs:element name="h2" type="xs:string"/>
      <xs:element name="m" type="xs:string" substitutionGroup="${value}"/>
      <xs:element name="r"><xs:complexType><xs:sequence><xs:element ref="h1"/><xs:element ref="h2"/></xs:sequence></xs:complexType></xs:element>`);
  /** The element names each ref of r allows. */
  const allowed = (s: IrSchema) => {
    const t = root(s, 'r').type;
    if (t.kind !== 'object' || t.particle === null || !('items' in t.particle)) throw new Error('no sequence');
    return t.particle.items.map((p) => ('items' in p ? p.items.map((q) => q.kind === 'element' && q.name) : []));
  };

  it('reads a value with surrounding whitespace', () => {
    expect(allowed(heads(' h1 '))).toEqual([['h1', 'm'], []]);
  });

  it('reads a list separated by several whitespace characters', () => {
    expect(allowed(heads('h1 \n\t h2'))).toEqual([
      ['h1', 'm'],
      ['h2', 'm'],
    ]);
  });

  it('refuses a head that names no global element', () => {
    const d = diagnosticOf(() => heads('h1 nope'));
    expect(d).toMatchObject({ code: 'XsdUnresolvedRef', message: 'substitutionGroup "nope" names no global element' });
  });
});
