/**
 * The front ends take names that Object.prototype also has as ordinary names: a namespace prefix
 * `constructor` or `toString` is unbound unless declared (before: the inherited property counted
 * as a binding), and a JSON Schema `required` or `dependencies` name such as `toString` must be
 * declared in `properties` (before: the inherited property counted as declared). An XSD element
 * called xs:constructor is an unknown element like xs:foo (before: a TypeError in the derivation
 * controls, or "a global without a name" at the top level), and `&constructor;` in a DTD attribute
 * default is an unknown general entity kept as written (before: Object's constructor was read).
 *
 * @see XSD 1.0 Part 1 Appendix A (the schema for schemas); XML 1.0 §4.6 (the five predefined
 *      entities), §3.3.3 (attribute-value normalisation)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../generator/diagnostics.js';
import { parseJsonSchema } from '../../../generator/parse/json-schema/parse-json-schema.js';
import { parseXmlTree } from '../../../generator/parse/xml/xml-tree.js';
import { parseXsd } from '../../../generator/parse/xsd/parse-xsd.js';
import { typeOf } from './dtd/dtd-test-helpers.js';
import { diagnosticOf } from './xsd/xsd-test-helpers.js';

const json = (schema: unknown) =>
  parseJsonSchema({ source: JSON.stringify(schema), file: 'p.schema.json', schemaId: 'p.schema.json' });

describe('prototype property names in schemas', () => {
  it('reports the prefixes constructor: and toString: as unbound unless declared', () => {
    for (const p of ['constructor', 'toString', '__proto__']) {
      expect(() => parseXmlTree(`<a>\n  <${p}:b/></a>`, 'p.xsd')).toThrow(
        `p.xsd:2:3: error XmlSyntax: unbound namespace prefix: "${p}"`,
      );
    }
    const declared = parseXmlTree('<constructor:a xmlns:constructor="urn:c"/>', 'p.xsd');
    expect(declared.ns.constructor).toBe('urn:c');
  });

  it('refuses a required or dependencies name that only Object.prototype has', () => {
    const props = { a: { type: 'string' } };
    expect(() => json({ type: 'object', properties: props, required: ['toString'] })).toThrow(
      "required property 'toString' is not declared in properties",
    );
    expect(() => json({ type: 'object', properties: props, dependencies: { a: ['constructor'] } })).toThrow(
      "dependencies name 'constructor', which is not a declared property",
    );
    expect(() => json({ type: 'object', properties: props, required: ['a'] })).not.toThrow();
  });
});

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
