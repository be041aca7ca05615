/**
 * Names that are members of Object.prototype (`constructor`, `toString`, `__proto__`...) are
 * ordinary names in a schema: an XSD element called xs:constructor is an unknown element like
 * xs:foo (refused as unsupported, not a TypeError), and `&constructor;` in a DTD attribute default
 * is an unknown general entity kept as written, like `&foo;`. The front ends look names up in
 * their tables by own keys only.
 *
 * @see XSD 1.0 Part 1 Appendix A (the schema for schemas names every element xs:schema may hold);
 *      XML 1.0 §4.6 (the five predefined entities), §3.3.3 (attribute-value normalisation)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../generator/diagnostics.js';
import { parseXsd } from '../../../generator/parse/xsd/parse-xsd.js';
import { typeOf } from './dtd/dtd-test-helpers.js';
import { diagnosticOf } from './xsd/xsd-test-helpers.js';

/** Parses `line` as the only child of an xs:schema, on line 2 of t.xsd. */
const parse = (line: string) => () =>
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${line}\n</xs:schema>`,
    file: 't.xsd',
    schemaId: 't',
  });
const unsupported = (message: string, column: number): Diagnostic => ({
  code: 'XsdUnsupported',
  severity: 'error',
  message,
  location: { file: 't.xsd', line: 2, column },
});

describe('XSD elements named like Object.prototype members', () => {
  for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
    it(`xs:${name} inside xs:element is unsupported, as xs:foo is`, () => {
      expect(diagnosticOf(parse(`<xs:element name="r"><xs:${name}/></xs:element>`))).toEqual(
        unsupported(`xs:${name} inside xs:element is not supported`, 22),
      );
    });

    it(`xs:${name} inside xs:complexType is unsupported`, () => {
      expect(diagnosticOf(parse(`<xs:complexType name="T"><xs:${name}/></xs:complexType>`))).toEqual(
        unsupported(`xs:${name} inside xs:complexType is not supported`, 26),
      );
    });

    it(`a top-level xs:${name} is unsupported, not a nameless global`, () => {
      expect(diagnosticOf(parse(`<xs:${name}/>`))).toEqual(
        unsupported(`xs:${name} at the top level of a schema is not supported`, 1),
      );
    });
  }
});

describe('DTD attribute defaults naming Object.prototype members', () => {
  it('&constructor; and &toString; stay as written; the predefined &lt; is replaced', () => {
    const source = '<!ELEMENT a EMPTY>\n<!ATTLIST a b CDATA "x&constructor;&toString;&lt;y">';
    expect(typeOf(source, 'a')).toMatchObject({
      kind: 'object',
      fields: [{ name: 'b', default: 'x&constructor;&toString;<y' }],
    });
  });
});
